"""Choosing files or a folder of articles to import (the suffixes of the document formats)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from annotator.core.imports import formats


def choose_import_paths(parent: QWidget | None, folders: bool) -> list[str]:
    """The chosen files, or the one chosen folder; [] when cancelled."""
    if folders:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("ImportDialog", "Import a folder of articles"))
        return [folder] if folder else []
    files, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("ImportDialog", "Import articles"), "",
        QCoreApplication.translate("ImportDialog", "Articles ({0});;All files (*)").format(
            formats.patterns(formats.DOCUMENTS)))
    return list(files)
