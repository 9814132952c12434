"""Two writers on one project: they take turns (BEGIN IMMEDIATE + busy timeout), nothing is lost,
a writer that cannot get the lock in time gets a clear SaveError, and each side sees the other's edits."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from annotator.core.errors import SaveError, ValidationError
from annotator.core.store import Store

HELPER = Path(__file__).parent / "helpers" / "edit_stream.py"
ROOT = Path(__file__).resolve().parents[2]
TEXT = "湖里区思明区集美区海沧区同安区翔安区" * 50
ENV = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
NO_PANDAS = "import sys; sys.modules.setdefault('pandas', None); sys.modules.setdefault('numpy', None)\n"


@pytest.fixture
def project(make_project):
    return make_project(TEXT)


class SignallingConnection:
    """A connection that tells the test when the store asks for the write lock."""

    def __init__(self, conn: sqlite3.Connection, asked: threading.Event):
        self._conn, self._asked = conn, asked

    def execute(self, sql, *args):
        if sql == "BEGIN IMMEDIATE":
            self._asked.set()
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_two_processes_and_a_thread_edit_at_once_and_nothing_is_lost(project):
    children = [subprocess.Popen([sys.executable, str(HELPER), str(project), "1", str(base), "60"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
                for base in (0, 100)]
    errors = []

    def local_writer():
        try:
            with Store.open(project) as store:
                for i in range(30):
                    store.add_annotation(1, 200 + i, 201 + i, "DISTRICT", note=f"n{i}")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    thread = threading.Thread(target=local_writer)
    thread.start()
    outputs = [child.communicate(timeout=60) for child in children]
    thread.join(60)
    assert errors == []
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0 and "Traceback" not in err, err
        assert out.strip().endswith("done")
    with Store.open(project) as store:
        rows = store.annotations()
        assert len(rows) == 150
        assert sorted(a.start for a in rows) == [*range(60), *range(100, 160), *range(200, 230)]
        assert store.integrity_check() == "ok"
        reported = {int(line.split()[1]) for out, _ in outputs for line in out.splitlines()
                    if line.startswith("add ")}
        assert reported <= {a.id for a in rows}


def test_validation_happens_under_the_write_lock(project):
    """A checks for an overlap while B holds the lock and adds the same span: A must refuse."""
    a, b = Store.open(project), Store.open(project)
    asked = threading.Event()
    a.conn = SignallingConnection(a.conn, asked)
    result = []

    def add_in_a():
        try:
            result.append(a.add_annotation(1, 0, 3, "DISTRICT"))
        except ValidationError as e:
            result.append(e)

    with b.transaction():
        thread = threading.Thread(target=add_in_a)
        thread.start()
        assert asked.wait(10)
        b.add_annotation(1, 0, 3, "DISTRICT")
    thread.join(10)
    assert isinstance(result[0], ValidationError) and "overlap" in str(result[0])
    assert len(b.annotations()) == 1
    a.close()
    b.close()


def test_a_writer_that_cannot_get_the_lock_in_time_gets_a_clear_save_error(project):
    holder = sqlite3.connect(str(project / "project.sqlite"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with Store.open(project, busy_timeout_ms=50) as store:
        with pytest.raises(SaveError, match="busy in another program.*nothing was saved"):
            store.add_annotation(1, 0, 3, "DISTRICT")
        holder.execute("ROLLBACK")
        assert store.annotations() == []
        store.add_annotation(1, 0, 3, "DISTRICT")
        assert len(store.annotations()) == 1
    holder.close()


def test_each_store_sees_the_other_ones_edits(project):
    a, b = Store.open(project), Store.open(project)
    a.add_label("PLACE")  # a label the project added: the schema's keep their names
    ann = a.add_annotation(1, 0, 3, "PLACE").changes[0].after
    assert b.annotations() == [ann]
    assert b.label_names() == a.label_names()  # b has its labels cached now
    a.update_label("PLACE", new_name="SITE")
    assert b.annotations()[0].label == "SITE"
    b.add_annotation(1, 3, 6, "SITE")  # b's label cache follows a's rename
    a.set_status([ann.id], "rejected")
    assert b.annotation(ann.id).status == "rejected"
    assert {x.text for x in a.annotations()} == {"湖里区", "思明区"}
    a.close()
    b.close()


def test_data_version_changes_with_another_connections_commits_only(project):
    """What the window watches to notice another program's writes (gui/reloading.py)."""
    with Store.open(project) as mine, Store.open(project) as other:
        seen = mine.data_version()
        mine.add_annotation(1, 0, 3, "DISTRICT")  # its own write
        assert mine.data_version() == seen
        other.add_annotation(1, 3, 6, "DISTRICT")
        assert mine.data_version() != seen
        seen = mine.data_version()
        assert mine.data_version() == seen  # read again: nothing new


def test_two_processes_importing_the_same_files_store_each_text_once(tmp_path, project):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(15):
        (src / f"{i}.txt").write_text(f"第{i}篇：厦门市湖里区。", encoding="utf-8")
    code = NO_PANDAS + (
        "from annotator.core.store import Store\n"
        "from annotator.core.imports.documents import import_files\n"
        f"with Store.open({str(project)!r}) as s:\n"
        f"    r = import_files(s, [{str(src)!r}])\n"
        "print(len(r.imported), len(r.skipped), len(r.failed))\n")
    children = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, env=ENV) for _ in range(2)]
    outs = [c.communicate(timeout=60) for c in children]
    for child, (_out, err) in zip(children, outs, strict=True):
        assert child.returncode == 0 and "Traceback" not in err, err
    counts = [tuple(map(int, out.split())) for out, _ in outs]
    assert sum(imported for imported, _, _ in counts) == 15
    assert all(imp + skipped + failed == 15 for imp, skipped, failed in counts)
    with Store.open(project) as store:
        assert len(store.documents()) == 16


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "jsonl"])
def test_an_export_while_another_program_writes_is_the_project_at_one_moment(make_project, tmp_path, fmt):
    """The window labels while `annotator export` runs: the export read each document's spans,
    the counts and the links at different moments, so a span saved meanwhile was missing from the
    rows but counted in the Documents sheet (or present in one document's rows and not another's)."""
    import csv as pycsv
    import json

    from openpyxl import load_workbook

    from annotator.core.export.formats import export

    text = "湖里区投资5亿元。思明区投资3亿元。"
    project = make_project({"a.txt": text, "b.txt": text + "集美区。"},
                           [("a.txt", 0, 3, "DISTRICT"), ("b.txt", 0, 3, "DISTRICT")])
    other = Store.open(project)  # the window, say
    out = tmp_path / f"out.{fmt}"

    def step(name: str) -> None:  # as the first document is read, the other program saves a span in each
        if len(other.annotations()) == 2:
            for doc_id in (1, 2):
                other.add_annotation(doc_id, 9, 12, "DISTRICT")

    with Store.open(project) as store:
        export(store, out, fmt, step=step)
    assert len(other.annotations()) == 4  # both were saved, during the export
    other.close()
    if fmt == "xlsx":
        book = load_workbook(out)
        rows = [r for r in book["Annotations"].iter_rows(values_only=True)][1:]
        documents = {r[0]: r for r in book["Documents"].iter_rows(values_only=True)}
        accepted = documents["document"].index("n_accepted")
        assert len(rows) == sum(documents[name][accepted] for name in ("a.txt", "b.txt"))
    elif fmt == "csv":
        rows = list(pycsv.DictReader(out.open(encoding="utf-8-sig")))
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2  # the project as the export began
