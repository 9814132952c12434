"""The core's reasons an annotation file, or a line or row of it, was not imported, in the interface's
language (core/imports/annotations.py, jsonl_lines.py, links.py, jsonl.py's doccano lines, xlsx.py,
xlsx_rows.py, xlsx_formulas.py, xlsx_book.py, xlsx_package.py): the rules of
:mod:`annotator.gui.core_errors` for that area, which :func:`annotator.gui.line_reasons.line_reason`
says a rejected line's reason and a failed file's by (the file's path is left out there: the report's
line names the file). The file's keys (``links``, ``relations``, ``start``), its sheet's columns and what
it holds (a repr of a value, as the core quotes it) stay as they are; what a library or the system said
of a damaged file too.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_kinds import NAMES, Rule

_SUFFIX = r"(\.\w+)"
_SUFFIXES = r"(\.\w+(?:, \.\w+)*)"  # the first of a list the core says "A, B or C" (formats.listed)
_SAVE_AGAIN = r"open it in Excel or WPS \(they can often repair it\), save it again and import that"  # xlsx_package


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)


def _lines() -> list[Rule]:
    """A JSON Lines line's links, a doccano line's spans and relations (core/imports/links.py, jsonl.py)."""
    return [
        (r"links must be a list", _t("links must be a list"), ()),
        (r"relations must be a list", _t("relations must be a list"), ()),
        (r"a link needs a kind \((\w+) or (\w+)\): (.+)", _t("a link needs a kind ({0} or {1}): {2}"), ()),
        (r"a link names its span by whole-number offsets and a label, not (.+)",
         _t("a link names its span by whole-number offsets and a label, not {0}"), ()),
        (r"district must be \{\"name\", \"code\"\}, not (.+)", _t("district must be {{\"name\", \"code\"}}, not {0}"),
         ()),
        (r"project must be \[start, end\] or null, not (.+)", _t("project must be [start, end] or null, not {0}"), ()),
        (r"relation (.+): its type must be a link kind \((\w+), (\w+)\)",
         _t("relation {0}: its type must be a link kind ({1}, {2})"), ()),
        (r"relation (.+) joins an entity id the line does not have",
         _t("relation {0} joins an entity id the line does not have"), ()),
        (r"district_links entry (.+) is not \[start, end, LABEL, district\]",
         _t("district_links entry {0} is not [start, end, LABEL, district]"), ()),
        (r"label entry (.+) is not \[start, end, LABEL\]", _t("label entry {0} is not [start, end, LABEL]"), ()),
        (r"offsets (\S+?)-(\S+) are outside the text or swapped", _t("offsets {0}-{1} are outside the text or swapped"),
         ()),
        (r"a span it links is still a suggestion: import the gold spans first, then their links \(an accepted link "
         r"joins accepted spans\)", _t("a span it links is still a suggestion: import the gold spans first, then "
                                       "their links (an accepted link joins accepted spans)"), ()),
    ]


def _rows() -> list[Rule]:
    """A workbook's row (core/imports/xlsx.py, xlsx_rows.py, xlsx_formulas.py)."""
    return [
        (r"annotator cannot be changed in a workbook \((.+) -> (.+)\); each coder's spans are a layer of their own",
         _t("annotator cannot be changed in a workbook ({0} -> {1}); each coder's spans are a layer of their own"),
         ()),
        (r"(\w+) cannot be changed in a workbook \((.+) -> (.+)\); move or retype spans in the application",
         _t("{0} cannot be changed in a workbook ({1} -> {2}); move or retype spans in the application"), ()),
        (r"(.+?) holds the formula (.+) with no computed value \(the workbook was written by a program that does not "
         r"compute formulas\); open and save it in Excel or LibreOffice, or type the value",
         _t("{0} holds the formula {1} with no computed value (the workbook was written by a program that does not "
            "compute formulas); open and save it in Excel or LibreOffice, or type the value"), ()),
        (r"the annotation was changed in the project after this export \(at (.+) UTC\); export again and redo this "
         r"row", _t("the annotation was changed in the project after this export (at {0} UTC); export again and redo "
                    "this row"), ()),
        (r"the document is empty", _t("the document is empty"), ()),
        (r"start_offset and end_offset are needed to find the span in its document",
         _t("start_offset and end_offset are needed to find the span in its document"), ()),
        # a row typed in with its text but no offsets, a value typed as the form takes it (xlsx_rows.py, fields.py)
        (r"text (.+) stands (\d+) times in its document \(at (.+)\); give its start_offset and end_offset",
         _t("text {0} stands {1} times in its document (at {2}); give its start_offset and end_offset"), ()),
        (r"text (.+) is not in its document; give its start_offset and end_offset",
         _t("text {0} is not in its document; give its start_offset and end_offset"), ()),
        (r"(.+?) must be a whole number of yuan: 5510000000 or 55\.1亿元, not (.+)",
         _t("{0} must be a whole number of yuan: 5510000000 or 55.1亿元, not {1}"), ()),
        (r"(.+?) must be a number: 80, 6\.5, 1,200 or 80万, not (.+)",
         _t("{0} must be a number: 80, 6.5, 1,200 or 80万, not {1}"), ()),
        (r"(.+?) must be a division code of 6, 9 or 12 digits: 350211 or 350211001, not (.+)",
         _t("{0} must be a division code of 6, 9 or 12 digits: 350211 or 350211001, not {1}"), ()),
        (r"(\S+) must be a number \(commas grouping digits by three\), not (.+)",
         _t("{0} must be a number (commas grouping digits by three), not {1}"), ()),
        (r"(\S+) must be a number of 亿元 \(5\.51\) or a sum with its unit \(5\.51亿元\), not (.+)",
         _t("{0} must be a number of 亿元 (5.51) or a sum with its unit (5.51亿元), not {1}"), ()),
        (r"(\S+) (.+) and unit (.+) both carry 万 or 亿; type the quantity as the unit counts it \(3 for 3万亩\)",
         _t("{0} {1} and unit {2} both carry 万 or 亿; type the quantity as the unit counts it (3 for 3万亩)"), ()),
        (r"(\S+) (.+) carries the unit (.+), but (\S+) says (.+); type the number alone in (\S+), or the same unit in "
         r"both",
         _t("{0} {1} carries the unit {2}, but {3} says {4}; type the number alone in {5}, or the same unit in both"),
         ()),
        (r"(\S+) (\S+) is negative, but the span's text (.+) writes no minus: reports write a decrease \(下降5亿元, "
         r"减少5亿元\) as a positive figure, and an amount's value is the sum as written; type it without the minus",
         _t("{0} {1} is negative, but the span's text {2} writes no minus: reports write a decrease (下降5亿元, "
            "减少5亿元) as a positive figure, and an amount's value is the sum as written; type it without the minus"),
         ()),
        (r"district name (.+?) and district code (.+?) \((.+?)\) name two places; type the code that goes with the "
         r"name, or empty one of the two", _t("district name {0} and district code {1} ({2}) name two places; type "
                                              "the code that goes with the name, or empty one of the two"), ()),
        (r"offsets (\S+?)-(\S+) are swapped or negative", _t("offsets {0}-{1} are swapped or negative"), ()),
        (r"(\S+) (\S+) and (\S+) (\S+) disagree; change one of them", _t("{0} {1} and {2} {3} disagree; change one of "
                                                                          "them"), ()),
    ]


def _files() -> list[Rule]:
    """A whole file refused, its path left out (core/imports/annotations.py, jsonl_lines.py, xlsx_book.py,
    xlsx_package.py, xlsx.py)."""
    return [
        (r"the file is empty", _t("the file is empty"), ()),
        (r"cannot read \((.+)\)", _t("cannot read ({0})"), ()),
        (r"no such file", _t("no such file"), ()),
        (r"is a zip archive \(a workbook or document\), not JSON Lines; annotations are imported from \.jsonl files "
         r"or from a workbook exported as \.xlsx",
         _t("is a zip archive (a workbook or document), not JSON Lines; annotations are imported from .jsonl files "
            "or from a workbook exported as .xlsx"), ()),
        (r"a " + _SUFFIX + r" export is not read back; annotations are imported from " + _SUFFIXES + " or " + _SUFFIX
         + r" files \(export them as one of those\)",
         _t("a {0} export is not read back; annotations are imported from {1} or {2} files (export them as one of "
            "those)"), ("", NAMES)),
        (r"a " + _SUFFIX + r" file is a document, not annotations: documents are imported with 'annotator import', "
         r"annotations from " + _SUFFIXES + " or " + _SUFFIX + " files",
         _t("a {0} file is a document, not annotations: documents are imported with Project › Import files…, "
            "annotations from {1} or {2} files"), ("", NAMES)),
        (r"is not a valid \.xlsx workbook \(not a zip archive\)",
         _t("is not a valid .xlsx workbook (not a zip archive)"), ()),
        (r"is a password-protected workbook, or an old \.xls named \.xlsx; open it in Excel or WPS, save it as \.xlsx "
         r"without a password and import that", _t("is a password-protected workbook, or an old .xls named .xlsx; open "
                                                   "it in Excel or WPS, save it as .xlsx without a password and import "
                                                   "that"), ()),
        (r"is a damaged \.xlsx workbook: its zip archive is cut off or corrupt; " + _SAVE_AGAIN,
         _t("is a damaged .xlsx workbook: its zip archive is cut off or corrupt; open it in Excel or WPS (they can "
            "often repair it), save it again and import that"), ()),
        (r"is a damaged \.xlsx workbook: its part (.+?) cannot be read \((.+)\); " + _SAVE_AGAIN,
         _t("is a damaged .xlsx workbook: its part {0} cannot be read ({1}); open it in Excel or WPS (they can often "
            "repair it), save it again and import that"), ()),
        (r"is not a valid \.xlsx workbook \((.+)\)", _t("is not a valid .xlsx workbook ({0})"), ()),
        (r"is a zip archive but not an \.xlsx workbook \(it is a Word document\); choose the workbook annotator "
         r"exported", _t("is a zip archive but not an .xlsx workbook (it is a Word document); choose the workbook "
                         "annotator exported"), ()),
        (r"is a zip archive but not an \.xlsx workbook; choose the workbook annotator exported",
         _t("is a zip archive but not an .xlsx workbook; choose the workbook annotator exported"), ()),
        (r"is a zip archive this program cannot open \((.+)\)", _t("is a zip archive this program cannot open ({0})"),
         ()),
        (r"is a damaged zip archive \((.+)\)", _t("is a damaged zip archive ({0})"), ()),
        # a possible zip bomb, refused before it is unpacked (xlsx_package.py); the sizes stay as the core wrote them
        (r"unpacks to ([\d.,]+ MB) \(over ([\d.,]+ MB)\); refused as a possible zip bomb",
         _t("unpacks to {0} (over {1}); refused as a possible zip bomb"), ()),
        (r"its part (.+) unpacks to ([\d.,]+ MB) \(over ([\d.,]+ MB)\); refused as a possible zip bomb",
         _t("its part {0} unpacks to {1} (over {2}); refused as a possible zip bomb"), ()),
        (r"holds over ([\d,]+) shared strings; refused as a possible zip bomb \(an exported workbook needs far "
         r"fewer\)", _t("holds over {0} shared strings; refused as a possible zip bomb (an exported workbook needs "
                         "far fewer)"), ()),
        (r"is a folder; name the annotation files in it \(" + _SUFFIXES + " or " + _SUFFIX + r"\)",
         _t("is a folder; name the annotation files in it ({0} or {1})"), (NAMES,)),
        (r"has no '(\w+)' sheet \(is it a workbook exported by annotator\?\)",
         _t("has no '{0}' sheet (is it a workbook exported by annotator?)"), ()),
        (r"the (\w+) sheet is empty", _t("the {0} sheet is empty"), ()),
        (r"the (\w+) sheet has neither an 'id' column nor document, label and offsets, so its rows cannot be matched "
         r"to spans", _t("the {0} sheet has neither an 'id' column nor document, label and offsets, so its rows "
                         "cannot be matched to spans"), ()),
    ]


def annotation_rules() -> list[Rule]:
    """Every rule of a reason an annotation import gives (tests/gui/test_annotation_import_bad_zh.py
    meets each with a file the window imports)."""
    return _lines() + _rows() + _files()
