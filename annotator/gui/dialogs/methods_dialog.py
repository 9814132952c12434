"""Project › Methods paragraph…: the paragraph ``annotator methods`` prints, in the interface's language
(:mod:`annotator.core.methods_text`), read-only, with a Copy button. Its figures are read off the GUI
thread (the coders' agreement of a team may take a moment)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from annotator.gui.i18n import current_language
from annotator.gui.keys_back import back_after
from annotator.gui.opening_size import in_characters, opening_size
from annotator.gui.retranslating import Retranslating

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def language() -> str:
    """The paragraph's language for the interface's: "zh" in Chinese, else "en"."""
    return "zh" if current_language().split("_")[0] == "zh" else "en"


class MethodsDialog(Retranslating, QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(wordWrap=True)
        self.text = QPlainTextEdit(text, readOnly=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.text, self.buttons):
            layout.addWidget(widget)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        QWidget.setTabOrder(self.text, self.copy_button)  # as they are drawn: Copy, then Close
        QWidget.setTabOrder(self.copy_button, close)
        self.retranslate()
        self.resize(opening_size(self, QSize(720, 420), in_characters(self, 48, 23)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Methods paragraph"))
        self.text.setAccessibleName(self.windowTitle())  # what a screen reader says of the paragraph's box
        self.note.setText(self.tr("For the methods section of a paper: the figures of the exported workbook's "
                                  "About sheet, in one paragraph (on the command line, annotator methods prints "
                                  "the same)."))
        self.copy_button.setText(self.tr("&Copy"))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def show_methods(window: MainWindow) -> MethodsDialog | None:
    """The project's methods paragraph, its figures read in the background, in a dialog."""
    from annotator.core.methods_text import paragraph

    lang = language()

    def job(store: Any, _progress: Any, _cancelled: Any) -> str:
        return paragraph(store, lang)

    text = window.commands.run_task(QCoreApplication.translate("MethodsDialog", "Methods paragraph"), job)
    if text is None:
        return None
    dialog = MethodsDialog(text, window)
    back_after(dialog)  # closed (Esc): the keys where they were, not with no widget
    dialog.show()
    return dialog
