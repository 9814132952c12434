"""Words inside a line of the core's errors (:mod:`annotator.gui.core_errors`): a span's or a
document's field as an undo refused over it names it, and why the disk refused a write — what SQLite
or the system said in parentheses ("database or disk is full", "No space left on device"). A write
that failed (a full disk while importing or saving) showed that English inside the Chinese sentence;
what no entry here knows stays as it was said (the box's details keep the whole English line).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("CoreErrors", text)


def field_word(text: str) -> str:
    """A span's, a link's or a document's field (others as they are)."""
    fields = {"extent": _t("extent"), "label": _t("label"), "value": _t("value"), "status": _t("status"),
              "origin": _t("origin"), "annotator": _t("annotator"), "confidence": _t("confidence"),
              "reason": _t("reason"), "note": _t("note"), "document": _t("document"), "target": _t("target"),
              "jurisdiction": _t("jurisdiction"), "name": _t("name")}
    return fields.get(text, text)


def disk_words(text: str) -> str:
    """Why a write failed, as SQLite (core/store/base.py) or the system (``strerror``: core/writing.py,
    export/xlsx.py) said it: in a translated interface in its words; in English (no translation) as
    it was said."""
    key = _DISK.get(text.strip().lower())
    if key is None:
        return text
    said = _t(str(key))  # QT_TRANSLATE_NOOP hands back its text (PySide6 types it object)
    return text if said == key else said


_DISK = {  # SQLite's, compared in lower case (its I/O errors say "disk I/O error") …
    "database or disk is full": QT_TRANSLATE_NOOP("CoreErrors", "the disk is full"),
    "disk i/o error": QT_TRANSLATE_NOOP("CoreErrors", "the disk reported an error"),
    "attempt to write a readonly database": QT_TRANSLATE_NOOP("CoreErrors",
                                                                "the database cannot be written (read-only)"),
    # … and the system's (errno's strerror), on Linux, macOS and Windows
    "no space left on device": QT_TRANSLATE_NOOP("CoreErrors", "the disk is full"),
    "there is not enough space on the disk": QT_TRANSLATE_NOOP("CoreErrors", "the disk is full"),
    "disk quota exceeded": QT_TRANSLATE_NOOP("CoreErrors", "the disk quota is exceeded"),
    "file too large": QT_TRANSLATE_NOOP("CoreErrors", "the file is too large"),
    "input/output error": QT_TRANSLATE_NOOP("CoreErrors", "the disk reported an error"),
    "read-only file system": QT_TRANSLATE_NOOP("CoreErrors", "the disk is read-only"),
    "permission denied": QT_TRANSLATE_NOOP("CoreErrors", "permission denied"),
}
