"""L with the mouse over the project (or district) a span is already linked to: the status bar says it
is linked to it already. Before, the key changed nothing and said nothing, as if it had not been
pressed; a coder checking a link by pressing L again could not tell."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import type_chinese
from tests.gui.test_link_chooser import open_chooser


def press_l(window, qtbot, source_id, target_id) -> None:
    window.linking.hovered = lambda: window.ann_model.by_id(target_id)
    window.select_annotation(source_id)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)


def test_l_over_the_project_a_span_is_linked_to_says_so(window, store, qtbot):
    doc = window.doc_id
    ids = {a.text: a.id for a in store.annotations(doc)}
    press_l(window, qtbot, ids["55.1亿元"], ids["松元产业园"])
    assert window.statusBar().currentMessage().startswith("55.1亿元 linked to project 松元产业园")
    window.statusBar().clearMessage()
    links, steps = store.links(doc), window.undo_stack.count()
    press_l(window, qtbot, ids["55.1亿元"], ids["松元产业园"])
    assert window.statusBar().currentMessage() == "55.1亿元 is already linked to project 松元产业园"
    assert store.links(doc) == links and window.undo_stack.count() == steps  # nothing written, no empty step
    window.statusBar().clearMessage()
    chooser = open_chooser(window, qtbot, ids["55.1亿元"])  # Ctrl+L, the same project chosen
    type_chinese(chooser.filter, "松元")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "55.1亿元 is already linked to project 松元产业园"
    press_l(window, qtbot, ids["55.1亿元"], ids["厦门市"])
    assert window.statusBar().currentMessage().startswith("55.1亿元 linked to district 厦门市")
    press_l(window, qtbot, ids["55.1亿元"], ids["厦门市"])
    assert window.statusBar().currentMessage() == "55.1亿元 is already linked to district 厦门市"


def test_in_chinese_the_status_bar_says_it_in_chinese(window, store, qtbot):
    doc = window.doc_id
    ids = {a.text: a.id for a in store.annotations(doc)}
    press_l(window, qtbot, ids["55.1亿元"], ids["松元产业园"])
    window.commands.set_language("zh_CN")
    try:
        press_l(window, qtbot, ids["55.1亿元"], ids["松元产业园"])
        assert window.statusBar().currentMessage() == "55.1亿元 早已关联到项目 松元产业园，未作更改"
    finally:
        window.commands.set_language("en")
