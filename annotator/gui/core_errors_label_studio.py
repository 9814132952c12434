"""Why a task of a Label Studio export, or the whole file, was not imported (core/imports/label_studio.py),
in the interface's language: rules of :mod:`annotator.gui.core_errors` that
:func:`annotator.gui.line_reasons.line_reason` says a rejected task's reason and a failed file's by (the
file's path left out: the report's line names it). A region's or relation's id, the file's keys
(``data``, ``text``, ``labels``), the texts it quotes and the example of the export's JSON stay as they
are; what Python's JSON reader said of a broken file is left out of the Chinese (its line and column stay);
a label of the schema is named as the window names it (地区 for DISTRICT).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_error_kinds import LABEL, QUOTED, Rule

_NOTHING = r"; nothing was stored from it"
_SHAPE = r"a JSON array of tasks, (\{.+\})"  # label_studio.SHAPE: its example stays as it is


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)


def _tasks() -> list[Rule]:
    """A task refused (label_studio.record_of, _regions, _relations, _Tasks._same_name)."""
    return [
        (r"a task must be a JSON object", _t("a task must be a JSON object"), ()),
        (r"the task has no text \(its \"data\" needs \"text\", the Text tag's value=\"\$text\"\)",
         _t("the task has no text (its \"data\" needs \"text\", the Text tag's value=\"$text\")"), ()),
        (r"annotations must be a list", _t("annotations must be a list"), ()),
        (r"annotation (.+) is not \{\"result\": \[…\]\}", _t("annotation {0} is not {{\"result\": […]}}"), ()),
        (r"predictions must be a list", _t("predictions must be a list"), ()),
        (r"prediction (\d+) is not \{\"result\": \[…\]\}", _t("prediction {0} is not {{\"result\": […]}}"), ()),
        (r"region (.+?): offsets (.+?)-(.+) are outside the text \(([\d,]+) characters\) or swapped",
         _t("region {0}: offsets {1}-{2} are outside the text ({3} characters) or swapped"), ()),
        (r"region (.+?): the text at (\d+)-(\d+) is " + QUOTED + ", not its " + QUOTED + r" \(its offsets count "
         r"UTF-16 units, as an old Label Studio's did: export the task again\)",
         _t("region {0}: the text at {1}-{2} is {3}, not its {4} (its offsets count UTF-16 units, as an old Label "
            "Studio's did: export the task again)"), ()),
        (r"region (.+?): the text at (\d+)-(\d+) is " + QUOTED + ", not its " + QUOTED,
         _t("region {0}: the text at {1}-{2} is {3}, not its {4}"), ()),
        (r"region (.+?): labels must be a list of label names, not (.+)",
         _t("region {0}: labels must be a list of label names, not {1}"), ()),
        (r"relation (.+?)→(.+?) joins a region its annotation does not have \(or one refused\)",
         _t("relation {0}→{1} joins a region its annotation does not have (or one refused)"), ()),
        (r"relation (.+?)→(.+?) \((\S+) to (\S+)\) is no link: a district link goes from a PROJECT, AMOUNT or "
         r"TARGET to a DISTRICT, a project link from an AMOUNT or TARGET to a PROJECT",
         _t("relation {0}→{1} ({2} to {3}) is no link: a district link goes from a PROJECT, AMOUNT or TARGET to a "
            "DISTRICT, a project link from an AMOUNT or TARGET to a PROJECT"), ("", "", LABEL, LABEL)),
        (r"the project's document " + QUOTED + r" holds another text: the task's offsets are not its \(import the "
         r"task's text as a document of another name, or rename it\)",
         _t("the project's document {0} holds another text: the task's offsets are not its (import the task's text "
            "as a document of another name, or rename it)"), ()),
    ]


def _files() -> list[Rule]:
    """A Label Studio file refused whole, its path left out (label_studio.read_tasks)."""
    return [
        (r"line (\d+): (not text in any encoding tried .+)" + _NOTHING,  # its reason: line_reasons' (a JSON line's)
         _t("line {0}: {1}; nothing was stored from it"), ("", "reason")),  # said by line_reasons.REASON
        (r"not valid JSON \((.+) at line (\d+) column (\d+)\); it holds JSON lines: name it \.jsonl; a Label Studio "
         r"export is " + _SHAPE + _NOTHING,
         _t("not valid JSON ({0} at line {1} column {2}); it holds JSON lines: name it .jsonl; a Label Studio export "
            "is a JSON array of tasks, {3}; nothing was stored from it"), ()),
        (r"not valid JSON \((.+) at line (\d+) column (\d+)\); a Label Studio export is " + _SHAPE + _NOTHING,
         _t("not valid JSON ({0} at line {1} column {2}); a Label Studio export is a JSON array of tasks, {3}; "
            "nothing was stored from it"), ()),
        (r"not valid JSON here \(nested too deeply, or a number too long\)" + _NOTHING,
         _t("not valid JSON here (nested too deeply, or a number too long); nothing was stored from it"), ()),
        (r"holds no Label Studio tasks \(its export is " + _SHAPE + r"\)" + _NOTHING,
         _t("holds no Label Studio tasks (its export is a JSON array of tasks, {0}); nothing was stored from it"), ()),
    ]


def label_studio_rules() -> list[Rule]:
    """Every rule of a reason a Label Studio import gives (tests/gui/test_label_studio_import_zh.py meets
    each with a file the window imports)."""
    return _tasks() + _files()
