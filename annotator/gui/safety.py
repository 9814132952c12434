"""What an error means for the work already saved — said only after checking it.

After a database error the project file is checked through a fresh connection (so that
what is on disk is read, not this window's cache): SQLite's integrity check, and whether
it holds what the window's own connection sees. Only if both hold may the message say
that the saved work is intact; otherwise it says what was found, names the newest backup
and the menu item that brings it back (Project › Restore from a backup…).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.store.backup import backup_dir, list_backups


def _tr(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


def saved_work_report(store: Store | None) -> str:
    """A few sentences on the saved work of the window's open project ("" when none is open)."""
    if store is None:
        return ""
    return folder_report(store.folder, store)


def folder_report(folder: str | Path, shown: Store | None = None) -> str:
    """The same for ``folder``; ``shown`` is the connection whose saved edits should be on disk."""
    folder = Path(folder)
    try:
        with Store.open(folder, read_only_ok=True) as disk:
            problem = disk.integrity_check()
            if problem == "ok" and shown is not None and not _holds(disk, shown):
                problem = _tr("it does not hold everything this window saved")
    except (AnnotatorError, sqlite3.Error) as e:
        problem = str(e)
    if problem == "ok":
        return _tr("The project file on disk passed its integrity check: everything saved before this error "
                   "is intact.")
    return damaged_report(folder, problem)


def _holds(disk: Store, shown: Store) -> bool:
    """Does the file on disk hold what ``shown`` sees? (Read twice: another program may commit between.)"""
    try:
        first = shown.stats()
        on_disk = disk.stats()
        return on_disk == first or on_disk == shown.stats()
    except (AnnotatorError, sqlite3.Error):
        return False


def damaged_report(folder: Path, problem: str) -> str:
    from annotator.gui.core_errors import error_line  # a refusal of the core's, in the interface's language

    text = _tr("The project file in {0} failed its check: {1}.").format(folder, error_line(problem))
    backups = list_backups(folder)
    if backups:
        text += "\n" + _tr("The newest backup is {0}: Project › Restore from a backup… brings it back (what the "
                           "project holds now is kept as a before-restore backup).").format(backups[-1])
    else:
        text += "\n" + _tr("There is no backup in {0}: copy the project folder somewhere safe before "
                           "you go on.").format(backup_dir(folder))
    return text
