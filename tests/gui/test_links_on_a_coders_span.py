"""Links made by hand with the Adjudication panel closed never write into another coder's layer: L or
Ctrl+L (Link to…) from or to li's span links the reviewer's own copy of it (made in their layer, as
their other edits of li's span are: one Ctrl+Z removes it with the link), and the status bar says so;
L accepting li's suggested links and Shift+L removing li's links leave them, said as X's refusal is.
Before, tester's link pointed at li's DISTRICT (stored in tester's layer, into li's), and a link made
from li's AMOUNT replaced li's own district link."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_chinese
from tests.gui.test_link_chooser import open_chooser
from tests.team_layers import as_merged

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def add_lis(store, doc, text, label, **fields):
    """li's accepted span, li one of the project's coders (as a merge records them)."""
    as_merged(store, "li")
    start = store.document(doc).text.index(text)
    return store.add_annotation(doc, start, start + len(text), label, status="accepted", annotator="li",
                                **fields).annotation_changes[0].after


def links_of_tester(store, doc):
    """(source, kind, target, the target's annotator) of the links from tester's spans."""
    spans = {a.id: a for a in store.annotations(doc)}
    return {(spans[k.source_id].text, k.kind, spans[k.target_id].text, spans[k.target_id].annotator)
            for k in store.links(doc) if spans[k.source_id].annotator == "tester" and k.target_id in spans}


def reread(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)  # the spans added beside the window, read
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker


def test_l_to_a_coders_district_links_the_reviewers_own_copy_and_ctrl_z_removes_it(window, store, qtbot, agree):
    doc = window.doc_id
    li = add_lis(store, doc, "湖里区", "DISTRICT", value={"name": "湖里区", "code": "350206"})
    reread(window, qtbot)
    window.undo_stack.clear()
    amount = next(a.id for a in store.annotations(doc) if a.text == "55.1亿元")
    window.linking.hovered = lambda: window.ann_model.by_id(li.id)
    window.select_annotation(amount)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    assert store.annotation(li.id) == li and store.linked_from(li.id) == []
    assert links_of_tester(store, doc) == {("55.1亿元", "district", "湖里区", "tester")}
    said = window.statusBar().currentMessage()
    assert said.startswith("55.1亿元 linked to district 湖里区"), said
    assert said.endswith("; li's spans stay theirs: the link joins your own copies (湖里区), in your layer "
                         "(Ctrl+Z takes them back)"), said
    assert window.undo_stack.count() == 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == [] and [a.annotator for a in store.annotations(doc) if a.text == "湖里区"] == ["li"]
    agree(window)


def test_ctrl_l_from_a_coders_amount_leaves_its_links_and_links_the_reviewers_copy(window, store, qtbot, agree):
    doc = window.doc_id
    district = add_lis(store, doc, "湖里区", "DISTRICT")
    mine = add_lis(store, doc, "55.1亿元", "AMOUNT")
    store.add_link(mine.id, "district", district.id, annotator="li")
    lis_links = store.links(doc)
    reread(window, qtbot)
    chooser = open_chooser(window, qtbot, mine.id)
    type_chinese(chooser.filter, "松元")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert [k for k in store.links(doc) if k.source_id == mine.id] == lis_links  # li's district link as li left it
    assert store.annotation(mine.id) == mine
    assert links_of_tester(store, doc) == {("55.1亿元", "project", "松元产业园", "tester")}  # the suggestion accepted
    copy = window.ann_model.by_id(window.selected_id)
    assert copy is not None and (copy.annotator, copy.text) == ("tester", "55.1亿元")  # shown in the form
    agree(window)


def test_shift_l_and_l_on_a_coders_links_leave_them_and_say_where_they_are_changed(window, store, qtbot):
    doc = window.doc_id
    district = add_lis(store, doc, "湖里区", "DISTRICT")
    mine = add_lis(store, doc, "55.1亿元", "AMOUNT")
    store.add_link(mine.id, "district", district.id, annotator="li", status="suggested")
    before = store.links(doc)
    reread(window, qtbot)
    window.linking.hovered = lambda: None
    window.select_annotation(mine.id)
    for key, modifier in ((Qt.Key.Key_L, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_L, Shift)):
        window.statusBar().clearMessage()
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        assert store.links(doc) == before and store.annotation(mine.id) == mine
        assert window.statusBar().currentMessage().startswith("li's span stays as they left it: a coder's decisions "
                                                              "are changed in adjudication")
