"""The window's look at another program's writes (every 1.5 s while it is active) reads the document
list in a worker: every document's entry and counts took ~200 ms of the window's thread at each look on
a project of 4,704 reports while `annotator suggest` wrote beside it. The open document's spans are
read at once; the list's rows change where they are when the worker's reading comes."""
from __future__ import annotations

import threading

from annotator.core.models import Suggestion
from annotator.core.store import Store

MESSAGE = "Reloaded: the project was changed by another program"


def whole_list_reads(monkeypatch) -> list[threading.Thread]:
    """The threads that read every document's entry or counts from now on."""
    threads: list[threading.Thread] = []

    def noted(read):
        def reading(self, *args, **kwargs):
            if not args and not kwargs:  # the whole list (not the open document's entry alone)
                threads.append(threading.current_thread())
            return read(self, *args, **kwargs)
        return reading

    for name in ("document_counts", "document_entries"):
        monkeypatch.setattr(Store, name, noted(getattr(Store, name)))
    return threads


def test_the_look_reads_the_whole_list_off_the_windows_thread(window, store, qtbot, monkeypatch, agree):
    threads = whole_list_reads(monkeypatch)
    doc, other = window.doc_id, next(i for i in window.doc_model.doc_ids() if i != window.doc_id)
    row = window.doc_model.row_of(other)
    window.panel.view.selectRow(window.panel.proxy.mapFromSource(window.doc_model.index(row, 0)).row())
    selected = window.panel.view.currentIndex()
    text = window.text_view.text
    start = text.index("集美区")
    store.add_suggestions(doc, [Suggestion(start, start + 3, "DISTRICT", "集美区", reason="other", origin="other")])
    store.set_document_done(other, True)
    before = window.doc_model.counts(doc)["suggested"]
    resets = []
    window.doc_model.modelReset.connect(lambda: resets.append(1))
    assert window.reloading.check()  # the open document's new suggestion: shown and said at once
    assert (start, "suggested") in {(r.start, r.status) for r in window.ann_model.rows()}
    assert window.statusBar().currentMessage() == MESSAGE
    qtbot.waitUntil(lambda: window.doc_model.counts(doc)["suggested"] == before + 1)
    qtbot.waitUntil(lambda: window.doc_model.document(window.doc_model.row_of(other)).done)
    assert threads and threading.main_thread() not in threads
    assert resets == []  # the rows changed where they are: the list's selection stays
    assert window.panel.view.currentIndex() == selected and window.reloading.reloads == 1
    agree(window)


def test_a_change_to_the_list_alone_is_said_when_the_list_comes(window, store, qtbot, monkeypatch):
    held, count = threading.Event(), Store.document_counts
    monkeypatch.setattr(Store, "document_counts", lambda self: (held.wait(10), count(self))[1])
    other = next(i for i in window.doc_model.doc_ids() if i != window.doc_id)
    store.set_document_done(other, True)  # nothing the open document shows
    assert not window.reloading.check()
    assert window.statusBar().currentMessage() == "" and window.doc_model.reading()
    held.set()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == MESSAGE)
    assert window.doc_model.document(window.doc_model.row_of(other)).done and window.reloading.reloads == 1
    store.set_meta("something", "else")  # a write that changes nothing shown: nothing said
    window.statusBar().clearMessage()
    assert not window.reloading.check()
    qtbot.waitUntil(lambda: not window.doc_model.reading())
    assert window.statusBar().currentMessage() == "" and window.reloading.reloads == 1


def test_a_looks_reading_a_newer_look_superseded_is_never_shown(window, store, qtbot, monkeypatch):
    from tests.gui.superseded_reading import superseded_reading_is_never_shown

    def look() -> None:
        assert window.reloading.check()

    superseded_reading_is_never_shown(window, store, qtbot, monkeypatch, look)


def test_another_programs_writes_during_the_reading_do_not_hold_the_list_back(window, store, qtbot, monkeypatch):
    """`annotator suggest` commits a document's suggestions every moment: each reading the worker did was
    read again because the project had been written since it was asked for, and none was shown."""
    count, doc = Store.document_counts, window.doc_id
    other = next(i for i in window.doc_model.doc_ids() if i != doc)

    def counts(self):
        read = count(self)
        with Store.open(self.folder) as writer:  # another program's commit while the worker reads
            writer.add_annotation(other, 0, 1, "PROJECT", annotator="writer", status="rejected")
        return read

    monkeypatch.setattr(Store, "document_counts", counts)
    store.set_document_done(other, True)
    window.reloading.check()
    qtbot.waitUntil(lambda: window.doc_model.document(window.doc_model.row_of(other)).done)


def test_what_the_window_said_since_the_look_is_not_covered_when_the_list_comes(window, store, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    held, count = threading.Event(), Store.document_counts
    monkeypatch.setattr(Store, "document_counts", lambda self: (held.wait(10), count(self))[1])
    other = next(i for i in window.doc_model.doc_ids() if i != window.doc_id)
    store.set_document_done(other, True)  # nothing the open document shows: said when the list comes
    window.reloading.check()
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # meanwhile: said
    said = window.statusBar().currentMessage()
    assert "marked done" in said
    held.set()
    qtbot.waitUntil(lambda: window.doc_model.document(window.doc_model.row_of(other)).done)
    qtbot.waitUntil(lambda: not window.doc_model.reading())
    assert window.statusBar().currentMessage() == said
    assert window.doc_model.document(window.doc_model.row_of(window.doc_id)).done


def test_documents_imported_into_a_project_without_any_are_listed_off_the_windows_thread(window, tmp_path, qtbot,
                                                                                         monkeypatch):
    """A window on a project without documents (none open) read the whole list on its own thread at each
    look: 140-620 ms for 4,704 reports another program imported."""
    import annotator.cli as cli

    folder = tmp_path / "empty"
    assert cli.main(["new", str(folder)]) == 0
    assert window.open_project(folder)
    qtbot.waitUntil(lambda: not window.doc_model.reading())
    assert window.doc_id is None
    assert not window.reloading.check()  # nothing there yet
    (tmp_path / "a.txt").write_text("湖里区投资5亿元建设松元产业园。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("集美区。\n", encoding="utf-8")
    assert cli.main(["import", str(folder), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    threads = whole_list_reads(monkeypatch)
    assert window.reloading.check()
    assert window.statusBar().currentMessage() == MESSAGE
    qtbot.waitUntil(lambda: len(window.doc_model.doc_ids()) == 2)
    assert window.doc_model.name_of(window.doc_id) == "a.txt" and "湖里区" in window.text_view.text
    assert threads and threading.main_thread() not in threads
