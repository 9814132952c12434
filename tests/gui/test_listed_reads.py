"""The documents the list shows (``DocumentPanel.listed_ids``), asked by each N / P and by
*Hand out a package*, read every row of the list's filter (5,000 rows: 20–150 ms an N); and the
hand-out dialog asked them again for each document of the project (5,000 documents: minutes before
the dialog showed, 1.9 s with 100 listed). All of them are now given unread while the list hides
none, and the hand-out asks once."""
from __future__ import annotations

import zipfile

from annotator.gui.widgets.document_panel import DocumentPanel
from tests.gui.test_team_window import hand_out, shown  # noqa: F401  (a fixture)


def test_the_documents_listed_are_given_without_reading_a_row_while_the_list_hides_none(window, qtbot, monkeypatch):
    panel, rows_read = window.panel, []
    index = panel.proxy.index
    monkeypatch.setattr(panel.proxy, "index", lambda *a: (rows_read.append(a[0]), index(*a))[1])
    assert panel.listed_ids() == set(window.doc_model.doc_ids()) and len(window.doc_model.doc_ids()) == 3
    assert rows_read == []  # was [0, 1, 2]
    panel.filter_edit.setText("a.txt")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    rows_read.clear()
    assert panel.listed_ids() == {window.doc_model.doc_ids()[0]} and rows_read == [0]


def test_handing_out_asks_once_which_documents_the_list_shows(window, tmp_path, monkeypatch, shown, qtbot):  # noqa: F811
    window.panel.filter_edit.setText("a.txt")
    qtbot.waitUntil(lambda: window.panel.proxy.rowCount() == 1)
    asked = []
    listed_ids = DocumentPanel.listed_ids
    monkeypatch.setattr(DocumentPanel, "listed_ids", lambda self: (asked.append(1), listed_ids(self))[1])
    out = tmp_path / "li.zip"
    hand_out(monkeypatch, window, out, "li", listed=True)
    assert len(asked) == 1  # was once for each of the three documents
    assert zipfile.ZipFile(out).namelist()[0].startswith("li/") and "a project of 1 document(s)" in shown[0]
