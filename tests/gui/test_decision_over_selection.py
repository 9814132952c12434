"""A, X and Delete with text selected in the article (Help › First steps: "N goes to the next
suggestion, A or Enter accepts it, X rejects it; select text and press 1–4 to label it").

A newcomer dragged over a suggestion's text and pressed A: nothing happened and nothing was said;
with the suggestion N had chosen, A accepted it and the text stayed selected, so the next label key
labelled that old selection again — a second span over the one just accepted, not a relabel of it.
Now a selection over the span the key decides has been used and goes; one exactly over another span
chooses that span; one elsewhere stays for a label key; with nothing to decide the status bar says how."""
from __future__ import annotations

from PySide6.QtCore import Qt


def _spans(store, window) -> list[tuple[str, str, str]]:
    return sorted((a.text, a.label, a.status) for a in store.annotations(window.doc_id))


def test_a_then_a_label_key_relabels_the_span_accepted_not_the_old_selection(window, store, qtbot):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # 厦门市, a DISTRICT suggestion
    assert window.ann_model.by_id(window.selected_id).text == "厦门市"
    view.select_range(0, 3)  # its text dragged over
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert ("厦门市", "DISTRICT", "accepted") in _spans(store, window)
    assert not view.textCursor().hasSelection()  # used
    qtbot.keyClick(view, Qt.Key.Key_2)  # PROJECT after all: the span relabelled, none added beside it
    assert [s for s in _spans(store, window) if s[0] == "厦门市"] == [("厦门市", "PROJECT", "accepted")]


def test_a_over_a_suggestions_text_accepts_that_suggestion(window, store, qtbot):
    """Nothing chosen (or another span chosen): the suggestion whose text is selected exactly."""
    view = window.text_view
    start = view.text.index("松元产业园")
    view.select_range(start, start + 5)
    assert window.selected_id is None
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert ("松元产业园", "PROJECT", "accepted") in _spans(store, window)
    assert window.ann_model.by_id(window.selected_id).text == "松元产业园"
    assert not view.textCursor().hasSelection()
    start = view.text.index("55.1亿元")  # 松元产业园 chosen; then 55.1亿元's text selected: X rejects 55.1亿元
    view.select_range(start, start + len("55.1亿元"))
    qtbot.keyClick(view, Qt.Key.Key_X)
    spans = _spans(store, window)
    assert ("55.1亿元", "AMOUNT", "rejected") in spans and ("松元产业园", "PROJECT", "accepted") in spans


def test_a_with_nothing_chosen_says_so_and_keeps_the_selection_for_a_label_key(window, store, qtbot):
    view = window.text_view
    before = _spans(store, window)
    start = view.text.index("湖里区")
    view.select_range(start, start + 3)  # no span's text
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert _spans(store, window) == before
    said = window.statusBar().currentMessage()
    assert "No span selected" in said and "1–4" in said, said
    assert view.selection_cp() == (start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert ("湖里区", "DISTRICT", "accepted") in _spans(store, window)


def test_a_selection_elsewhere_stays_for_a_label_key(window, store, qtbot):
    """A decides the span chosen (README: "accept … the selected span"); the text selected beside it,
    no span's, is the user's next label."""
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # 厦门市
    start = view.text.index("湖里区")
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert ("厦门市", "DISTRICT", "accepted") in _spans(store, window)
    assert view.selection_cp() == (start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert ("湖里区", "DISTRICT", "accepted") in _spans(store, window)
