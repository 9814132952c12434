"""The field being typed in when the window reads the project again (:mod:`annotator.gui.reloading`):
its text not saved yet, caret and selection, put back once the form shows its span again."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


class Caret:
    """The caret and selection of the field being typed in, put back after the form shows its
    span again (its text set anew puts the caret at the end)."""

    def __init__(self) -> None:
        field = QApplication.focusWidget()
        self.field = field if isinstance(field, QLineEdit) else None
        if self.field is not None:
            self.text, self.position = self.field.text(), self.field.cursorPosition()
            self.start, self.length = self.field.selectionStart(), len(self.field.selectedText())

    def typed(self, form: QWidget) -> str | None:
        """What is typed in one of ``form``'s fields and not saved yet (None: nothing)."""
        field = self.field
        return self.text if field is not None and form.isAncestorOf(field) and field.isModified() else None

    def put_back(self) -> bool:
        """The typing (not saved yet) into its field again, once the form shows the span in its place."""
        field = self.field
        if field is None or not (field.isEnabled() and field.isVisible()):
            return False
        field.setText(self.text)
        field.setModified(True)  # saved when the field is left, or at Enter, as any typing
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.restore()
        return True

    def restore(self) -> None:
        field = self.field
        if field is None or QApplication.focusWidget() is not field or field.text() != self.text:
            return
        if self.start < 0 or not self.length:
            field.setCursorPosition(self.position)
        elif self.position == self.start:  # selected leftwards: the caret at its start
            field.setSelection(self.start + self.length, -self.length)
        else:
            field.setSelection(self.start, self.length)
