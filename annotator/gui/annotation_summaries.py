"""What an import of annotations stored (``AnnotationImportReport.lines()``, the lines
``annotator import-annotations`` prints), in the interface's language.

Each line is matched whole by a rule of :func:`_lines`; a file's "what it stored" is said part by
part (:func:`_parts`). A line no rule here knows goes to :func:`annotator.gui.summaries.summary_lines`
(the import of articles' lines, then the core's errors), else it stays as the core wrote it.
"""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_errors import piece_rules, said_by
from annotator.gui.line_reasons import line_reason
from annotator.gui.summaries import summary_line, summary_lines
from annotator.gui.summaries_not_carried import not_carried_lines

STORED, ERROR, FIELD = "stored", "error", "field"  # FIELD: a metadata field refused (core/metadata.py)
Rule = tuple[str, str, tuple[str, ...]]


def _t(text: str) -> str:
    return QCoreApplication.translate("AnnotationImport", text)


def _lines() -> list[Rule]:
    return [
        (r"added (\d+) annotation\(s\)", _t("added {0} annotation(s)"), ()),
        (r"added (\d+) link\(s\)", _t("added {0} link(s)"), ()),
        (r"added (\d+) open suggestion\(s\) and (\d+) suggested link\(s\) from Label Studio's predictions, to accept "
         r"or reject", _t("added {0} open suggestion(s) and {1} suggested link(s) from Label Studio's predictions, to "
                          "accept or reject"), ()),
        (r"left aside (\d+) region\(s\) or relation\(s\) of Label Studio's predictions: each overlaps a span or "
         r"suggestion of its label \(or joins one left aside\)",
         _t("left aside {0} region(s) or relation(s) of Label Studio's predictions: each overlaps a span or suggestion "
            "of its label (or joins one left aside)"), ()),
        (r"accepted (\d+) suggested link\(s\) as the gold has them",
         _t("accepted {0} suggested link(s) as the gold has them"), ()),
        (r"replaced (\d+) suggested link\(s\) by the gold's \(the suggestions rejected\)",
         _t("replaced {0} suggested link(s) by the gold's (the suggestions rejected)"), ()),
        (r"rejected (\d+) suggested project link\(s\): the gold has no project there",
         _t("rejected {0} suggested project link(s): the gold has no project there"), ()),
        (r"changed (\d+) annotation\(s\)", _t("changed {0} annotation(s)"), ()),
        (r"removed (\d+) open suggestion\(s\) that a span of their label overlaps with other boundaries \(the file "
         r"decided that text\)", _t("removed {0} open suggestion(s) that a span of their label overlaps with "
                                             "other boundaries (the file decided that text)"), ()),
        (r"gave (\d+) suggestion\(s\) the confidence of the line equal to them",
         _t("gave {0} suggestion(s) the confidence of the line equal to them"), ()),
        (r"computed the value of (\d+) span\(s\) from the text \(the file gives none\), as for a span labelled by "
         r"hand", _t("computed the value of {0} span(s) from the text (the file gives none), as for a span labelled "
                     "by hand"), ()),
        (r"added (\d+) document\(s\)", _t("added {0} document(s)"), ()),
        (r"(\d+) already in the project, left as they are", _t("{0} already in the project, left as they are"), ()),
        (r"stopped: the project could not be written to, so ([\d,]+) file\(s\) after it were not tried; what was "
         r"stored before it stays", _t("stopped: the project could not be written to, so {0} file(s) after it were "
                                       "not tried; what was stored before it stays"), ()),
        (r"(.+?): (\d+) annotation\(s\) changed, (\d+) added, (\d+) link\(s\) set, (\d+) row\(s\) unchanged, "
         r"(\d+) row\(s\) refused; (\d+) exported row\(s\) are not in the sheet, their spans left as they are "
         r"\(a deleted row deletes nothing: set its status to rejected\)",
         _t("{0}: {1} annotation(s) changed, {2} added, {3} link(s) set, {4} row(s) unchanged, {5} row(s) refused; "
            "{6} exported row(s) are not in the sheet, their spans left as they are (a deleted row deletes "
            "nothing: set its status to rejected)"), ()),
        (r"(.+?): (\d+) annotation\(s\) changed, (\d+) added, (\d+) link\(s\) set, (\d+) row\(s\) unchanged, "
         r"(\d+) row\(s\) refused",
         _t("{0}: {1} annotation(s) changed, {2} added, {3} link(s) set, {4} row(s) unchanged, {5} row(s) "
            "refused"), ()),
        (r"(.+?): failed, nothing stored from it: (.+)", _t("{0}: failed, nothing stored from it: {1}"), ("", ERROR)),
        (r"(.+?): partly imported: stored (.+?), then failed: (.+); nothing more stored from it",
         _t("{0}: partly imported: stored {1}, then failed: {2}; nothing more stored from it"), ("", STORED, ERROR)),
        (r"(.+?): partly imported: stored (.+)", _t("{0}: partly imported: stored {1}"), ("", STORED)),
        (r"(.+?): its (.+?) is (.+?) in this project \(its text at every line's offsets\), which takes its lines",
         _t("{0}: its {1} is {2} in this project (its text at every line's offsets), which takes its lines"), ()),
        (r"(.+?): ([\d,]+) line\(s\) give the text of their document in other characters \((.+?) for (.+?) in "
         r"(.+?)\): the same text, taken as the document writes it",
         _t("{0}: {1} line(s) give the text of their document in other characters ({2} for {3} in {4}): the same "
            "text, taken as the document writes it"), ()),
        (r"(.+?): ([\d,]+) row\(s\) give the text of their document in other characters \((.+?) for (.+?) in "
         r"(.+?)\): the same text, taken as the document writes it",
         _t("{0}: {1} row(s) give the text of their document in other characters ({2} for {3} in {4}): the same "
            "text, taken as the document writes it"), ()),
        (r"(.+?): its annotations name their coder by number alone \(completed_by (.+?)\), so their spans are in no "
         r"coder's layer, which agreement and adjudication compare with no one; to make them a coder's, take this "
         r"import back \(annotator restore\) and import the file again with --annotator NAME",
         _t("{0}: its annotations name their coder by number alone (completed_by {1}), so their spans are in no "
            "coder's layer, which agreement and adjudication compare with no one; to make them a coder's, take this "
            "import back (Project › Restore from a backup…) and import the file again with an annotator name "
            "(Project › Import annotations…)"), ()),
        (r"rejected (.+?) line (\d+): (.+)", _t("rejected {0} line {1}: {2}"), ("", "", ERROR)),
        (r"rejected (.+?) lines (\d+)–(\d+): (.+)", _t("rejected {0} lines {1}–{2}: {3}"), ("", "", "", ERROR)),
        # a workbook's rows (core/imports/xlsx.py), a Label Studio file's tasks (core/imports/label_studio.py)
        (r"rejected (.+?) row (\d+): (.+)", _t("rejected {0} row {1}: {2}"), ("", "", ERROR)),
        (r"rejected (.+?) rows (\d+)–(\d+): (.+)", _t("rejected {0} rows {1}–{2}: {3}"), ("", "", "", ERROR)),
        (r"rejected (.+?) task (\d+): (.+)", _t("rejected {0} task {1}: {2}"), ("", "", ERROR)),
        (r"rejected (.+?) tasks (\d+)–(\d+): (.+)", _t("rejected {0} tasks {1}–{2}: {3}"), ("", "", "", ERROR)),
        # a line's meta: what it said for a new document, what a held one keeps (core/imports/line_metadata.py)
        (r"(.+?): ([\d,]+) document\(s\) the project holds keep their metadata, which the file gives otherwise "
         r"\((.+)\); to take the file's: annotator meta P KEY=VALUE --doc NAME, or the window's form",
         _t("{0}: {1} document(s) the project holds keep their metadata, which the file gives otherwise ({2}); to "
            "take the file's: type them in the document's form, or import them with Project › Import metadata "
            "table…"), ()),
        (r"(.+?): ([\d,]+) document\(s\) the project holds took metadata they had none of from the file \((.+)\)",
         _t("{0}: {1} document(s) the project holds took metadata they had none of from the file ({2})"), ()),
        *not_carried_lines(),  # what a file of our exports could not bring (core/imports/not_carried.py)
        (r"(.+?): marked ([\d,]+) document\(s\) done, as its Documents sheet has them",
         _t("{0}: marked {1} document(s) done, as its Documents sheet has them"), ()),
        (r"(\S+?) line (\d+): (.+); left out", _t("{0} line {1}: {2}; left out"), ("", "", FIELD)),
        (r"(\S+?) task (\d+): (.+); left out", _t("{0} task {1}: {2}; left out"), ("", "", FIELD)),
        (r"(\S+?) line (\d+): (.+)", _t("{0} line {1}: {2}"), ("", "", ERROR)),
        (r"(\S+?) task (\d+): (.+)", _t("{0} task {1}: {2}"), ("", "", ERROR)),
        (r"(.+?): stored (.+)", _t("{0}: stored {1}"), ("", STORED)),
    ]


def _parts() -> list[Rule]:
    """The pieces of what one file stored (``FileResult.stored`` and ``line``)."""
    return [
        (r"(\d+) annotation\(s\)", _t("{0} annotation(s)"), ()),
        (r"(\d+) new document\(s\)", _t("{0} new document(s)"), ()),
        (r"(\d+) suggestion\(s\) decided", _t("{0} suggestion(s) decided"), ()),
        (r"(\d+) suggestion\(s\) from its predictions", _t("{0} suggestion(s) from its predictions"), ()),
        (r"(\d+) suggested link\(s\) from its predictions", _t("{0} suggested link(s) from its predictions"), ()),
        (r"(\d+) suggestion\(s\) superseded by its spans", _t("{0} suggestion(s) superseded by its spans"), ()),
        (r"(\d+) suggestion\(s\) given the file's confidence", _t("{0} suggestion(s) given the file's confidence"), ()),
        (r"(\d+) link\(s\)", _t("{0} link(s)"), ()),
        (r"(\d+) suggested link\(s\) accepted as the gold has them",
         _t("{0} suggested link(s) accepted as the gold has them"), ()),
        (r"(\d+) replaced by the gold's", _t("{0} replaced by the gold's"), ()),
        (r"(\d+) suggested link\(s\) replaced by the gold's", _t("{0} suggested link(s) replaced by the gold's"), ()),
        (r"(\d+) suggested project link\(s\) rejected \(the gold has no project there\)",
         _t("{0} suggested project link(s) rejected (the gold has no project there)"), ()),
        (r"(\d+) already in the project", _t("{0} already in the project"), ()),
        (r"(\d+) line\(s\) rejected", _t("{0} line(s) rejected"), ()),
        (r"(\d+) task\(s\) rejected", _t("{0} task(s) rejected"), ()),
        (r"(\d+) annotation\(s\) changed", _t("{0} annotation(s) changed"), ()),
        (r"(\d+) added", _t("{0} added"), ()),
        (r"(\d+) link\(s\) set", _t("{0} link(s) set"), ()),
    ]


def _stored(text: str) -> str:
    """"3 annotation(s) and 1 new document(s); 2 already in the project", piece by piece."""
    separators = {"; ": summary_line(["", ""]), ", ": _t(", "), " and ": _t(" and ")}  # "; ": the summaries' own
    out = []
    for piece in re.split(r"(; |, | and )", text):
        if piece in separators:
            out.append(separators[piece])
        else:
            said = said_by(piece, _parts(), lambda _kind, group: group)
            out.append(piece if said is None else said)
    return "".join(out)


def _group(kind: str, text: str) -> str:
    if kind == STORED:
        return _stored(text)
    if kind == ERROR:
        return line_reason(text)
    if kind == FIELD:
        return said_by(text, piece_rules(), lambda _kind, group: group) or line_reason(text)
    return text


def import_lines(lines: list[str]) -> list[str]:
    """Each line of an annotation import's report in the interface's language."""
    out = []
    for line in lines:
        said = said_by(line, _lines(), _group)
        out.append(summary_lines([line])[0] if said is None else said)
    return out


def partly_done(report: Any) -> list[str]:
    """The first lines of the warning after an import that stored part of what it read
    (``AnnotationImportReport``): what was stored, and what was not."""
    stored = [_t("{0} annotation(s)").format(f"{report.added:,}")]
    if report.predicted:
        stored.append(_t("{0} suggestion(s) from its predictions").format(f"{report.predicted:,}"))
    if report.changed:
        stored.append(_t("{0} changed").format(f"{report.changed:,}"))
    if report.links:
        stored.append(_t("{0} link(s)").format(f"{report.links:,}"))
    missing = []
    rejected = {"line": _t("{0} rejected line(s)"), "row": _t("{0} rejected row(s)"),
                "task": _t("{0} rejected task(s)")}
    for unit, n in report.rejected_by_unit().items():  # a Label Studio file's tasks said "lines"
        missing.append(rejected.get(unit, rejected["line"]).format(f"{n:,}"))
    if report.failed:
        missing.append(_t("{0} file(s) that failed, from where each stopped").format(f"{len(report.failed):,}"))
    return [_t("Partly imported: some of the annotations were stored, some were not."),
            _t("Stored: {0}.").format(_t(", ").join(stored)),
            _t("Not stored: {0} (each is said below).").format(_t(", ").join(missing)), ""]
