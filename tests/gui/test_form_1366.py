"""At 1366×700 (a 1366×768 laptop's maximised window, the most common screen) the whole form shows
beside the article without scrolling, in English and in Chinese, at a Chinese system font's line
height, for an AMOUNT with both its links: its Links and Jurisdiction rows were below the fold (the
label buttons in two rows of two, a row each for the status and the annotator, the document list
wider than its names needed). The article keeps a readable width."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.app_start import application_font
from tests.gui.conftest import lines_at_least

SIZE = (1366, 700)
Ctrl, Shift, No = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier
KEYS = {"adjudication": (Qt.Key.Key_J, Ctrl | Shift), "guide": (Qt.Key.Key_F1, No),
        "statistics": (Qt.Key.Key_S, Ctrl | Shift)}


@pytest.fixture
def system_font(qapp):
    """An interface font with lines as tall as a Chinese system font's (18 px), not the test machine's 14 px."""
    with lines_at_least(qapp, 18):
        yield


@pytest.fixture(params=["en", "zh_CN"])
def language(request, window):
    window.commands.set_language(request.param)
    yield request.param
    window.commands.set_language("en")


def test_the_whole_form_shows_at_1366_by_700(system_font, window, language, store, qtbot):
    window.resize(*SIZE)
    qtbot.waitUntil(lambda: window.size().toTuple() == SIZE)
    amount = next(a for a in store.annotations(window.doc_id) if a.label == "AMOUNT")
    window.select_annotation(amount.id)
    form = window.form
    qtbot.waitUntil(lambda: form.annotation() is not None and form.annotation().id == amount.id)
    form.show_links(["district: 湖里区 (350206) — 厦门市湖里区计划投资55.1亿元建设松元产业园 的所属地区",
                     "project: 松元产业园"])  # an AMOUNT's two links, the first wrapped
    for _ in range(5):  # the column gives the form the rows' height
        QApplication.processEvents()
    area = form.fields_area
    viewport = area.viewport()
    last = form.jurisdiction_edit  # the form's last row
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
    top = last.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top and top + last.height() <= viewport.height()
    assert form.links_label.height() >= form.links_label.heightForWidth(form.links_label.width())  # whole
    for button in (form.accept_button, form.reject_button, form.delete_button):
        assert button.visibleRegion().boundingRect().size() == button.size()
    view = window.text_view
    assert view.viewport().width() >= 28 * view.fontMetrics().horizontalAdvance("中")  # 28 characters a line, as before


@pytest.fixture
def large_font(qapp):
    with application_font(20):
        yield


def _whole(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


@pytest.mark.parametrize("panels", [(), ("adjudication", "guide", "statistics")], ids=["no-panels", "three-panels"])
def test_a_20_pt_font_still_fits_1366_by_700(large_font, window, language, store, qtbot, panels):
    """The three panels at 20 pt made the window 1392×1026 (the Adjudication panel's row of fields and
    buttons, the least of each panel, the table's five rows of 43 px): now their bodies scroll where
    the window is too short, the table keeps two rows, and a panel beside the article that would
    leave it less than its room (article_room.py: 40 % of the window here; it left six characters a
    line) is shown in a window of its own. The form scrolls; its buttons show whole."""
    window.resize(*SIZE)  # the window maximised, then the panels shown
    qtbot.waitUntil(lambda: window.size().toTuple() == SIZE)
    for name in panels:  # by their keys, as the View menu says them
        key, modifiers = KEYS[name]
        qtbot.keyClick(window.text_view, key, modifiers)
        qtbot.waitUntil(window.docks.get(name).isVisible)
        window.text_view.setFocus()
    for _ in range(5):  # the panels' deferred fits
        QApplication.processEvents()
    assert window.minimumSizeHint().width() <= SIZE[0] and window.minimumSizeHint().height() <= SIZE[1]
    assert window.size().toTuple() == SIZE
    form, table = window.form, window.table
    buttons = [form.label_button(label.name) for label in store.labels()]
    buttons += [form.accept_button, form.reject_button, form.delete_button]
    assert all(_whole(b) for b in buttons), [b.text() for b in buttons if not _whole(b)]
    assert table.viewport().height() >= 1.95 * table.verticalHeader().defaultSectionSize()
    view = window.text_view
    chars = view.viewport().width() / view.fontMetrics().horizontalAdvance("中")
    assert chars >= 15, chars  # three panels beside it at 20 pt left six characters a line, before that one
    floating = [name for name in panels if window.docks.get(name).isFloating()]
    assert all(window.docks.get(name).isVisible() for name in panels) and "adjudication" not in floating
    # the parts of the window side by side, none over another
    parts = [window.panel, view, form, table] + [window.docks.get(name) for name in panels if name not in floating]
    rects = [p.geometry().translated(p.parentWidget().mapTo(window, QPoint(0, 0))) for p in parts]
    assert all(window.rect().contains(r) for r in rects), [r.getRect() for r in rects]
    assert not [(a.getRect(), b.getRect()) for i, a in enumerate(rects) for b in rects[i + 1:] if a.intersects(b)]
