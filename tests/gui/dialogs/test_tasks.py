"""Background tasks: cancelling midway, results, one task after another, errors shown."""
from __future__ import annotations

import threading

import pytest
from dialog_helpers import add_doc
from PySide6.QtWidgets import QPushButton

from annotator.core.errors import ValidationError
from annotator.core.imports.documents import import_files
from annotator.gui import tasks


def _articles(tmp_path, n=6):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(f"第{i}篇文章。" + "集美区推进项目建设。" * (200 + i), encoding="utf-8")
    return folder


def press_cancel(dialog):
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button, as a user would


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "thread"])
def test_cancel_midway_leaves_only_whole_documents(qtbot, store, tmp_path, monkeypatch, sync):
    monkeypatch.setattr(tasks, "SYNC", sync)
    folder = _articles(tmp_path)
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS",
                        [lambda dialog, done, total, current: done >= 3 and press_cancel(dialog)])
    def job(job_store, progress, cancelled):
        assert job_store is not store  # a connection of its own

        def step(done, total, current):
            progress(done, total, current)
            pause = threading.Event()
            while done >= 3 and not cancelled() and not pause.wait(0.002):  # thread mode: the GUI presses Cancel
                pass

        return import_files(job_store, [folder], progress=step, cancelled=cancelled)

    report = tasks.run_task(None, "Importing", store.folder, job)
    assert report is not None and report.cancelled
    docs = store.documents()
    assert 3 <= len(docs) < 6
    for doc in docs:
        text = store.document(doc.id).text
        assert text == (tmp_path / "articles" / doc.name).read_text(encoding="utf-8")


def test_run_task_returns_the_result_and_uses_its_own_store(qtbot, store):
    add_doc(store, "a.txt", "文本")
    seen = []

    def job(s, progress, cancelled):
        seen.append(threading.get_ident())
        assert tasks.busy()
        for i in range(500):
            progress(i, 500, f"step {i}")
        return [d.name for d in s.documents()]

    assert tasks.run_task(None, "Reading", store.folder, job) == ["a.txt"]
    assert seen and seen[0] != threading.get_ident()
    assert not tasks.busy()


def test_a_second_task_waits_for_the_first(qtbot, store, monkeypatch):
    """Started while the first runs (say, from a click during its progress), it queues behind it."""
    log: list[str] = []

    def second(s, progress, cancelled):
        log.append("second")
        return "second done"

    nested = []

    def start_second(dialog, done, total, current):
        if not nested:
            nested.append(tasks.run_task(None, "Second", store.folder, second))

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [start_second])

    def first(s, progress, cancelled):
        log.append("first starts")
        progress(0, 2, "a")
        for _ in range(200):  # keep the worker busy for a while
            s.documents()
        log.append("first ends")
        return "first done"

    assert tasks.run_task(None, "First", store.folder, first) == "first done"
    assert nested == ["second done"]
    assert log == ["first starts", "first ends", "second"]


def test_run_task_shows_errors(qtbot, store, shown):
    def annotator_error(s, progress, cancelled):
        raise ValidationError("a clear sentence")

    def bug(s, progress, cancelled):
        return 1 / 0

    assert tasks.run_task(None, "Checking", store.folder, annotator_error) is None
    assert shown[-1][:2] == ("Checking", "a clear sentence")
    assert tasks.run_task(None, "Checking", store.folder, bug) is None
    assert "ZeroDivisionError" in shown[-1][2] and "ZeroDivisionError" not in shown[-1][1]
    assert tasks.run_task(None, "Opening", store.folder / "missing", annotator_error) is None
    assert "no such project folder" in shown[-1][1]
