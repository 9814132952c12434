"""The list of documents with a filter box and an "open suggestions only" switch.

Columns: file name, title, date (hidden while no document has one), accepted spans, open
suggestions, done mark; sortable by any of them (a click on the header; the store's order
until then). Long names and titles are elided in the middle, their full text in the tooltip.
The open document stays the highlighted row through sorting and filtering: hidden by a
filter, nothing is highlighted; shown again, it is highlighted again.
"""
from __future__ import annotations

import heapq

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.models.document_filter import DocumentFilterProxy
from annotator.gui.models.document_list import (
    ACCEPTED,
    DATE,
    DOC_ID_ROLE,
    DONE,
    NAME,
    OPEN,
    TITLE,
    DocumentListModel,
)
from annotator.gui.widgets.columns import resizing_columns
from annotator.gui.widgets.empty_said import paint_said

NAME_WIDTH = (80, 140)  # the name column fits the longest name within these bounds (pixels)
TITLE_LEAST = 60  # narrower, the title column hides (the name's tooltip has it) and the name gives way
NAME_LEAST_CHARACTERS = 5  # less room for the name (title and date hidden), the accepted count hides too
TITLE_CHARACTERS = 6  # nor narrower than these Chinese characters (60 px showed "20…议上" of a dateline)


class NameDelegate(QStyledItemDelegate):
    """A file name too long for its column shows its stem elided in the middle, without the
    extension every document shares (eight characters of room showed "binz….txt"; now "binz…2024")."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        stem, dot, _extension = option.text.rpartition(".")
        if not (dot and stem) or option.rect.width() <= 0:
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
        room = option.rect.width() - 2 * margin
        if option.fontMetrics.horizontalAdvance(option.text) > room:
            option.text = option.fontMetrics.elidedText(stem, Qt.TextElideMode.ElideMiddle, room)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """The name's editor (Rename document…), named for a screen reader (it said "edit" alone)."""
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("New name of the document"))
        editor.setAccessibleDescription(self.tr("Enter renames the document; Esc keeps its name"))
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        """The name typed in (Rename document…) over the row's width, not the narrow name column's alone."""
        super().updateEditorGeometry(editor, option, index)
        viewport = editor.parentWidget()
        if viewport is not None:
            editor.resize(max(editor.width(), viewport.width() - editor.x()), editor.height())


class _DocumentView(QTableView):
    """The list's table, saying why it shows no document (:meth:`DocumentPanel.empty_text`)."""

    def __init__(self, panel: DocumentPanel) -> None:
        super().__init__()
        self.setObjectName("documentList")
        self.panel = panel

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_said(self, self.panel.empty_text())

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:
        """Qt turns the input method on over an editable cell (the name, for Rename document…): the list
        takes the review keys (N, A, X, digits), so it stays off here; the name's editor has its own."""
        if query == Qt.InputMethodQuery.ImEnabled:
            return False
        return super().inputMethodQuery(query)


class DocumentPanel(QWidget):
    document_activated = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.current: int | None = None  # the open document's id
        self._moved_to: int | None = None  # the row the keys moved to in the list, kept while it is read anew
        self._narrow: tuple[bool, bool, bool] | None = None  # title, date, accepted count hidden (_fit_width)
        self._accepted_width = 0  # the accepted count's column, while hidden too (_fit_width)
        self.proxy = DocumentFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("documentFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.filter_edit.returnPressed.connect(self._open_first)  # Enter: the first document it leaves
        self.filter_edit.installEventFilter(self)  # Down: into the list
        self.open_only = QCheckBox()
        self.open_only.toggled.connect(self.proxy.set_open_only)
        self.view = _DocumentView(self)
        self.view.setModel(self.proxy)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several: Remove document(s)…
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # a name only by Rename document…
        self.view.setItemDelegateForColumn(NAME, NameDelegate(self.view))
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        # rows filtered, sorted or re-read: the open document is highlighted again
        for signal in (self.proxy.layoutChanged, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset):
            signal.connect(self._highlight_current)
        self.proxy.modelAboutToBeReset.connect(self._keep_place)
        model.modelReset.connect(self.fit_columns)
        model.dataChanged.connect(lambda first, last, *_a: self._fit_counts(range(first.row(), last.row() + 1)))
        model.dataChanged.connect(lambda *_a: self._fit_width(again=True))  # a date given or taken
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.open_only, 0, Qt.AlignmentFlag.AlignLeft)  # a click beside it is no click on it
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, title or date"))
        self.open_only.setText(self.tr("Open suggestions only"))
        self.filter_edit.setAccessibleName(self.filter_edit.placeholderText())  # read out when it is not empty too
        self.view.setAccessibleName(self.tr("Documents"))
        self.fit_columns()

    def empty_text(self) -> str:
        """Why the list shows no document ("" while it shows some, or the project has none: the article
        says how to import them then)."""
        if not self.model.rowCount() and self.model.reading():  # the project's list read by a worker
            return self.tr("Reading the project's documents…")
        if self.proxy.rowCount() or not self.model.rowCount():
            return ""
        typed, open_only = self.filter_edit.text().strip(), self.open_only.isChecked()
        if typed and open_only:
            return self.tr("No document with open suggestions has “{0}” in its name, title or date.").format(typed)
        if typed:
            return self.tr("No document has “{0}” in its name, title or date.").format(typed)
        return self.tr("No document has open suggestions left: uncheck Open suggestions only to list them all.")

    def fit_columns(self) -> None:
        """Widths from the font (no pass over the rows): the name fits the longest name within
        :data:`NAME_WIDTH`, counts their largest (four digits at least), done its header, the title
        takes the rest."""
        header = self.view.horizontalHeader()
        fm, head = self.view.fontMetrics(), header.fontMetrics()
        pad = 12  # a cell's margins

        def title_width(col: int) -> int:  # the header's text
            return head.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + pad

        names = heapq.nlargest(20, reversed(self.model.names()), key=len)  # the 20 longest (as sorted()[-20:])
        longest = max((fm.horizontalAdvance(n) for n in names), default=0) + pad
        self._name_width = max(title_width(NAME), min(max(longest, NAME_WIDTH[0]), NAME_WIDTH[1]))
        # the least a name needs to be read: its stem whole (the delegate leaves out the extension), not "binz…2024"
        stems = max((fm.horizontalAdvance(n.rpartition(".")[0] or n) for n in names), default=0) + pad
        self._stem_width = min(max(stems, NAME_WIDTH[0]), self._name_width)
        with resizing_columns(self.view):  # painted once at each project opened, not twice
            header.resizeSection(NAME, self._name_width)
            self._date_width = max(title_width(DATE), fm.horizontalAdvance("2024-01-15") + pad)  # hidden: 0 wide
            header.resizeSection(DATE, self._date_width)
            for col in (ACCEPTED, OPEN):
                header.resizeSection(col, max(title_width(col), self._count_width()))
            self._accepted_width = max(title_width(ACCEPTED), self._count_width())
            header.resizeSection(DONE, max(title_width(DONE), 30))
        self._fit_width(again=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self, again: bool = False) -> None:
        """In a narrow panel (a 1024-px window) the title shrank to "…" and pushed the done mark
        out of view: below :data:`TITLE_LEAST` px for it (or :data:`TITLE_CHARACTERS`), the title hides
        and the name takes all the counts and the done mark leave; narrower than :data:`NAME_WIDTH`'s
        least for the name, the date hides too (beside the Guide the counts and the done mark were
        scrolled out of view), and so it does where the names' stems would not be whole beside it (at 1024 px
        "binz…2024" beside a whole date); with room for fewer than :data:`NAME_LEAST_CHARACTERS` letters left (an
        18-pt font at 1024 px), the accepted count hides as well (the status bar and the Statistics have
        it), else the done mark lay past the list's edge and the names showed as "b…4"; wider again, they
        come back as they were. ``again``: the columns' widths or the dates changed."""
        header, view = self.view.horizontalHeader(), self.view
        if not hasattr(self, "_name_width"):
            return
        dated = self.model.has_dates()
        if not view.isColumnHidden(ACCEPTED):  # a hidden column's size reads 0: its width kept while shown
            self._accepted_width = header.sectionSize(ACCEPTED)
        counts = self._accepted_width + sum(header.sectionSize(c) for c in (OPEN, DONE))
        room = header.width() - counts  # as wide as the viewport (asking the viewport made every QWidget type at start)
        squeezed = dated and room - self._date_width < self._stem_width  # the date gives way before the names
        room -= self._date_width if dated and not squeezed else 0
        # a large font in a narrow list: the accepted count gives way too, the name keeps a few letters
        crowded = room < view.fontMetrics().horizontalAdvance("n" * NAME_LEAST_CHARACTERS) + 12
        room += self._accepted_width if crowded else 0
        least = max(TITLE_LEAST, view.fontMetrics().horizontalAdvance("中" * TITLE_CHARACTERS) + 12)
        narrow = room - self._name_width < least
        if not again and (narrow, squeezed, crowded) == self._narrow and not narrow:
            return
        self._narrow = (narrow, squeezed, crowded)
        with resizing_columns(view):  # painted once (a project opened: test_project_open)
            view.setColumnHidden(DATE, not dated or squeezed)
            view.setColumnHidden(TITLE, narrow)
            view.setColumnHidden(ACCEPTED, crowded)
            header.resizeSection(NAME, max(NAME_WIDTH[0] // 2, room) if narrow else self._name_width)

    def _count_width(self, rows: range | None = None) -> int:
        """Room for four digits, or for the largest count (of the rows given, else of all)."""
        return self.view.fontMetrics().horizontalAdvance(str(max(8888, self.model.largest_count(rows)))) + 12

    def _fit_counts(self, rows: range) -> None:
        """Counts changed in these rows: widen the count columns when one no longer fits (10,655
        open suggestions were shown as 1…5)."""
        width, header = self._count_width(rows), self.view.horizontalHeader()
        self._accepted_width = max(self._accepted_width, width)
        for col in (ACCEPTED, OPEN):
            if header.sectionSize(col) < width:
                header.resizeSection(col, width)

    def listed_ids(self) -> set[int]:
        """The documents the list shows (its filter and its open-only switch applied): all of them,
        no row read, while it hides none (each N / P asks: 5,000 rows read, 20–150 ms)."""
        if self.proxy.rowCount() == self.model.rowCount():
            return set(self.model.doc_ids())
        return {self.proxy.index(row, NAME).data(DOC_ID_ROLE) for row in range(self.proxy.rowCount())}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter box goes on into the list, at its first row (as in a search field)."""
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down and self.proxy.rowCount()):
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, NAME), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return True
        return super().eventFilter(watched, event)

    def _open_first(self) -> None:
        """Enter in the filter box opens the first document the list shows (the article takes the keys)."""
        if self.proxy.rowCount():
            self._activated(self.proxy.index(0, NAME))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != DONE:
            self.document_activated.emit(index.data(DOC_ID_ROLE))

    def show_current(self, doc_id: int | None) -> None:
        """Mark the open document in the list without emitting document_activated."""
        self.current = doc_id
        self._highlight_current(scroll=True)

    def _keep_place(self) -> None:
        """Before the list is read anew (another program imported or removed documents): the row the
        arrow keys moved to in the list, not opened yet, is kept (Enter opened the open one again)."""
        index = self.view.currentIndex()
        doc = index.data(DOC_ID_ROLE) if index.isValid() and self.view.hasFocus() else None
        self._moved_to = doc if doc != self.current else None

    def _highlight_current(self, *_args, scroll: bool = False) -> None:
        moved_to, self._moved_to = self._moved_to, None
        if moved_to is not None and self.model.row_of(moved_to) >= 0:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(moved_to), NAME))
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                           | QItemSelectionModel.SelectionFlag.Rows)
                return
        row = self.model.row_of(self.current) if self.current is not None else -1
        index = self.proxy.mapFromSource(self.model.index(row, NAME)) if row >= 0 else QModelIndex()
        selection = self.view.selectionModel()
        if not index.isValid():  # filtered out (or none open): no other row stands for it
            selection.clear()
            return
        if selection.currentIndex().row() != index.row() or not selection.isRowSelected(index.row()):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        if scroll or not self.view.viewport().rect().intersects(self.view.visualRect(index)):
            self.view.scrollTo(index)
