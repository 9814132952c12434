"""Where the review keys go. They are shortcuts of the whole window (N, P, A, X, Enter, Delete,
the label digits, the boundary keys), so they work wherever the focus is: in the document
list, the annotation table, on a button. Only a field one types in (the note, a value, a filter,
the jurisdiction, the find line) keeps them as typing: :class:`TypingGuard` claims those keys
for the field before the shortcut sees them. ``Esc`` in such a field, in a choice box (the
form's label), on a button or in the annotation table leaves it and gives the focus back to the
article (the find bar's own ``Esc`` closes it, which does the same). A list where Enter opens
the row (the documents) keeps Enter; ``Enter`` on a button presses it, as Space does.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def is_typing_field(widget: QObject) -> bool:
    """A widget that takes typed text (a read-only text view is not one)."""
    if isinstance(widget, QLineEdit):
        return True
    from PySide6.QtWidgets import QAbstractSpinBox, QTextEdit  # their types made when first needed, not at start

    if isinstance(widget, QAbstractSpinBox):
        return True
    return isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly()


def _item_editor(widget: QObject) -> bool:
    """The editor an item view opened over one of its cells (its viewport's child)."""
    viewport = widget.parent()
    return viewport is not None and isinstance(viewport.parent(), QAbstractItemView)


def combined(event: QKeyEvent) -> int:
    """The key and its modifiers as one int (the keypad's Enter counts as Enter)."""
    return event.keyCombination().toCombined() & ~Qt.KeyboardModifier.KeypadModifier.value


ENTER = {Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value}


def _nothing_to_undo_here(field: QObject, event: QKeyEvent) -> bool:
    """Ctrl+Z (Ctrl+Shift+Z, Ctrl+Y) in a line with no typing of its own to undo (redo): a field
    left with the focus (the note after Enter, a filter) kept the window's undo from the key."""
    if not isinstance(field, QLineEdit):
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return not field.isUndoAvailable()
    redo = event.matches(QKeySequence.StandardKey.Redo) or combined(event) in REDO_KEYS
    return redo and not field.isRedoAvailable()


def first_key(sequence: QKeySequence) -> QKeyCombination:
    """A key sequence's first key with its modifiers (Qt's ``operator[]``)."""
    return sequence[0]  # type: ignore[index]  # PySide6's stub leaves out QKeySequence.__getitem__


def _enter(event: QKeyEvent) -> bool:
    """Enter (or the keypad's) pressed without modifiers: asked for by a shortcut, or pressed."""
    return event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and combined(event) in ENTER


def _press(button: QAbstractButton, event: QKeyEvent) -> bool:
    """Enter on a button presses it, as Space does (a check box is ticked or unticked): the window's Enter,
    Accept, acted instead — Tab to the form's Reject (X) or Delete (Del) and Enter accepted the span."""
    event.accept()
    if event.type() == QEvent.Type.KeyPress and button.isEnabled():
        button.click()
    return True


REDO_KEYS = {first_key(QKeySequence(k)).toCombined() for k in ("Ctrl+Shift+Z", "Ctrl+Y")}  # the window's Redo keys


class TypingGuard(QObject):
    """Installed on every typing field of the window (when it first takes the focus): review keys
    type there, Esc leaves it."""

    def __init__(self, window: QWidget, review_keys: Callable[[], set[int]], text: QWidget,
                 own_escape: QWidget | None = None, enter_opens: tuple[QWidget, ...] = ()):
        super().__init__(window)
        self.window = window
        self.review_keys = review_keys  # asked at each key: label keys change with the project
        self.text = text
        self.own_escape = own_escape  # a widget whose fields close it themselves on Esc
        self.guarded: list[QWidget] = []
        self.escape_only: list[QWidget] = []
        self.enter_opens = enter_opens
        for widget in enter_opens:
            widget.installEventFilter(self)
        # a field is watched from the moment it first takes the focus (keys go to the focus only),
        # so fields added later (a dock panel made when first shown) need no call
        app = QApplication.instance()
        assert isinstance(app, QApplication), "widgets are made only once the QApplication is"
        app.focusChanged.connect(self._focused)
        from annotator.gui.pane_frame import PaneFrame  # (it reads is_typing_field from here)

        self.pane_frame = PaneFrame(window)  # the pane that has the keys is framed

    def _focused(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is self.text:  # the article (the focus at start) takes no typing
            return
        if (old is not None and (old in self.guarded or isinstance(old, QAbstractButton) and self._ours(old))
                and not (old.isEnabled() and old.isVisible())):
            # a field greyed or hidden under the typing (its span went: a reload, another span shown), a
            # button greyed by its own click (the form's Delete): the article takes the keys, not the next
            # widget in tab order (review keys typed in a field, a filter box's label chosen by Down)
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if new is None:
            return
        if new not in self.guarded and is_typing_field(new) and self._ours(new):
            new.installEventFilter(self)
            self.guarded.append(new)
        elif new not in self.escape_only and isinstance(new, QComboBox) and not new.isEditable() and self._ours(new):
            new.installEventFilter(self)  # a choice box (the form's label, a filter's): Esc leaves it too,
            self.escape_only.append(new)  # the review keys stay the window's
        elif (new not in self.escape_only and new not in self.enter_opens
              and isinstance(new, QAbstractButton | QAbstractItemView)
              and new.window().windowType() != Qt.WindowType.Popup and self._ours(new)):
            new.installEventFilter(self)  # a button, the annotation table reached by Tab: Esc leaves them too
            self.escape_only.append(new)

    def _ours(self, widget: QWidget) -> bool:
        """Whether ``widget`` is in the window (a dock panel too, floating or not; a dialog has its own keys)."""
        from PySide6.QtWidgets import QDialog  # its type made when first needed, not at the window's start

        parent: QWidget | None = widget
        while parent is not None:
            if parent is self.window:
                return True
            if isinstance(parent, QDialog):
                return False
            parent = parent.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QAbstractButton) and isinstance(event, QKeyEvent) and _enter(event)
                and watched in self.escape_only):
            return _press(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if watched in self.escape_only:
                return False
            if watched in self.enter_opens:
                if combined(event) in ENTER:
                    event.accept()
                    return True
            elif combined(event) in self.review_keys():
                event.accept()  # the field takes the key as typing; the shortcut does not fire
                return True
            elif _nothing_to_undo_here(watched, event):
                event.ignore()  # the window's Undo / Redo takes it (the field would swallow it doing nothing)
                return True
        elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
              and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            if _item_editor(watched):  # a list's cell typed in (a document's name): Esc puts its text back, not Qt's
                return False  # leaving it, which would store what was typed
            if self.own_escape is None or not (isinstance(watched, QWidget) and self.own_escape.isAncestorOf(watched)):
                self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False
