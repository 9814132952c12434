"""The form's label buttons, in as many columns as the form's width holds them whole: the four
labels of the reports in one row beside a 1366×700 window's article (two rows of two took a row of
the form's fields below the fold), two a row in a narrow column or at a large font. The widget's
least width is two columns' (one when a project has one label), so a column dragged narrower first
puts them in rows of two and never cuts a button's text.

Each button is filled with its label's colour made paler for the palette (:func:`contrast.paler`:
lighter on a light one, dimmer on a dark one), its text black or white, whichever reads on it; again
when the system turns dark or light while the window is open."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from annotator.gui.contrast import ink_on, over, paler

LEAST_COLUMNS = 2  # a narrow column: rows of two, as the form always had them
LABEL_COLOR = "labelColor"  # a button's property: its label's colour ("#4e79a7")
LONGEST = 20  # columns of a terminal (a Chinese character two) of a label's name on its button


def columns(text: str) -> int:
    """Columns ``text`` takes, a wide character (政策) two (as core/text_width.py, which the first paint
    does not import)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def button_text(shortcut: str, name: str) -> str:
    """A label button's text: its key and its name, a name longer than :data:`LONGEST` cut with "…"
    (a label named in a sentence took the form two buttons that wide and left the article a
    character a line; the button's tooltip names it whole)."""
    if columns(name) > LONGEST:
        while columns(name) > LONGEST - 1:
            name = name[:-1]
        name = name.rstrip() + "…"
    return f"{shortcut}  {name}" if shortcut else name


class LabelButtons(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)  # as the form's rows
        self._buttons: list[QPushButton] = []
        self._columns = 0

    def set_buttons(self, buttons: list[QPushButton]) -> None:
        """Show ``buttons`` (the previous ones are removed, not deleted: the form deletes them)."""
        for button in self._buttons:
            self._grid.removeWidget(button)
        self._buttons = list(buttons)
        for button in self._buttons:  # (the grid makes them ours and shows them with the window's next paint)
            # its width is the grid's to give: the columns are chosen so that each shows its text whole
            button.setSizePolicy(QSizePolicy.Policy.Ignored, button.sizePolicy().verticalPolicy())
        self._columns = 0
        self._colour()
        self.arrange()

    def _colour(self) -> None:
        """Each button's fill and ink for the palette the buttons sit in."""
        for button in self._buttons:
            color = button.property(LABEL_COLOR)
            if not color:
                continue
            palette = QPalette(button.palette())
            fill = paler(QColor(color), 150, self.palette().color(QPalette.ColorRole.Button))
            palette.setColor(QPalette.ColorRole.Button, fill)
            for group, share in ((QPalette.ColorGroup.Active, 1.0), (QPalette.ColorGroup.Inactive, 1.0),
                                 (QPalette.ColorGroup.Disabled, 0.5)):  # black or white: readable on the fill
                palette.setColor(group, QPalette.ColorRole.ButtonText, over(ink_on(fill), share, fill))
            button.setPalette(palette)
            button.setAutoFillBackground(True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system turned dark (or light): the fills anew
            self._colour()

    def button_width(self) -> int:
        return max((b.sizeHint().width() for b in self._buttons), default=0)

    def columns_for(self, width: int) -> int:
        """As many columns as show the buttons' texts whole in ``width`` (at least two, at most one for
        each button), then as few as give the same rows: two rows of two, not three and one."""
        count, spacing, least = len(self._buttons), self._grid.horizontalSpacing(), self.button_width()
        if count == 0:
            return 1
        fit = (width + spacing) // (least + spacing) if least > 0 else count
        fit = max(min(count, LEAST_COLUMNS), min(count, fit))
        rows = -(-count // fit)
        return -(-count // rows)

    def arrange(self, again: bool = False) -> None:
        """The buttons in as many columns as fit (``again``: their texts changed, so may their widths)."""
        columns = self.columns_for(self.width())
        if columns == self._columns and not again:
            return
        if columns == self._columns:  # the same grid: only the least width may have changed
            self.updateGeometry()
            return
        self._columns = columns
        for button in self._buttons:
            self._grid.removeWidget(button)
        for i, button in enumerate(self._buttons):
            self._grid.addWidget(button, i // columns, i % columns)
        for column in range(max(self._grid.columnCount(), columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()  # the form's height follows (form_room.py)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        columns = min(len(self._buttons), LEAST_COLUMNS)
        least = columns * self.button_width() + max(0, columns - 1) * self._grid.horizontalSpacing()
        return QSize(max(least, 0), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
