"""The export dialog's documents, each with a tick box: a model over (id, name) pairs.

A QListWidget made an item object for each of a project's documents before the dialog was shown
(400 ms of the window's thread for 4,704 reports, and 200 ms more laying them out); a model
gives the view only the rows it draws."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class CheckedDocuments(QAbstractListModel):
    def __init__(self, documents: list[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self._docs = documents  # (id, name) in the order shown
        self._ticked: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._docs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc_id, name = self._docs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if doc_id in self._ticked else Qt.CheckState.Unchecked
        return doc_id if role == ID_ROLE else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        doc_id = self._docs[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(doc_id)
        else:
            self._ticked.discard(doc_id)
        self.dataChanged.emit(index, index, [role])
        return True

    def ticked(self) -> list[int]:
        """The ids of the documents ticked, in the order shown."""
        return [doc_id for doc_id, _name in self._docs if doc_id in self._ticked]
