"""The Adjudication panel's table of regions and its rows of fields and buttons
(:mod:`annotator.gui.widgets.adjudication_panel`): the table takes the digits, Enter and J before the
window's shortcuts, shrinks to a few rows and fits the coders' versions side by side, its columns filling
its width."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHeaderView, QLayout, QTableView

from annotator.gui.widgets.flow_layout import FlowLayout

DIGITS = {getattr(Qt.Key, f"Key_{i}"): i for i in range(10)}
TABLE_ROWS = 2  # the least the table shrinks to, in rows: the panel fits a 1024×600 window under the form
WANTED_ROWS = 8  # the rows it shows where the window has the height (768 px: the form's fields scroll)
VERSION_LEAST = 160  # px: the least a coder's version column is cut to (the table scrolls when they do not fit)


class Controls(QBoxLayout):
    """The fields and the buttons: two rows, side by side when the panel is docked at the top or
    the bottom (as wide as the window: one row less of height in a short one), one over the other
    at a side or floating. Chosen by where it is docked, never by its width: a choice by width
    is made only after the window has been laid out (grown taller) with the other one."""

    def __init__(self, *rows: QLayout) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self.rows = rows
        for row in rows:
            self.addLayout(row)
        self._wrap(across=True)

    def _wrap(self, across: bool) -> None:
        """Side by side each wants one row (a row less of height); one over the other, each two rows as
        even as they go (a panel at the side wants no wider: they wrap onto more rows where it is narrower)."""
        for row in self.rows:
            if isinstance(row, FlowLayout):
                row.set_rows(1 if across else 2)

    def dock_at(self, area: Qt.DockWidgetArea, floating: bool) -> bool:
        """True when the rows changed from side by side to one over the other."""
        across = not floating and area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea)
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if direction == self.direction():
            return False
        self.setDirection(direction)
        self._wrap(across)
        return not across


class ShrinkingTable(QTableView):
    """Shrinks to its header and TABLE_ROWS rows (Qt's least, 70 px, is no fixed count of rows)."""

    def minimumSizeHint(self) -> QSize:
        size = super().minimumSizeHint()
        rows = self.horizontalHeader().sizeHint().height() + TABLE_ROWS * self.verticalHeader().defaultSectionSize()
        size.setHeight(rows + 2 * self.frameWidth())
        return size


class RegionTable(ShrinkingTable):
    """Takes the digits, Enter and J before the window's shortcuts do (label keys are digits too)."""

    take = Signal(int)  # 0: none of them, i: the i-th coder's version
    edit_asked = Signal()  # Enter ("edit" is the name of QAbstractItemView.edit)
    next = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized by fit_columns

    def fit_columns(self) -> None:
        """The columns fill the table's width, no empty strip at its right: Where, Text and Decision as wide
        as their contents, the coders' versions (or Text, with none) share the rest. No column but Where is
        wider than an equal share of what Where and Text leave (one long version, a list of five parks, made
        its coder's column as wide as the window and put the other coders' out of sight), no version narrower
        than VERSION_LEAST (the table scrolls when they do not fit); a cut one's tooltip gives it whole."""
        header = self.horizontalHeader()
        count = header.count()
        if count < 2:
            return
        width = self.viewport().width()
        stretched = list(range(2, count - 1)) or [1]
        wanted = [max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(count)]
        share = max(VERSION_LEAST, (width - sum(wanted[c] for c in (0, 1) if c not in stretched)) // len(stretched))
        sizes = {c: wanted[c] if c == 0 else min(wanted[c], share) for c in range(count) if c not in stretched}
        left = width - sum(sizes.values())
        each = max(VERSION_LEAST, left // len(stretched))
        for c in stretched:
            sizes[c] = each
        sizes[stretched[-1]] += max(0, left - each * len(stretched))  # the pixels the division left over
        for c, size in sizes.items():
            header.resizeSection(c, size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._ours(event):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _ours(event: QKeyEvent) -> bool:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        return plain and (event.key() in DIGITS or event.key() in (Qt.Key.Key_J, Qt.Key.Key_Return, Qt.Key.Key_Enter))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._ours(event):
            super().keyPressEvent(event)
        elif event.key() in DIGITS:
            self.take.emit(DIGITS[event.key()])
        elif event.key() == Qt.Key.Key_J:
            self.next.emit()
        else:
            self.edit_asked.emit()
