"""A write kept waiting by another program's: the store's ``waiting`` is entered only then, the write
goes through once the other one has finished, and a wait past the busy timeout is SaveError."""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager

import pytest

from annotator.core.errors import SaveError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.paths import DB_FILENAME


def _add(store: Store) -> None:
    store.add_document(Document(None, "a.txt", "a", "湖里区", sha256("湖里区")))


def _recording_waiting(entered: threading.Event, log: list[str]):
    @contextmanager
    def waiting():
        log.append("enter")
        entered.set()
        try:
            yield
        finally:
            log.append("exit")
    return waiting


def _holder(folder) -> sqlite3.Connection:
    """Another program holding the write lock (as `annotator suggest` does during one of its writes)."""
    other = sqlite3.connect(str(folder / DB_FILENAME), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_no_wait_enters_nothing(tmp_path):
    store = Store.create(tmp_path / "p")
    log: list[str] = []
    store.waiting = _recording_waiting(threading.Event(), log)
    _add(store)
    assert log == [] and [d.name for d in store.documents()] == ["a.txt"]
    store.close()


def test_a_wait_is_said_and_the_write_goes_through_after_it(tmp_path):
    store = Store.create(tmp_path / "p")
    other = _holder(store.folder)
    entered, log = threading.Event(), []
    store.waiting = _recording_waiting(entered, log)

    def release_once_waiting() -> None:
        entered.wait(30)
        other.execute("COMMIT")

    t = threading.Thread(target=release_once_waiting)
    t.start()
    _add(store)  # waits for the other write, inside `waiting`
    t.join(30)
    assert log == ["enter", "exit"]
    assert [d.name for d in Store.open(store.folder).documents()] == ["a.txt"]
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == store.busy_timeout_ms  # set back
    other.close()
    store.close()


def test_a_wait_past_the_timeout_is_save_error_and_leaves_waiting(tmp_path):
    Store.create(tmp_path / "p").close()
    store = Store.open(tmp_path / "p", busy_timeout_ms=400)
    other = _holder(store.folder)
    log: list[str] = []
    store.waiting = _recording_waiting(threading.Event(), log)
    with pytest.raises(SaveError, match="busy in another program .* stayed busy for 0.4 s; nothing was saved"):
        _add(store)
    assert log == ["enter", "exit"]
    other.execute("ROLLBACK")
    other.close()
    assert store.documents() == []
    store.close()
