"""The Statistics panel's links line counts the links by status: a rejected link (Shift+L on a
suggested one, or the links of a rejected district) is said as rejected. The line said "Links: 80
(…; 13 open)" where 67 were rejected, which reads as 67 accepted."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Store
from tests.gui.conftest import build_project

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def with_suggested_link(folder, name, amount, district):
    """The window's three documents in ``folder``, the amount of document ``name`` with a suggested link to its
    district."""
    build_project(folder)
    with Store.open(folder) as store:
        spans = {a.text: a.id for a in store.annotations(store.document_id_by_name(name))}
        store.add_link(spans[amount], "district", spans[district], status="suggested", origin="test", reason="test")
    return folder


@pytest.fixture
def project(tmp_path):
    """The window's three documents, a.txt's amount with a suggested link to its district."""
    return with_suggested_link(tmp_path / "project", "a.txt", "55.1亿元", "厦门市")


def test_the_links_line_says_how_many_are_accepted_open_and_rejected(window, store, qtbot):
    panel, view = window.statistics, window.text_view
    qtbot.keyClick(view, Qt.Key.Key_S, Ctrl | Shift)
    assert panel.isVisible()
    qtbot.waitUntil(lambda: panel.doc_links.text() == "Links: 1 (1 to a district, 0 to a project; "
                                                      "0 accepted, 1 open, 0 rejected)")
    amount = next(a for a in store.annotations(window.doc_id) if a.text == "55.1亿元")
    window.select_annotation(amount.id)
    qtbot.keyClick(view, Qt.Key.Key_L, Shift)  # its suggested link rejected
    assert [k.status for k in store.links_from(amount.id)] == ["rejected"]
    qtbot.waitUntil(lambda: panel.doc_links.text() == "Links: 1 (1 to a district, 0 to a project; "
                                                      "0 accepted, 0 open, 1 rejected)")
    qtbot.waitUntil(lambda: panel.project_links.text().endswith("0 accepted, 0 open, 1 rejected)"))
