"""A 20-pt interface font (a 4K screen, a user who reads large) at 1280×800: the window still fits
the screen — the status bar's counts, which each took the width of their text, share the bar,
elided with their whole text as tooltip — and the table's filters show their names whole, in two
rows when one row would cut them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from annotator.gui.widgets.annotation_filter import _width_for_name
from tests.gui.app_start import application_font


@pytest.fixture
def large_font(qapp):
    with application_font(20) as font:
        yield font


@pytest.fixture
def large_window(large_font, window, qtbot):
    """The window made at the large font, on a 1280×800 screen."""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() <= 1280)
    return window


def test_the_window_fits_a_1280_screen_its_counts_elided(large_window, qtbot):
    w = large_window
    assert w.minimumSizeHint().width() <= 1280 and w.width() == 1280
    bar, doc, project = w.statusBar(), w.doc_status, w.project_status
    qtbot.waitUntil(lambda: doc.geometry().right() < project.geometry().left())  # side by side, not over
    assert project.geometry().right() <= bar.width()  # inside the bar, not cut by the window's edge
    whole = project.whole_text()
    assert whole.startswith("Project: ")
    shown = project.text()
    assert shown != whole and shown.endswith("…") and project.toolTip() == whole  # elided, whole as tooltip
    w.resize(2000, 800)  # room again: whole
    qtbot.waitUntil(lambda: project.text() == whole and doc.text() == doc.whole_text())


def test_the_filters_show_their_names_whole(large_window, qtbot):
    bar = large_window.table_filter
    boxes = (bar.label_box, bar.status_box, bar.annotator_box, bar.origin_box)
    qtbot.waitUntil(lambda: all(box.width() >= _width_for_name(box) for box in boxes))
    assert bar.two_rows  # one row could not hold them at this width
    large_window.resize(2400, 800)
    large_window.main_splitter.setSizes([300, 700, 1400])
    qtbot.waitUntil(lambda: bar.two_rows is False)  # a wide column: one row again
    assert all(box.width() >= _width_for_name(box) for box in boxes)


def test_the_article_is_as_large_as_the_interface_unless_the_user_chose(large_window, settings, qtbot):
    view = large_window.text_view
    assert view.font().pointSize() == 20  # as large as the menus (it stayed 14)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # View › Bigger
    assert view.font().pointSize() == 21 and settings.font_size == 21  # from what it showed, and kept
    QApplication.setFont(QFont(QApplication.font().family(), 10))
    assert settings.article_font_size() == 21  # the user's size stays, whatever the interface's


def test_at_the_usual_font_the_article_stays_14(window, settings):
    assert window.text_view.font().pointSize() == 14 and settings.article_font_size() == 14


def test_a_short_span_text_is_shown_whole_in_the_table(large_window, qtbot):
    """At 20 pt the text column kept its least 60 px, two characters: 海沧区 was drawn "…"."""
    from annotator.gui.models.annotation_table import TEXT

    table = large_window.table
    header = table.horizontalHeader()
    texts = [large_window.ann_model.index(r, TEXT).data() for r in range(large_window.ann_model.rowCount())]
    assert "厦门市" in texts and "同安区" not in texts  # the first document's three-character district
    need = table.fontMetrics().horizontalAdvance("厦门市") + 12  # the cell's margins
    qtbot.waitUntil(lambda: header.sectionSize(TEXT) >= need)
    assert header.sectionViewportPosition(TEXT) + header.sectionSize(TEXT) <= table.viewport().width()
