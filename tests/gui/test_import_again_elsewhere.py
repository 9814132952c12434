"""A document read again by another program (``annotator import-again``, a second window) while the window
shows it: when its id changed, the window saw the document removed and said so; now that it is replaced in
place, under the same id, the window went on showing the OLD text with the spans at their NEW offsets (each
highlight on other words, a new span marked by its offsets in a text that no longer was). Now the window's
look at another program's writes notices the text changed and shows the document as it is now."""
from __future__ import annotations

from annotator.core.imports.again import import_again, read_source
from tests.core.test_import_again_moved import ADDED, TEXT
from tests.gui.test_import_again_menu import _opened

MESSAGE = "Reloaded: the project was changed by another program"


def test_the_open_document_read_again_elsewhere_is_shown_as_it_is_now(window, store, qtbot, tmp_path):
    path = tmp_path / "huli_2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc_id = _opened(window, store, qtbot, path)
    path.write_text(ADDED + TEXT, encoding="utf-8")
    import_again(store, read_source(store, doc_id))  # another program's connection

    assert window.reloading.check()
    assert window.doc_id == doc_id and window.text_view.text == ADDED + TEXT
    assert [(r.start, r.end) for r in window.ann_model.rows()] == [(a.start, a.end) for a in store.annotations(doc_id)]
    assert all(window.text_view.text[r.start:r.end] == a.text
               for r, a in zip(window.ann_model.rows(), store.annotations(doc_id), strict=True))
    assert window.statusBar().currentMessage() == MESSAGE
