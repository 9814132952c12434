"""A project opened at the start: its document list is read by a worker, not on the window's thread
before the first paint (140-620 ms for 4,704 reports); the list says it is being read meanwhile, the
article shows the document at once, and the list, the status bar and the title follow."""
from __future__ import annotations

import threading

from annotator.core.store import Store


def test_the_list_of_a_project_opened_at_the_start_is_read_by_a_worker(qtbot, project, settings, monkeypatch):
    from annotator.gui.main_window import MainWindow

    with Store.open(project) as other:
        total, counts = len(other.document_names()), other.document_counts()
    threads = []

    def noted(read):
        def reading(self, *args, **kwargs):
            if not args and not kwargs:  # the whole list
                threads.append(threading.current_thread())
            return read(self, *args, **kwargs)
        return reading

    for name in ("document_counts", "document_entries"):
        monkeypatch.setattr(Store, name, noted(getattr(Store, name)))
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.doc_model.first_read_later = True  # as gui/app.py's start
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(project)
    assert w.text_view.text and w.doc_id is not None  # the article at once
    if w.doc_model.rowCount() == 0:  # not read yet: the list says so (not an empty project's blank)
        assert w.panel.empty_text() == "Reading the project's documents…"
    qtbot.waitUntil(lambda: w.doc_model.rowCount() == total)
    assert threads and threading.main_thread() not in threads
    assert w.panel.empty_text() == "" and w.doc_model.counts(w.doc_id) == counts[w.doc_id]
    assert f"/ {total} documents" in w.project_status.text()
    assert w.windowTitle().startswith(w.doc_model.name_of(w.doc_id) + " — ")
    assert w.panel.view.currentIndex().data() == w.doc_model.name_of(w.doc_id)  # the open one highlighted
    w.store.close()


def test_a_project_without_documents_read_later_says_nothing_once_read(qtbot, tmp_path, settings):
    from annotator.gui.main_window import MainWindow

    Store.create(tmp_path / "empty").close()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.doc_model.first_read_later = True
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(tmp_path / "empty")
    qtbot.waitUntil(lambda: not w.doc_model.reading())
    assert w.panel.empty_text() == "" and w.doc_id is None
    assert "no documents yet" in w.text_view.placeholderText()
    w.store.close()
