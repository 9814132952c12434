"""Where the keys go when something that took them goes: a dialog closed (a task's progress, Link
to…'s list, a message or a question) gives them back to the widget that had them, not to no widget
(the next N, F5 or Ctrl+Z did nothing); Enter in one of the form's fields saves it and gives them to
the article (N after a note typed went into the note, and was saved with it when the field was left).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def give_back(widget: QWidget | None) -> None:
    """``widget`` (the one that had the keys before a dialog) takes them again when the dialog
    closing left none with them, or another window; never taken from another program."""
    import shiboken6

    if widget is None or not shiboken6.isValid(widget) or not (widget.isVisible() and widget.isEnabled()):
        return
    current = QApplication.focusWidget()
    if current is None or current.window() is not widget.window():
        if QApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            widget.window().activateWindow()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


@contextmanager
def kept() -> Iterator[None]:
    """Around a modal box: the widget that had the keys has them again after it."""
    focused = QApplication.focusWidget()
    try:
        yield
    finally:
        give_back(focused)
