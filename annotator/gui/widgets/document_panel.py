"""The list of documents with a filter box and an "open suggestions only" switch."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from annotator.gui.models.document_list import DOC_ID_ROLE, DONE, TITLE, DocumentFilterProxy, DocumentListModel


class DocumentPanel(QWidget):
    document_activated = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = DocumentFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.open_only = QCheckBox()
        self.open_only.toggled.connect(self.proxy.set_open_only)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col in range(1, DONE + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.open_only)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter documents"))
        self.open_only.setText(self.tr("Open suggestions only"))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != DONE:
            self.document_activated.emit(index.data(DOC_ID_ROLE))

    def show_current(self, doc_id: int | None) -> None:
        """Mark the open document in the list without emitting document_activated."""
        row = self.model.row_of(doc_id) if doc_id is not None else -1
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
