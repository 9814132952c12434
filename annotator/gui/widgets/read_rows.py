"""The form's read-only rows — the selected span's Text, Status, Annotator, Origin and Reason — reached by
Tab as its fields are, in the form's order (the label box, Text, the values, the note, Status, Annotator,
Origin, Reason, then the Links row and the jurisdiction): a screen-reader user tabbing through the form
never heard them, Tab passed from the note straight to the links. Each says its caption and what it shows
("Status: suggested"; "Reason: none" while it is empty), as it changes; it takes no click (a click selects
its text, as before) and no typing; ``Esc`` on it gives the article the keys, as on the Links row."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from annotator.gui.widgets.links_row import frame_if_focused


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadRow", text)


class ReadRow(QLabel):
    left = Signal()  # Esc: the article takes the keys

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._caption: QLabel | None = None

    def named_by(self, caption: QLabel) -> None:
        """Reached by Tab (only: a click leaves the keys where they are), named by ``caption`` (its buddy);
        after any ``setTextInteractionFlags``, which sets the focus policy again."""
        self._caption = caption
        caption.setBuddy(self)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._name()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._name()

    def clear(self) -> None:
        super().clear()
        self._name()

    def _name(self) -> None:
        """What a screen reader says on it: the caption and the text (a long reason whole, on one line)."""
        if self._caption is None:
            return
        caption, text = self._caption.text().replace("&", ""), " ".join(self.text().split())
        self.setAccessibleName((_tr("{0}: {1}") if text else _tr("{0}: none")).format(caption, text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.left.emit()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Framed in the palette's highlight while it has the focus, as the Links row is."""
        super().paintEvent(event)
        frame_if_focused(self)


def reached_by_tab(rows: dict[str, ReadRow], captions: dict[str, QLabel], left: SignalInstance) -> None:
    """Each of ``rows`` (by the key of its caption) named by its caption and reached by Tab; Esc on it: ``left``."""
    for key, row in rows.items():
        row.named_by(captions[key])
        row.left.connect(left)
