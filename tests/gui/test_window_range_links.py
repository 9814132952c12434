"""A range of money (3-5亿元: two amounts, one fact) linked by hand in the window: L or Ctrl+L on
one end links the other end too, one undo step; Shift+L on one end removes the links of both."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text

Shift = Qt.KeyboardModifier.ShiftModifier
Ctrl = Qt.KeyboardModifier.ControlModifier
TEXT = "今年湖里区计划投资3-5亿元建设松元产业园。\n"
SPANS = [("DISTRICT", "湖里区"), ("AMOUNT", "3"), ("AMOUNT", "5亿元"), ("PROJECT", "松元产业园")]


def range_project(window, store, qtbot) -> tuple[int, dict[str, int]]:
    doc = open_text(window, store, qtbot, TEXT, "range.txt")
    ids = {piece: window.ops.add_span(doc, TEXT.index(piece), TEXT.index(piece) + len(piece), label)
           .changes[0].after.id for label, piece in SPANS}
    window.undo_stack.clear()
    return doc, ids


def links_of(store, doc) -> set[tuple[int, str, int | None]]:
    return {(k.source_id, k.kind, k.target_id) for k in store.links(doc) if k.status == "accepted"}


def test_l_on_the_upper_end_links_both_ends_to_the_project_and_ctrl_z_unlinks_both(window, store, qtbot, agree):
    doc, ids = range_project(window, store, qtbot)
    view = window.text_view
    window.linking.hovered = lambda: window.ann_model.by_id(ids["松元产业园"])
    window.select_annotation(ids["5亿元"])
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert links_of(store, doc) == {(ids["3"], "project", ids["松元产业园"]),
                                    (ids["5亿元"], "project", ids["松元产业园"])}
    assert window.undo_stack.count() == 1
    said = window.statusBar().currentMessage()
    assert "5亿元 linked to project 松元产业园" in said and "the other end of its range, 3" in said, said
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == []
    qtbot.keyClick(view, Qt.Key.Key_Y, Ctrl)
    assert len(links_of(store, doc)) == 2
    window.select_annotation(ids["3"])  # Shift+L on the other end takes both away
    qtbot.keyClick(view, Qt.Key.Key_L, Shift)
    assert store.links(doc) == []
    said = window.statusBar().currentMessage()  # it said nothing: the key seemed to do nothing
    assert "Links of 3 removed" in said and "the other end of its range, 5亿元" in said, said
    qtbot.keyClick(view, Qt.Key.Key_L, Shift)
    assert window.statusBar().currentMessage() == "3 has no links to remove"
    agree(window)


def test_ctrl_l_on_the_lower_end_links_both_ends_to_the_chosen_district(window, store, qtbot, agree):
    doc, ids = range_project(window, store, qtbot)
    window.select_annotation(ids["3"])
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Ctrl)
    chooser = window.linking.chooser
    # the district of its clause, nearer than the project after the range, first
    assert chooser is not None and [c.text for c in chooser.shown()] == ["湖里区", "松元产业园"]
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert links_of(store, doc) == {(ids["3"], "district", ids["湖里区"]), (ids["5亿元"], "district", ids["湖里区"])}
    assert window.undo_stack.count() == 1
    agree(window)
