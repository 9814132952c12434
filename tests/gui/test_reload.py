"""Two writers: what another program saved shows up when the window reloads (Ctrl+R)."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_ctrl_r_shows_edits_made_by_another_program(window, store, qtbot, agree):
    text = window.text_view.text
    start = text.index("集美区")
    store.add_annotation(window.doc_id, start, start + 3, "DISTRICT", annotator="other")  # the other side
    assert all(a.text != "集美区" for a in window.ann_model.annotations())
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    shown = [a for a in window.ann_model.annotations() if a.text == "集美区"]
    assert [(a.start, a.annotator) for a in shown] == [(start, "other")]
    agree(window)


def test_suggest_on_import_is_a_remembered_menu_option(window):
    action = window.window_actions["suggest_on_import"]
    before = window.settings.suggest_on_import
    assert action.isChecked() == before
    action.trigger()
    assert window.settings.suggest_on_import is (not before)
    action.trigger()
    assert window.settings.suggest_on_import is before


def test_ctrl_r_counts_the_documents_spans_again_only_when_the_project_changed(window, store, qtbot, monkeypatch):
    """Counting every document's spans was 100 ms of each Ctrl+R's 200 on 475,000 spans."""
    from annotator.core.store import Store

    counted = []
    count = Store.document_counts
    monkeypatch.setattr(Store, "document_counts", lambda self: counted.append(1) or count(self))
    ctrl_r = (window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(*ctrl_r)
    qtbot.keyClick(*ctrl_r)
    assert counted == []  # nothing written since the project was opened: the list's counts stand
    before = window.doc_model.counts(window.doc_id)["accepted"]
    start = window.text_view.text.index("集美区")
    store.add_annotation(window.doc_id, start, start + 3, "DISTRICT", annotator="other")  # another program
    qtbot.keyClick(*ctrl_r)
    qtbot.waitUntil(lambda: window.doc_model.counts(window.doc_id)["accepted"] == before + 1)
    assert counted == [1]
    window.store.add_annotation(window.doc_id, 0, 1, "PROJECT", status="rejected")  # this window's own write
    qtbot.keyClick(*ctrl_r)
    qtbot.waitUntil(lambda: window.doc_model.counts(window.doc_id)["rejected"] >= 1)
    assert counted == [1, 1]


def test_ctrl_r_after_another_programs_write_counts_the_spans_off_the_windows_thread(window, store, qtbot, monkeypatch):
    """Ctrl+R after ``annotator`` on the command line added a span held the window 164-176 ms on
    a project of 475,000 spans, counting every document's spans and reading every document's entry:
    a worker reads them on its own connection; the list shows the new counts when they come."""
    import threading

    from annotator.core.store import Store

    threads = []

    def noted(read):
        def reading(self, *args, **kwargs):
            if not args and not kwargs:  # the whole list (Ctrl+R asks for the open document's entry alone)
                threads.append(threading.current_thread())
            return read(self, *args, **kwargs)
        return reading

    for name in ("document_counts", "document_entries"):
        monkeypatch.setattr(Store, name, noted(getattr(Store, name)))
    before = window.doc_model.counts(window.doc_id)["accepted"]
    start = window.text_view.text.index("集美区")
    store.add_annotation(window.doc_id, start, start + 3, "DISTRICT", annotator="other")  # another program
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.doc_model.counts(window.doc_id)["accepted"] == before + 1)
    assert [a.annotator for a in window.ann_model.annotations() if a.start == start] == ["other"]
    assert threads and threading.main_thread() not in threads  # the entries of the whole list too


def test_a_newer_ctrl_r_supersedes_the_list_an_older_one_is_reading(window, store, qtbot, monkeypatch):
    """What the worker read for a Ctrl+R that a later one superseded is never shown: the list ends
    showing the project as stored at the last one."""
    from tests.gui.superseded_reading import superseded_reading_is_never_shown

    superseded_reading_is_never_shown(window, store, qtbot, monkeypatch, lambda: qtbot.keyClick(
        window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))


def test_ctrl_r_after_another_program_imported_a_document_lists_it_and_counts_it(window, store, qtbot, tmp_path):
    """The list a worker reads comes after the open document was shown again: the status bar's
    count of the project's documents follows it."""
    from annotator.core.imports.documents import import_files

    before = window.doc_model.rowCount()
    path = tmp_path / "huli_2024.txt"
    path.write_text("厦门市湖里区2024年政府工作报告。\n", encoding="utf-8")
    (doc,) = import_files(store, [path]).imported  # another program (annotator import)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.doc_model.row_of(doc.id) >= 0)
    assert window.doc_model.rowCount() == before + 1
    assert f"/ {before + 1} documents" in window.project_status.text()
