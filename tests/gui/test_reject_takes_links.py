"""X on a span with accepted links: its links concern nothing now (an export skips a rejected span, yet a
fact linked to a rejected district was placed there): the accepted links from and to it are removed and
its suggested ones rejected, in the same undo step; Ctrl+Z brings the span and its links back."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

Ctrl = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def test_x_on_a_linked_district_takes_its_links_and_ctrl_z_brings_them_back(window, store, qtbot):
    doc = window.doc_id
    district, amount, project = (by_text(store, doc, t) for t in ("厦门市", "55.1亿元", "松元产业园"))
    window.select_annotation(amount.id)
    window.text_view.setFocus()
    window.linking.hovered = lambda: None  # L: the nearest district, 厦门市
    press(qtbot, Qt.Key.Key_L)
    window.linking.hovered = lambda: window.ann_model.by_id(project.id)  # L over the project
    press(qtbot, Qt.Key.Key_L)
    linked = sorted((k.source_id, k.kind, k.target_id, k.status) for k in store.links(doc))
    assert linked == sorted([(amount.id, "district", district.id, "accepted"),
                             (amount.id, "project", project.id, "accepted")])
    window.select_annotation(district.id)
    assert "linked from: " in window.form.links_label.text()
    press(qtbot, Qt.Key.Key_X)
    assert store.annotation(district.id).status == "rejected"
    assert [(k.kind, k.target_id) for k in store.links(doc)] == [("project", project.id)]  # the district's went
    window.select_annotation(amount.id)
    assert "district:" not in window.form.links_label.text()
    press(qtbot, Qt.Key.Key_Z, Ctrl)  # one step: the span and its link
    assert store.annotation(district.id).status == "accepted"
    assert sorted((k.source_id, k.kind, k.target_id, k.status) for k in store.links(doc)) == linked
    assert window.statusBar().currentMessage().startswith("Undone: Reject")
    window.select_annotation(amount.id)
    assert "district: 厦门市" in window.form.links_label.text()
