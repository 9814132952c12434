"""The demo's reviewed spans (layer ``demo``) are the user's to edit in place: the demo has no coders
(``Store.coders``), and the rule that keeps another coder's span theirs holds for a project's coders only.
Taken for a coder's (any name other than the user's), L on a demo amount did nothing or linked copies made
beside the demo's spans, and a note typed on a demo span went to a copy of it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.demo import ensure_demo
from tests.gui.test_spans_of_no_coder import type_note


@pytest.fixture
def project(tmp_path) -> Path:  # the window fixture opens the demo, as built on a first start
    return ensure_demo(tmp_path / "demo")


def test_l_links_a_demo_amount_to_a_demo_district_in_place(window, store, qtbot):
    doc = window.doc_id
    spans = store.annotations(doc)
    amount = next(a for a in spans if a.label == "AMOUNT" and a.annotator == "demo")
    district = next(a for a in spans if a.label == "DISTRICT" and a.annotator == "demo"
                    and a.id not in {k.target_id for k in store.links_from(amount.id)})
    window.linking.hovered = lambda: window.ann_model.by_id(district.id)
    window.select_annotation(amount.id)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    assert window.errors == []
    assert [(k.kind, k.target_id, k.status) for k in store.links_from(amount.id) if k.status != "rejected"] == [
        ("district", district.id, "accepted")]
    assert len(store.annotations(doc)) == len(spans) and store.coders() == ()  # no copy made
    said = window.statusBar().currentMessage()
    assert said.startswith(f"{amount.text} linked to district {district.text}") and "copies" not in said, said


def test_l_on_a_demo_amount_with_its_suggested_link_accepts_it(window, store, qtbot):
    amount = next(a for a in store.annotations(window.doc_id) if a.label == "AMOUNT" and a.annotator == "demo"
                  and any(k.status == "suggested" for k in store.links_from(a.id)))
    window.select_annotation(amount.id)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    assert [k.status for k in store.links_from(amount.id)] == ["accepted"]


def test_a_note_typed_on_a_demo_span_stays_on_it(window, store, qtbot):
    spans = store.annotations(window.doc_id)
    district = next(a for a in spans if a.label == "DISTRICT" and a.annotator == "demo")
    window.select_annotation(district.id)
    type_note(window, qtbot, "check")
    assert window.errors == []
    assert store.annotation(district.id).note == "check" and len(store.annotations(window.doc_id)) == len(spans)
    assert "copy" not in window.statusBar().currentMessage()
