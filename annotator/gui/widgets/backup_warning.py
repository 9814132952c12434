"""A warning in the status bar while automatic backups fail (the core's ``Store.backup_error``).

It stays until a later backup works; hidden when there is nothing to say. The core's line is
shown in the interface's language (:mod:`annotator.gui.core_errors`), again when the language
changes.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from annotator.core.store.backup import backup_dir
from annotator.gui.contrast import legible

RED = "#b00020"


class BackupWarning(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._painting = False
        self.setObjectName("backupWarning")
        font = QFont()  # only the weight: the size the status bar's
        font.setBold(True)
        self.setFont(font)
        self._colour()
        self.error = ""
        self.folder: Path | None = None
        self.hide()

    def _colour(self) -> None:
        """A dark red, lighter where the window's background is dark (kept readable: contrast.legible);
        in the palette, not a style sheet: a widget with a sheet keeps the palette it had (gui/scheme.py)."""
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, legible(QColor(RED), palette.color(QPalette.ColorRole.Window)))
        self._painting = True  # setPalette sends a PaletteChange of its own
        try:
            self.setPalette(palette)
        finally:
            self._painting = False

    def show_error(self, error: str, folder: Path | None = None) -> None:
        """Show why the last automatic backup failed; "" hides the warning."""
        self.error, self.folder = error, folder
        self.setVisible(bool(error))
        self._say()

    def _say(self) -> None:
        error, folder = self.error, self.folder
        if error:
            from annotator.gui.core_errors import error_text

            error = error_text(error)
        self.setText(self.tr("⚠ {0}").format(error) if error else "")
        self.setToolTip(self.tr("Your edits are saved in the project, but no fresh backup could be made in {0}."
                                ).format(backup_dir(folder)) if error and folder is not None else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._say()
        elif event.type() == QEvent.Type.PaletteChange and not self._painting:
            self._colour()
        super().changeEvent(event)
