"""A label's paler colour in a dark palette: the label buttons, the Statistics bars' open suggestions and a
span linked to the selected one were the label's colour lightened (a light pastel), which on a dark
window glared brighter than the label's own colour beside it and than everything else on screen (the
bars' open part outshone the accepted part it is paler than). On a dark palette the paler colour is now
the label's mixed into the background; on a light one it is what it always was (``QColor.lighter``)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QTextCharFormat
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from annotator.gui.contrast import MIN_RATIO, luminance, ratio
from annotator.gui.widgets.counts_table import BARS_ROLE, CHART_COLUMN
from tests.gui.test_dark_palette import DARK, LIGHT, R, palette


def fill_of(button) -> QColor:
    return button.palette().color(R.Button)


@pytest.fixture
def light(window):
    old = QApplication.palette()
    QApplication.setPalette(palette(LIGHT))
    yield window
    QApplication.setPalette(old)


def turn_dark(window, qtbot) -> None:
    QApplication.setPalette(palette(DARK))
    qtbot.waitUntil(lambda: window.palette().color(R.Window) == QColor(DARK[R.Window]))


def test_the_label_buttons_dim_when_the_system_turns_dark(light, qtbot):
    window = light
    labels = {label.name: QColor(label.color) for label in window.store.labels()}
    for name, colour in labels.items():  # light: as the window always drew them
        assert fill_of(window.form.label_button(name)) == colour.lighter(150), name
    turn_dark(window, qtbot)
    for name, colour in labels.items():
        button = window.form.label_button(name)
        fill = fill_of(button)
        assert luminance(fill) < luminance(colour), (name, fill.name())  # not a pastel brighter than the label
        assert ratio(button.palette().color(R.ButtonText), fill) >= MIN_RATIO, name
    QApplication.setPalette(palette(LIGHT))  # and back
    qtbot.waitUntil(lambda: window.palette().color(R.Window) == QColor(LIGHT[R.Window]))
    for name, colour in labels.items():
        assert fill_of(window.form.label_button(name)) == colour.lighter(150), name


def bar_pixels(table, row: int) -> list[QColor]:
    """The bar of ``row`` as the delegate paints it: its colours from left to right."""
    index = table.model().index(row, CHART_COLUMN)
    colour, counts, largest = index.data(BARS_ROLE)
    image = QImage(300, 30, QImage.Format.Format_RGB32)
    image.fill(table.palette().color(R.Base))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 300, 30)
    option.palette = table.palette()
    painter = QPainter(image)
    table.itemDelegateForColumn(CHART_COLUMN).paint(painter, option, index)
    painter.end()
    width = 294  # the bar's inner width (3 px each side)
    edges = [3 + round(width * sum(counts[:i + 1]) / largest) for i in range(3)]
    starts = [3, *edges[:2]]
    return [QColor(image.pixel((lo + hi) // 2, 15)) if hi > lo else QColor()
            for lo, hi in zip(starts, edges, strict=True)]


def test_the_bars_open_part_is_paler_on_light_and_dimmer_on_dark(light, qtbot):
    window = light
    stats = window.statistics
    stats.show()
    qtbot.waitUntil(lambda: stats.doc_table.rowCount() > 1)
    table = stats.doc_table
    rows = [r for r in range(table.rowCount()) if (table.model().index(r, CHART_COLUMN).data(BARS_ROLE) or
                                                   (0, (0, 0, 0), 0))[1][1] > 0]
    assert rows  # a label with open suggestions
    for r in rows:
        colour = QColor(table.model().index(r, CHART_COLUMN).data(BARS_ROLE)[0])
        assert bar_pixels(table, r)[1].name() == colour.lighter(160).name()
    turn_dark(window, qtbot)
    for r in rows:
        colour = QColor(table.model().index(r, CHART_COLUMN).data(BARS_ROLE)[0])
        open_part = bar_pixels(table, r)[1]
        assert luminance(open_part) < luminance(colour), open_part.name()  # nearer the dark base, not a pastel


def test_a_linked_span_is_dimmer_than_the_selected_one_in_the_dark(light, qtbot):
    window = light
    view = window.text_view
    for label in ("DISTRICT", "PROJECT", "AMOUNT", "TARGET"):
        colour = view.label_color(label)
        assert view.formats.linked(QTextCharFormat(), label).background().color() == colour.lighter(130)
    turn_dark(window, qtbot)
    for label in ("DISTRICT", "PROJECT", "AMOUNT", "TARGET"):
        fmt = view.formats.linked(QTextCharFormat(), label)
        assert luminance(fmt.background().color()) < luminance(view.label_color(label)), label
        assert ratio(fmt.foreground().color(), fmt.background().color()) >= MIN_RATIO, label
