"""F5 (Run suggestions) on the whole project passes over the documents already suggested with the
same settings, as ``annotator suggest`` does, except the document open, which always runs; the
status bar says how many were skipped."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.conftest import build_project

TEXTS = {f"{n}.txt": f"第{n}篇：厦门市湖里区投资{n}亿元建设松元产业园。" for n in (1, 2, 3)}


@pytest.fixture
def project(tmp_path):
    return build_project(tmp_path / "project", TEXTS)


def suggested(store, doc_id):
    return [a for a in store.annotations(doc_id) if a.status == "suggested"]


def test_f5_again_skips_the_documents_done_but_runs_the_one_open(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    open_doc = window.doc_id
    other = next(d.id for d in store.documents() if d.id != open_doc)
    assert sorted(store.suggest_records()) == [d.id for d in store.documents()]
    assert suggested(store, open_doc) and suggested(store, other)
    assert "skipped" not in window.statusBar().currentMessage()
    gone = [a.id for a in suggested(store, open_doc)[:1] + suggested(store, other)[:1]]
    store.delete_annotations(gone)  # as a script would: no rejection, so a run proposes them again
    before_other = len(suggested(store, other))
    window.activateWindow()  # offscreen, the progress dialog closed leaves no window active
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    assert "skipped 2 document(s) already suggested with these settings" in window.statusBar().currentMessage()
    assert len(suggested(store, other)) == before_other  # skipped: its deleted suggestion stays gone
    assert {a.id for a in suggested(store, open_doc)}.isdisjoint(gone) and len(
        suggested(store, open_doc)) == len(suggested(store, other)) + 1  # the open one ran again


def test_the_status_bar_says_the_new_links_without_the_rules_that_found_them(window, store, qtbot):
    # "… new link suggestion(s) (jurisdiction 3, nested 3)": the rules' names mean nothing to a newcomer,
    # and the line ran past the status bar
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    said = window.statusBar().currentMessage()
    assert "new link suggestion(s) —" in said or "new link suggestion(s);" in said, said
    assert "jurisdiction" not in said and "nested" not in said, said


def test_the_status_bar_says_the_documents_once_for_the_spans_and_the_links(window, store, qtbot):
    # "1 document(s): 5 new suggestion(s) (…); 1 document(s): 3 new link suggestion(s)": the count said twice
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    said = window.statusBar().currentMessage()
    assert said.count("document(s)") == 1 and re.search(r"\); [\d,]+ new link suggestion\(s\)", said), said
