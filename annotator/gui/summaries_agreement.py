"""Why the agreement of coders could not be computed, and the spans it left aside (``core/team/agreement.py``,
``core/team/unnamed.py``) in the interface's language: rules of :mod:`annotator.gui.summaries`, in its
context "Summaries". The spans in no coder's layer are said in up to two notes joined by "; " (a coder's
work without a name, the program's open suggestions): :func:`notes_text` says each."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.gui.core_errors import said_by
from annotator.gui.display import status_text
from annotator.gui.i18n import names_list

Rule = tuple[str, str, tuple[str, ...]]
NOTES = "notes"  # how a group is said: the notes of core/team/unnamed.py, "; " between them
_STATUSES = "statuses"  # summaries.STATUSES
_NAMES = "names"  # summaries.NAMES
_NOTE_START = r"(?:not compared: [\d,]+ span\(s\) \(|[\d,]+ open suggestion\(s\) of the program )"


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def _note_rules() -> list[Rule]:
    return [
        (r"not compared: ([\d,]+) span\(s\) \((.+?)\) in no coder's layer, with no annotator name \(made or imported "
         r"without one, as a Label Studio export naming its coder by number alone: import it with --annotator NAME\)",
         _t("not compared: {0} span(s) ({1}) in no coder's layer, with no annotator name (made or imported without "
            "one, as a Label Studio export naming its coder by number alone: import it again with an annotator name "
            "in Project › Import annotations…)"),
         ("", _STATUSES)),  # under the table (agreement_table.py), and in the window's Agreement and Adjudication
        (r"([\d,]+) open suggestion\(s\) of the program are not a coder's work: not compared",
         _t("{0} open suggestion(s) of the program are not a coder's work: not compared"), ()),
    ]


def _group(kind: str, text: str) -> str:
    return names_list(status_text(s) for s in text.split(", ")) if kind == _STATUSES else text


def notes_text(text: str) -> str:
    """The notes of the spans in no coder's layer ("; " between them), each in the interface's language."""
    return _t("; ").join(said_by(note, _note_rules(), _group) or note for note in text.split("; "))


def agreement_lines() -> list[Rule]:
    """Whole lines: the agreement short of two coders (with the notes, when there are spans in no coder's
    layer), a coder named without spans, and each note alone."""
    return [
        (r"agreement needs two coders; the spans \((.+?)\) in (.+) are by (.+?); (" + _NOTE_START + r".+)",
         _t("agreement needs two coders; the spans ({0}) in {1} are by {2}; {3}"),
         (_STATUSES, "", _NAMES, NOTES)),
        *_note_rules(),
        (r"agreement needs two coders; the spans \((.+?)\) in (.+) are by (.+)",
         _t("agreement needs two coders; the spans ({0}) in {1} are by {2}"), (_STATUSES, "", _NAMES)),
        (r"no spans \((.+?)\) by (.+?) in (.+); they are by (.+)",
         _t("no spans ({0}) by {1} in {2}; they are by {3}"), (_STATUSES, "", "", _NAMES)),
    ]
