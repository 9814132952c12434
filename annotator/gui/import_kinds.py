"""After an import: the documents of a kind other than most of them, named (a folder of reports
also holding notes, ``LINKS.md``, ``SOURCES-A.md``, reads them as articles too: the user is told
which, and how to take them out), so that they are not found only later among the reports."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from annotator.core.imports import formats

NAMED = 5  # the files named; more are counted


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportKinds", text)


def other_kinds(names: Sequence[str], among: Sequence[str] = ()) -> str:
    """"" when the documents ``names`` are all of the kind most of the project's (``among``) are; else one
    sentence naming those of another kind (up to :data:`NAMED` of them) and how to remove one."""
    main, others = formats.other_kinds(names, among)  # .htm with .html: saved pages are of one kind
    if not others:
        return ""
    shown = _tr(", ").join(others[:NAMED]) + (_tr(" and {0} more").format(len(others) - NAMED)
                                              if len(others) > NAMED else "")
    if len(others) == 1:
        return _tr("1 of them is not a {0} file: {1}; the Project menu's Remove document(s)… takes it out if it "
                   "was imported by mistake.").format(main or _tr("(no suffix)"), shown)
    return _tr("{0} of them are not {1} files: {2}; the Project menu's Remove document(s)… takes out one "
               "imported by mistake.").format(len(others), main or _tr("(no suffix)"), shown)


def joined(*parts: str) -> str:
    """Sentences on one line (a status bar's): "; " between them in English, "；" in Chinese."""
    return _tr("; ").join(parts)
