"""Linking by hand a span that is still a suggestion accepts it (and the span it is linked to, and a
range's other end), in the same undo step as the link. Before, L or Ctrl+L stored an accepted link
from a span that stayed "suggested" (the status bar said "still a suggestion: A accepts it"): the
reviewer who chose the span's project by hand had reviewed the span, yet had to press A as well, and
one who did not left a span the exports and the agreement skip with an accepted link from it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.models import Suggestion
from tests.gui.conftest import build_project, open_read_only, open_text, type_chinese
from tests.gui.test_link_chooser import open_chooser

Ctrl = Qt.KeyboardModifier.ControlModifier
RANGE = "今年湖里区计划投资3-5亿元建设松元产业园。\n"


def statuses(store, doc) -> dict[str, str]:
    return {a.text: a.status for a in store.annotations(doc)}


def links_of(store, doc) -> set[tuple[str, str, str, str]]:
    texts = {a.id: a.text for a in store.annotations(doc)}
    return {(texts[k.source_id], k.kind, texts.get(k.target_id, ""), k.status) for k in store.links(doc)}


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_ctrl_l_from_a_suggested_amount_accepts_it_and_its_project_and_ctrl_z_takes_back_all(window, store, qtbot,
                                                                                           agree):
    doc = window.doc_id
    ids = {a.text: a.id for a in store.annotations(doc)}
    assert set(statuses(store, doc).values()) == {"suggested"}
    chooser = open_chooser(window, qtbot, ids["55.1亿元"])
    type_chinese(chooser.filter, "松元")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert links_of(store, doc) == {("55.1亿元", "project", "松元产业园", "accepted")}
    assert statuses(store, doc) == {"厦门市": "suggested", "55.1亿元": "accepted", "松元产业园": "accepted"}
    assert store.annotation(ids["55.1亿元"]).annotator == "tester"
    assert window.statusBar().currentMessage() == ("55.1亿元 linked to project 松元产业园; "
                                                   "suggestion(s) accepted: 55.1亿元、松元产业园")
    assert window.undo_stack.count() == 1  # one step: the link and the accepts
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == [] and set(statuses(store, doc).values()) == {"suggested"}
    assert window.statusBar().currentMessage() == "Undone: Link to a project and accept 2 suggestion(s)"
    press(qtbot, Qt.Key.Key_Y, Ctrl)
    assert links_of(store, doc) == {("55.1亿元", "project", "松元产业园", "accepted")}
    assert statuses(store, doc)["55.1亿元"] == statuses(store, doc)["松元产业园"] == "accepted"
    agree(window)


def test_l_on_a_suggested_end_of_a_range_accepts_both_ends_and_the_project_in_one_step(window, store, qtbot, agree):
    doc = open_text(window, store, qtbot, RANGE, "range.txt")
    store.add_suggestions(doc, [Suggestion(RANGE.index(p), RANGE.index(p) + len(p), label, p, value={})
                                for label, p in (("DISTRICT", "湖里区"), ("AMOUNT", "3"), ("AMOUNT", "5亿元"),
                                                 ("PROJECT", "松元产业园"))])
    press(qtbot, Qt.Key.Key_R, Ctrl)  # what `annotator suggest` wrote, read
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    ids = {a.text: a.id for a in store.annotations(doc)}
    window.undo_stack.clear()
    window.linking.hovered = lambda: window.ann_model.by_id(ids["松元产业园"])
    window.select_annotation(ids["5亿元"])
    press(qtbot, Qt.Key.Key_L)
    assert links_of(store, doc) == {("3", "project", "松元产业园", "accepted"),
                                    ("5亿元", "project", "松元产业园", "accepted")}
    assert statuses(store, doc) == {"湖里区": "suggested", "3": "accepted", "5亿元": "accepted",
                                    "松元产业园": "accepted"}
    said = window.statusBar().currentMessage()
    assert said.startswith("5亿元 linked to project 松元产业园 (with the other end of its range, 3); "
                           "suggestion(s) accepted: "), said
    assert sorted(said.rsplit(": ", 1)[1].split("、")) == sorted(["3", "5亿元", "松元产业园"]), said
    assert window.undo_stack.count() == 1
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == [] and set(statuses(store, doc).values()) == {"suggested"}
    agree(window)


def test_a_read_only_project_refuses_l_on_a_suggestion_and_nothing_changes(window, qtbot, tmp_path, monkeypatch):
    folder = open_read_only(window, build_project(tmp_path / "snapshot"), monkeypatch)
    doc = next(d.id for d in window.store.documents() if d.name == "a.txt")
    window.open_document(doc)
    ids = {r.label: r.id for r in window.ann_model.rows()}
    window.linking.hovered = lambda: window.ann_model.by_id(ids["PROJECT"])
    window.select_annotation(ids["AMOUNT"])
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    assert len(window.errors) == 1 and window.errors[0].startswith(f"{folder}: the project is read-only")
    assert window.store.links(doc) == [] and window.undo_stack.count() == 0
    assert {a.status for a in window.store.annotations(doc)} == {"suggested"}


def test_with_the_adjudication_panel_open_l_links_and_leaves_the_suggestions_to_the_panel(window, store, qtbot):
    """There an accept puts a span into the gold layer (A); a link made beside it accepted it into the
    adjudicator's own layer, a coder the panel would then list."""
    doc = window.doc_id
    ids = {a.text: a.id for a in store.annotations(doc)}
    press(qtbot, Qt.Key.Key_J, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.adjudication.isVisible)
    window.linking.hovered = lambda: window.ann_model.by_id(ids["松元产业园"])
    window.select_annotation(ids["55.1亿元"])
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    assert links_of(store, doc) == {("55.1亿元", "project", "松元产业园", "accepted")}
    assert set(statuses(store, doc).values()) == {"suggested"}
    assert window.statusBar().currentMessage() == "55.1亿元 linked to project 松元产业园"


def test_l_accepting_a_suggested_spans_suggested_links_accepts_the_spans_they_join_in_one_step(window, store,
                                                                                                 qtbot, agree):
    # L with no span under the mouse accepts the span's suggested links: the span stayed "suggested"
    # with accepted links from it (the exports and the agreement skip it), unlike a link chosen by hand
    text = "今年湖里区计划投资55亿元建设松元产业园。\n"
    doc = open_text(window, store, qtbot, text, "plan.txt")
    store.add_suggestions(doc, [Suggestion(text.index(p), text.index(p) + len(p), label, p, value={})
                                for label, p in (("DISTRICT", "湖里区"), ("AMOUNT", "55亿元"),
                                                 ("PROJECT", "松元产业园"))])
    ids = {a.text: a.id for a in store.annotations(doc)}
    store.add_link(ids["55亿元"], "project", ids["松元产业园"], status="suggested", origin="rule")
    press(qtbot, Qt.Key.Key_R, Ctrl)  # what `annotator suggest` wrote, read
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.undo_stack.clear()
    window.linking.hovered = lambda: None
    window.select_annotation(ids["55亿元"])
    press(qtbot, Qt.Key.Key_L)
    assert links_of(store, doc) == {("55亿元", "project", "松元产业园", "accepted")}
    assert statuses(store, doc) == {"湖里区": "suggested", "55亿元": "accepted", "松元产业园": "accepted"}
    assert window.undo_stack.count() == 1
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    assert links_of(store, doc) == {("55亿元", "project", "松元产业园", "suggested")}
    assert set(statuses(store, doc).values()) == {"suggested"}
    agree(window)
