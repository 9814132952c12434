"""The Statistics panel's tables (``gui/widgets/stats_panel.py``): one row per label, in the project's
order of its labels, and a total; the spans accepted, open and rejected and a stacked bar. In a
narrow panel the bar hides, the label column gives way, and a header too long for its column shows
its short form (Acc., then A; in Chinese 接受, then 接; 待审 is its own: one character of it, 审, reads as
"review"), whole in its tooltip."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)

from annotator.core.models import Label
from annotator.gui.contrast import faint, paler
from annotator.gui.display import label_text, status_text
from annotator.gui.i18n import names_list
from annotator.gui.widgets.guide_panel import swatch

STATUSES = ("accepted", "suggested", "rejected")  # the columns, in this order
LABEL_COLUMN, CHART_COLUMN = 0, 1 + len(STATUSES)
BARS_ROLE = Qt.ItemDataRole.UserRole + 1  # (colour, [accepted, open, rejected], the largest row total)
HEADER_MARGIN = 6  # a header's text is shown whole in its column's width less this
BAR_LEAST = 30  # narrower, the bar hides (its tooltip's numbers are the columns') and the label gives way


def by_label(stats: dict[str, Any]) -> dict[str, dict[str, int]]:
    """{label: {status: count}} from the "label/status" keys of ``Store.stats``."""
    counts: dict[str, dict[str, int]] = {}
    for key, n in stats.get("annotations", {}).items():
        label, _, status = key.rpartition("/")
        counts.setdefault(label, {})[status] = n
    return counts


def shares(want: list[int], least: list[int], room: int) -> list[int]:
    """Widths for columns that want ``want`` px in ``room`` px, less: each its ``least`` and a share
    of the rest in proportion to what it lacks (all of them narrower alike below their least); the
    pixels rounded off go to the first column, so the widths fill the room."""
    if sum(least) >= room:
        widths = [n * room // max(1, sum(least)) for n in least]
    else:
        lack = sum(w - n for w, n in zip(want, least, strict=True))
        widths = [n + (room - sum(least)) * (w - n) // max(1, lack) for w, n in zip(want, least, strict=True)]
    widths[0] += room - sum(widths)
    return widths


class BarDelegate(QStyledItemDelegate):
    """A stacked bar: accepted in the label's colour, open suggestions paler, rejected grey."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        data = index.data(BARS_ROLE)
        if not data:
            return super().paint(painter, option, index)
        color, counts, largest = data
        rect: QRect = option.rect.adjusted(3, 5, -3, -5)
        painter.save()
        x = rect.left()
        base = option.palette.color(QPalette.ColorRole.Base)
        fills = (QColor(color), paler(QColor(color), 160, base), faint(option.palette))
        for n, fill in zip(counts, fills, strict=True):
            width = round(rect.width() * n / largest) if largest else 0
            if width:
                painter.fillRect(QRect(x, rect.top(), width, rect.height()), fill)
            x += width
        painter.restore()


class CountsTable(QTableWidget):
    """One row per label (and a total): accepted, open, rejected, and the bar."""

    _short: list[tuple[str, ...]] = [(), (), (), ()]  # the headers' short forms (retranslate)
    _shown: tuple[list[Label], dict[str, int]] | None = None  # the labels and counts shown (show_counts)

    def __init__(self, name: str) -> None:
        super().__init__(0, CHART_COLUMN + 1)
        self.setObjectName(name)
        self.setItemDelegateForColumn(CHART_COLUMN, BarDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHART_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0") + 6)  # (Qt's 26 px: cut "0")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate()

    def fit(self) -> None:
        """In a narrow panel (1024 px) the bar went past the right edge, "Rejected" cut off with it:
        below :data:`BAR_LEAST` px for it the bar hides and the label column takes what the numbers
        leave (elided), so every number stays in view; narrower still, every column narrows (to
        its numbers, then below; the label first) and the headers elide, whole in their tooltips, so the table is
        as wide as the panel (it was cut at "DI…" after the first number)."""
        header, room = self.horizontalHeader(), self.viewport().width()
        want = [max(self._header_width(c), self.sizeHintForColumn(c)) for c in range(CHART_COLUMN)]
        narrow = room - sum(want) < BAR_LEAST
        if narrow != self.isColumnHidden(CHART_COLUMN):
            self.setColumnHidden(CHART_COLUMN, narrow)
        fixed, contents = QHeaderView.ResizeMode.Fixed, QHeaderView.ResizeMode.ResizeToContents
        if sum(want) <= room:
            header.setSectionResizeMode(LABEL_COLUMN, QHeaderView.ResizeMode.Stretch if narrow else contents)
            for column in range(LABEL_COLUMN + 1, CHART_COLUMN):
                header.setSectionResizeMode(column, contents)
            self._elide_headers([1 << 20] * CHART_COLUMN)  # whole
            return
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)  # the label's swatch and two characters
        least = [min(want[0], icon + self.fontMetrics().horizontalAdvance("中中") + 12),  # 地区, or "DI…"
                 *(min(want[c], self._least_count(c)) for c in range(LABEL_COLUMN + 1, CHART_COLUMN))]
        widths = [room - sum(want[1:]), *want[1:]]  # the label gives way first, then the numbers' headers
        if widths[0] < least[0]:
            widths = shares(want, least, room)
        if any(w < n for w, n in zip(widths[1:], least[1:], strict=True)) and room - sum(least[1:]) >= self._swatch():
            widths = [room - sum(least[1:]), *least[1:]]  # a number is never cut ("1,0…"): the label to its swatch
        for column, width in enumerate(widths):
            header.setSectionResizeMode(column, fixed)
            header.resizeSection(column, width)
        self._elide_headers(widths)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than every count (its column's shortest header with it) beside the label's
        swatch: a panel dragged to its narrowest cut the project's 1,035 to "1,…" and its Rejected column."""
        hint = super().minimumSizeHint()
        least = self._swatch() + sum(self._least_count(c) for c in range(LABEL_COLUMN + 1, CHART_COLUMN))
        return QSize(max(hint.width(), least + 2 * self.frameWidth()), hint.height())

    def _swatch(self) -> int:
        """The label column at its narrowest: the label's swatch alone."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8

    def _header_width(self, column: int) -> int:
        """The width the header's whole text takes (it may be shown elided)."""
        item, metrics = self.horizontalHeaderItem(column), self.horizontalHeader().fontMetrics()
        assert item is not None, "retranslate gave each column its header item"
        whole = metrics.horizontalAdvance(item.toolTip())
        return max(self.horizontalHeader().sectionSizeHint(column) + whole - metrics.horizontalAdvance(item.text()),
                   whole + HEADER_MARGIN)  # as :meth:`_elide_headers` measures: "待审" given 30 px showed "审"

    def _least_count(self, column: int) -> int:
        """A count column at its narrowest: its numbers whole, and its shortest header (A, 接) with the
        header's margins."""
        forms = self._short[column]
        header = self.horizontalHeader().fontMetrics().horizontalAdvance(forms[-1]) + HEADER_MARGIN if forms else 0
        return max(self.sizeHintForColumn(column), header)

    def _elide_headers(self, widths: list[int]) -> None:
        """Each header's text in its column's width, whole in its tooltip: else its short form
        (Acc., then A), else elided (Qt cut it at both ends: "cep"; "A…" in 17 px showed nothing)."""
        metrics = self.horizontalHeader().fontMetrics()
        for column, width in enumerate(widths):
            item = self.horizontalHeaderItem(column)
            if item is None:
                continue
            forms = [item.toolTip(), *self._short[column]]
            shown = next((f for f in forms if metrics.horizontalAdvance(f) <= width - HEADER_MARGIN), None)
            if shown is None:
                shown = metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, width - HEADER_MARGIN)
            if item.text() != shown:
                item.setText(shown)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def retranslate(self) -> None:
        self._shown = None  # the labels' names and the tooltips in the other language: shown again
        self.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Accepted"), self.tr("Open"), self.tr("Rejected"),
                                        ""])
        self._short = [(), (self.tr("Acc."), self.tr("A")),
                       (self.tr("O"),),
                       (self.tr("Rej."), self.tr("R"))]
        for column in range(CHART_COLUMN):  # elided in a narrow panel
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(item.text())
        self.fit()

    def show_counts(self, labels: list[Label], stats: dict[str, Any]) -> None:
        """One row per label of ``labels`` (then any other ``stats`` counts) and the total. The
        same labels and counts as shown already: nothing done (the panel is read again after each
        edit, and again when the worker has counted the project: one of its two tables changed)."""
        shown = (list(labels), dict(stats.get("annotations", {})))
        if shown == self._shown:
            return
        self._shown = shown
        counts = by_label(stats)
        colors = {label.name: label.color for label in labels}
        names = [label.name for label in labels] + sorted(set(counts) - set(colors))
        largest = max((sum(counts.get(n, {}).values()) for n in names), default=0)
        self.setRowCount(len(names) + 1)
        for row, name in enumerate(names):
            numbers = [counts.get(name, {}).get(s, 0) for s in STATUSES]
            item = QTableWidgetItem(label_text(name))
            item.setIcon(swatch(colors.get(name, "#888888")))
            item.setToolTip(label_text(name))  # elided in a narrow panel
            self.setItem(row, LABEL_COLUMN, item)
            self._numbers(row, numbers)
            bar = QTableWidgetItem()
            bar.setData(BARS_ROLE, (colors.get(name, "#888888"), numbers, largest))
            bar.setToolTip(names_list(self.tr("{count} {status}").format(count=n, status=status_text(s))
                                      for n, s in zip(numbers, STATUSES, strict=True)))  # 已接受 4 in Chinese
            self.setItem(row, CHART_COLUMN, bar)
        total = QTableWidgetItem(self.tr("Total"))
        bold = QFont(self.font())
        bold.setBold(True)
        total.setFont(bold)
        self.setItem(len(names), LABEL_COLUMN, total)
        self._numbers(len(names), [sum(counts.get(n, {}).get(s, 0) for n in names) for s in STATUSES], bold)
        self.setItem(len(names), CHART_COLUMN, QTableWidgetItem())
        self.fit()
        self.updateGeometry()  # its least width follows the counts (minimumSizeHint)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height()
                            + self.verticalHeader().defaultSectionSize() * self.rowCount() + 2 * self.frameWidth())

    def _numbers(self, row: int, numbers: list[int], font: QFont | None = None) -> None:
        for column, n in enumerate(numbers, start=1):
            item = QTableWidgetItem(f"{n:,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if font is not None:
                item.setFont(font)
            self.setItem(row, column, item)

    def numbers(self) -> dict[str, list[int]]:
        """{label or "Total" as shown: [accepted, open, rejected]} (for tests)."""
        return {self._text(r, LABEL_COLUMN): [int(self._text(r, c).replace(",", "")) for c in range(1, CHART_COLUMN)]
                for r in range(self.rowCount())}

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        assert item is not None, "show_counts fills every cell"
        return item.text()
