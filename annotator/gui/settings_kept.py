"""Whether a setting was kept on disk, and the window's one line when it was not.

QSettings writes its file later (at a sync) and, refused (a full disk), says so only by ``status()``,
which stays AccessError even after a later sync that wrote: it cannot tell this setting's fate. So the
one place that changes a setting (``Settings.__setattr__``) syncs at once and looks at the file: a sync
that wrote replaces it (QSaveFile writes beside it and renames: another file where it was), one refused
leaves it as it was. Only an INI file is looked at (Linux, or a test's): the registry (Windows) and a
plist (macOS) are not files QSaveFile replaces, and are taken as kept.
"""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

SHOWN_MS = 15_000


def _t(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def _file(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns


def synced(q: QSettings) -> bool:
    """Sync ``q`` now; whether its file was written (True where that cannot be told: not an INI file)."""
    ini = q.format() == QSettings.Format.IniFormat or sys.platform not in ("win32", "darwin")
    before = _file(q.fileName()) if ini else None
    q.sync()
    if not ini:
        return True
    after = _file(q.fileName())
    return after is not None and after != before


def follow(window: MainWindow) -> None:
    """Say in ``window``'s status bar, once until a setting is kept again, that a setting was not kept."""
    where = window.settings.q.fileName()

    def not_kept() -> None:
        window.statusBar().showMessage(_t("The setting could not be saved in {0} (the disk is full or cannot be "
                                          "written): it holds until annotator closes").format(where), SHOWN_MS)

    window.settings.not_kept = not_kept

