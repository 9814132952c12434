"""Where the keys go when something that took them goes: a dialog closed (a task's progress, Link
to…'s list, a message or a question; the export dialog, the label editor, the annotator's name, the
import dialogs, a project to open or make, a backup to restore: :func:`keeping_keys`; the model's
settings, shown with ``open()``: :func:`back_after`) gives them back to the widget that had them, not to no widget
(the next N, F5 or Ctrl+Z did nothing); Enter in one of the form's fields saves it and gives them to
the article (N after a note typed went into the note, and was saved with it when the field was left).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

Owner = TypeVar("Owner")


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


def keeping_keys(command: Callable[[Owner], Any]) -> Callable[[Owner], None]:
    """A window command that opens a dialog (and what follows it: an import's progress, its report),
    run :func:`kept`: the keys are where they were once it is done. Its only argument is its owner's
    ``self`` (a QAction's ``checked`` is not passed on)."""
    @wraps(command)
    def run(self: Owner) -> None:
        with kept():
            command(self)

    return run


def back_after(dialog: QDialog) -> None:
    """A dialog shown with ``open()`` (window-modal, no loop of its own): the widget that has the keys
    now has them again once it closes."""
    focused = QApplication.focusWidget()
    dialog.finished.connect(lambda _result: give_back(focused))
