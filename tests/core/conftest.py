"""Factories for the core tests: a project folder with given documents and spans, a store
on it that is closed at the end. Each test module states only what differs (its text)."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.sqlite import Database
from annotator.core.store import Store, migrations
from annotator.paths import DB_FILENAME

ARTICLE = "厦门市湖里区投资55.1亿元建设松元产业园。"

# (document name, start, end, label, extra fields for Store.add_annotation)
SpanSpec = tuple[str, int, int, str] | tuple[str, int, int, str, dict]


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    """An empty project at ``tmp_path / "p"``, closed at the end (a module's own ``store`` wins)."""
    s = Store.create(tmp_path / "p")
    yield s
    s.close()


def old_project(folder: Path, version: int, *sql: str) -> None:
    """A project database as the first ``version`` schema steps made it, with ``sql`` run in it,
    left at that version and closed (an older annotator's project, for the migrations)."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / DB_FILENAME)
    db = Database(conn)
    for step in migrations.MIGRATIONS[:version]:
        step(db)
    for statement in sql:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def build_project(folder: Path, texts: dict[str, str] | str = ARTICLE, spans: Iterable[SpanSpec] = ()) -> Path:
    """Create a project at ``folder`` holding ``texts`` ({name: text}, or one text as a.txt)
    and ``spans``; returns the folder, with no store left open."""
    texts = {"a.txt": texts} if isinstance(texts, str) else texts
    with Store.create(folder) as store:
        ids = {name: store.add_document(Document(None, name, name, text, sha256(text))).id
               for name, text in texts.items()}
        for name, start, end, label, *extra in spans:
            store.add_annotation(ids[name], start, end, label, **(extra[0] if extra else {}))
    return folder


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Path]:
    """``make_project(texts=ARTICLE, spans=(), name="p")`` → a project folder under tmp_path."""
    def make(texts: dict[str, str] | str = ARTICLE, spans: Iterable[SpanSpec] = (), name: str = "p") -> Path:
        return build_project(tmp_path / name, texts, spans)
    return make


@pytest.fixture
def open_store() -> Iterator[Callable[..., Store]]:
    """``open_store(folder, **kwargs)`` → an open Store, closed when the test ends."""
    opened: list[Store] = []

    def open_(folder: Path, **kwargs) -> Store:
        store = Store.open(folder, **kwargs)
        opened.append(store)
        return store
    yield open_
    for store in reversed(opened):
        store.close()
