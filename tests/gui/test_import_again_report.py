"""*Import again* says in the status bar what a normal import of the file says of its reading (here: the
lines re-flowed), beside the spans kept and removed."""
from __future__ import annotations

from annotator.gui import tasks
from annotator.gui.import_again import import_again
from tests.core.test_import_reflow import pdf_like


def test_import_again_reports_the_reflowed_lines(window, store, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    monkeypatch.setattr(window, "confirm", lambda question: True)
    window.settings.suggest_on_import = False
    path = tmp_path / "jimei_2024.txt"
    path.write_text(pdf_like(), encoding="utf-8")
    window.settings.keep_lines_on_import = True  # read as in the file the first time
    window.commands.import_paths([str(path)])
    doc = store.document_id_by_name("jimei_2024.txt")
    assert store.document(doc).text == pdf_like()
    window.settings.keep_lines_on_import = False
    assert import_again(window, doc, str(path), "utf-8", "UTF-8")
    said = window.statusBar().currentMessage()
    assert "jimei_2024.txt imported again read as UTF-8: 0 accepted span(s) kept, 0 span(s) removed." in said
    assert "re-flowed " in said and "in 1 document(s) copied from PDFs" in said
    again = store.document_id_by_name("jimei_2024.txt")  # the document replaced, under its name
    assert window.doc_id == again and store.document(again).text != pdf_like()
