"""*Project › Restore from a backup…*: the project's backups (what ``annotator restore P --list``
lists: the automatic ones and the copies made before each restore), newest first, with their
date, size and kind; the one chosen is restored by :mod:`annotator.gui.project_io`.
"""
from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.store import backup
from annotator.gui.opening_size import columns_width, in_characters, opening_size
from annotator.gui.retranslating import Retranslating

_STAMP = re.compile(r"(\d{8}-\d{6})-\d+")
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def backups_newest_first(folder: Path) -> list[Path]:
    """Every backup of the project (automatic and before-restore), the newest first."""
    found = backup.list_backups(folder) + backup.list_restore_points(folder)
    return sorted(found, key=lambda p: (made_at(p), p.name), reverse=True)


def made_at(path: Path) -> datetime:
    """When the backup was made: the UTC time in its name, else the file's time."""
    match = _STAMP.search(path.name)
    if match is not None:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def kind_of(path: Path) -> str:
    """What made the backup, in the interface's language."""
    name = path.name
    if name.startswith(backup.BEFORE_RESTORE):
        return _t("the project before a restore")
    reason = _STAMP.split(name.removeprefix(backup.AUTOMATIC).removesuffix(".sqlite"))[-1].lstrip("-")
    said = {"first": _t("automatic, before the session's first change"),
            "session": _t("automatic, when the project was opened"),
            "hourly": _t("automatic, hourly while editing"),
            "before-merge": _t("automatic, right before a merge")}.get(reason)
    if said is not None:
        return said
    migration = re.fullmatch(r"before-migration-v(\d+)", reason)
    if migration is not None:
        return _t("automatic, before updating the project to schema {0}").format(migration.group(1))
    return _t("automatic ({0})").format(reason) if reason else _t("automatic")


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return _t("{0} MB").format(f"{size / 1024 / 1024:.1f}")
    return _t("{0} KB").format(f"{max(1, round(size / 1024)):,}")


class RestoreDialog(Retranslating, QDialog):
    """The backups of ``folder``; ``chosen()`` once accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.folder = Path(folder)
        self.backups = backups_newest_first(self.folder)
        self.note = QLabel(wordWrap=True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setObjectName("backupList")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab reaches the buttons (it walked the cells for ever)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(self.accept)  # (a lambda holding the dialog: never freed without a parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.retranslate()
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        whole = QSize(columns_width(self.table, self.table.horizontalHeader()) + margins, 0)  # each backup's kind
        self.resize(opening_size(self, QSize(640, 360), in_characters(self, 42, 20), whole))
        if self.backups:
            self.table.selectRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.backups))

    def retranslate(self) -> None:
        self.setWindowTitle(_t("Restore from a backup"))
        self.note.setText(_t("Backups of {0}, the newest first. The one you choose replaces the project's "
                             "database; what it holds now is kept as a backup first.").format(self.folder.name)
                          if self.backups else _t("{0} has no backups yet.").format(self.folder.name))
        self.table.setHorizontalHeaderLabels([_t("Made"), _t("Size"), _t("Kind")])
        self.table.setAccessibleName(_t("Backups"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("&Restore…"))
        for row, path in enumerate(self.backups):
            when = made_at(path).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            for col, text in enumerate((when, size_text(path.stat().st_size), kind_of(path))):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(path))
                item.setToolTip(str(path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
