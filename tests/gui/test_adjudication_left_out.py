"""The Adjudication panel in a team whose coders share the documents out (each coded by two of three): the
column of a coder not handed the open document said "—" in every row, and their digit took that "version",
none of them, into the gold layer without a word (the lead pressed 1 for the first version shown and
rejected li's and wang's spans). Their column now says they did not code the document, and their digit
takes nothing there and says so."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Store
from tests.gui.conftest import add_document
from tests.gui.languages import language  # noqa: F401 (a fixture)
from tests.gui.panels import open_adjudication

A_TEXT = "湖里区投资55.1亿元建设松元产业园。"
B_TEXT = "集美区新增企业20家。"


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        a, b = add_document(store, "a.txt", A_TEXT), add_document(store, "b.txt", B_TEXT)
        store.add_annotation(a, 0, 3, "DISTRICT", annotator="li")
        store.add_annotation(a, 0, 2, "DISTRICT", annotator="wang")
        store.add_annotation(b, 0, 3, "DISTRICT", annotator="zhao")  # zhao coded b.txt, not a.txt
        store.add_annotation(b, 0, 3, "DISTRICT", annotator="wang")
    return folder


def test_the_digit_of_a_coder_who_did_not_code_the_document_takes_nothing(window, store, qtbot, language):  # noqa: F811
    window.open_document(store.document_id_by_name("a.txt"))
    panel = open_adjudication(window, qtbot)
    assert panel.model.coders == ["li", "wang", "zhao"] and panel.model.rowCount() == 1
    said = "未编码此文档" if language == "zh_CN" else "did not code this document"
    assert panel.model.index(0, 4).data() == said
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert [a for a in store.annotations() if a.annotator == "gold"] == []
    assert window.statusBar().currentMessage().startswith("zhao " + ("未编码此文档" if language == "zh_CN"
                                                                     else "did not code this document"))
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert [(a.start, a.end, a.status) for a in store.annotations() if a.annotator == "gold"] == [(0, 3, "accepted")]
