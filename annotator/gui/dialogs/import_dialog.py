"""Choosing files or a folder of articles to import (the suffixes of the document formats, and the
office formats LibreOffice converts when it is installed), starting in the folder last imported from,
else the user's home folder (not the folder the program was started in)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from annotator.core.imports import formats, office


def start_folder(last: str) -> str:
    """Where the dialog opens: ``last`` while it is a folder, else the home folder."""
    return last if last and Path(last).is_dir() else str(Path.home())


def choose_import_paths(parent: QWidget | None, folders: bool, last: str = "") -> list[str]:
    """The chosen files, or the one chosen folder; [] when cancelled."""
    start = start_folder(last)
    if folders:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("ImportDialog", "Import a folder of articles"), start)
        return [folder] if folder else []
    kinds = " ".join(filter(None, (formats.patterns(formats.DOCUMENTS), office.patterns())))  # .doc: LibreOffice
    files, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("ImportDialog", "Import articles"), start,
        QCoreApplication.translate("ImportDialog", "Articles ({0});;All files (*)").format(kinds))
    return list(files)


def folder_of(paths: list[str]) -> str:
    """The folder to open next time: the chosen folder, or the folder of the chosen files."""
    first = Path(paths[0])
    return str(first if first.is_dir() else first.parent)
