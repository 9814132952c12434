"""At 1024×600 with the Adjudication panel below the article the form showed one row of fields: the
table's filters took two rows (the boxes, then the text). A short window now shows them in one row,
the text filter behind a button (shown while wanted or filtering), so the form keeps two rows of
fields, in English and in Chinese; each box's name stays whole ("Annotator" was cut to "Annota")."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox, QWidget

from annotator.gui.i18n import install_translator
from tests.gui.test_form_room import _check, _settle


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, "en")


def rows_of_fields_shown(form) -> int:
    """The rows of the form's fields wholly in view (distinct tops of the shown widgets)."""
    area = form.fields_area
    fields = area.widget()
    shown = area.viewport().height() + area.verticalScrollBar().value()
    assert area.isVisible() and area.verticalScrollBar().value() == 0
    tops = {w.geometry().top() for w in fields.findChildren(QWidget)
            if w.parent() is fields and not w.isHidden() and w.geometry().bottom() < shown}
    return len(tops)


def name_fits(box) -> bool:
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    return box.fontMetrics().horizontalAdvance(box.itemText(0)) <= field.width()


def top(widget, window) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).y()


def test_a_short_window_with_the_adjudication_panel_shows_two_rows_of_fields(window, store, qtbot, language):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # a span in the form
    window.docks.get("adjudication").show()
    _settle(qtbot, window, (1024, 600))
    assert window.size().toTuple() == (1024, 600)
    _check(window, store)  # the buttons whole, five rows of the table, the form above it
    bar = window.table_filter
    boxes = [bar.label_box, bar.status_box, bar.annotator_box, bar.origin_box]
    assert bar.text_edit.isHidden() and bar.text_button.isVisible()
    assert {top(w, window) for w in [*boxes, bar.text_button]} == {top(bar.label_box, window)}  # one row
    assert rows_of_fields_shown(window.form) >= 2
    assert all(name_fits(box) for box in boxes), [box.itemText(0) for box in boxes if not name_fits(box)]
    # a taller window: the text filter in a row of its own again, no button
    _settle(qtbot, window, (1280, 800))
    assert bar.text_edit.isVisible() and bar.text_button.isHidden()
    assert top(bar.text_edit, window) > top(bar.label_box, window)


def test_the_text_filter_behind_its_button_filters_and_is_emptied_when_put_away(window, store, qtbot):
    _settle(qtbot, window, (1024, 600))
    bar, proxy = window.table_filter, window.ann_proxy
    every = proxy.rowCount()
    assert every > 1 and bar.text_edit.isHidden()
    qtbot.mouseClick(bar.text_button, Qt.MouseButton.LeftButton)
    assert bar.text_edit.isVisible() and QApplication.focusWidget() is bar.text_edit
    qtbot.keyClicks(bar.text_edit, "55.1")
    qtbot.waitUntil(lambda: 0 < proxy.rowCount() < every)
    _settle(qtbot, window, (1280, 800))  # taller and short again: a filter that filters stays in view
    _settle(qtbot, window, (1024, 600))
    assert bar.text_edit.isVisible() and bar.text_button.isChecked() and bar.text_edit.text() == "55.1"
    qtbot.mouseClick(bar.text_button, Qt.MouseButton.LeftButton)  # put away: emptied, every span again
    assert bar.text_edit.isHidden() and bar.text_edit.text() == ""
    qtbot.waitUntil(lambda: proxy.rowCount() == every)
