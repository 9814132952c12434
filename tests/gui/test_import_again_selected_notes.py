"""Project › Import the selected documents again… said nothing of what a normal import says of each new
reading (its lines re-flowed, a doubtful encoding), which Import the open document again… adds to its status
line: a researcher reading 20 PDFs again did not learn that their wrapped lines had been joined. Now the
information box lists it, a line a document (the first ten, the others counted)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.imports.documents import import_files
from annotator.gui import messages, tasks
from tests.core.test_import_reflow import PARAGRAPHS, pdf_like
from tests.gui.test_import_again_selected import _choose_in_menu, _click_row

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_the_box_lists_what_an_import_says_of_each_new_reading(window, store, qtbot, tmp_path, monkeypatch):
    paths = [tmp_path / "jimei_2024.txt", tmp_path / "jimei_2023.txt"]
    paths[0].write_text(pdf_like(), encoding="utf-8")
    paths[1].write_text(pdf_like(PARAGRAPHS[::-1]), encoding="utf-8")
    ids = [d.id for d in import_files(store, paths, keep_lines=True).imported]  # read as in the file at first
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.keep_lines_on_import = window.settings.suggest_on_import = False
    shown: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: shown.append(text))
    _click_row(window, qtbot, ids[0])
    _click_row(window, qtbot, ids[1], Ctrl)
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: bool(shown))

    (said,) = shown
    first, listed = said.split("\n\n")
    assert first.startswith("2 document(s) imported again (0 of 0 accepted span(s) kept)")
    title, *lines = listed.split("\n")
    assert title == "What an import says of their new reading:"
    assert [line.split(": ", 1)[0] for line in lines] == ["  jimei_2024.txt", "  jimei_2023.txt"]
    assert all(" wrapped line(s) and removed " in line and line.endswith("in 1 document(s) laid out in pages "
                                                                        "(PDF, OFD)") for line in lines)
    assert all(store.document(store.document_id_by_name(p.name)).text != p.read_text(encoding="utf-8")
               for p in paths)  # re-flowed
