"""A digit in the Adjudication panel says in the status bar what it decided, as Take all agreed says
what it took. It said nothing: a message of before ("Reloaded: the project was changed by another
program") stayed standing while the panel's Decision column changed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.models import Suggestion
from annotator.core.store import Store
from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def project(tmp_path):
    """ann and bo disagree on 湖里区/湖里; bo alone marked the project."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        a = add_document(store, "a.txt", TEXT)
        for start, end, label, coder in [(0, 3, "DISTRICT", "ann"), (0, 2, "DISTRICT", "bo"),
                                         (13, 18, "PROJECT", "bo")]:
            store.add_annotation(a, start, end, label, annotator=coder)
        add_document(store, "b.txt", "集美区新增企业20家。")
        store.add_annotation(2, 0, 3, "DISTRICT", annotator="ann")
        store.add_annotation(2, 0, 2, "DISTRICT", annotator="bo")
    return folder


def test_a_digit_says_what_it_decided_in_the_status_bar(window, store, qtbot):
    window.open_document(store.document_id_by_name("a.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)  # View › Adjudication: the table has the keys
    panel = window.adjudication
    qtbot.waitUntil(lambda: panel.table.hasFocus())
    doc = store.document_id_by_name("a.txt")  # annotator suggest, from the command line
    store.add_suggestions(doc, [Suggestion(5, 11, "AMOUNT", "55.1亿元", {}, 0.9, "rule", "amount")])
    assert window.reloading.check()
    bar = window.statusBar()
    assert bar.currentMessage() == "Reloaded: the project was changed by another program"
    qtbot.keyClick(panel.table, Qt.Key.Key_1)  # ann's 湖里区
    assert bar.currentMessage() == "Took ann's version of “湖里区” into layer gold."
    qtbot.keyClick(panel.table, Qt.Key.Key_1)  # ann marked no project: none of the versions
    assert bar.currentMessage() == "Took none of the versions of “松元产业园”: rejected in layer gold."
    assert sorted((a.text, a.status) for a in store.annotations() if a.annotator == "gold") == [
        ("松元产业园", "rejected"), ("湖里区", "accepted")]
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() == "标注工程(&P)")
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_2)  # b.txt, opened by the decision before: bo's 集美
        assert bar.currentMessage() == "已将 bo 对“集美区”的版本采纳到层 gold。此后没有待裁定的分歧"  # the last
    finally:
        window.commands.set_language("en")
