"""Where the review keys go. They are shortcuts of the whole window (N, P, A, X, Enter, Delete,
the label digits, the boundary keys), so they work wherever the focus is: in the document
list, the annotation table, on a button. Only a field one types in (the note, a value, a filter,
the jurisdiction, the find line) keeps them as typing: :class:`TypingGuard` claims those keys
for the field before the shortcut sees them. ``Esc`` in such a field leaves it and gives the
focus back to the article (the find bar's own ``Esc`` closes it, which does the same). A list
where Enter opens the row (the documents) keeps Enter.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def is_typing_field(widget: QObject) -> bool:
    """A widget that takes typed text (a read-only text view is not one)."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    return isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly()


def combined(event: QKeyEvent) -> int:
    """The key and its modifiers as one int (the keypad's Enter counts as Enter)."""
    return event.keyCombination().toCombined() & ~Qt.KeyboardModifier.KeypadModifier.value


ENTER = {Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value}


class TypingGuard(QObject):
    """Installed on every typing field of the window: review keys type there, Esc leaves it."""

    def __init__(self, window: QWidget, review_keys: Callable[[], set[int]], text: QWidget,
                 own_escape: QWidget | None = None, enter_opens: tuple[QWidget, ...] = ()):
        super().__init__(window)
        self.window = window
        self.review_keys = review_keys  # asked at each key: label keys change with the project
        self.text = text
        self.own_escape = own_escape  # a widget whose fields close it themselves on Esc
        self.guarded: list[QWidget] = []
        self.enter_opens = enter_opens
        for widget in enter_opens:
            widget.installEventFilter(self)
        self.install()

    def install(self) -> None:
        """Watch the typing fields the window holds now (call again after adding some)."""
        for widget in self.window.findChildren(QWidget):
            if is_typing_field(widget) and widget not in self.guarded:
                widget.installEventFilter(self)
                self.guarded.append(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if watched in self.enter_opens:
                if combined(event) in ENTER:
                    event.accept()
                    return True
            elif combined(event) in self.review_keys():
                event.accept()  # the field takes the key as typing; the shortcut does not fire
                return True
        elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
              and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            if self.own_escape is None or not self.own_escape.isAncestorOf(watched):  # type: ignore[arg-type]
                self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False
