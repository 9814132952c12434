"""What an error means for the work already saved — said only after checking it.

After a database error the window runs SQLite's integrity check on the project: if it
passes, the message may say that what was saved is intact; if not, it says so and names the
newest backup and the command that brings it back.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from annotator.core.backup import backup_dir, list_backups
from annotator.core.errors import AnnotatorError
from annotator.core.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


def saved_work_report(store: Store | None) -> str:
    """One or two sentences on the saved work of the open project ("" when none is open)."""
    if store is None:
        return ""
    try:
        result = store.integrity_check()
    except sqlite3.Error as e:
        result = str(e)
    if result == "ok":
        return _tr("The project file passed its integrity check: everything saved before this error is intact.")
    return damaged_report(store.folder, store.path, result)


def folder_report(folder: str | Path) -> str:
    """The same for a project that is not open in this window (a background task's)."""
    folder = Path(folder)
    try:
        with Store.open(folder) as store:
            return saved_work_report(store)
    except (AnnotatorError, sqlite3.Error) as e:
        return damaged_report(folder, None, str(e))


def damaged_report(folder: Path, path: Path | None, problem: str) -> str:
    where = path if path is not None else folder
    text = _tr("The project file {0} failed its integrity check ({1}).").format(where, problem)
    backups = list_backups(folder)
    if backups:
        text += "\n" + _tr("The newest backup is {0}. To bring it back, close annotator and run:\n"
                           "annotator restore {1}").format(backups[-1], folder)
    else:
        text += "\n" + _tr("There is no backup in {0}: copy the project folder somewhere safe before "
                           "you go on.").format(backup_dir(folder))
    return text
