"""What the window says of stored model settings it cannot read (a hand-edited database, a value a
newer version wrote): they read as the defaults (``core/store/model_settings.py``), as before, but no
longer silently — the Statistics panel's Model line says which stored value was passed over and which
default is used, and the status bar says it once when the project opens (``ModelWork.adopt``)."""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core.store import Store
from annotator.gui.i18n import sentences

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("ModelWork", text)


def unreadable_line(store: Store) -> str:
    """One sentence per stored value that could not be read ("" when every one reads)."""
    try:
        bad = store.model_settings_unreadable()
    except sqlite3.Error:  # closed or busy: said at the next look
        return ""
    said = []
    for item in bad:
        if item.name:
            said.append(_t("The project's stored model setting {0} = {1} could not be read; the default {2} is "
                           "used.").format(item.name, item.stored, item.default))
        else:
            said.append(_t("The project's stored model settings ({0}) could not be read; the defaults ({1}) are "
                           "used.").format(item.stored, item.default))
    return sentences(*said)


def say_unreadable(window: MainWindow, store: Store) -> None:
    """The status bar's line when a project opens whose stored model settings could not all be read."""
    said = unreadable_line(store)
    if said:
        window.statusBar().showMessage(said, 15000)
