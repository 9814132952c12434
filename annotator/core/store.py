"""The project store: one SQLite database per project folder. The only module with SQL.

Every write is one ``BEGIN IMMEDIATE … COMMIT`` transaction, so a crash or a kill loses
nothing that was reported saved, and a second writer waits (busy timeout) instead of
failing. Editing methods return a :class:`ChangeSet` that :meth:`Store.revert` and
:meth:`Store.reapply` use for undo and redo.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from annotator.core.sqlite import Database

from annotator.core import backup, migrations
from annotator.core.db_file import OPEN_FILES, read_header, truncated_message, wal_path
from annotator.core.errors import ProjectError, SaveError, ValidationError
from annotator.core.span_index import SpanIndex
from annotator.core.models import STATUSES, Annotation, Change, ChangeSet, Document, Label, Suggestion
from annotator.paths import DB_FILENAME

log = logging.getLogger(__name__)
_PROJECT_TABLES = {"meta", "labels", "documents", "annotations"}
BUSY_TIMEOUT_MS = 10_000
_ANN_COLUMNS = ("id", "document_id", "start", "end", "label", "text", "value", "status", "origin",
                "annotator", "confidence", "reason", "note", "created_at", "updated_at")
_QUOTED = [f'"{c}"' for c in _ANN_COLUMNS]
_INSERT_SQL = f"INSERT INTO annotations({', '.join(_QUOTED)}) VALUES ({', '.join('?' * len(_QUOTED))})"
_DOC_SUMMARY = ("id", "name", "title", "sha256", "source_path", "encoding", "char_count",
                "imported_at", "metadata", "done")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _row_to_annotation(row: sqlite3.Row | tuple) -> Annotation:
    """An Annotation from a row of _ANN_COLUMNS.

    Fills the instance dict directly: a frozen dataclass's __init__ sets its 15 fields one
    object.__setattr__ at a time, which doubles the cost of opening a document with
    10,000 spans. The row comes from our own table, so there is nothing to check.
    """
    a = object.__new__(Annotation)
    d = dict(zip(_ANN_COLUMNS, row))
    value = d["value"]
    d["value"] = json.loads(value) if value and value != "{}" else {}
    a.__dict__.update(d)
    return a


def _row_to_document(d: dict) -> Document:
    d = dict(d)
    d["metadata"] = json.loads(d.get("metadata") or "{}")
    d["done"] = bool(d.get("done"))
    d.setdefault("text", "")
    return Document(**d)


class Store:
    """An open project. Use :meth:`open` or :meth:`create`; close with :meth:`close`."""

    def __init__(self, folder: Path, conn: sqlite3.Connection, busy_timeout_ms: int = BUSY_TIMEOUT_MS):
        self.folder = folder
        self.path = folder / DB_FILENAME
        self.conn = conn
        self.db = Database(conn)
        self.busy_timeout_ms = busy_timeout_ms
        self._labels: list[Label] | None = None
        self._labels_version = -1
        # rolling backups: checked before the first write of a session, then at most hourly
        self._auto_backup = False
        self._last_backup_check: float | None = None
        self.backup_error = ""  # why the last automatic backup failed ("" when it did not)
        self._file_key: tuple[int, int] | None = None
        self._closed = False
        self._wrote = False  # whether this session committed a write

    # ---------------------------------------------------------------- opening
    @classmethod
    def create(cls, folder: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> "Store":
        folder = Path(folder)
        if (folder / DB_FILENAME).exists():
            raise ProjectError(f"{folder}: a project already exists here")
        if folder.exists() and not folder.is_dir():
            raise ProjectError(f"{folder}: is a file, not a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ProjectError(f"{folder}: cannot create the project folder ({e.strerror})") from e
        store = cls.open(folder, create=True, busy_timeout_ms=busy_timeout_ms)
        store._last_backup_check = time.monotonic()  # a new project has nothing to back up yet
        return store

    @classmethod
    def open(cls, folder: str | Path, *, create: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> "Store":
        """Open a project; a second writer waits up to ``busy_timeout_ms`` for the lock, then SaveError.

        The first connection of this process to a database reads its header and runs a quick
        check; a damaged database is refused before anything is written to it.
        """
        folder = Path(folder)
        path = folder / DB_FILENAME
        if not folder.exists():
            raise ProjectError(f"{folder}: no such project folder")
        if not folder.is_dir():
            raise ProjectError(f"{folder}: is not a folder")
        if not path.exists() and not create:
            raise ProjectError(f"{folder}: not an annotator project (no {DB_FILENAME}); "
                               f"create one with 'annotator new {folder}'")
        with OPEN_FILES.lock:
            first = not OPEN_FILES.is_open(path)
            if path.exists() and first:  # never while a connection of ours is open (db_file docstring)
                header = read_header(path)
                if header.truncated and not (wal_path(path).exists() and _wal_completes(path)):
                    raise ProjectError(truncated_message(path, header))
            if not os.access(folder, os.W_OK):
                raise ProjectError(f"{folder}: the project folder is read-only; "
                                   "annotator needs to write its database and journal there")
            if path.exists() and not os.access(path, os.W_OK):
                raise ProjectError(f"{path}: the database file is read-only; nothing was changed")
            # journal files that opening creates, to be removed again if the file is refused
            journal_files = [p for p in (wal_path(path), path.with_name(path.name + "-shm"))
                             if first and not p.exists()]
            try:
                conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000,
                                       isolation_level=None, check_same_thread=False)
            except sqlite3.Error as e:
                raise ProjectError(f"{path}: cannot open the database ({e})") from e
            store = cls(folder, conn, busy_timeout_ms)
            store._file_key = OPEN_FILES.add(path)
        try:
            store._prepare(check=first)
        except sqlite3.DatabaseError as e:
            store._close_refused(journal_files)
            raise ProjectError(f"{path}: the database is damaged or not a project database ({e}); "
                               f"nothing was written to it — {_backup_hint(folder)}") from e
        except (ProjectError, SaveError) as e:
            store._close_refused(journal_files)
            if isinstance(e, SaveError):
                raise ProjectError(str(e)) from e
            raise
        store._auto_backup = True
        return store

    def _prepare(self, check: bool = True) -> None:
        """Check the database and bring it to the current schema. Nothing is written (not even
        the switch to WAL) until the file is known to be a sound project of a known shape."""
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        if check:
            problems = [r[0] for r in c.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise ProjectError(f"{self.path}: the database is damaged ({'; '.join(problems)[:300]}); "
                                   f"nothing was written to it — {_backup_hint(self.folder)}")
        version = c.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        not_ours = (f"{self.path}: is an SQLite database but not an annotator project; "
                    "it was left untouched")
        if version > migrations.SCHEMA_VERSION:
            if not _PROJECT_TABLES <= tables:
                raise ProjectError(not_ours)
            raise ProjectError(
                f"{self.path}: made by a newer annotator (schema {version}, this one knows "
                f"{migrations.SCHEMA_VERSION}); update annotator to open it — nothing was changed")
        if version == 0 and tables or version > 0 and not _PROJECT_TABLES <= tables:
            raise ProjectError(not_ours)
        if version > 0:
            wrong = migrations.shape_problem(self.db, version)
            if wrong:
                raise ProjectError(f"{self.path}: its tables are not those of an annotator project of "
                                   f"schema {version} ({wrong}); it was left untouched")
        mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise ProjectError(f"{self.path}: cannot switch the database to WAL mode ({mode})")
        c.execute("PRAGMA foreign_keys = ON")
        # FULL: a commit reported saved survives a power cut too (NORMAL may roll it back)
        c.execute("PRAGMA synchronous = FULL")
        steps = migrations.pending(version)
        if steps:
            if version > 0:
                backup.backup(self, reason=f"before-migration-v{version}")
            for number, step in enumerate(steps, start=version + 1):
                with self.transaction():
                    step(self.db)
                    c.execute(f"PRAGMA user_version = {number}")
            with self.transaction():
                self._set_meta("schema_migrated_at", now())

    def _close_refused(self, journal_files: list[Path]) -> None:
        """Close a database that was refused, and remove the empty journal files our opening
        made (no other program had it open then, or they would have existed): the folder is
        left exactly as it was."""
        self._auto_backup = False
        self.close()
        wal = wal_path(self.path)
        if wal in journal_files and wal.exists() and wal.stat().st_size:
            return  # something was written after all: keep it
        for extra in journal_files:
            with contextlib.suppress(OSError):
                extra.unlink()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._backup_at_close()
        finally:
            with OPEN_FILES.lock:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.close()
                OPEN_FILES.remove(self._file_key)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed write; rolled back whole on any error. Disk errors become SaveError."""
        if self.conn.in_transaction:  # nested: a savepoint inside the outer write
            with self.db.atomic():
                yield self.conn
            return
        self._backup_if_due()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if _is_disk_error(e):
                raise SaveError(f"{self.path}: could not write ({e}); nothing was saved") from e
            raise SaveError(f"{self.path}: the project is busy in another program ({e}) and stayed busy "
                            f"for {self.busy_timeout_ms / 1000:g} s; nothing was saved — try again") from e
        try:
            yield self.conn
            self.conn.execute("COMMIT")
            self._wrote = True
        except BaseException as e:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.OperationalError) and _is_disk_error(e):
                raise SaveError(f"{self.path}: could not write ({e}); nothing was saved") from e
            raise

    def _backup_if_due(self) -> None:
        """Before the first write of a session (a window opening, a command-line run), then at
        most once an hour while editing; skipped when nothing changed since the newest backup."""
        if not self._auto_backup:
            return
        clock = time.monotonic()
        if self._last_backup_check is not None and clock - self._last_backup_check < backup.INTERVAL_SECONDS:
            return
        self._last_backup_check = clock
        self._run_backup(lambda: backup.backup_if_changed(self, "session" if not self._wrote else "hourly"))

    def _backup_at_close(self) -> None:
        """A session that wrote into a project with no backup yet (its first import) leaves one."""
        if self._auto_backup and self._wrote and not backup.list_backups(self.folder):
            self._run_backup(lambda: backup.backup_if_changed(self, "first"))

    def _run_backup(self, make: Callable[[], object]) -> None:
        try:
            make()
            self.backup_error = ""
        except (OSError, sqlite3.Error, ProjectError) as e:  # a failed backup never stops the edit
            self.backup_error = f"automatic backup of {self.path} failed: {e}"
            log.warning("%s", self.backup_error)

    # ------------------------------------------------------------------ meta
    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._set_meta(key, value)

    # ---------------------------------------------------------------- labels
    def labels(self) -> list[Label]:
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._labels is None or version != self._labels_version:  # another connection wrote
            self._labels_version = version
            rows = self.conn.execute(
                "SELECT name, color, shortcut, description, position, id FROM labels ORDER BY position, id")
            self._labels = [Label(*r) for r in rows]
        return list(self._labels)

    def label_names(self) -> list[str]:
        return [label.name for label in self.labels()]

    def add_label(self, name: str, color: str = "#888888", shortcut: str = "", description: str = "") -> Label:
        name = name.strip()
        if not name:
            raise ValidationError("a label needs a name")
        _check_strings(name=name, color=color, shortcut=shortcut, description=description)
        with self.transaction() as c:
            self._labels = None
            if name in self.label_names():
                raise ValidationError(f"label {name} exists already")
            self._check_shortcut(shortcut, name)
            position = c.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM labels").fetchone()[0]
            c.execute("INSERT INTO labels(name, color, shortcut, description, position) VALUES (?,?,?,?,?)",
                      (name, color, shortcut, description, position))
        self._labels = None
        return next(label for label in self.labels() if label.name == name)

    def update_label(self, name: str, *, new_name: str | None = None, color: str | None = None,
                     shortcut: str | None = None, description: str | None = None) -> tuple[Label, Label]:
        """Rename, recolour or re-key a label; returns (before, after). Renaming carries its spans."""
        before = self.label(name)
        after = Label(new_name.strip() if new_name is not None else before.name,
                      before.color if color is None else color,
                      before.shortcut if shortcut is None else shortcut,
                      before.description if description is None else description,
                      before.position, before.id)
        if not after.name:
            raise ValidationError("a label needs a name")
        _check_strings(name=after.name, color=after.color, shortcut=after.shortcut,
                       description=after.description)
        with self.transaction() as c:
            self._labels = None
            if after.name != before.name and after.name in self.label_names():
                raise ValidationError(f"label {after.name} exists already")
            self._check_shortcut(after.shortcut, before.name)
            c.execute("UPDATE labels SET name=?, color=?, shortcut=?, description=? WHERE id=?",
                      (after.name, after.color, after.shortcut, after.description, before.id))
        self._labels = None
        return before, after

    def delete_label(self, name: str) -> Label:
        """Remove a label that no annotation uses (undo of adding one); returns what it was."""
        before = self.label(name)
        with self.transaction() as c:
            used = c.execute("SELECT COUNT(*) FROM annotations WHERE label = ?", (name,)).fetchone()[0]
            if used:
                raise ValidationError(f"label {name} is used by {used} annotation(s); it was kept")
            c.execute("DELETE FROM labels WHERE id = ?", (before.id,))
        self._labels = None
        return before

    def label(self, name: str) -> Label:
        for label in self.labels():
            if label.name == name:
                return label
        raise ValidationError(f"unknown label {name!r} (this project has {', '.join(self.label_names())})")

    def _check_shortcut(self, shortcut: str, owner: str) -> None:
        if shortcut and any(l.shortcut == shortcut and l.name != owner for l in self.labels()):
            raise ValidationError(f"shortcut {shortcut} is taken by another label")

    # ------------------------------------------------------------- documents
    def add_document(self, doc: Document) -> Document:
        """Insert a document (its text already normalised). Raises ValidationError on a duplicate."""
        _check_strings(name=doc.name, title=doc.title, text=doc.text, sha256=doc.sha256,
                       source_path=doc.source_path, encoding=doc.encoding)
        metadata = json.dumps(doc.metadata, ensure_ascii=False)
        _check_strings(metadata=metadata)
        with self.transaction() as c:  # checked inside the write lock: a second writer cannot slip in
            if self.document_id_by_sha(doc.sha256) is not None:
                raise ValidationError(f"{doc.name}: the same text is already in the project")
            name = self._free_name(doc.name)
            cur = c.execute(
                "INSERT INTO documents(name, title, text, sha256, source_path, encoding, char_count,"
                " imported_at, metadata, done) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (name, doc.title, doc.text, doc.sha256, doc.source_path, doc.encoding, len(doc.text),
                 doc.imported_at or now(), metadata, int(doc.done)))
        return self.document(cur.lastrowid)

    def _free_name(self, name: str) -> str:
        candidate, n = name, 1
        while self.document_id_by_name(candidate) is not None:
            n += 1
            stem, dot, ext = name.rpartition(".")
            candidate = f"{stem} ({n}).{ext}" if dot else f"{name} ({n})"
        return candidate

    def document(self, doc_id: int) -> Document:
        cur = self.conn.execute(f"SELECT {', '.join(_DOC_SUMMARY)}, text FROM documents WHERE id = ?", (doc_id,))
        row = cur.fetchone()
        if row is None:
            raise ValidationError(f"no document with id {doc_id}")
        return _row_to_document(dict(zip(_DOC_SUMMARY + ("text",), row)))

    def document_id_by_name(self, name: str) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def document_id_by_sha(self, sha: str) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
        return row[0] if row else None

    def documents(self) -> list[Document]:
        """All documents without their text (fast, for lists)."""
        rows = self.conn.execute(f"SELECT {', '.join(_DOC_SUMMARY)} FROM documents ORDER BY id")
        return [_row_to_document(dict(zip(_DOC_SUMMARY, r))) for r in rows]

    def document_texts(self, doc_ids: Iterable[int] | None = None) -> Iterator[tuple[int, str, str]]:
        """(id, name, text) of the given documents, or of all, one at a time."""
        ids = list(doc_ids) if doc_ids is not None else [d.id for d in self.documents()]
        for doc_id in ids:
            row = self.conn.execute("SELECT id, name, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:
                yield row

    def set_document_done(self, doc_id: int, done: bool) -> bool:
        """Set the done mark; returns the previous one."""
        before = self.document(doc_id).done
        with self.transaction() as c:
            c.execute("UPDATE documents SET done = ? WHERE id = ?", (int(done), doc_id))
        return before

    def document_counts(self) -> dict[int, dict[str, int]]:
        """{document_id: {"accepted": n, "suggested": n, "rejected": n}}."""
        counts: dict[int, dict[str, int]] = {}
        for doc_id, status, n in self.conn.execute(
                "SELECT document_id, status, COUNT(*) FROM annotations GROUP BY document_id, status"):
            counts.setdefault(doc_id, dict.fromkeys(STATUSES, 0))[status] = n
        return counts

    def search(self, needle: str, limit: int = 1000) -> list[tuple[int, str, int]]:
        """(document id, document name, code-point offset) of each occurrence of ``needle``."""
        if not needle:
            return []
        hits: list[tuple[int, str, int]] = []
        rows = self.conn.execute("SELECT id, name, text FROM documents WHERE instr(text, ?) > 0 ORDER BY id",
                                 (needle,))
        for doc_id, name, text in rows:
            pos = text.find(needle)
            while pos >= 0 and len(hits) < limit:
                hits.append((doc_id, name, pos))
                pos = text.find(needle, pos + 1)
        return hits

    # ----------------------------------------------------------- annotations
    def annotation(self, ann_id: int) -> Annotation:
        row = self.conn.execute(f"SELECT {_cols()} FROM annotations WHERE id = ?", (ann_id,)).fetchone()
        if row is None:
            raise ValidationError(f"no annotation with id {ann_id}")
        return _row_to_annotation(row)

    def annotations(self, doc_id: int | None = None, statuses: Iterable[str] | None = None,
                    labels: Iterable[str] | None = None) -> list[Annotation]:
        return list(self.iter_annotations(doc_id, statuses, labels))

    def iter_annotations(self, doc_id: int | None = None, statuses: Iterable[str] | None = None,
                         labels: Iterable[str] | None = None,
                         doc_ids: Iterable[int] | None = None) -> Iterator[Annotation]:
        where, params = [], []
        if doc_id is not None:
            where.append("document_id = ?")
            params.append(doc_id)
        for column, values in (("status", statuses), ("label", labels), ("document_id", doc_ids)):
            if values is not None:
                values = list(values)
                where.append(f"{_q(column)} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        sql = f"SELECT {_cols()} FROM annotations"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY document_id, start, \"end\", id"
        for row in self.conn.execute(sql, params):
            yield _row_to_annotation(row)

    def count_annotations(self) -> dict[tuple[str, str], int]:
        """{(label, status): count} over the project."""
        return {(l, s): n for l, s, n in self.conn.execute(
            "SELECT label, status, COUNT(*) FROM annotations GROUP BY label, status")}

    def _validate(self, a: Annotation, text: str | None = None, taken: SpanIndex | None = None) -> None:
        """Refuse what the store must never hold. ``taken``: the document's non-rejected spans,
        read once inside the current write (saves one query per span in bulk adds)."""
        _check_strings(label=a.label, text=a.text, origin=a.origin, annotator=a.annotator,
                       reason=a.reason, note=a.note)
        if not isinstance(a.value, dict):
            raise ValidationError(f"value must be a JSON object, not {a.value!r}")
        try:
            _check_strings(value=json.dumps(a.value, ensure_ascii=False))
        except (TypeError, ValueError) as e:
            raise ValidationError(f"value cannot be stored as JSON ({e})") from None
        if a.confidence is not None and not isinstance(a.confidence, (int, float)):
            raise ValidationError(f"confidence must be a number, not {a.confidence!r}")
        if not isinstance(a.status, str) or a.status not in STATUSES:
            raise ValidationError(f"unknown status {a.status!r} (one of {', '.join(STATUSES)})")
        self.label(a.label)
        if text is None:
            row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (a.document_id,)).fetchone()
            if row is None:
                raise ValidationError(f"no document with id {a.document_id}")
            text = row[0]
        if not (type(a.start) is int and type(a.end) is int) or not 0 <= a.start < a.end <= len(text):
            raise ValidationError(f"offsets {a.start}-{a.end} are outside the text (0-{len(text)}) "
                                  "or empty")
        if text[a.start:a.end] != a.text:
            raise ValidationError(f"span text {a.text!r} does not match the document at "
                                  f"{a.start}-{a.end} ({text[a.start:a.end]!r})")
        if a.status != "rejected" and taken is not None:
            other = taken.clash(a.label, a.start, a.end)
            if other is not None:
                raise ValidationError(f"{a.label} {a.text!r} ({a.start}-{a.end}) overlaps {a.label} "
                                      f"{other.text!r} ({other.start}-{other.end}); "
                                      "spans of one label may not overlap")
        elif a.status != "rejected":
            clash = self.conn.execute(
                'SELECT id, start, "end", text FROM annotations WHERE document_id = ? AND label = ? '
                "AND status != 'rejected' AND start < ? AND \"end\" > ? AND id IS NOT ? LIMIT 1",
                (a.document_id, a.label, a.end, a.start, a.id)).fetchone()
            if clash:
                raise ValidationError(f"{a.label} {a.text!r} ({a.start}-{a.end}) overlaps {a.label} "
                                      f"{clash[3]!r} ({clash[1]}-{clash[2]}); spans of one label may not overlap")

    def _insert(self, a: Annotation) -> Annotation:
        cur = self.conn.execute(_INSERT_SQL, _annotation_params(a))
        return a if a.id is not None else a.with_(id=cur.lastrowid)

    def _update_columns(self, a: Annotation, columns: Iterable[str]) -> None:
        """Write only ``columns`` of ``a`` to its row."""
        columns = [c for c in columns if c != "id"]
        if not columns:
            return
        params = dict(zip(_ANN_COLUMNS, _annotation_params(a)))
        self.conn.execute(f"UPDATE annotations SET {', '.join(_q(c) + ' = ?' for c in columns)} WHERE id = ?",
                          [params[c] for c in columns] + [a.id])

    def _delete(self, ann_id: int) -> None:
        self.conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))

    def add_annotation(self, doc_id: int, start: int, end: int, label: str, *, text: str | None = None,
                       value: dict | None = None, status: str = "accepted", origin: str = "manual",
                       annotator: str = "", note: str = "", confidence: float | None = None,
                       reason: str = "") -> ChangeSet:
        doc_text = self._text(doc_id)
        if text is None:
            text = doc_text[start:end] if 0 <= start < end <= len(doc_text) else ""
        stamp = now()
        a = Annotation(None, doc_id, start, end, label, text, value or {}, status, origin, annotator,
                       confidence, reason, note, stamp, stamp)
        with self.transaction():
            self._validate(a, doc_text)
            a = self._insert(a)
        return ChangeSet((Change(None, a),), f"add {label} {text}")

    def update_annotation(self, ann_id: int, **fields: Any) -> ChangeSet:
        """Change label, value, note, status, offsets … of one annotation.

        The row is read, checked and written inside one write transaction, and only the
        columns this edit changes are written: what another program saved meanwhile in the
        other columns (a status, a note) stays as it is.
        """
        with self.transaction():
            before = self.annotation(ann_id)
            if "start" in fields or "end" in fields:
                text = self._text(before.document_id)
                start, end = fields.get("start", before.start), fields.get("end", before.end)
                fields.setdefault("text", text[start:end] if isinstance(start, int) and isinstance(end, int)
                                  else "")
            after = before.with_(**fields, updated_at=now())
            if after == before.with_(updated_at=after.updated_at):
                return ChangeSet((), "")
            self._validate(after)
            self._update_columns(after, _changed_columns(before, after))
        return ChangeSet((Change(before, after),), f"edit {before.label} {before.text}")

    def delete_annotation(self, ann_id: int) -> ChangeSet:
        before = self.annotation(ann_id)
        with self.transaction():
            self._delete(ann_id)
        return ChangeSet((Change(before, None),), f"delete {before.label} {before.text}")

    def set_status(self, ann_ids: Iterable[int], status: str, annotator: str = "") -> ChangeSet:
        """Accept or reject many annotations in one transaction (all or none)."""
        changes = []
        stamp = now()
        texts: dict[int, str] = {}
        taken: dict[int, SpanIndex] = {}
        with self.transaction():
            for ann_id in ann_ids:
                before = self.annotation(ann_id)
                if before.status == status:
                    continue
                after = before.with_(status=status, updated_at=stamp,
                                     annotator=annotator or before.annotator)
                if status not in STATUSES:
                    self._validate(after)  # raises: unknown status
                if before.status == "rejected":  # back in play: may now overlap a span of its label
                    doc = before.document_id
                    if doc not in texts:
                        texts[doc], taken[doc] = self._text(doc), self._taken(doc)
                    self._validate(after, texts[doc], taken[doc])
                    taken[doc].add(after.label, after.start, after.end, after.text)
                # otherwise only the status changes: offsets, text and label were valid and
                # leaving or keeping the non-rejected side frees no overlap rule
                self.conn.execute("UPDATE annotations SET status = ?, updated_at = ?, annotator = ? WHERE id = ?",
                                  (after.status, after.updated_at, after.annotator, ann_id))
                changes.append(Change(before, after))
        return ChangeSet(tuple(changes), f"{status} {len(changes)}")

    def add_suggestions(self, doc_id: int, suggestions: Iterable[Suggestion]) -> ChangeSet:
        """Store suggestions of one document, skipping any the store would refuse."""
        text = self._text(doc_id)
        stamp = now()
        changes = []
        with self.transaction():
            taken = self._taken(doc_id)
            for s in suggestions:
                a = Annotation(None, doc_id, s.start, s.end, s.label, s.text, dict(s.value), "suggested",
                               s.origin or "suggester", "", s.confidence, s.reason, "", stamp, stamp)
                try:
                    self._validate(a, text, taken)
                except ValidationError:
                    continue
                changes.append(Change(None, self._insert(a)))
                taken.add(a.label, a.start, a.end, a.text)
        return ChangeSet(tuple(changes), f"suggest {len(changes)}")

    def add_annotations(self, doc_id: int, annotations: Iterable[Annotation], *,
                        on_invalid: Callable[[Annotation, ValidationError], None] | None = None) -> ChangeSet:
        """Store many annotations of one document in one write (a savepoint inside an open one).

        The document's text and spans are read once, so the cost is linear in the number of
        annotations. A refused annotation raises (nothing is stored) unless ``on_invalid`` is
        given: then it is handed to ``on_invalid`` and skipped. Ids are assigned by the store.
        """
        text = self._text(doc_id)
        changes = []
        with self.transaction():
            taken = self._taken(doc_id)
            for a in annotations:
                a = a.with_(id=None, document_id=doc_id)
                try:
                    self._validate(a, text, taken)
                except ValidationError as e:
                    if on_invalid is None:
                        raise
                    on_invalid(a, e)
                    continue
                changes.append(Change(None, self._insert(a)))
                if a.status != "rejected":
                    taken.add(a.label, a.start, a.end, a.text)
        return ChangeSet(tuple(changes), f"add {len(changes)}")

    def _taken(self, doc_id: int) -> SpanIndex:
        """The document's non-rejected spans, for overlap checks."""
        return SpanIndex(self.conn.execute(
            'SELECT label, start, "end", text FROM annotations WHERE document_id = ? '
            "AND status != 'rejected'", (doc_id,)))

    def delete_annotations(self, ann_ids: Iterable[int]) -> ChangeSet:
        changes = []
        with self.transaction():
            for ann_id in ann_ids:
                before = self.annotation(ann_id)
                self._delete(ann_id)
                changes.append(Change(before, None))
        return ChangeSet(tuple(changes), f"delete {len(changes)}")

    def revert(self, changeset: ChangeSet) -> None:
        """Undo: put every annotation of ``changeset`` back as it was before."""
        self._apply([(c.after, c.before) for c in reversed(changeset.changes)])

    def reapply(self, changeset: ChangeSet) -> None:
        """Redo: put every annotation of ``changeset`` as it was after."""
        self._apply([(c.before, c.after) for c in changeset.changes])

    def _apply(self, steps: list[tuple[Annotation | None, Annotation | None]]) -> None:
        """Put annotations back as ``target``; an edit writes only the columns it changed, so
        a column that another program or a later edit changed (a renamed label, a note) stays."""
        try:
            with self.transaction():
                for current, target in steps:
                    if target is None:
                        self._delete(current.id)
                    elif current is None:
                        self._validate(target)
                        self._insert(target)
                    else:
                        columns = _changed_columns(current, target)
                        row = self.annotation(target.id)
                        merged = row.with_(**{c: getattr(target, c) for c in columns})
                        self._validate(merged)
                        self._update_columns(merged, columns)
        except sqlite3.IntegrityError as e:
            raise ValidationError(f"cannot restore the annotation: it was changed in the meantime ({e})") from e

    def _text(self, doc_id: int) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise ValidationError(f"no document with id {doc_id}")
        return row[0]

    # ------------------------------------------------------- learned entries
    def learned_entries(self) -> dict[tuple[str, str], dict]:
        """{(label, text): value} of every accepted or hand-made span in the project."""
        rows = self.conn.execute(
            "SELECT label, text, value FROM annotations WHERE status = 'accepted' ORDER BY updated_at")
        return {(label, text): json.loads(value or "{}") for label, text, value in rows}

    def rejected_entries(self) -> set[tuple[str, str]]:
        """{(label, text)} of every rejected suggestion: never proposed again in this project."""
        return set(self.conn.execute(
            "SELECT DISTINCT label, text FROM annotations WHERE status = 'rejected'").fetchall())

    # ---------------------------------------------------------------- health
    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (before copying or moving it)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    def stats(self) -> dict[str, Any]:
        return {
            "documents": self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            "characters": self.conn.execute("SELECT COALESCE(SUM(char_count), 0) FROM documents").fetchone()[0],
            "done": self.conn.execute("SELECT COUNT(*) FROM documents WHERE done").fetchone()[0],
            "annotations": {f"{l}/{s}": n for (l, s), n in sorted(self.count_annotations().items())},
        }


def _annotation_params(a: Annotation) -> list:
    """Column values of ``a`` in _ANN_COLUMNS order (value as JSON); a shallow read, no copies."""
    return [json.dumps(a.value, ensure_ascii=False) if c == "value" else getattr(a, c) for c in _ANN_COLUMNS]


def _changed_columns(before: Annotation, after: Annotation) -> list[str]:
    """The columns whose values differ between two versions of one annotation."""
    return [c for c in _ANN_COLUMNS if getattr(before, c) != getattr(after, c)]


def _q(column: str) -> str:
    return f'"{column}"'


def _cols() -> str:
    return ", ".join(map(_q, _ANN_COLUMNS))


def _wal_completes(path: Path) -> bool:
    """Whether a database whose file is shorter than its header says is made whole by its
    write-ahead log (a checkpoint cut short): checked read-only, so nothing is changed."""
    shm = path.with_name(path.name + "-shm")
    made_shm = not shm.exists()
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return [r[0] for r in probe.execute("PRAGMA quick_check(1)")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        probe.close()
        if made_shm:  # the probe's shared-memory index: leave the folder as it was
            with contextlib.suppress(OSError):
                shm.unlink()


def _backup_hint(folder: Path) -> str:
    """Where the newest backup is and how to bring it back."""
    backups = backup.list_backups(folder)
    if not backups:
        return "there is no backup of it"
    return f"the newest backup is {backups[-1]}; 'annotator restore {folder}' brings it back"


def _check_strings(**fields: Any) -> None:
    """Refuse values SQLite cannot store as UTF-8 text (lone surrogates such as JSON "\\ud800")."""
    for name, value in fields.items():
        if not isinstance(value, str):
            raise ValidationError(f"{name} must be a string, not {type(value).__name__} {value!r:.60}")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise ValidationError(f"{name} holds a lone surrogate {value[e.start]!r} at position {e.start} "
                                  "(broken UTF-16), which cannot be stored") from None


def _is_disk_error(e: sqlite3.Error) -> bool:
    msg = str(e).lower()
    return any(k in msg for k in ("disk", "full", "i/o", "readonly", "read-only"))
