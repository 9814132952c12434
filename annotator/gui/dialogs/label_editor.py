"""Editing the project's labels: add, rename, recolour, key 1–9, description, delete (a label
no span uses), move up and down (Ctrl+Up / Ctrl+Down on the selected row: ``Ops.move_label``; the
order the window's label buttons, filter and Statistics panel and the exports follow; each label
keeps its key). Labels another program changed meanwhile are shown without reopening
(:mod:`annotator.gui.dialogs.label_watch`), never under a cell being edited.

Each change is saved at once through the window's ops (``Ops.add_label`` /
``Ops.update_label`` / ``Ops.delete_label``): a ChangeSet like an annotation edit, one step
on the undo stack; Ctrl+Z works here too. A refused change is shown (dialogs.errors) and the
table is re-read from the store. ``labels_changed`` fires after every change, undo and redo
of a label (``Ops.changed`` with label changes).

The schema's labels (``labels.spec``: DISTRICT, PROJECT, …) keep their names — their values,
links and suggestions go by them (``Store.update_label`` refuses a rename): their name cell
cannot be edited and its tooltip says why; colour, key and description can be changed. Its cell names
it as the window does with the stored name after it (地区 (DISTRICT) in Chinese: the name the command
line, the files and ``--label`` take).

A read-only project's labels are shown, not changed: the cells do not open for editing, the key
boxes and the Add, Colour and Delete buttons are greyed, and a note above the table says why.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core import labels as schema
from annotator.core.errors import AnnotatorError
from annotator.core.models import ChangeSet, Label
from annotator.core.store import Store
from annotator.core.store.labels import tidy_name
from annotator.gui.contrast import ink_on
from annotator.gui.dialogs import errors
from annotator.gui.dialogs.label_keys_tab import KeysInTheLabels
from annotator.gui.dialogs.label_watch import OutsideLabels
from annotator.gui.display import label_description, label_text
from annotator.gui.opening_size import columns_width, in_characters, opening_size
from annotator.gui.ops import Ops
from annotator.gui.read_only import greyed_note
from annotator.gui.retranslating import Retranslating
from annotator.gui.undo import redo_step, undo_step
from annotator.gui.widgets.row_heights import rows_fit_contents

NAME, COLOR, SHORTCUT, DESCRIPTION = range(4)
SHORTCUTS = [""] + [str(n) for n in range(1, 10)]
PALETTE = schema.PALETTE  # a label added takes the first colour no label has


def shown_name(name: str) -> str:
    """A label's name cell: a schema label as the window names it with its stored name, the one the
    command line and the files use (地区 (DISTRICT) in Chinese); any other label as it is stored."""
    shown = label_text(name)
    return name if shown == name else f"{shown} ({name})"


class LabelEditorDialog(Retranslating, QDialog):
    labels_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, ops: Ops | None = None):
        super().__init__(parent)
        self.store = store
        self.ops = ops if ops is not None else Ops(store, QUndoStack(self), lambda: "", self)
        self.ops.changed.connect(self._changed)
        # no lambda holding the dialog connected (nor kept on it): in a cycle with itself it is never freed, or freed
        # by Python's cycle collector on whatever thread runs it (tests/gui/dialogs/test_dialogs_freed.py)
        for keys, step in ((QKeySequence.StandardKey.Undo, undo_step), (QKeySequence.StandardKey.Redo, redo_step)):
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(lambda _c=False, step=step, stack=self.ops.undo_stack: step(stack))
            self.addAction(action)
        # QColorDialog.getColor by default; tests replace it: (initial QColor) -> QColor (invalid = cancel)
        self.pick_color: Callable[[QColor], QColor] | None = None
        self._filling = False
        self.shown: list[Label] = []  # the labels the table shows, as read last
        self.read_only = store.read_only  # shown, not changed: gui/read_only.py
        self.read_only_note = QLabel(wordWrap=True)
        self.read_only_note.setObjectName("labelsReadOnlyNote")
        self.read_only_note.setVisible(self.read_only)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab reaches the buttons; the arrows walk the cells, F2 edits
        if self.read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        # a description longer than its column wraps, its row as tall as its lines (at 18 pt they ended "…")
        rows_fit_contents(self.table)
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.add_button = QPushButton(autoDefault=False)  # Enter in the table added a label
        self.add_button.clicked.connect(self._add_clicked)
        self.color_button = QPushButton(autoDefault=False)
        self.color_button.clicked.connect(self._color_clicked)
        self.delete_button = QPushButton(autoDefault=False)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.up_button, self.down_button = QPushButton(autoDefault=False), QPushButton(autoDefault=False)
        for button, slot, key in ((self.up_button, self._move_up, "Ctrl+Up"),
                                  (self.down_button, self._move_down, "Ctrl+Down")):
            button.clicked.connect(slot)
            action = QAction(self, shortcut=QKeySequence(key))  # on the selected row, wherever the focus is
            action.triggered.connect(slot)
            self.addAction(action)
        self.table.currentCellChanged.connect(self._movable)
        self.keys = KeysInTheLabels(self.table, SHORTCUT)  # Tab, and the keys after a move (label_keys_tab.py)
        self.outside_note = QLabel(wordWrap=True)
        self.outside_note.setObjectName("labelsOutsideNote")
        self.outside_note.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.color_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addStretch(1)
        row.addWidget(buttons)
        for button in (self.add_button, self.color_button, self.delete_button):
            button.setEnabled(not self.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.outside_note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.retranslate()
        self.reload()
        # at 18 pt the description was cut at the usual font's 640 px: as wide as its columns (a description
        # up to 30 characters whole), inside the screen
        whole = columns_width(self.table, header, most=in_characters(self, 30, 0).width())
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        self.resize(opening_size(self, QSize(640, 340), QSize(whole + margins, 0), in_characters(self, 0, 18)))
        self.outside = OutsideLabels(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Labels"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Colour"), self.tr("Key"),
                                              self.tr("Description")])
        self.add_button.setText(self.tr("&Add label"))
        self.color_button.setText(self.tr("&Colour…"))
        self.delete_button.setText(self.tr("&Delete label"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.up_button.setToolTip(self.tr("Move the selected label up (Ctrl+Up): its place in the label buttons, "
                                          "the filter, the statistics and the exports"))
        self.down_button.setToolTip(self.tr("Move the selected label down (Ctrl+Down)"))
        self.read_only_note.setText(greyed_note() if self.read_only else "")
        self._filling, filling = True, self._filling  # a new tooltip is no edit
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None:
                item.setText(shown_name(item.data(Qt.ItemDataRole.UserRole)))
            self._name_tip(item)
            self._name_key(row)
        self._filling = filling
        self.table.setAccessibleName(self.tr("Labels"))

    # ------------------------------------------------------------- table
    def reload(self) -> None:
        """Fill the table from the store, reusing the cells already there (one may be mid-edit)."""
        self._filling = True
        labels = self.store.labels()
        current, column = self.table.currentRow(), max(0, self.table.currentColumn())
        was = item.data(Qt.ItemDataRole.UserRole) if (item := self.table.item(current, NAME)) else None
        self.shown = labels
        self.table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            name = self._item(row, NAME)
            name.setText(shown_name(label.name))
            name.setData(Qt.ItemDataRole.UserRole, label.name)
            if schema.spec(label.name) is not None:  # a row may hold another label after a delete
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            else:
                name.setFlags(name.flags() | Qt.ItemFlag.ItemIsEditable)
            self._name_tip(name)
            swatch = self._item(row, COLOR, editable=False)
            swatch.setText(label.color)
            swatch.setBackground(QColor(label.color))
            swatch.setForeground(ink_on(QColor(label.color)))
            keys = self.table.cellWidget(row, SHORTCUT)
            if not isinstance(keys, QComboBox):  # (none yet: the cell's widget is only ever this box)
                keys = QComboBox()
                keys.addItems(SHORTCUTS)
                keys.setProperty("row", row)  # (its row's: a box stays in its row)
                keys.currentTextChanged.connect(self._shortcut_chosen)
                keys.setEnabled(not self.read_only)
                self.table.setCellWidget(row, SHORTCUT, keys)
            keys.blockSignals(True)
            keys.setCurrentText(label.shortcut if label.shortcut in SHORTCUTS else "")
            keys.blockSignals(False)
            self._name_key(row)
            self._item(row, DESCRIPTION).setText(label_description(label))  # the schema's in this language
        for narrow in (NAME, COLOR, SHORTCUT):  # wide enough for their cells (at 18 pt: "地区 …", "#4e7…")
            need = max(self.table.sizeHintForColumn(narrow), self.table.horizontalHeader().sectionSizeHint(narrow))
            self.table.setColumnWidth(narrow, max(self.table.columnWidth(narrow), need))
        if labels and current >= len(labels):  # the last row went: the one before it is current
            self.table.setCurrentCell(len(labels) - 1, NAME)
        moved = next((r for r, label in enumerate(labels) if label.name == was), current)
        if moved != current and self.table.state() != QAbstractItemView.State.EditingState:
            self.keys.select(moved, column)  # the label selected stays so in its new place, the keys where they were
        self.keys.chain(self.add_button)  # Tab: the table, the selected row's key, the buttons
        self._filling = False
        self._movable()

    def _add_clicked(self) -> None:
        self.add_label()

    def _color_clicked(self) -> None:
        self.choose_color(self.table.currentRow())

    def _color_dialog(self, initial: QColor) -> QColor:
        return QColorDialog.getColor(initial, self)

    def _delete_clicked(self) -> None:
        self.delete_row(self.table.currentRow())

    def _move_up(self) -> None:
        self.move_row(self.table.currentRow(), -1)

    def _move_down(self) -> None:
        self.move_row(self.table.currentRow(), +1)

    def _movable(self) -> None:
        """Move up greyed on the first row, Move down on the last (both without a row, or read-only)."""
        row, rows = self.table.currentRow(), self.table.rowCount()
        self.up_button.setEnabled(not self.read_only and 0 < row < rows)
        self.down_button.setEnabled(not self.read_only and 0 <= row < rows - 1)

    def say_outside(self, waiting: bool) -> None:
        """The note above the table: another program changed the labels (shown, or once this edit is done)."""
        self.outside_note.setText(self.tr("Another program changed the labels: they are shown as soon as you finish "
                                          "this edit.") if waiting else
                                  self.tr("Another program changed the labels: shown as they are now."))
        self.outside_note.show()

    def _name_key(self, row: int) -> None:
        """A row's key box, named for a screen reader after its label (it shows only the key)."""
        keys, name = self.table.cellWidget(row, SHORTCUT), self.table.item(row, NAME)
        if keys is not None and name is not None:
            keys.setAccessibleName(self.tr("Key of {0}").format(label_text(name.data(Qt.ItemDataRole.UserRole))))

    def _name_tip(self, item: QTableWidgetItem | None) -> None:
        """Why a schema label's name cannot be edited (no tip for a label the project added)."""
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        item.setToolTip(self.tr("{0} is one of the schema's labels: its values, links and suggestions go by "
                                "this name, so it cannot be renamed. Its colour, key and description can be "
                                "changed, and the window shows it in your language.").format(name)
                        if schema.spec(name) is not None else "")

    def _item(self, row: int, column: int, editable: bool = True) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            if not editable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        return item

    def _shortcut_chosen(self, key: str) -> None:
        label = self.label_at(self.sender().property("row"))  # a row's key box
        if label is not None:
            self.set_shortcut(label.name, key)

    def label_at(self, row: int) -> Label | None:
        item = self.table.item(row, NAME)
        if item is None:
            return None
        name = item.data(Qt.ItemDataRole.UserRole)
        return next((label for label in self.store.labels() if label.name == name), None)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        label = self.label_at(item.row())
        if label is None:
            return
        if item.column() == NAME:
            self.rename(label.name, item.text())
        elif item.column() == DESCRIPTION:
            self._update(label.name, description=item.text())

    def _double_clicked(self, row: int, column: int) -> None:
        if column == COLOR and not self.read_only:
            self.choose_color(row)

    # ----------------------------------------------------------- changes
    def add_label(self, name: str | None = None, color: str | None = None) -> Label | None:
        """Add a label (default: a free name "LABEL n" and an unused colour); its name cell opens for editing."""
        taken = {label.name for label in self.store.labels()}
        if name is None:
            n = len(taken) + 1
            while f"LABEL{n}" in taken:
                n += 1
            name = f"LABEL{n}"
        if color is None:
            color = schema.free_color([label.color for label in self.store.labels()])
        try:
            label = self.ops.add_label(name, color)
        except AnnotatorError as e:
            errors.show_error(self, self.tr("Label not added"), str(e))
            return None
        row, item = next((r, item) for r in range(self.table.rowCount()) if (item := self.table.item(r, NAME))
                         is not None and item.data(Qt.ItemDataRole.UserRole) == label.name)
        self.table.setCurrentCell(row, NAME)
        if self.isVisible():
            self.table.editItem(item)
        return label

    def rename(self, name: str, new_name: str) -> bool:
        """A label just added (no key, no description) named as a label of the schema (TARGET, deleted
        and wanted back) takes that label's colour, key and description in the same step."""
        if tidy_name(new_name) == name:
            return True
        current = self.store.label(name)
        if schema.spec(tidy_name(new_name)) is None or current.shortcut or current.description:
            return self._update(name, new_name=new_name)
        others = [label for label in self.store.labels() if label.name != name]
        color, key, description = schema.new_label_look(tidy_name(new_name), [label.color for label in others],
                                                        [label.shortcut for label in others])
        return self._update(name, new_name=new_name, color=color, shortcut=key, description=description)

    def set_color(self, name: str, color: str) -> bool:
        return self._update(name, color=color)

    def set_shortcut(self, name: str, key: str) -> bool:
        return self._update(name, shortcut=key)

    def set_description(self, name: str, text: str) -> bool:
        return self._update(name, description=text)

    def choose_color(self, row: int) -> bool:
        label = self.label_at(row)
        if label is None:
            return False
        color = (self.pick_color or self._color_dialog)(QColor(label.color))
        if not color.isValid():
            return False
        return self.set_color(label.name, color.name())

    def delete_row(self, row: int) -> bool:
        """Delete the label of ``row``; refused (and said why) while a span uses it."""
        label = self.label_at(row)
        if label is None:
            return False
        try:
            self.ops.delete_label(label.name)
        except AnnotatorError as e:
            errors.show_error(self, self.tr("Label not deleted"), str(e))
            return False
        return True

    def move_row(self, row: int, step: int) -> bool:
        """Move the label of ``row`` up (-1) or down (+1) a place: one undo step, stored at once."""
        label, place = self.label_at(row), row + 1 + step
        if label is None or self.read_only or not 1 <= place <= self.table.rowCount():
            return False
        if self.table.state() == QAbstractItemView.State.EditingState:
            return False  # a name being typed is saved first, by Enter or by leaving its cell
        try:
            self.ops.move_label(label.name, place)
        except AnnotatorError as e:
            errors.show_error(self, self.tr("Label not moved"), str(e))
            self.reload()
            return False
        return True

    def _update(self, name: str, **fields: str) -> bool:
        try:
            self.ops.update_label(name, **fields)
        except AnnotatorError as e:
            errors.show_error(self, self.tr("Label not changed"), str(e))
            self.reload()
            return False
        return True

    def _changed(self, changeset: ChangeSet) -> None:
        if changeset.label_changes:
            self.reload()
            self.labels_changed.emit()
