"""The core's error sentences of its tools that the window shows rarely or the command line alone (an export's
format, table or annotator, scoring against gold, the model that cannot be read, cross-validation, a worker or
background process that stopped, a file of the installation missing, agreement, a package's contents, a link
review's filters, a metadata field, an encoding named), in the interface's language: rules of
:mod:`annotator.gui.core_errors`, checked against the core's source as :mod:`annotator.gui.core_errors_store`'s
are. Advice for the command line the window has a menu for names the menu (Project › Train the model).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_kinds import ERROR, LABEL, LABELS, LINK, SOURCE_PIECE, Rule


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)


_CANNOT_BE_READ = r"cannot be read \((.+)\); (train it again \(annotator train\)|the installation is damaged: " \
                  r"reinstall annotator)"  # the model's (core/suggest/model/crf.py), what to do a piece


def _exports() -> list[Rule]:
    """An export's format, table or annotators, the agreement table, scoring against gold (core/export/formats.py,
    csv.py, agreement_file.py; core/evaluation.py)."""
    return [
        (r"unknown export format (.+) \(one of (.+)\)", _t("unknown export format {0} (one of {1})"), ()),
        (r"unknown table (.+) \(one of (.+)\)", _t("unknown table {0} (one of {1})"), ()),
        (r"(.+): annotator does not write (\S+) files; name it \.xlsx \(Excel\), \.csv, \.jsonl, \.json \(Label "
         r"Studio\), \.conll or \.html, or choose --format; nothing was written",
         _t("{0}: annotator does not write {1} files; name it .xlsx (Excel), .csv, .jsonl, .json (Label Studio), "
            ".conll or .html, or choose --format; nothing was written"), ()),
        (r"no spans by annotator (.+) in (.+) \(its annotators: (.+)\)",
         _t("no spans by annotator {0} in {1} (its annotators: {2})"), ()),
        (r"(.+): the agreement table is written as \.csv or \.xlsx; name the file so \(-o agreement\.xlsx\); "
         r"nothing was written", _t("{0}: the agreement table is written as .csv or .xlsx; name the file so (-o "
                                    "agreement.xlsx); nothing was written"), ()),
        (r"(.+): no gold annotations to score against", _t("{0}: no gold annotations to score against"), ()),
        (r"(.+) line (\d+): not a (.+) line \((.+)\)", _t("{0} line {1}: not a {2} line ({3})"),
         ("", "", SOURCE_PIECE)),
        (r"(.+) line (\d+): (not text in any encoding tried .+)", _t("{0} line {1}: {2}"), ("", "", SOURCE_PIECE)),
        (r"(.+); (\d+) of (\d+) gold span\(s\) do not match the project's documents: was the gold made on another "
         r"version of the text\? Nothing was scored",
         _t("{0}; {1} of {2} gold span(s) do not match the project's documents: was the gold made on another version "
            "of the text? Nothing was scored"), (SOURCE_PIECE,)),
    ]


def _model() -> list[Rule]:
    """The model that cannot be read, cross-validation, a worker or background process that stopped, a file of
    the installation (core/suggest/model/crf.py, choice.py, crossval.py; core/suggest/workers.py;
    core/worker_process.py; core/resources.py, suggest/lexicon.py)."""
    return [
        (r"the model " + _CANNOT_BE_READ, _t("the model cannot be read ({0}); {1}"), ("", SOURCE_PIECE)),
        (r"the shipped model (.+) " + _CANNOT_BE_READ, _t("the shipped model {0} cannot be read ({1}); {2}"),
         ("", "", SOURCE_PIECE)),
        (r"(.+): the project's model " + _CANNOT_BE_READ, _t("{0}: the project's model cannot be read ({1}); {2}"),
         ("", "", SOURCE_PIECE)),
        (r"--min-confidence takes a probability from 0 to 1, not (.+)",
         _t("--min-confidence takes a probability from 0 to 1, not {0}"), ()),
        (r"(.+): cross-validation needs at least two documents with accepted spans \(this project has (\d+)\)",
         _t("{0}: cross-validation needs at least two documents with accepted spans (this project has {1})"), ()),
        (r"cross-validation needs at least two documents with accepted spans \(this project has (\d+)\)",
         _t("cross-validation needs at least two documents with accepted spans (this project has {0})"), ()),
        (r"(.+): a worker process of --jobs (\d+) ended unexpectedly \(killed, or out of memory\); the suggestions of "
         r"the ([\d,]+) document\(s\) finished before it are stored, each whole, and running the command again does "
         r"the rest", _t("{0}: a worker process of --jobs {1} ended unexpectedly (killed, or out of memory); the "
                         "suggestions of the {2} document(s) finished before it are stored, each whole, and running "
                         "the command again does the rest"), ()),
        (r"the background process stopped unexpectedly \(exit code (.+)\); nothing was kept",
         _t("the background process stopped unexpectedly (exit code {0}); nothing was kept"), ()),
        (r"resource file (.+) is not on the file system \((.+)\): install annotator unzipped",
         _t("resource file {0} is not on the file system ({1}): install annotator unzipped"), ()),
        (r"resource file (.+) has no list \[(.+)\]: the installation is incomplete, reinstall annotator",
         _t("resource file {0} has no list [{1}]: the installation is incomplete, reinstall annotator"), ()),
    ]


def _team_and_filters() -> list[Rule]:
    """Agreement, a package's contents, a link review's filters, a metadata field typed, an encoding named, a
    re-import of many stopped by the disk (core/team/agreement.py, package.py; core/link_review.py;
    core/metadata.py; core/imports/text.py, annotation_text.py, again_many.py)."""
    return [
        (r"rejected spans say 'not this' and are never compared: the agreement of (.+) counts the spans coders "
         r"marked \(accepted, and suggested when asked\)",
         _t("rejected spans say 'not this' and are never compared: the agreement of {0} counts the spans coders "
            "marked (accepted, and suggested when asked)"), ()),
        (r"a package can include (.+), not (.+)", _t("a package can include {0}, not {1}"), ()),
        (r"no link is of the kind (.+); the kinds: (.+)", _t("no link is of the kind {0}; the kinds: {1}"), ()),
        (r"no (\S+) link goes from a (\S+) span: links go from (.+) spans \(--label names the span a link goes "
         r"from\)", _t("no {0} link goes from a {1} span: links go from {2} spans (--label names the span a link goes "
                       "from)"), (LINK, LABEL, LABELS)),
        (r"no link goes from a (\S+) span: links go from (.+) spans \(--label names the span a link goes from\)",
         _t("no link goes from a {0} span: links go from {1} spans (--label names the span a link goes from)"),
         (LABEL, LABELS)),
        (r"metadata year takes a year in digits from (\d+) to (\d+), not (.+)",
         _t("metadata year takes a year in digits from {0} to {1}, not {2}"), ()),
        (r"a metadata field needs a key before '=', not '=(.*)'",
         _t("a metadata field needs a key before '=', not '={0}'"), ()),
        (r"unknown encoding (.+) \(for example utf-8, gb18030, big5, utf-16\)",
         _t("unknown encoding {0} (for example utf-8, gb18030, big5, utf-16)"), ()),
        (r"(.+) is not a text encoding", _t("{0} is not a text encoding"), ()),
        # an annotation file read in the encoding chosen (core/imports/annotation_text.py), its path taken off
        (r"is not (\S+) text \(--encoding (\S+)\): (\d+)% of its characters other than ASCII read as characters "
         r"unusual in Chinese or Latin text; it reads as (\S+): leave out --encoding",
         _t("is not {0} text (--encoding {1}): {2}% of its characters other than ASCII read as characters unusual in "
            "Chinese or Latin text; it reads as {3}: leave out --encoding"), ()),
        (r"is not (\S+) text \(--encoding (\S+)\): (\d+)% of its characters other than ASCII read as characters "
         r"unusual in Chinese or Latin text", _t("is not {0} text (--encoding {1}): {2}% of its characters other than "
                                                 "ASCII read as characters unusual in Chinese or Latin text"), ()),
        (r"(.+); (.+) was not imported again \(([\d,]+) document\(s\) before it were, each whole\)",
         _t("{0}; {1} was not imported again ({2} document(s) before it were, each whole)"), (ERROR,)),
        # a workbook's row (core/imports/xlsx_rows.py), said by line_reasons through these rules
        (r"note is ([\d,]+) characters long, more than a cell holds, and was cut in the workbook; change it in the "
         r"application", _t("note is {0} characters long, more than a cell holds, and was cut in the workbook; "
                            "change it in the application"), ()),
    ]


def rules() -> list[Rule]:
    return _exports() + _model() + _team_and_filters()


def pieces() -> list[Rule]:
    """What to do about a model that cannot be read; a gold line whose span is not in its document."""
    return [
        (r"train it again \(annotator train\)", _t("train it again (Project › Train the model)"), ()),
        (r"the installation is damaged: reinstall annotator", _t("the installation is damaged: reinstall annotator"),
         ()),
        (r"gold annotation", _t("gold annotation"), ()),
        (r"not text in any encoding tried \(UTF-8, GB18030, Big5, UTF-16; byte (\d+) of the line is not UTF-8\): open "
         r"the file in a text editor, save it as UTF-8 and try again",
         _t("not text in any encoding tried (UTF-8, GB18030, Big5, UTF-16; byte {0} of the line is not UTF-8): open "
            "the file in a text editor, save it as UTF-8 and try again"), ()),
        (r"it has no sheet", _t("it has no sheet"), ()),  # a table of metadata (core/metadata_table.py)
        (r"(.+) line (\d+): offsets (\S+?)-(\S+) are outside (.+) \(0-(\d+)\)",
         _t("{0} line {1}: offsets {2}-{3} are outside {4} (0-{5})"), ()),
        (r"(.+) line (\d+): ('.*'|\".*\") is not the text of (.+) at (\S+?)-(\S+) \((.+)\)",
         _t("{0} line {1}: {2} is not the text of {3} at {4}-{5} ({6})"), ()),
    ]
