"""N / P with a filter of the annotation list set and nothing left to find in this document read the
open suggestions of every document the list shows, one by one, until one held a suggestion the
filter lets through: on 5,000 documents one N took ~400 ms (``benchmarks/bench_next_filtered.py``).
The store now names the documents holding one (one query); the others are passed over unread, and
where N goes and what it says are as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.models import Suggestion
from annotator.core.store import Store
from tests.gui.conftest import add_document, type_chinese

TEXT = "厦门市湖里区计划投资55.1亿元。"
FAR = "建设松元产业园。"


@pytest.fixture
def project(tmp_path):
    """Twelve documents with an open DISTRICT each; the tenth one, d10.txt, a PROJECT besides."""
    folder = tmp_path / "project"
    with Store.create(folder) as store:
        for n in range(1, 13):
            text = f"第{n}号。" + TEXT + (FAR if n == 10 else "")
            doc = add_document(store, f"d{n:02d}.txt", text)
            at = text.index("厦门市")
            spans = [Suggestion(at, at + 3, "DISTRICT", "厦门市", {}, 0.8, "", "test")]
            if n == 10:
                start = text.index("松元产业园")
                spans.append(Suggestion(start, start + 5, "PROJECT", "松元产业园", {}, 0.8, "", "test"))
            store.add_suggestions(doc, spans)
    return folder


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_n_and_p_with_a_text_filter_pass_over_the_documents_without_reading_their_spans(
        window, qtbot, monkeypatch):
    names = {d: window.doc_model.name_of(d) for d in window.doc_model.doc_ids()}
    ids = {name: d for d, name in names.items()}
    read: list[str] = []  # the documents whose spans N / P read from the store
    iter_annotations = window.store.iter_annotations

    def counted(doc_id=None, *args, **kwargs):
        read.append(names.get(doc_id, str(doc_id)))
        return iter_annotations(doc_id, *args, **kwargs)

    monkeypatch.setattr(window.store, "iter_annotations", counted)
    edit = window.table_filter.text_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_chinese(edit, "松元")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.text_view.hasFocus)
    assert window.doc_id == ids["d01.txt"]
    press(qtbot, Qt.Key.Key_N)  # nothing here: on to d10.txt, d02–d09 passed over unread
    assert window.doc_id == ids["d10.txt"] and window.form.annotation().text == "松元产业园"
    assert window.statusBar().currentMessage() == (
        "No open suggestions further on in d01.txt: on to d10.txt (the list's filter: “松元”)")
    assert read == ["d10.txt"]  # were d02.txt … d10.txt
    read.clear()
    press(qtbot, Qt.Key.Key_N)  # none other anywhere: back round to it
    assert window.doc_id == ids["d10.txt"] and window.form.annotation().text == "松元产业园"
    assert window.statusBar().currentMessage() == (
        "No open suggestions further on in d10.txt nor in another document: wrapped round to its first one "
        "(the list's filter: “松元”)")
    assert read == []  # were the eleven others
    window.open_document(ids["d12.txt"])
    qtbot.waitUntil(lambda: window.doc_id == ids["d12.txt"])
    window.text_view.setFocus()
    qtbot.waitUntil(window.text_view.hasFocus)
    press(qtbot, Qt.Key.Key_P)  # back to d10.txt past d11.txt
    assert window.doc_id == ids["d10.txt"] and window.form.annotation().text == "松元产业园"
    assert window.statusBar().currentMessage() == (
        "No open suggestions earlier in d12.txt: back to d10.txt (the list's filter: “松元”)")
    assert read == ["d10.txt"]
    read.clear()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_chinese(edit, "无此文字")  # no span holds 松元无此文字
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.text_view.hasFocus)
    press(qtbot, Qt.Key.Key_N)
    assert window.doc_id == ids["d10.txt"]
    assert window.statusBar().currentMessage() == (
        "No more suggestions pass the list's filter (“松元无此文字”); clear it for the others")
    assert read == []  # were the eleven others
    edit.clear()  # no filter: N reads the next document with open suggestions, as before
    window.text_view.setFocus()
    qtbot.waitUntil(window.text_view.hasFocus)
    press(qtbot, Qt.Key.Key_N)
    assert window.doc_id == ids["d11.txt"] and window.form.annotation().text == "厦门市"
