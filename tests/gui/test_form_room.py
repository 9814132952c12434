"""The form keeps every row readable when the window is short: with the Adjudication panel
below the article at 1280×800 a span's lines of links were drawn over each other (the splitter
squeezed the form to a minimum size that does not count a wrapped label's height)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _whole(label) -> bool:
    return label.height() >= label.heightForWidth(label.width()) > 0


def test_a_short_window_scrolls_the_form_and_keeps_its_wrapped_rows_whole(window, store, qtbot):
    window.resize(1280, 800)
    window.docks.get("adjudication").show()
    amount = next(a for a in store.annotations(window.doc_id) if a.text == "55.1亿元")
    window.select_annotation(amount.id)
    form = window.form
    line = "district: 厦门市 (350200) — 厦门市湖里区计划投资55.1亿元建设松元产业园 的所属地区"
    form.show_links([line] * 4)
    form.reason_label.setText("rule: " + "总投资 " * 30)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: _whole(form.links_label) and _whole(form.reason_label), timeout=2000)
    area = form.parentWidget().parentWidget()  # the scroll area's viewport, then the area
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # what does not fit scrolls
    form.note_edit.setFocus()
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Tab)  # Tab reaches the rows below the fold, scrolled into view
    assert QApplication.focusWidget() is form.jurisdiction_edit
    assert bar.value() > 0
