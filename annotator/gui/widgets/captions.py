"""A form's caption beside the first line of its field.

QFormLayout gives the caption of a tall field (a list, a column of radio buttons) up to 7/4 of its own
height and the caption centres its text in that: at an 18-pt font the Export dialog's "Labels" and
"Documents" sat some 10 px below the list's first row and the first radio button. A caption lined up
with :func:`beside_first_line` draws its text at its top, moved down to the middle of the field's first
line, wherever that is when the form lays its rows out anew (a font, a language, rows shown or hidden).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

# (Paint: its text changed, in another language, before it is drawn; a change of nothing changes nothing)
_FOLLOWED = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange,
             QEvent.Type.StyleChange, QEvent.Type.Paint}


def first_line_middle(line: QWidget) -> int:
    """The middle of ``line``'s first line of text, from its top: a list's first row, else its middle
    (a combo box, a line edit, a check box or radio button)."""
    model = line.model() if isinstance(line, QAbstractItemView) else None
    if isinstance(line, QAbstractItemView) and model is not None and model.rowCount():
        row = line.visualRect(model.index(0, 0))
        if row.isValid() and row.height() > 0:
            return line.viewport().mapTo(line, row.center()).y()
        return line.frameWidth() + line.sizeHintForRow(0) // 2
    return (line.height() if line.height() > 0 else line.sizeHint().height()) // 2


def text_height(label: QLabel) -> int:
    """The height of ``label``'s line as it is drawn: a Chinese caption's, in the fallback font (Noto Sans
    CJK's taller line), was 6 px more than its font's metrics say (18 pt), and the caption 3 px low."""
    whole = QRect(0, 0, 100_000, 100_000)
    return label.fontMetrics().boundingRect(whole, int(Qt.AlignmentFlag.AlignLeft), label.text() or "X").height()


class _FirstLine(QObject):
    def __init__(self, caption: QLabel, line: QWidget) -> None:
        super().__init__(caption)
        self.caption, self.line = caption, line
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        caption.installEventFilter(self)
        line.installEventFilter(self)
        self.line_up()

    def line_up(self) -> None:
        caption, line = self.caption, self.line
        parent = caption.parentWidget()
        if parent is None or not parent.isAncestorOf(line):  # not yet in the form's widget
            return
        below = line.mapTo(parent, QPoint(0, 0)).y() - caption.y()  # the field's first line below the row's top
        top = max(0, below + first_line_middle(line) - text_height(caption) // 2)
        margins = caption.contentsMargins()
        if margins.top() != top:
            caption.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOWED:
            self.line_up()
        return False


def beside_first_line(caption: QLabel, line: QWidget) -> None:
    """``caption``'s text level with the first line of ``line`` (the widget its field begins with), for
    as long as the caption lives."""
    _FirstLine(caption, line)
