"""A selection over another coder's accepted span of a label, then that label's key, with the Adjudication
panel closed: the reviewer's own span in their own layer, the coder's left as it is. It reshaped the coder's
span and moved it into the reviewer's layer (li's 湖里区 became tester's: agreement and adjudication lost li's
decision). A suggestion (the program's, or the reviewer's) and the reviewer's own span are still reshaped."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.team_layers import merged_copy

Ctrl = Qt.KeyboardModifier.ControlModifier


def lis(store, doc_id):
    """li's accepted DISTRICT 湖里区, merged from li's copy (li one of the project's coders)."""
    return merged_copy(store, "li", doc_id, [(3, 6, "DISTRICT", {})])[0]


def layers(store, doc_id):
    return sorted((a.annotator, a.start, a.end, a.text, a.status) for a in store.annotations(doc_id)
                  if a.label == "DISTRICT")


@pytest.mark.parametrize("selected", [(3, 6), (3, 5), (3, 7)], ids=["same", "narrower", "wider"])
def test_a_selection_over_a_coders_span_makes_the_reviewers_own_and_leaves_the_coders(
        window, store, qtbot, agree, selected):
    view = window.text_view
    li = lis(store, window.doc_id)
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)  # the window reads it
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    view.select_range(*selected)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    assert window.errors == []
    assert store.annotation(li.id) == li  # li's decision, as li made it
    text = view.text[selected[0]:selected[1]]
    assert layers(store, window.doc_id) == sorted([
        ("", 0, 3, "厦门市", "suggested"), ("li", 3, 6, "湖里区", "accepted"),
        ("tester", *selected, text, "accepted")])
    mine = next(a for a in store.annotations(window.doc_id) if a.annotator == "tester")
    assert window.selected_id == mine.id
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert layers(store, window.doc_id) == [("", 0, 3, "厦门市", "suggested"), ("li", 3, 6, "湖里区", "accepted")]
    agree(window)


def test_a_selection_over_a_coders_span_and_a_suggestion_reshapes_the_suggestion(window, store, qtbot, agree):
    view = window.text_view
    li = lis(store, window.doc_id)
    suggestion = next(a for a in store.annotations(window.doc_id) if a.text == "厦门市")
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    view.select_range(0, 6)  # 厦门市湖里区: the program's 厦门市 and li's 湖里区
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.errors == []
    assert store.annotation(li.id) == li
    a = store.annotation(suggestion.id)
    assert (a.text, a.status, a.annotator) == ("厦门市湖里区", "accepted", "tester")
    assert len(layers(store, window.doc_id)) == 2
    agree(window)


def test_a_selection_over_the_reviewers_own_span_still_reshapes_it(window, store, qtbot, agree):
    view = window.text_view
    li = lis(store, window.doc_id)
    view.select_range(3, 6)
    qtbot.keyClick(view, Qt.Key.Key_1)  # tester's 湖里区 (before li's is read in)
    mine = next(a for a in store.annotations(window.doc_id) if a.annotator == "tester")
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    view.select_range(3, 7)  # 湖里区计: tester's own span takes the new boundaries, li's stays
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.errors == []
    assert store.annotation(li.id) == li
    a = store.annotation(mine.id)
    assert (a.start, a.end, a.status, a.annotator) == (3, 7, "accepted", "tester")
    assert len(layers(store, window.doc_id)) == 3
    agree(window)


@pytest.mark.parametrize("who", ["", "someone"], ids=["no-ones-name", "a-name-no-coders"])
def test_a_span_of_no_ones_name_is_reshaped_into_the_users_layer(window, store, qtbot, agree, who):
    """A solo project's span made before the user gave a name (its annotator empty), or under a name that is
    none of the project's coders (``annotator review --accept --annotator someone``), is the user's to
    reshape: a wider selection took it, not a second span of that label beside it."""
    view = window.text_view
    before = store.add_annotation(window.doc_id, 3, 6, "DISTRICT", status="accepted",
                                  annotator=who).annotation_changes[0].after
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    view.select_range(3, 7)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.errors == []
    a = store.annotation(before.id)
    assert (a.start, a.end, a.status, a.annotator) == (3, 7, "accepted", "tester")
    assert len(layers(store, window.doc_id)) == 2  # the program's 厦门市 and this one
    agree(window)
