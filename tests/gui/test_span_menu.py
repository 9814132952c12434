"""The spans table had no context menu: a right-click on a row, or the Menu key with the table focused, did
nothing. It now offers the window's own actions (Accept, Reject, Delete, Relabel as, Edit note, the links) for
the row under the mouse, selected first where it was not, or the current row (the Menu key, Shift+F10); on the
empty room under the rows, no menu; never a span a filter of the table hides."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.gui.popups import through_popup
from tests.gui.test_annotation_filter import choose
from tests.gui.test_row_left_selects_next import spans

ENGLISH = ["&Accept suggestion", "Re&ject suggestion", "&Delete span", "Relabel a&s", "Edit note",
           "&Link span (to the span under the mouse or the nearest district)", "Link span t&o…",
           "Remove the span's lin&ks"]


def through_menu(qtbot, open_it: Callable[[], object], entry: str | None = None) -> dict:
    """Open the menu by ``open_it`` and take ``entry`` in it (None: close it untouched); what it showed:
    its entries' texts, the label submenu's, the popup's position, the window's selection while it was open."""
    seen: dict = {}

    def look(menu: QMenu) -> None:
        seen["texts"] = [a.text() for a in menu.actions() if not a.isSeparator()]
        seen["enabled"] = {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}
        sub = menu.findChild(QMenu)  # (not QAction.menu(): tests/gui/menus.py)
        seen["labels"] = [a.text() for a in sub.actions() if not a.isSeparator()]
        seen["at"] = menu.pos()
        window = menu.parentWidget().window()
        seen["selected"] = (window.selected_id, window.table.selected_ids())
        if entry is not None:  # "Relabel a&s › TARGET": an entry of the submenu
            menu_of, text = (sub, entry.split(" › ")[1]) if " › " in entry else (menu, entry)
            next(a for a in menu_of.actions() if a.text() == text).trigger()

    through_popup(qtbot, open_it, look)
    return seen


def right_click(window, row: int) -> Callable[[], None]:
    table = window.table
    return lambda: table.customContextMenuRequested.emit(table.visualRect(table.model().index(row, 1)).center())


def row_of(window, ann_id: int) -> int:
    return window.ann_proxy.mapFromSource(window.ann_model.index(window.ann_model.row_of(ann_id), 0)).row()


def on_the_table(window, qtbot) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)


def test_a_right_click_on_a_row_offers_the_span_actions_and_reject_rejects_it(window, store, qtbot):
    doc = window.doc_id
    amount = spans(store, doc)["55.1亿元"][0]
    window.select_annotation(amount)
    seen = through_menu(qtbot, right_click(window, row_of(window, amount)), "Re&ject suggestion")
    assert seen.get("texts") == ENGLISH, seen
    assert seen["labels"] == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET"]
    assert all(seen["enabled"].values())
    assert spans(store, doc)["55.1亿元"] == (amount, "rejected")
    assert spans(store, doc)["厦门市"][1] == spans(store, doc)["松元产业园"][1] == "suggested"  # only that one


def test_a_right_click_on_a_row_not_selected_selects_it_first(window, store, qtbot):
    doc = window.doc_id
    city, project = spans(store, doc)["厦门市"][0], spans(store, doc)["松元产业园"][0]
    window.select_annotation(city)
    seen = through_menu(qtbot, right_click(window, row_of(window, project)), "&Accept suggestion")
    assert seen.get("selected") == (project, [project]), seen
    assert window.selected_id == project and window.form.annotation().id == project
    assert window.text_view.selected_id() == project
    assert spans(store, doc)["松元产业园"] == (project, "accepted")
    assert spans(store, doc)["厦门市"] == (city, "suggested")  # the span selected before: untouched


def test_a_right_click_on_one_of_several_rows_selected_keeps_them_and_acts_on_all(window, store, qtbot):
    doc = window.doc_id
    table, selection = window.table, window.table.selectionModel()
    city, amount = spans(store, doc)["厦门市"][0], spans(store, doc)["55.1亿元"][0]
    window.select_annotation(city)
    selection.select(table.model().index(row_of(window, amount), 0),
                     selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    seen = through_menu(qtbot, right_click(window, row_of(window, amount)), "&Accept suggestion")
    assert seen.get("selected") == (amount, sorted([city, amount], key=lambda i: row_of(window, i))), seen
    assert not seen["enabled"]["Relabel a&s"]  # a label key relabels one span: greyed for two
    assert spans(store, doc)["厦门市"][1] == spans(store, doc)["55.1亿元"][1] == "accepted"
    assert window.statusBar().currentMessage() == "Accepted 2 spans"


def platform_menu_key(table) -> None:
    """The Menu key as X11 and Windows deliver it: a keyboard's context menu event to the focused table, at a
    point Qt takes from the table (its header's height off the row, or the mouse pointer's)."""
    QApplication.sendEvent(table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(3, 3),
                                                    table.mapToGlobal(QPoint(3, 3))))


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier), (None, None)])
def test_the_menu_key_opens_it_at_the_current_row_and_delete_deletes_that_span_undo_restores_it(
        window, store, qtbot, key, modifier):
    doc = window.doc_id
    on_the_table(window, qtbot)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    amount = spans(store, doc)["55.1亿元"][0]
    assert window.selected_id == amount
    table = window.table
    row = table.visualRect(table.currentIndex())
    press = (lambda: qtbot.keyClick(table, key, modifier)) if key is not None else lambda: platform_menu_key(table)
    seen = through_menu(qtbot, press, "&Delete span")
    assert seen.get("texts") == ENGLISH, seen
    under = table.viewport().mapToGlobal(QPoint(row.left(), row.bottom()))
    assert abs(seen["at"].y() - under.y()) <= row.height(), (seen["at"], under)  # under the row, not elsewhere
    assert "55.1亿元" not in spans(store, doc)
    assert set(spans(store, doc)) == {"厦门市", "松元产业园"}  # that span alone
    window.window_actions.undo.trigger()
    assert spans(store, doc)["55.1亿元"][1] == "suggested"


def test_a_right_click_under_the_rows_opens_nothing_and_changes_nothing(window, store, qtbot):
    doc = window.doc_id
    table = window.table
    city = spans(store, doc)["厦门市"][0]
    window.select_annotation(city)
    before = spans(store, doc)
    last = table.visualRect(table.model().index(table.model().rowCount() - 1, 1))
    assert last.bottom() + 20 < table.viewport().height()
    seen = through_menu(qtbot, lambda: table.customContextMenuRequested.emit(QPoint(last.center().x(),
                                                                                    last.bottom() + 20)))
    assert seen == {}
    assert spans(store, doc) == before and window.selected_id == city and table.selected_ids() == [city]


def test_the_menu_never_acts_on_a_span_the_tables_filter_hides(window, store, qtbot):
    """厦门市 selected in the article while the table shows AMOUNT rows only: the Menu key opens nothing (no
    row is current), and Reject from a right-click on the AMOUNT row rejects that row's span, not 厦门市."""
    doc = window.doc_id
    city, amount = spans(store, doc)["厦门市"][0], spans(store, doc)["55.1亿元"][0]
    choose(qtbot, window.table_filter.label_box, "AMOUNT")
    window.select_annotation(city)  # as a click on it in the article
    assert window.selected_id == city and not window.table.shows(city)
    on_the_table(window, qtbot)
    window.table.selectionModel().clearCurrentIndex()
    assert through_menu(qtbot, lambda: qtbot.keyClick(window.table, Qt.Key.Key_Menu)) == {}
    assert spans(store, doc)["厦门市"] == (city, "suggested")
    seen = through_menu(qtbot, right_click(window, row_of(window, amount)), "Re&ject suggestion")
    assert seen.get("selected") == (amount, [amount]), seen
    assert spans(store, doc)["55.1亿元"] == (amount, "rejected")
    assert spans(store, doc)["厦门市"] == (city, "suggested")


def test_the_menu_speaks_chinese_in_the_chinese_window(window, store, qtbot):
    doc = window.doc_id
    amount = spans(store, doc)["55.1亿元"][0]
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["accept"].text() == "接受建议(&A)")
        seen = through_menu(qtbot, right_click(window, row_of(window, amount)), "拒绝建议(&J)")
    finally:
        window.commands.set_language("en")
    assert seen.get("texts") == ["接受建议(&A)", "拒绝建议(&J)", "删除标注(&D)", "改标为(&S)", "编辑备注",
                                 "关联标注(&L)（到鼠标下的标注或最近的地区）", "关联标注到(&O)…",
                                 "移除标注的关联(&K)"], seen
    assert seen["labels"] == ["地区", "项目", "金额", "目标"]
    assert spans(store, doc)["55.1亿元"] == (amount, "rejected")


def test_relabel_as_in_the_menu_relabels_the_rows_span(window, store, qtbot):
    doc = window.doc_id
    amount = spans(store, doc)["55.1亿元"][0]
    through_menu(qtbot, right_click(window, row_of(window, amount)), "Relabel a&s › TARGET")
    relabelled = next(a for a in store.annotations(doc) if a.text == "55.1亿元")
    assert (relabelled.label, relabelled.status) == ("TARGET", "accepted")
    assert window.undo_stack.undoText() == "Relabel AMOUNT 55.1亿元 as TARGET"


def test_text_selected_over_another_span_in_the_article_does_not_take_the_rows_place(window, store, qtbot):
    """松元产业园's row selected, then 厦门市's text selected in the article (a drag over it: A would accept
    厦门市), then Accept from the menu of the 松元产业园 row: the row's span is accepted, 厦门市 stays open."""
    doc = window.doc_id
    city = next(a for a in store.annotations(doc) if a.text == "厦门市")
    project = spans(store, doc)["松元产业园"][0]
    window.select_annotation(project)
    window.text_view.select_range(city.start, city.end)
    through_menu(qtbot, right_click(window, row_of(window, project)), "&Accept suggestion")
    assert spans(store, doc)["松元产业园"] == (project, "accepted")
    assert spans(store, doc)["厦门市"] == (city.id, "suggested")
