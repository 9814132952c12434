"""The demo project in the window: its amounts come with suggested links, and L accepts them."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.demo import ensure_demo


@pytest.fixture
def project(tmp_path) -> Path:  # the window fixture opens the demo, as built on a first start
    return ensure_demo(tmp_path / "demo")


def test_l_on_a_demo_amount_accepts_its_suggested_link(window, store, qtbot):
    doc = window.doc_id
    amounts = [a for a in store.annotations(doc) if a.label == "AMOUNT"]
    amount = next(a for a in amounts if any(k.status == "suggested" for k in store.links_from(a.id)))
    (link,) = [k for k in store.links_from(amount.id) if k.status == "suggested"]
    stats = window.statistics
    stats.show()
    qtbot.waitUntil(lambda: "Links: 0" not in stats.project_links.text() and "open)" in stats.project_links.text())
    window.select_annotation(amount.id)
    assert "(suggested" in window.form.links_label.text()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    (after,) = store.links_from(amount.id)
    assert (after.id, after.kind, after.target_id, after.status, after.annotator) == (
        link.id, link.kind, link.target_id, "accepted", "tester")
    assert "(suggested" not in window.form.links_label.text()
