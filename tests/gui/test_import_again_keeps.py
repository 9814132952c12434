"""*Import again* in the encoding dialog removed the document and then imported the file: a failure in
between lost the document and its spans, and accepted spans went without a word. Now the window asks,
naming how many accepted spans would go, before anything is written; the document is replaced in one
write that keeps the accepted spans still read alike, and a failure leaves it as it was."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.errors import DiskWriteError
from annotator.core.store import Store
from annotator.gui import tasks
from annotator.gui.dialogs.encoding_dialog import EncodingDialog
from tests.gui.test_import_encoding_choice import pick

TEXT = "Amt Bonn plant Neubau.\nStraßenbau in Köln für 5 Mio. Euro geplant.\n" * 30  # GB18030 reads it too


def _mine(store):
    (doc,) = [d for d in store.documents() if d.source_path.endswith("w.txt")]
    return doc


def _import_again(window, store, tmp_path, monkeypatch, answer: QMessageBox.StandardButton, fail=None):
    """The file imported (its encoding guessed); while the dialog is open, two spans accepted on its
    document (one that reads alike in GB18030, one that does not); GB18030 chosen and Import again
    clicked; the question answered with ``answer`` by a click. What the message boxes said."""
    monkeypatch.setattr(tasks, "SYNC", True)
    monkeypatch.setattr(window, "confirm", window._ask_yes_no)  # the real question, clicked below
    window.settings.suggest_on_import = False
    path = tmp_path / "w.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    seen: list[str] = []

    def look() -> None:
        top = QApplication.activeModalWidget()
        if isinstance(top, QMessageBox) and top.isVisible():
            seen.append(top.text())
            button = top.button(answer) or top.button(QMessageBox.StandardButton.Ok)
            button.click()
        elif isinstance(top, EncodingDialog) and top.isVisible() and not top.property("answered"):
            top.setProperty("answered", True)
            doc = _mine(store)
            store.add_annotation(doc.id, 4, 8, "DISTRICT")  # "Bonn": the same in both readings
            köln = TEXT.index("Köln")
            store.add_annotation(doc.id, köln, köln + 4, "DISTRICT")
            if fail is not None:
                monkeypatch.setattr(Store, "_forget_suggested", fail)  # a step after the text is written
            pick("GB18030")(top)

    timer = QTimer(interval=20)
    timer.timeout.connect(look)
    timer.start()
    try:
        window.commands.import_paths([str(path)])
    finally:
        timer.stop()
    return seen


def test_the_window_says_how_many_accepted_spans_go_and_no_keeps_the_document(window, store, tmp_path,
                                                                                monkeypatch):
    seen = _import_again(window, store, tmp_path, monkeypatch, QMessageBox.StandardButton.No)
    question = next(s for s in seen if s.startswith("Importing w.txt again"))
    assert "keeps 1 of its 2 accepted span(s)" in question and "The other 1 accepted span(s)" in question
    doc = _mine(store)
    assert doc.encoding == "cp1252" and store.document(doc.id).text == TEXT
    assert [a.text for a in store.annotations(doc.id)] == ["Bonn", "Köln"]


def test_yes_replaces_the_document_keeping_the_spans_still_read_alike(window, store, tmp_path, monkeypatch):
    _import_again(window, store, tmp_path, monkeypatch, QMessageBox.StandardButton.Yes)
    doc = _mine(store)
    assert doc.name == "w.txt" and doc.encoding == "gb18030"
    assert store.document(doc.id).text == TEXT.encode("cp1252").decode("gb18030")
    assert [(a.text, a.status) for a in store.annotations(doc.id)] == [("Bonn", "accepted")]
    assert window.doc_id == doc.id
    assert "1 accepted span(s) kept, 1 span(s) removed" in window.statusBar().currentMessage()


def test_a_failed_write_leaves_the_document_and_its_spans(window, store, tmp_path, monkeypatch):
    def full(self, doc_id):
        raise DiskWriteError(f"{self.path}: could not write (disk full); nothing was saved")

    _import_again(window, store, tmp_path, monkeypatch, QMessageBox.StandardButton.Yes, fail=full)
    doc = _mine(store)
    assert doc.encoding == "cp1252" and store.document(doc.id).text == TEXT
    assert [a.text for a in store.annotations(doc.id)] == ["Bonn", "Köln"]
    assert window.errors and "was not imported again; the document is as it was" in window.errors[-1]
    assert "disk full" in window.errors[-1]
