"""Exported files: the mode a normal file gets, no .part left behind, a full disk is one line."""
from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core import writing
from annotator.core.errors import AnnotatorError
from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.models import Annotation, Document
from annotator.core.store import Store
from annotator.core.writing import atomic_write_text, remove_stale_parts

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "p"
    with Store.create(folder) as store:
        for i in range(20):
            text = SENTENCE * 100 + str(i)
            doc = store.add_document(Document(None, f"d{i}.txt", "t", text, sha256(text)))
            store.add_annotations(doc.id, [
                Annotation(None, doc.id, j * len(SENTENCE), j * len(SENTENCE) + 3, "DISTRICT", "湖里区",
                           {"code": "350206"}) for j in range(100)])
    return folder


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".jsonl", ".conll"])
def test_an_export_gets_the_mode_of_a_new_file(project, tmp_path, umask, suffix):
    old = os.umask(umask)
    try:
        out = tmp_path / f"out{suffix}"
        with Store.open(project) as store:
            export(store, out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_replacing_a_file_keeps_its_mode(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o640)
    atomic_write_text(out, "new")
    assert out.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_part_files_of_a_killed_export_are_removed_by_the_next(tmp_path):
    out = tmp_path / "out.csv"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".out.csv.{dead.pid}.0a1b2c3d.part"
    stale.write_text("half", encoding="utf-8")
    old_style = tmp_path / ".out.csv.k3j_x9ab.part"  # what mkstemp named them before
    old_style.write_text("half", encoding="utf-8")
    other = tmp_path / f".other.csv.{dead.pid}.0a1b2c3d.part"  # another target's: not ours to judge
    other.write_text("half", encoding="utf-8")
    atomic_write_text(out, "whole")
    assert not stale.exists() and not old_style.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, other.name])


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE (POSIX)")
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".jsonl", ".conll"])
def test_an_export_that_runs_out_of_room_is_one_line(project, tmp_path, suffix):
    out = tmp_path / f"out{suffix}"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               TMPDIR=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "annotator", "export", str(project), "-o", str(out)],
                         capture_output=True, text=True, env=env, preexec_fn=_limit_file_size, timeout=120)
    assert run.returncode == 1
    assert run.stderr.startswith("annotator: error: ") and str(out) in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert not out.exists()
    assert list(tmp_path.glob(".out*.part")) == []


@pytest.mark.parametrize("target", ["p/project.sqlite", "p/project.sqlite-shm", "other/project.sqlite",
                                    "p/backups/copy.sqlite"])
def test_an_export_never_replaces_a_project_database(project, tmp_path, target):
    """`annotator export P -o P/project.sqlite` replaced the open project's database with the
    export (an empty JSONL file): every span was gone."""
    Store.create(tmp_path / "other").close()
    out = tmp_path / target
    if target.startswith("p/backups/"):
        out.parent.mkdir(exist_ok=True)
        with Store.open(project) as store:
            store.conn.execute(f"VACUUM INTO '{out}'")
    with Store.open(project) as store:
        before = out.stat()  # the inode: replacing the file gives another (never open() it: locks)
        with pytest.raises(AnnotatorError, match="is a project database"):
            export(store, out, "jsonl")
        assert (out.stat().st_ino, out.stat().st_size) == (before.st_ino, before.st_size)
        assert len(store.annotations()) == 2000
    with Store.open(project) as store:
        assert len(store.annotations()) == 2000


@pytest.mark.parametrize("name", ["project.sqlite-wal", "project.sqlite-shm", "project.sqlite-journal"])
def test_an_export_never_writes_a_closed_projects_journal(project, tmp_path, name):
    """`annotator export P -o other/project.sqlite-wal` wrote there when the other project was closed
    (no -wal beside its database): SQLite took the file for the project's log and dropped it at the
    next open, so the export vanished without a word."""
    Store.create(tmp_path / "other").close()
    out = tmp_path / "other" / name
    assert not out.exists()
    with Store.open(project) as store, pytest.raises(AnnotatorError, match="is a project database"):
        export(store, out, "jsonl")
    assert not out.exists()
    assert export_to(project, tmp_path / "other" / "notes-wal.jsonl").startswith("wrote")  # a name like it is fine


def export_to(project: Path, out: Path) -> str:
    with Store.open(project) as store:
        return export(store, out, "jsonl")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".jsonl", ".conll", ".doccano.jsonl"])
def test_an_export_stopped_by_its_step_leaves_the_target_as_it_was(project, tmp_path, suffix):
    """The window's Cancel: ``step`` sees each document as it is read and may stop the export."""
    from annotator.core.export.formats import ExportCancelled

    out = tmp_path / f"out{suffix}"
    out.write_bytes(b"the file from before")
    seen: list[str] = []

    def step(name: str) -> None:  # a name again and again as its spans and its text are read
        seen.append(name)
        if len(set(seen)) == 3:
            raise ExportCancelled("cancelled")

    with Store.open(project) as store, pytest.raises(ExportCancelled):
        export(store, out, step=step)
    assert out.read_bytes() == b"the file from before"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert list(dict.fromkeys(seen)) == ["d0.txt", "d1.txt", "d2.txt"]
    with Store.open(project) as store:  # a step that lets it run: the whole file
        export(store, out, step=seen.append)
    assert out.read_bytes() != b"the file from before" and out.stat().st_size > 1000


def test_a_name_as_long_as_a_file_name_may_be_is_written(tmp_path):
    """A workbook named with 80 Chinese characters (245 bytes, allowed) was refused: its temporary
    file's name, 24 bytes longer, was not ("File name too long")."""
    target = tmp_path / ("导出" * 40 + ".xlsx")
    atomic_write_text(target, "one")
    assert target.read_text() == "one"
    part = tmp_path / f".{writing._part_stem(target)}.999999999.0badc0de.part"  # left by a killed run
    part.write_text("half")
    remove_stale_parts(target)
    assert not part.exists() and sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_a_workbook_that_fails_late_says_one_line_and_no_traceback(project, tmp_path, monkeypatch, capsys):
    """A project damaged where the export reads it last (found fuzzing damaged databases: the About
    sheet's team rows): the error's line came, then at the exit twenty 'Exception ignored in:
    <generator object WorksheetWriter.get_stream …>' tracebacks of the sheets written before it."""
    import gc
    import sqlite3

    from annotator import cli
    from annotator.core.export import provenance

    def damaged(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    complaints: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", complaints.append)
    monkeypatch.setattr(provenance, "team_rows", damaged)
    out = tmp_path / "out.xlsx"
    assert cli.main(["export", str(project), "-o", str(out)]) == 1
    gc.collect()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "database disk image is malformed" in err, err
    assert complaints == [] and not out.exists()
