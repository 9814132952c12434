"""At 1366×700 (a 1366×768 laptop's maximised window, the most common screen) the whole form shows
beside the article without scrolling, in English and in Chinese, at a Chinese system font's line
height, for an AMOUNT with both its links: its Links and Jurisdiction rows were below the fold (the
label buttons in two rows of two, a row each for the status and the annotator, the document list
wider than its names needed). The article keeps a readable width."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

SIZE = (1366, 700)


@pytest.fixture
def system_font(qapp):
    """An interface font with lines as tall as a Chinese system font's (18 px), not the test machine's 14 px."""
    saved = QFont(qapp.font())
    font = QFont(saved)
    while QFontMetrics(font).height() < 18:
        font.setPointSizeF(font.pointSizeF() + 0.5)
    qapp.setFont(font)
    yield
    qapp.setFont(saved)


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
    assert view.viewport().width() >= 30 * view.fontMetrics().horizontalAdvance("中")  # ~30 characters a line
