"""Why a line of an annotation file was rejected, in the interface's language (the reasons of
``core/imports/jsonl.py`` and ``jsonl_lines.py``, as :mod:`annotator.gui.annotation_summaries`
shows the report's lines). What Python's JSON reader said of a broken line is left out of the
Chinese (its column stays); a field's name is the file's key (``text``, ``confidence``) and stays
as it is. The reasons of a line's links, a workbook's row and a whole file are
:mod:`annotator.gui.core_errors_annotations`'s, a Label Studio task's and file's
:mod:`annotator.gui.core_errors_label_studio`'s; several reasons joined by "; " are said each. A reason
no rule here knows is said as an error of the core (:func:`annotator.gui.core_errors.error_line`), else
as the core wrote it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_kinds import LABEL, NAMES, QUOTED, STATUS
from annotator.gui.core_errors import said_by, said_line
from annotator.gui.core_errors_annotations import annotation_rules
from annotator.gui.core_errors_label_studio import label_studio_rules
from annotator.gui.display import label_text, status_text
from annotator.gui.i18n import names_list

Rule = tuple[str, str, tuple[str, ...]]
REASON = "reason"  # a group said as a reason itself


def _t(text: str) -> str:
    return QCoreApplication.translate("LineReasons", text)


def _rules() -> list[Rule]:
    return [
        (r"not valid JSON \((.+) at column (\d+)\)", _t("not valid JSON ({0} at column {1})"), ()),
        (r"not valid JSON here \(nested too deeply\)", _t("not valid JSON here (nested too deeply)"), ()),
        (r"not valid JSON here \(a number of more than ([\d,]+) digits\)",
         _t("not valid JSON here (a number of more than {0} digits)"), ()),
        (r"a line must be a JSON object", _t("a line must be a JSON object"), ()),
        (r"missing field ('.+')", _t("missing field {0}"), ()),
        (r"not text in any encoding tried \(UTF-8, GB18030, Big5, UTF-16; byte (\d+) of the line is not UTF-8\): "
         r"open the file in a text editor, save it as UTF-8 and try again",
         _t("not text in any encoding tried (UTF-8, GB18030, Big5, UTF-16; byte {0} of the line is not UTF-8): open "
            "the file in a text editor, save it as UTF-8 and try again"), ()),
        (r"no document named ('.*'|\".*\") in the project", _t("no document named {0} in the project"), ()),
        # a gold line's span over one the project held before the import (jsonl_lines.refused)
        (r"(\S+) " + QUOTED + r" \((\d+)-(\d+)\) overlaps (\S+) " + QUOTED + r" \((\d+)-(\d+)\), a span the project "
         r"held before this import \((\w+)\): one annotator's spans of one label may not overlap; to keep both import "
         r"the file with --annotator NAME, else reject that span first",
         _t("{0} {1} ({2}-{3}) overlaps {4} {5} ({6}-{7}), a span the project held before this import ({8}): one "
            "annotator's spans of one label may not overlap; to keep both import the file with --annotator NAME, else "
            "reject that span first"), (LABEL, "", "", "", LABEL, "", "", "", STATUS)),
        (r"value must be a JSON object", _t("value must be a JSON object"), ()),
        (r"label and text must be strings", _t("label and text must be strings"), ()),
        (r"(\w+) must be a whole number, not (.+)", _t("{0} must be a whole number, not {1}"), ()),
        (r"confidence must be a number from 0 to 1, not (.+)", _t("confidence must be a number from 0 to 1, not {0}"),
         ()),
        (r"value's (\w+) must be a number a spreadsheet can hold, not (.+)",
         _t("value's {0} must be a number a spreadsheet can hold, not {1}"), ()),
        (r"text must be a non-empty string", _t("text must be a non-empty string"), ()),
        (r"(\w+) must be a string, not (.+)", _t("{0} must be a string, not {1}"), ()),
        (r"text holds \\r or a BOM; offsets would not match the stored text",
         _t("text holds \\r or a BOM; offsets would not match the stored text"), ()),
        # a reason several spans of a doccano line share, said once (jsonl_lines.once_each)
        (r"([\d,]+) span\(s\): (.+)", _t("{0} span(s): {1}"), ("", REASON)),
        # a Label Studio task's prediction (core/imports/label_studio.py): its number, then why
        (r"prediction (\d+): (.+)", _t("prediction {0}: {1}"), ("", REASON)),
        # a refused row of an .xlsx of annotations (core/imports/xlsx.py; the sheet's name stays)
        (r"(\w+) sheet: (.+)", _t("{0} sheet: {1}"), ("", REASON)),
        (r"no annotation with id (\S+) in this project \(deleted since the export\?\)",
         _t("no annotation with id {0} in this project (deleted since the export?)"), ()),
        (r"no annotation with id (\S+) in this project", _t("no annotation with id {0} in this project"), ()),
        (r"id (\S+) appears again \(first in row (\d+)\)", _t("id {0} appears again (first in row {1})"), ()),
        (r"(\w+) must be a number, not (.+)", _t("{0} must be a number, not {1}"), ()),
        (r"(\w+) is empty", _t("{0} is empty"), ()),
        # a refused row of the Links sheet (core/imports/xlsx.py), a link line's span (links.py): a label by its
        # display name (地区 for DISTRICT; a user's own label by its name)
        (r"a district link needs the span it points to \(to_label, to_start, to_end\)",
         _t("a district link needs the span it points to (to_label, to_start, to_end)"), ()),
        (r"a project link needs the span it points to \(to_label, to_start, to_end\)",
         _t("a project link needs the span it points to (to_label, to_start, to_end)"), ()),
        (r"the (\S+) span at (\d+)-(\d+) was rejected or relabelled",
         _t("the {0} span at {1}-{2} was rejected or relabelled"), (LABEL,)),
        (r"no (\S+) span at (\d+)-(\d+) in (.+) to link", _t("no {0} span at {1}-{2} in {3} to link"), (LABEL,)),
        # a links file imported under a coder's name (``--annotator B``, the window's name field): only theirs
        (r"(.+?) has no (\S+) span at (\d+)-(\d+) to link to", _t("{0} has no {1} span at {2}-{3} to link to"),
         ("", LABEL)),
        (r"(.+?) has no (\S+) span at (\d+)-(\d+) to link", _t("{0} has no {1} span at {2}-{3} to link"),
         ("", LABEL)),
        (r"no (\S+) span at (\d+)-(\d+) to link to", _t("no {0} span at {1}-{2} to link to"), (LABEL,)),
        (r"no (\S+) span at (\d+)-(\d+) to link", _t("no {0} span at {1}-{2} to link"), (LABEL,)),
        (r"no document ('.*'|\".*\") in this project \(import its text first\)",
         _t("no document {0} in this project (import its text first)"), ()),
        *label_studio_rules(),  # a Label Studio task's, and a whole Label Studio file's
        *annotation_rules(),  # a link's, a doccano line's, a workbook row's, a whole file's reasons
    ]


def _group(kind: str, text: str) -> str:
    if kind == REASON:
        return line_reason(text)
    if kind == NAMES:
        return names_list(text.split(", "))
    if kind == STATUS:
        return status_text(text)
    if kind == LABEL:  # a Label Studio region of several labels names them all: PROJECT/DISTRICT
        return "/".join(label_text(name) for name in text.split("/"))
    return text


def _said(text: str) -> str | None:
    """A reason by a rule here, else as an error of the core; None where no rule knows it."""
    return said_by(text, _rules(), _group) or said_line(text)


def _joined(text: str) -> str | None:
    """Several reasons joined by "; " (a line's or a task's: jsonl_lines.once_each), each by a rule, with the
    shortest head a rule says taken first (a reason may hold "; " itself, or end in a value that would
    swallow the reasons after it); None unless every one is said."""
    parts = text.split("; ")
    for i in range(1, len(parts)):
        head = _said("; ".join(parts[:i]))
        if head is None:
            continue
        tail = "; ".join(parts[i:])
        rest = _joined(tail) or _said(tail)
        if rest is not None:
            return head + _t("; ") + rest
    return None


def line_reason(text: str) -> str:
    """One rejected line's reason in the interface's language."""
    said = _joined(text) or _said(text)
    return text if said is None else said
