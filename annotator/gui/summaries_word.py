"""The import's reasons for a Word .docx it cannot read whole (``core/imports/word_parts.py``,
``word_chunks.py``) in the interface's language: rules of :mod:`annotator.gui.summaries`, in its context
"Summaries"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

Rule = tuple[str, str, tuple[str, ...]]
_REPAIR = r"open it in Word or WPS \(they can often repair it\), save it again and import that"


def _t(text: str) -> str:
    return QCoreApplication.translate("Summaries", text)


def word_pieces() -> list[Rule]:
    """Why a .docx was not imported: a part of it damaged or missing, content in another format (altChunk)."""
    return [
        (r"holds content in another format \(altChunk: ([\w.+/-]+)\) that Word converts when it opens the file; "
         r"open it in Word or WPS, save it as \.docx and import that",
         _t("holds content in another format (altChunk: {0}) that Word converts when it opens the file; open it "
            "in Word or WPS, save it as .docx and import that"), ("",)),
        (r"holds a Word document inside it \(altChunk\) that unpacks to too much to read",
         _t("holds a Word document inside it (altChunk) that unpacks to too much to read"), ()),
        (r"is damaged: a part it refers to \(altChunk (\S+)\) is missing; open it in Word or WPS, save it again "
         r"and import that",
         _t("is damaged: a part it refers to (altChunk {0}) is missing; open it in Word or WPS, save it again and "
            "import that"), ("",)),
        (r"is a damaged \.docx: its part (\S+) is missing; " + _REPAIR,
         _t("is a damaged .docx: its part {0} is missing; open it in Word or WPS (they can often repair it), save it "
            "again and import that"), ("",)),
        (r"is a damaged \.docx: its part (\S+) cannot be read \((.+)\); " + _REPAIR,
         _t("is a damaged .docx: its part {0} cannot be read ({1}); open it in Word or WPS (they can often repair "
            "it), save it again and import that"), ("", "")),
        (r"cannot read this \.docx \((.+)\)", _t("cannot read this .docx ({0})"), ("",)),
    ]
