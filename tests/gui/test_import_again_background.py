"""Project › Import the open document again… read the file in the background but wrote the new reading in
the window's own thread: a 400,000-character document with 11,000 accepted spans held the window a second
with no word (its reading had shown a bar). Now the write runs in the background as well, behind the same
kind of dialog (*Importing NAME again*), and the window goes on as before once it is done."""
from __future__ import annotations

import threading

from annotator.core.imports import again
from annotator.gui import tasks
from tests.core.test_import_again_moved import ADDED, TEXT
from tests.gui.test_import_again_menu import _asked, _choose_in_menu, _opened


def test_the_new_reading_is_written_in_the_background(window, store, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "huli_2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    old = _opened(window, store, qtbot, path)
    _asked(window, monkeypatch, True)
    monkeypatch.setattr(tasks, "SYNC", False)  # the real worker thread
    threads: list[str] = []
    real = again.import_again

    def written(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(again, "import_again", written)
    path.write_text(ADDED + TEXT, encoding="utf-8")
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: "imported again" in window.statusBar().currentMessage())
    assert threads and threads[0] != threading.main_thread().name
    assert store.document_id_by_name("huli_2024.txt") == old and window.doc_id == old and window.errors == []
    assert store.document(old).text == ADDED + TEXT and window.text_view.text == ADDED + TEXT
    assert [a.text for a in store.annotations(old)] == ["湖里区", "松元产业园二期", "15亿元"]
    assert window.undo_stack.count() == 0 and not window.ops.history.can_undo()
