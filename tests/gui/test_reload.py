"""Two writers: what another program saved shows up when the window reloads (Ctrl+R)."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_ctrl_r_shows_edits_made_by_another_program(window, store, qtbot, agree):
    text = window.text_view.text
    start = text.index("集美区")
    store.add_annotation(window.doc_id, start, start + 3, "DISTRICT", annotator="other")  # the other side
    assert all(a.text != "集美区" for a in window.ann_model.annotations())
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    shown = [a for a in window.ann_model.annotations() if a.text == "集美区"]
    assert [(a.start, a.annotator) for a in shown] == [(start, "other")]
    agree(window)


def test_suggest_on_import_is_a_remembered_menu_option(window):
    action = window.actions["suggest_on_import"]
    before = window.settings.suggest_on_import
    assert action.isChecked() == before
    action.trigger()
    assert window.settings.suggest_on_import is (not before)
    action.trigger()
    assert window.settings.suggest_on_import is before


def test_ctrl_r_counts_the_documents_spans_again_only_when_the_project_changed(window, store, qtbot, monkeypatch):
    """Counting every document's spans was 100 ms of each Ctrl+R's 200 on 475,000 spans."""
    from annotator.core.store import Store

    counted = []
    count = Store.document_counts
    monkeypatch.setattr(Store, "document_counts", lambda self: counted.append(1) or count(self))
    ctrl_r = (window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(*ctrl_r)
    qtbot.keyClick(*ctrl_r)
    assert counted == []  # nothing written since the project was opened: the list's counts stand
    before = window.doc_model.counts(window.doc_id)["accepted"]
    start = window.text_view.text.index("集美区")
    store.add_annotation(window.doc_id, start, start + 3, "DISTRICT", annotator="other")  # another program
    qtbot.keyClick(*ctrl_r)
    assert counted == [1] and window.doc_model.counts(window.doc_id)["accepted"] == before + 1
    window.store.add_annotation(window.doc_id, 0, 1, "PROJECT", status="rejected")  # this window's own write
    qtbot.keyClick(*ctrl_r)
    assert counted == [1, 1] and window.doc_model.counts(window.doc_id)["rejected"] >= 1
