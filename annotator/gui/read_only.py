"""A project the window opened read-only (its folder or database file cannot be written: a read-only
mount or share, a disc, a folder without write permission): shown, never written to.

The status bar says so while it is open (*Read-only: changes cannot be saved*, why in its tooltip),
the title ends in *(read-only)*, the Project menu's commands that would write (import, suggest,
train, restore, remove) are greyed, and so are the controls that would change the labels (the label
editor), a label's guide (the Guide's Edit) and the model settings, which stay open to be read
(:func:`greyed_note` says why); no session backup is made. Cross-validation runs, its figures
shown and not kept (``gui/model_crossval.py``). An edit the keys or the form
still ask for is refused by the core (``core/store/read_only.py``): one dialog saying the project is
read-only and how to edit a copy, nothing written.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from annotator.core.store import Store
from annotator.gui import kept_where, lock_wait, warming

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

# the Project menu's commands that write into the project: greyed while it is read-only
WRITING_ACTIONS = ("import_files", "import_folder", "import_annotations", "import_metadata", "suggest", "train",
                   "restore", "remove_documents", "import_again")


def _t(text: str) -> str:
    return QCoreApplication.translate("ReadOnly", text)


class ReadOnlyNotice(QLabel):
    """The status bar's notice while the open project is read-only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyNotice")
        self.setStyleSheet("background: #fff3cd; color: #7a4b00; font-weight: bold; padding: 1px 6px")
        self.folder = ""
        self.hide()

    def show_for(self, folder: str) -> None:
        """Shown for the read-only project in ``folder``; "" hides it."""
        self.folder = folder
        self.setVisible(bool(folder))
        self._say()

    def _say(self) -> None:
        self.setText(_t("Read-only: changes cannot be saved") if self.folder else "")
        self.setToolTip(_t("{0} is on a disk or in a folder that cannot be written, so the window only shows it. "
                           "To edit it, copy the project folder to a writable place and open the copy."
                           ).format(self.folder) if self.folder else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._say()
        super().changeEvent(event)


def notice(w: MainWindow) -> ReadOnlyNotice:
    """The window's notice, made and put in the status bar when first needed."""
    found = w.statusBar().findChild(ReadOnlyNotice)
    if found is None:
        found = ReadOnlyNotice()
        # the first of the right-hand widgets: Qt counts the left-hand one (the document's counts) too
        w.statusBar().insertPermanentWidget(1, found)
    return found


def opened(w: MainWindow, store: Store) -> None:
    """``store`` has just become the window's project: its actions, its notice, its session backup."""
    w.window_actions.set_project_open(True)
    for name in WRITING_ACTIONS:
        w.window_actions[name].setEnabled(not store.read_only)
    warming.start(w, w.panel.view.viewport())  # the suggesters loaded for the first label key
    lock_wait.watch(w, store)  # a write kept waiting by another program's says so
    kept_where.opened(w, store)  # on a network share or in a synced folder: said once per folder
    if store.read_only:
        notice(w).show_for(str(store.folder))
    else:
        notice(w).show_for("")
        w.session_backup.start(store, after=w.panel.view.viewport())  # begun once the list is painted


def closed(w: MainWindow) -> None:
    w.window_actions.set_project_open(False)
    w.window_actions["restore"].setEnabled(True)  # of a project that does not open (a read-only one's greyed it)
    notice(w).show_for("")


def greyed_note() -> str:
    """What a dialog or panel of a read-only project says beside its greyed controls (the label
    editor, the Guide's Edit, the model settings): shown, not changed."""
    return _t("The project is read-only: this is shown but cannot be changed. To change it, copy the project "
              "folder to a writable place and open the copy.")


def title_mark(store: Store) -> str:
    """What the window's title adds after the project's name."""
    return " " + _t("(read-only)") if store.read_only else ""
