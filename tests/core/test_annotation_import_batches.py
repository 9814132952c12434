"""import-annotations: each line whole or not at all, bounded committed batches, exactly what was
stored per file, and work linear in the number of spans (counted in rows read, not seconds)."""
from __future__ import annotations

import contextlib
import itertools
import json
from pathlib import Path

import pytest

from annotator.core.errors import SaveError
from annotator.core.imports import annotations as annotation_import
from annotator.core.imports import jsonl, jsonl_lines
from annotator.core.imports.annotations import AnnotationImportError, import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。𠀋村在湖里区。"


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT))


def write_lines(path: Path, lines: list) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


def gold(start, end, label="DISTRICT", doc="a.txt"):
    return {"doc": doc, "start": start, "end": end, "label": label, "text": TEXT[start:end]}


def count_commits(store: Store, monkeypatch, fail_at: int | None = None) -> list[int]:
    """Wrap the store's transactions: the list grows by one per outermost (committed) write;
    the ``fail_at``-th one fails as a full disk would (nothing of it saved)."""
    commits: list[int] = []
    real = store.transaction

    @contextlib.contextmanager
    def transaction():
        outer = not store.conn.in_transaction
        if outer and fail_at is not None and len(commits) + 1 == fail_at:
            raise SaveError(f"{store.path}: could not write (disk full); nothing was saved")
        with real() as conn:
            yield conn
        if outer:
            commits.append(1)

    monkeypatch.setattr(store, "transaction", transaction)
    return commits


# ------------------------------------------------------------ whole lines
def test_a_rejected_doccano_line_stores_neither_its_document_nor_its_good_spans(store, tmp_path):
    other = "思明区和集美区。"
    lines = [{"text": other, "label": [[0, 3, "DISTRICT"], [4, 7, "NOPE"]]},      # new text, one bad span
             {"text": TEXT, "label": [[3, 6, "DISTRICT"], [0, 999, "DISTRICT"]]}]  # known text, one bad span
    report = import_annotations(store, [write_lines(tmp_path / "d.jsonl", lines)])
    assert sorted(n for _, n, _ in report.rejected) == [1, 2]
    assert (report.added, report.documents_added) == (0, 0)
    assert [d.name for d in store.documents()] == ["a.txt"] and store.annotations() == []
    assert report.messages == ["d.jsonl: stored 0 annotation(s); 2 line(s) rejected"]


def test_a_doccano_line_after_gold_lines_of_its_document_keeps_them_when_rejected(store, tmp_path):
    lines = [gold(3, 6), {"text": TEXT, "label": [[8, 15, "AMOUNT"], [0, 1, "X"]]}, gold(8, 15, "AMOUNT")]
    report = import_annotations(store, [write_lines(tmp_path / "m.jsonl", lines)])
    assert [n for _, n, _ in report.rejected] == [2]
    assert sorted((a.start, a.label) for a in store.annotations()) == [(3, "DISTRICT"), (8, "AMOUNT")]
    assert report.added == 2


# ------------------------------------------------------------ per file
def test_when_the_second_file_fails_the_report_says_what_the_first_one_stored(store, tmp_path):
    first = write_lines(tmp_path / "first.jsonl", [gold(3, 6), {"text": "思明区。", "label": [[0, 3, "DISTRICT"]]}])
    missing = tmp_path / "second.jsonl"
    third = write_lines(tmp_path / "third.jsonl", [gold(8, 15, "AMOUNT")])
    with pytest.raises(AnnotationImportError) as info:
        import_annotations(store, [first, missing, third])
    message = str(info.value)
    assert message.startswith(f"{missing}: cannot read") and "nothing was stored from it" in message
    assert "first.jsonl: 2 annotation(s) and 1 new document(s)" in message and "third.jsonl: 1 annotation(s)" in message
    assert "\n" not in message
    report = info.value.report
    assert [(Path(f.path).name, f.added, f.documents_added, bool(f.error)) for f in report.files] == [
        ("first.jsonl", 2, 1, False), ("second.jsonl", 0, 0, True), ("third.jsonl", 1, 0, False)]
    assert report.messages[1].startswith("second.jsonl: failed, nothing stored from it: cannot read")
    assert len(store.annotations()) == 3  # the other files were imported


def test_a_write_that_fails_part_way_says_exactly_what_was_stored(store, tmp_path, monkeypatch):
    monkeypatch.setattr(annotation_import, "BATCH_LINES", 2)
    monkeypatch.setattr(annotation_import, "BATCH_SECONDS", 1e9)
    path = write_lines(tmp_path / "g.jsonl", [gold(3, 6), gold(8, 15, "AMOUNT"), gold(0, 2), gold(25, 28)])
    count_commits(store, monkeypatch, fail_at=2)
    with pytest.raises(AnnotationImportError) as info:
        import_annotations(store, [path])
    assert "disk full" in str(info.value) and "2 annotation(s) had been stored from it" in str(info.value)
    assert len(store.annotations()) == 2
    expected = ("g.jsonl: partly imported: stored 2 annotation(s), then failed: "
                f"{store.path}: could not write (disk full); nothing was saved; nothing more stored from it")
    assert info.value.report.messages == [expected]


# ------------------------------------------------------------ batches
def test_lines_are_committed_in_bounded_batches(store, tmp_path, monkeypatch):
    monkeypatch.setattr(annotation_import, "BATCH_LINES", 3)
    monkeypatch.setattr(annotation_import, "BATCH_SECONDS", 1e9)
    spans = [(i, i + 1) for i in range(len(TEXT)) if TEXT[i] not in "𠀋"][:10]
    path = write_lines(tmp_path / "g.jsonl", [{"doc": "a.txt", "start": s, "end": e, "label": "PROJECT",
                                               "text": TEXT[s:e]} for s, e in spans])
    commits = count_commits(store, monkeypatch)
    report = import_annotations(store, [path])
    assert report.added == 10 and len(commits) == 4  # 3 + 3 + 3 + 1 lines


def test_a_batch_closes_after_its_time_whatever_its_size(store, tmp_path, monkeypatch):
    clock = itertools.count()  # every look at the clock is a second later
    monkeypatch.setattr(jsonl.time, "monotonic", lambda: next(clock))
    path = write_lines(tmp_path / "g.jsonl", [gold(3, 6), gold(8, 15, "AMOUNT"), gold(25, 28)])
    commits = count_commits(store, monkeypatch)
    assert import_annotations(store, [path]).added == 3
    assert len(commits) == 3  # one line per batch: never a long hold on the project


def test_another_program_can_write_between_batches(store, tmp_path, monkeypatch):
    monkeypatch.setattr(annotation_import, "BATCH_LINES", 1)
    other = Store.open(store.folder, busy_timeout_ms=100)
    written = []
    real_flush = jsonl.JsonLines._commit

    def commit_then_other_writes(self):
        real_flush(self)
        other.set_document_done(other.document_id_by_name("a.txt"), len(written) % 2 == 0)
        written.append(1)  # would raise SaveError (busy) if the import still held the write lock

    monkeypatch.setattr(jsonl.JsonLines, "_commit", commit_then_other_writes)
    try:
        import_annotations(store, [write_lines(tmp_path / "g.jsonl", [gold(3, 6), gold(8, 15, "AMOUNT")])])
    finally:
        other.close()
    assert len(written) == 2


# ------------------------------------------------------------ linear
class CountingConnection:
    """The store's connection, counting rows handed back by reads."""

    def __init__(self, conn):
        self._conn, self.rows = conn, 0

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, *args):
        return CountingCursor(self._conn.execute(*args), self)


class CountingCursor:
    def __init__(self, cursor, counter):
        self._cursor, self._counter = cursor, counter

    def __getattr__(self, name):
        return getattr(self._cursor, name)

    def __iter__(self):
        for row in self._cursor:
            self._counter.rows += 1
            yield row

    def fetchone(self):
        row = self._cursor.fetchone()
        self._counter.rows += row is not None
        return row

    def fetchall(self):
        rows = self._cursor.fetchall()
        self._counter.rows += len(rows)
        return rows


def rows_read_importing(tmp_path: Path, n: int) -> int:
    """Rows read while importing n spans (one gold line each) into one document that already
    holds n others, in batches of the default size."""
    text = "湖里区" * (2 * n)
    with Store.create(tmp_path / f"p{n}") as store:
        doc = store.add_document(Document(None, "big.txt", "t", text, sha256(text)))
        store.add_annotations(doc.id, [jsonl_lines.line_span(doc.id, 6 * i, 6 * i + 3, "DISTRICT", "湖里区",
                                                                     {}, "accepted", "manual", "")
                                       for i in range(n)])
        path = write_lines(tmp_path / f"g{n}.jsonl", [{"doc": "big.txt", "start": 6 * i + 3, "end": 6 * i + 6,
                                                       "label": "DISTRICT", "text": "湖里区"} for i in range(n)])
        counting = CountingConnection(store.conn)
        store.conn = counting
        try:
            report = import_annotations(store, [path])
        finally:
            store.conn = counting._conn
        assert report.added == n and report.rejected == []
        return counting.rows


def test_import_annotations_reads_rows_in_proportion_to_the_spans(tmp_path, monkeypatch):
    monkeypatch.setattr(annotation_import, "BATCH_SECONDS", 1e9)  # batches by size only: the same every run
    small, large = rows_read_importing(tmp_path, 2000), rows_read_importing(tmp_path, 4000)
    assert large <= 2.3 * small, (small, large)  # quadratic work would read about four times as many
    assert large < 20 * 4000
