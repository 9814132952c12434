"""The form beside the article is as tall as its rows and no taller: the annotation table takes
the rest of the column, so a taller window gives the table more rows and no gap stays under the
form's buttons (a form given more height once — a span with many links, a saved handle — kept
it). The buttons stay put from a DISTRICT to a PROJECT (fewer rows: the room is kept above the
buttons), and the Adjudication panel fits a 1024×600 window also in a Chinese system font (its
taller lines left the window 642 px tall)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.gui.widgets.form_room import TABLE_ROWS
from tests.gui.conftest import lines_at_least


def _settle(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() >= size[1])
    for _ in range(3):  # the deferred fits of the docks and the column
        QApplication.processEvents()


def _gap_under_buttons(form) -> int:
    return form.height() - form.delete_button.geometry().bottom() - 1


def _fitted(qtbot, window) -> None:
    """Wait until the column has given the form its height (a layout request is handled later)."""
    for _ in range(5):  # the rows' own layout requests first
        QApplication.processEvents()
    splitter = window.right_splitter
    qtbot.waitUntil(lambda: splitter.sizes()[0] == min(
        window.form.sizeHint().height(), sum(splitter.sizes()) - splitter.widget(1).minimumSizeHint().height()))


def _top(widget, window) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).y()


@pytest.mark.parametrize("adjudication", [False, True], ids=["no-panel", "adjudication"])
def test_a_taller_window_gives_the_table_the_room_and_leaves_no_gap_under_the_buttons(window, qtbot, adjudication):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # a span in the form
    window.docks.get("adjudication").setVisible(adjudication)
    heights = []
    for size in [(1024, 600), (1366, 768), (1920, 1080)]:
        _settle(qtbot, window, size)
        heights.append(window.table.height())
        assert _gap_under_buttons(window.form) <= 2, size
    assert heights[0] <= heights[1] < heights[2]  # 1366×768 with the panel: the form's whole rows first
    assert heights[0] >= TABLE_ROWS * window.table.verticalHeader().defaultSectionSize()


def test_the_form_gives_back_what_its_rows_no_longer_need(window, qtbot):
    _settle(qtbot, window, (1366, 768))
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    form, table = window.form, window.table
    _fitted(qtbot, window)
    before = table.height()
    reason = form.reason_label.text()
    form.reason_label.setText("rule: " + "总投资 " * 60)  # a long reason (links: the window shows its own later)
    qtbot.waitUntil(lambda: table.height() < before)  # the form took the rows it needed from the table
    form.reason_label.setText(reason)
    qtbot.waitUntil(lambda: table.height() == before)  # and gave them back
    assert _gap_under_buttons(form) <= 2


def test_a_saved_tall_form_is_fitted_when_the_window_is_resized(window, qtbot):
    _settle(qtbot, window, (1366, 768))
    splitter = window.right_splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 200, 200])  # as restoreState of a session with a tall form gives it
    _settle(qtbot, window, (1920, 1080))
    _fitted(qtbot, window)
    assert _gap_under_buttons(window.form) <= 2
    assert splitter.sizes()[1] > 200 + 312  # the table took the form's spare room and the window's


def test_the_buttons_stay_put_from_a_district_to_a_project(window, store, qtbot):
    _settle(qtbot, window, (1366, 768))
    doc = window.doc_id
    district = next(a for a in store.annotations(doc) if a.label == "DISTRICT")
    project = next(a for a in store.annotations(doc) if a.label == "PROJECT")
    form = window.form
    window.select_annotation(district.id)
    _fitted(qtbot, window)
    at = (_top(form.accept_button, window), _top(window.table, window))
    window.select_annotation(project.id)
    _fitted(qtbot, window)
    assert not form._value_edits["name"].isVisible()  # the DISTRICT's rows are hidden for a PROJECT
    assert abs(_top(form.accept_button, window) - at[0]) <= 3
    assert abs(_top(window.table, window) - at[1]) <= 3


@pytest.fixture
def tall_font(qapp):
    """An interface font with lines as tall as a Chinese system font's (17 px: Noto Sans CJK,
    Microsoft YaHei UI), not the test machine's 14 px."""
    with lines_at_least(qapp, 17):
        yield


def test_the_adjudication_panel_fits_1024_by_600_in_a_chinese_system_font(tall_font, window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    panel = window.docks.get("adjudication")
    panel.show()
    _settle(qtbot, window, (1024, 600))
    # the docks' deferred fits give back the rows' height a moment after the resize (under load, later)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 600))
    form, table = window.form, window.table

    def hint_above_status_bar() -> bool:
        return _top(panel.hint, window) + panel.hint.height() <= window.statusBar().geometry().top()

    # the docks' deferred fits settle a moment after the resize, later under load: wait for the last of
    # them (failing after the timeout, as a layout that never fits would), then check all of it
    qtbot.waitUntil(hint_above_status_bar, timeout=3000)
    for button in [form.label_button(label.name) for label in store.labels()] + [form.accept_button]:
        assert button.visibleRegion().boundingRect().size() == button.size()
    assert table.viewport().height() >= (TABLE_ROWS - 0.05) * table.verticalHeader().defaultSectionSize()
    assert hint_above_status_bar()


@pytest.mark.parametrize("adjudication", [False, True], ids=["no-panel", "adjudication"])
def test_a_short_window_shows_whole_rows_of_fields_not_half_a_label(tall_font, window, qtbot, adjudication):
    """The scroll area's bottom cut the next row's caption in half (its upper half showed)."""
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    window.docks.get("adjudication").setVisible(adjudication)
    _settle(qtbot, window, (1024, 600))
    area = window.form.fields_area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)  # the rows scroll
    for _ in range(5):
        QApplication.processEvents()
    shown = area.viewport().height()
    fields = area.widget()
    cut = [w for w in fields.findChildren(QWidget) if w.parent() is fields and not w.isHidden()
           and w.geometry().top() < shown < w.geometry().bottom() + 1]
    assert cut == [], [(type(w).__name__, w.geometry().getRect(), shown) for w in cut]


def test_the_selected_row_stays_in_view_when_the_form_takes_room_from_the_table(window, store, qtbot):
    """The form grew over the table (a span with more rows) and the selected span's row, at the
    table's bottom, slid out of view."""
    from annotator.gui.models.table_roles import ANN_ID_ROLE

    for i in range(30):  # rows enough to scroll
        store.add_annotation(window.doc_id, i, i + 1, "TARGET", annotator="other")
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    _settle(qtbot, window, (1366, 768))
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    _fitted(qtbot, window)
    table = window.table
    last = table.model().rowCount() - 1
    assert last > 20
    table.scrollTo(table.model().index(last, 0))
    window.select_annotation(table.model().index(last, 0).data(ANN_ID_ROLE), scroll=False)
    assert table.viewport().rect().intersects(table.visualRect(table.currentIndex()))
    form = window.form
    for _ in range(5):  # the window's own showing of the span (its links) first
        QApplication.processEvents()
    before = window.right_splitter.sizes()[0]
    form.reason_label.setText("rule: " + "总投资 " * 60)  # a long reason: the form grows over the table
    qtbot.waitUntil(lambda: window.right_splitter.sizes()[0] > before)
    current = table.visualRect(table.currentIndex())
    assert table.viewport().rect().contains(current), (current.getRect(), table.viewport().height())
