"""A layout that puts its widgets in a row and wraps them onto the next row where the width runs out
(the Adjudication panel's fields and buttons in a dock 400 px wide at a large font: in one row they
asked for 633 px and the panel scrolled sideways, its hint and its Gold field cut), and a field that
is never narrower than its placeholder (a wrapped row gives it the width)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QLineEdit, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Its items left to right, wrapped where the next does not fit; an item that expands sideways
    (a field) takes the rest of its row. Its least width is its widest item's least, its least height
    the height it took at the width it was last given (its parents are told when that changes)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._height: int | None = None  # at the width last given
        self.rows = 2  # the rows its preferred size has: 1 where the panel is as wide as the window
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._place(rect, move=True)
        if height != self._height:  # its least height changed: the layouts above it ask again, once laid out
            self._height = height
            QTimer.singleShot(0, self, self._tell_parents)

    def _tell_parents(self) -> None:
        layout: object = self
        while isinstance(layout, QLayout):
            layout.invalidate()
            layout = layout.parent()

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def set_rows(self, rows: int) -> None:
        if rows != self.rows:
            self.rows = rows
            self.invalidate()

    def sizeHint(self) -> QSize:
        """As narrow as its items go in :attr:`rows` rows (one or two: a panel at the side wants no wider),
        as tall as those."""
        widths = [_wanted(item) for item in self._shown()]
        if not widths:
            return self._margins()
        gap = self.spacing()

        def row(part: list[int]) -> int:
            return sum(part) + gap * max(0, len(part) - 1)
        two = min(max(row(widths[:k]), row(widths[k:])) for k in range(len(widths)))
        width = row(widths) if self.rows == 1 else two
        width += self._margins().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        shown = self._shown()
        widest = max((item.minimumSize().width() for item in shown), default=0)
        height = self._height if self._height is not None else self.sizeHint().height()
        return QSize(widest + self._margins().width(), height)

    def _place(self, rect: QRect, move: bool) -> int:
        """Lays the items out in ``rect`` (``move``: else only measures); the height they take."""
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap, used = self.spacing(), 0
        rows: list[list[tuple[QLayoutItem, int]]] = []
        row: list[tuple[QLayoutItem, int]] = []
        for item in self._shown():
            width = max(min(_wanted(item), inner.width()), item.minimumSize().width())
            if row and used + gap + width > inner.width():
                rows.append(row)
                row, used = [], 0
            used += (gap if row else 0) + width
            row.append((item, width))
        if row:
            rows.append(row)
        y = inner.y()
        for row in rows:
            left = inner.width() - sum(w for _, w in row) - gap * (len(row) - 1)
            weights = [_stretch(item) for item, _ in row]
            height = max(item.sizeHint().height() for item, _ in row)
            x, given, total = inner.x(), 0, sum(weights)
            last = max((j for j, w in enumerate(weights) if w), default=-1)  # takes what the division left over
            for i, (item, width) in enumerate(row):
                if weights[i] and left > 0:
                    more = left - given if i == last else left * weights[i] // total
                    width, given = width + more, given + more
                if move:
                    h = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(width, h)))
                x += width + gap
            y += height + gap
        return y - gap - inner.y() + m.top() + m.bottom() if rows else m.top() + m.bottom()


def _wanted(item: QLayoutItem) -> int:
    """The width an item is placed at before its row's rest is shared: its least where it expands (a field
    takes what its row leaves), else its preferred."""
    least = item.minimumSize().width()
    return least if _stretch(item) else max(least, item.sizeHint().width())


def _stretch(item: QLayoutItem) -> int:
    """Its share of what its row leaves: none unless it expands sideways (a field's, by its "stretch")."""
    if not item.expandingDirections() & Qt.Orientation.Horizontal:
        return 0
    widget = item.widget()
    return int(widget.property("stretch") or 1) if widget is not None else 1


def labelled(label: QWidget, field: QWidget, stretch: int = 1) -> QWidget:
    """A field beside its label, kept together on one row of a :class:`FlowLayout`."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    pair.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    pair.setProperty("stretch", stretch)
    return pair


class PlaceholderField(QLineEdit):
    """A field at least as wide as its placeholder and as ``least`` (Qt's least cut them, in a narrow dock)."""

    def __init__(self, text: str = "", least: str = "") -> None:
        super().__init__(text)
        self.least = least

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        size, metrics = super().minimumSizeHint(), self.fontMetrics()
        around = super().sizeHint().width() - 17 * metrics.horizontalAdvance("x")  # Qt's: 17 x's, margins, frame
        shown = max(metrics.horizontalAdvance(self.placeholderText()), metrics.horizontalAdvance(self.least))
        size.setWidth(max(size.width(), shown + around))
        return size

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.minimumSizeHint())
