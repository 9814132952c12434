"""Opening a project: the list shows its documents with counts equal to a recount, its first
document is opened and shown, the list is painted once, the list's filter calls Python only
while one is set, and the session's backup begins after the list's first paint (issue 18)."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from annotator.core import review
from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from annotator.gui.models.document_list import ACCEPTED, NAME, OPEN
from tests.gui.conftest import Events, build_project


def many_documents(folder, n=80):
    """A project of ``n`` documents (more than the list shows at once), a few spans each."""
    with Store.create(folder) as store:
        for i in range(n):
            text = f"第{i}号文件：厦门市湖里区计划投资{i}亿元。\n"
            doc = store.add_document(Document(None, f"report-{i:04d}.txt", f"标题{i}", text, sha256(text)))
            start = text.index("厦门市")
            store.add_suggestions(doc.id, [Suggestion(start, start + 3, "DISTRICT", "厦门市", origin="test")][: i % 3])
    return folder


def shown_counts(window):
    model = window.doc_model
    return {model.document(r).id: (model.index(r, ACCEPTED).data(), model.index(r, OPEN).data())
            for r in range(model.rowCount())}


def recount(store):
    counts = {}
    for doc in store.documents():
        statuses = [a.status for a in store.annotations(doc.id)]
        counts[doc.id] = (statuses.count("accepted"), statuses.count(review.OPEN))
    return counts


def test_a_project_opened_shows_its_first_document_and_counts_equal_to_a_recount(window, qtbot, tmp_path):
    folder = many_documents(tmp_path / "many")
    assert window.open_project(folder)
    with Store.open(folder) as store:
        first = store.documents()[0]
        assert window.doc_id == first.id and window.text_view.text == store.document(first.id).text
        assert window.ann_model.rowCount() == len(store.annotations(first.id))
        assert window.panel.view.currentIndex().data() == first.name  # highlighted in the list
        assert window.windowTitle().startswith(first.name)
        assert shown_counts(window) == recount(store)
        docs = store.documents()
        assert window.doc_model.totals() == review.totals(docs, store.document_counts())
    window.next_suggestion()  # the next open suggestion, in the next document that has one
    window.editing.accept_selected()  # an edit: the counts follow it
    with Store.open(folder) as store:
        assert shown_counts(window) == recount(store)


def test_the_list_is_painted_once_when_a_project_opens(window, qtbot, tmp_path):
    folder = many_documents(tmp_path / "many")
    viewport = window.panel.view.viewport()
    qtbot.waitUntil(lambda: not viewport.visibleRegion().isEmpty())
    paints = Events(viewport)
    assert window.open_project(folder)  # names of another width, and now a scroll bar: columns resized
    qtbot.waitUntil(lambda: bool(paints.rects))
    for _ in range(5):
        QApplication.processEvents()
    whole = [r for r in paints.rects if r == viewport.rect()]
    assert len(whole) == 1, paints.rects  # not again a timer later (Qt's repaint of resized columns)
    assert window.panel.view.verticalScrollBar().isVisible()


def test_the_list_filter_calls_python_only_while_a_filter_is_set(window, qtbot):
    proxy = window.panel.proxy
    assert "filterAcceptsRow" not in proxy.__dict__ and proxy.rowCount() == 3  # Qt's own accepts every row
    window.panel.open_only.setChecked(True)
    assert "filterAcceptsRow" in proxy.__dict__
    assert [proxy.index(r, NAME).data() for r in range(proxy.rowCount())] == ["a.txt", "b.txt"]
    qtbot.keyClicks(window.panel.filter_edit, "b.")
    assert [proxy.index(r, NAME).data() for r in range(proxy.rowCount())] == ["b.txt"]
    window.panel.open_only.setChecked(False)
    assert "filterAcceptsRow" in proxy.__dict__ and proxy.rowCount() == 1
    window.panel.filter_edit.clear()
    assert "filterAcceptsRow" not in proxy.__dict__ and proxy.rowCount() == 3


def backups_made(monkeypatch):
    """The folders whose session backup a worker made, in order."""
    made = []
    real = Store.session_backup

    def spy(self):
        made.append((threading.current_thread().name, self.folder))
        return real(self)
    monkeypatch.setattr(Store, "session_backup", spy)
    return made


def test_the_session_backup_begins_after_the_list_is_painted(window, qtbot, tmp_path, monkeypatch):
    made = backups_made(monkeypatch)
    window.session_backup.wait()
    made.clear()
    folder = build_project(tmp_path / "second")
    events = []
    paints = Events(window.panel.view.viewport())
    started = threading.Thread.start
    monkeypatch.setattr(threading.Thread, "start", lambda t: (events.append(("start", len(paints.rects))),
                                                                started(t))[1])
    assert window.open_project(folder)
    assert events == []  # not begun before the list's paint
    qtbot.waitUntil(lambda: bool(made))
    assert events == [("start", 1)]  # one paint, then the worker
    window.session_backup.wait()
    assert made == [("session-backup", folder)]


def test_a_session_backup_waiting_for_a_paint_is_made_all_the_same(qtbot, settings, tmp_path, monkeypatch):
    from annotator.gui.main_window import MainWindow

    made = backups_made(monkeypatch)
    first, second = build_project(tmp_path / "first"), build_project(tmp_path / "second")
    window = MainWindow(settings)  # never shown: nothing paints
    qtbot.addWidget(window)
    assert window.open_project(first)
    assert window.open_project(second)  # the first one's, still waiting, begins now
    qtbot.waitUntil(lambda: len(made) == 2, timeout=5000)  # the second's: at the latest after LATEST_MS
    assert sorted(folder for _thread, folder in made) == sorted([first, second])
    third = build_project(tmp_path / "third")
    assert window.open_project(third)
    window.session_backup.wait()  # begins it at once
    assert made[-1] == ("session-backup", third)
    window.store.close()


def test_choosing_the_open_project_again_keeps_its_undo_history_and_document(window, qtbot):
    """Project › Recent projects lists the open project first; choosing it (or opening its folder
    again) closed and reopened it: the undo history was emptied (Ctrl+Z no longer took back the
    accept just made) and the first document was shown instead of the one being read."""
    first, second = window.doc_model.doc_ids()[:2]
    window.open_document(second)
    suggestion = next(a for a in window.store.annotations(second) if a.status == review.OPEN)
    window.select_annotation(suggestion.id)
    window.editing.accept_selected()
    window.window_actions.menus["menu_recent"].aboutToShow.emit()
    recent = window.window_actions.menus["menu_recent"].actions()
    assert recent[0].text() == str(window.store.folder.resolve())
    recent[0].trigger()
    assert window.errors == []
    assert window.doc_id == second and window.undo_stack.count() == 1
    window.undo_stack.undo()
    with Store.open(window.store.folder) as store:
        assert store.annotation(suggestion.id).status == review.OPEN


def test_a_recent_project_whose_folder_is_gone_is_shown_but_cannot_be_chosen(window, tmp_path):
    """A project moved or deleted stayed in Project › Recent projects like the others; choosing it
    said 'no such project folder', every time. It is listed greyed out (a drive plugged in again
    brings it back)."""
    gone = tmp_path / "moved away"
    window.settings.add_recent(str(gone))
    window.window_actions.menus["menu_recent"].aboutToShow.emit()
    shown = {a.text(): a.isEnabled() for a in window.window_actions.menus["menu_recent"].actions() if a.text()}
    assert shown == {f"{gone} (not found)": False, str(window.store.folder.resolve()): True,
                     "Remove those not found": True}
    build_project(gone)
    window.window_actions.menus["menu_recent"].aboutToShow.emit()
    assert all(a.isEnabled() for a in window.window_actions.menus["menu_recent"].actions())
