"""The form and the annotation table share the right column at every window size: the form's
label buttons and Accept / Reject / Delete always show, its rows of fields scroll in a short
window (their wrapped rows whole, never drawn over each other), the table keeps at least five
rows, and the window can be made as small as 800×560 (1024×600 left the table a row and a
half, and the window could not be made shorter than ~590 px); with the Adjudication panel
shown it fits 1024×600 too (the panel's own least, 180 px, held it at 619), and where the window
has the height the panel shows eight rows of its table, the form's fields scrolled down to two."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.widgets.form_room import TABLE_ROWS

SIZES = [(1024, 600), (1280, 800), (1920, 1080)]
WANTED_ROWS = 8  # the Adjudication panel's table rows where the window has the height
DOCKS = [(), ("adjudication",), ("guide", "statistics"), ("adjudication", "guide", "statistics")]


def _whole(label) -> bool:
    return label.height() >= label.heightForWidth(label.width()) > 0


def _shown_whole(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def _settle(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() >= size[1])
    for _ in range(3):  # the deferred fits of the docks and the column
        QApplication.processEvents()


def _check(window, store):
    form, table = window.form, window.table
    buttons = [form.label_button(label.name) for label in store.labels()]
    buttons += [form.accept_button, form.reject_button, form.delete_button]
    assert all(_shown_whole(b) for b in buttons), [b.text() for b in buttons if not _shown_whole(b)]
    rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert rows >= TABLE_ROWS - 0.05
    area = form.fields_area
    assert area.height() >= area.minimumSizeHint().height() > 0
    assert form.geometry().bottom() < table.mapTo(window, table.rect().topLeft()).y()  # the form above, apart


@pytest.mark.parametrize("docks", DOCKS, ids=lambda d: "+".join(d) or "no-docks")
def test_buttons_and_five_table_rows_at_every_size(window, store, qtbot, docks):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # a span in the form
    for name in docks:
        window.docks.get(name).show()
    for size in SIZES:
        _settle(qtbot, window, size)
        assert window.height() == size[1], (size, window.height())
        _check(window, store)
        if size[1] >= (1080 if "adjudication" in docks else 800):  # tall enough: the form whole, no scrolling
            assert not form_scrolls(window), size
    if "adjudication" not in docks:
        _settle(qtbot, window, (800, 560))
        assert (window.width(), window.height()) == (800, 560)
        _check(window, store)


def _panel_whole(panel) -> None:
    from annotator.gui.widgets.adjudication_panel import TABLE_ROWS as PANEL_ROWS

    widgets = [panel.coders, panel.layer, panel.only_open, panel.agreed_button, panel.next_button,
               panel.agreement_button, panel.hint]
    assert all(_shown_whole(w) for w in widgets), [type(w).__name__ for w in widgets if not _shown_whole(w)]
    table = panel.table
    assert table.viewport().height() >= PANEL_ROWS * table.verticalHeader().defaultSectionSize()


def test_the_adjudication_panel_fits_a_1024_by_600_window_with_two_rows_of_its_table(window, store, qtbot):
    """Its fields and buttons side by side below the article; at a side they stack again."""
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    panel = window.docks.get("adjudication")
    panel.show()
    _settle(qtbot, window, (1024, 600))
    assert window.size().toTuple() == (1024, 600)
    _check(window, store)
    _panel_whole(panel)
    assert panel.coders.mapTo(panel, panel.coders.rect().topLeft()).y() == \
        panel.next_button.mapTo(panel, panel.next_button.rect().topLeft()).y()  # one row
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)  # narrow: the buttons below the fields
    qtbot.waitUntil(lambda: panel.next_button.mapTo(panel, panel.next_button.rect().topLeft()).y()
                    > panel.coders.mapTo(panel, panel.coders.rect().topLeft()).y())
    qtbot.waitUntil(lambda: panel.width() < 700)  # not kept as wide as its single row needed
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
    qtbot.waitUntil(lambda: panel.next_button.mapTo(panel, panel.next_button.rect().topLeft()).y()
                    == panel.coders.mapTo(panel, panel.coders.rect().topLeft()).y())


def form_scrolls(window) -> bool:
    return window.form.fields_area.verticalScrollBar().maximum() > 0


def test_the_adjudication_panel_shown_in_a_short_window_takes_its_rows_and_leaves_the_form_the_rest(window, store,
                                                                                                     qtbot):
    """Shown at 1280×800 it is as tall as shows WANTED_ROWS rows of its table (where the adjudicator works:
    at its least, two rows, the form had most of its rows and 768 px showed two regions), no taller while
    the form's fields scroll; the form has the rest of the column, the annotation table its five rows."""
    _settle(qtbot, window, (1280, 800))
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # a district in the form: all its rows
    panel = window.docks.get("adjudication")
    panel.show()
    row = panel.table.verticalHeader().defaultSectionSize()  # WANTED_ROWS: region_table's
    qtbot.waitUntil(lambda: panel.table.viewport().height() // row >= WANTED_ROWS)
    for _ in range(3):
        QApplication.processEvents()
    assert form_scrolls(window) and panel.table.viewport().height() < (WANTED_ROWS + 1) * row
    _check(window, store)
    assert window.table.viewport().height() < (TABLE_ROWS + 1) * window.table.verticalHeader().defaultSectionSize()
    assert window.form.fields_area.height() >= 0.5 * window.form.fields_area.sizeHint().height()


def test_a_short_window_scrolls_the_form_and_keeps_its_wrapped_rows_whole(window, store, qtbot):
    _settle(qtbot, window, (1024, 600))
    window.docks.get("adjudication").show()
    amount = next(a for a in store.annotations(window.doc_id) if a.text == "55.1亿元")
    window.select_annotation(amount.id)
    form = window.form
    line = "district: 厦门市 (350200) — 厦门市湖里区计划投资55.1亿元建设松元产业园 的所属地区"
    form.show_links([line] * 4)
    form.reason_label.setText("rule: " + "总投资 " * 30)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: _whole(form.links_label) and _whole(form.reason_label), timeout=2000)
    bar = form.fields_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # what does not fit scrolls
    _check(window, store)
    form.note_edit.setFocus()
    for _row in range(4):  # Tab reaches the rows below the fold, scrolled into view: status, origin, reason,
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # then the links (Enter: Link to…)
    assert QApplication.focusWidget() is form.links_label  # then the jurisdiction
    qtbot.keyClick(form.links_label, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.jurisdiction_edit
    assert bar.value() > 0


def test_a_handle_dragged_keeps_its_place(window, qtbot):
    _settle(qtbot, window, (1280, 800))
    splitter = window.right_splitter
    sizes = splitter.sizes()
    splitter.moveSplitter(sizes[0] - 80, 1)  # the user gives the table more room
    QApplication.processEvents()
    assert splitter.sizes()[0] == sizes[0] - 80
