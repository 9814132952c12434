"""Choosing files or a folder of articles to import (.txt, .md, .docx)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_import_paths(parent: QWidget | None, folders: bool) -> list[str]:
    """The chosen files, or the one chosen folder; [] when cancelled."""
    if folders:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("ImportDialog", "Import a folder of articles"))
        return [folder] if folder else []
    files, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("ImportDialog", "Import articles"), "",
        QCoreApplication.translate("ImportDialog", "Articles (*.txt *.md *.docx);;All files (*)"))
    return list(files)
