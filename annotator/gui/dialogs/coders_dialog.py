"""*Project › Coding team › Coders…*: the project's coders (``core/store/coders.py``; ``annotator coders``
on the command line), each with how and when they came in and their layer's spans, and the other
annotator names holding spans, which are no coder's.

*Remove* (or Delete) takes the chosen coders off: their spans stay where they are, in their layer, and
are the user's to edit in place from then on. *Add…* asks a name (the other names are offered) and
makes it a coder: their spans stay as they leave them, the user's edits going to a copy of their own.
Each change is one write through the core, at once (not an undo step: *Add…* or *Remove* brings it
back); the dialog says what it did under the list. A read-only project's coders are shown, not changed.
What another program changes meanwhile (``annotator coders P --add li``, a merge in a terminal) is shown
as the window shows its writes (:class:`_Outside`), and the window behind goes on showing them too.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.gui.dialogs import errors
from annotator.gui.dialogs.outside_watch import OutsideWatch
from annotator.gui.i18n import names_list
from annotator.gui.opening_size import columns_width, in_characters, opening_size
from annotator.gui.read_only import greyed_note
from annotator.gui.retranslating import Retranslating

if TYPE_CHECKING:
    from annotator.core.store import Store

STATUSES = ("accepted", "suggested", "rejected")  # the columns after the name, how and when
SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def _t(text: str) -> str:
    return QCoreApplication.translate("CodersDialog", text)


def came_in(how: str) -> str:
    """How a coder came in (``coders.HOW``), in the interface's language."""
    return {"merge": _t("merged"), "import": _t("imported under their name"), "package": _t("in a package"),
            "found": _t("found when the project was upgraded"), "added": _t("added by name")}.get(how, how)


def _when(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class CodersDialog(Retranslating, QDialog):
    """The coders of ``store``; ``own``: the user's name (not offered by *Add…*)."""

    def __init__(self, store: Store, own: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codersDialog")
        self.store, self.own = store, own
        self.read_only = store.read_only
        self.note = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 3 + len(STATUSES))
        self.table.setObjectName("coderList")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab reaches the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.others = QLabel(wordWrap=True)
        self.others.setObjectName("otherLayers")
        self.said = QLabel(wordWrap=True)  # what the last change did
        self.said.setObjectName("codersSaid")
        self.said_text: Callable[[], str] = lambda: ""  # (said again in another language)
        self.read_only_note = QLabel(wordWrap=True)
        self.read_only_note.setVisible(self.read_only)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCoder")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeCoder")
        for button in (self.add_button, self.remove_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.table.itemSelectionChanged.connect(self._grey)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.read_only_note, self.table, self.others, self.said, self.buttons):
            layout.addWidget(widget)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        for before, after in ((self.table, self.add_button), (self.add_button, self.remove_button),
                              (self.remove_button, close)):  # Tab as drawn (it went from the list to Close first)
            QWidget.setTabOrder(before, after)
        self.rows: list = []
        self.retranslate()
        self.outside = _Outside(self)
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        whole = QSize(columns_width(self.table, self.table.horizontalHeader()) + margins, 0)
        self.resize(opening_size(self, QSize(640, 360), in_characters(self, 44, 20), whole))

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Coders"))
        self.table.setAccessibleName(_t("Coders"))
        self.table.setHorizontalHeaderLabels([_t("Coder"), _t("Came in"), _t("When"), _t("Accepted"), _t("Open"),
                                              _t("Rejected")])
        self.add_button.setText(_t("&Add…"))
        self.remove_button.setText(_t("&Remove"))
        self.read_only_note.setText(greyed_note() if self.read_only else "")
        self.said.setText(self.said_text())
        self.said.setVisible(bool(self.said.text()))
        self.fill()

    def fill(self) -> None:
        """The coders and the other names as the store holds them now, the chosen rows kept."""
        chosen = set(self.chosen())
        self.rows = self.store.coder_rows()
        self.table.setRowCount(len(self.rows))
        for row, coder in enumerate(self.rows):
            texts = [coder.name, came_in(coder.how), _when(coder.added_at),
                     *(f"{coder.spans.get(status, 0):,}" for status in STATUSES)]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row, coder in enumerate(self.rows):
            if coder.name in chosen:
                selection.select(self.table.model().index(row, 0), SELECT_ROW)
        self.table.resizeColumnsToContents()
        project = self.store.folder.name
        self.note.setText(_t("The coders of {0}: their spans stay as they left them, your edits of them going to a "
                             "copy of your own. A coder removed keeps their spans, which are then yours to edit in "
                             "place.").format(project) if self.rows else
                          _t("{0} has no coders: merging their copies (Merge coders' work…), importing a file under "
                             "their name or Add… records them.").format(project))
        others = self.store.other_layers()
        self.others.setText(_t("Other annotator names, no coder's (edited in place): {0}").format(names_list(
            _t("{0} ({1} span(s))").format(name or _t("no name"), f"{sum(counts.values()):,}")
            for name, counts in others.items())) if others else "")
        self.others.setVisible(bool(others))
        self._grey()

    def _grey(self) -> None:
        self.add_button.setEnabled(not self.read_only)
        self.remove_button.setEnabled(not self.read_only and bool(self.chosen()))

    def chosen(self) -> list[str]:
        """The names of the coders chosen in the list."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.rows[row].name for row in rows if row < len(self.rows)]

    def _say(self, text: Callable[[], str]) -> None:
        self.said_text = text
        self.said.setText(text())
        self.said.setVisible(bool(self.said.text()))

    # ------------------------------------------------------------ changes
    def remove(self) -> list[str]:
        """Take the chosen coders off (one write); the names removed."""
        names = self.chosen()
        if self.read_only or not names:
            return []
        spans = {c.name: sum(c.spans.values()) for c in self.rows}
        try:  # one another program took off since the list was read is passed over, and said
            removed = self.store.remove_coders(names, gone_ok=True)
        except AnnotatorError as e:
            errors.show_error(self, _t("Coders not changed"), str(e))
            self.fill()
            return []
        self.table.clearSelection()
        self.fill()
        self._say(lambda: "\n".join(
            _t("{0} is no coder now: another program took them off meanwhile.").format(name) if name not in removed
            else _t("{0} is no coder now: their {1} span(s) stay where they are, in the layer {0}, yours to edit in "
                    "place.").format(name, f"{spans.get(name, 0):,}") if spans.get(name) else
            _t("{0} is no coder now (no span of theirs).").format(name) for name in sorted(set(names))))
        return removed

    def add(self) -> str:
        """Ask a name and make it a coder (one write); the name, or "" when none was given."""
        if self.read_only:
            return ""
        name = self.ask_name().strip()
        if not name:
            return ""
        known = set(self.store.coders())
        spans = {who: sum(counts.values()) for who, counts in self.store.other_layers().items()}
        try:
            self.store.add_coders([name], "added")
        except AnnotatorError as e:
            errors.show_error(self, _t("Coders not changed"), str(e))
            return ""
        self.table.clearSelection()
        self.fill()
        self.table.selectRow(next(row for row, c in enumerate(self.rows) if c.name == name))
        n = spans.get(name, 0)
        self._say(lambda: _t("{0} is a coder already.").format(name) if name in known else
                  _t("{0} is a coder now: their {1} span(s) stay as {0} left them, your edits of them going to a copy "
                     "of your own.").format(name, f"{n:,}") if n else
                  _t("{0} is a coder now; no span holds that name yet (a merge or an import under it brings "
                     "theirs).").format(name))
        return name

    def ask_name(self) -> str:
        """The name typed or chosen (the other annotator names offered, not the user's own), or ""."""
        offered = [name for name in self.store.other_layers() if name and name != self.own]
        dialog = QInputDialog(self)
        dialog.setObjectName("coderName")
        dialog.setWindowTitle(_t("Add a coder"))
        dialog.setLabelText(_t("The annotator name of the coder's spans:"))
        if offered:  # a list to choose from, or a new name typed
            dialog.setComboBoxItems(offered)
            dialog.setComboBoxEditable(True)
        try:
            return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else ""
        finally:
            dialog.deleteLater()


class _Outside(OutsideWatch):
    """The coders another program changed while the dialog is open (``outside_watch.py``): the list filled
    again (the chosen rows kept) and, when it changed, said under it. The list went on showing a coder
    ``annotator coders --remove`` had taken off, whose Remove then failed."""

    def check(self) -> bool:
        """Show the coders as stored now (True if the list changed)."""
        dialog = self.dialog
        version = self._version()
        if version == self.seen or QApplication.activeModalWidget() not in (None, dialog):  # (Add…'s question)
            return False
        self.seen = version
        before = [(c.name, c.how, c.spans) for c in dialog.rows], dialog.others.text()
        try:
            dialog.fill()
        except (AnnotatorError, sqlite3.Error):  # the next change says what is wrong, not a timer
            return False
        if ([(c.name, c.how, c.spans) for c in dialog.rows], dialog.others.text()) == before:
            return False
        dialog._say(lambda: _t("Another program changed the project: the coders are shown as they are now."))
        return True
