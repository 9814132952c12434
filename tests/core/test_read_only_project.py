"""A project that cannot be written (a read-only mount or share, a replication package on a disc, a
folder without write permission) is read by the commands that only read, and never a byte is
written into its folder; the commands that write refuse it in one line naming it.

Root ignores file permissions (CI runs as root), so most tests make the store's one writability
probe (``store/read_only.can_write``) say no: the project opens through the same read-only code
path while the file system would let it write, so any byte written would be seen. Where this
process may mount (root), one test reads a project on a real read-only mount; it is skipped
where it cannot mount.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.errors import DiskError, ProjectError, ReadOnlyProject
from annotator.core.store import Store, read_only
from annotator.paths import DB_FILENAME
from tests.cli_run import assert_user_error, run
from tests.core.conftest import build_project, old_project

TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。"
GOLD = [{"doc": "a.txt", "start": 3, "end": 6, "label": "DISTRICT", "text": "湖里区", "value": {}}]


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def make_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The probe says ``folder`` and everything in it cannot be written."""
    probe = read_only.can_write
    monkeypatch.setattr(read_only, "can_write", lambda path: probe(path) and not (
        Path(path) == folder or folder in Path(path).parents))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project of one document with a span of two coders, closed, with its session's backup."""
    folder = build_project(tmp_path / "p", TEXT, [("a.txt", 3, 6, "DISTRICT", {"annotator": "li"}),
                                                   ("a.txt", 3, 6, "DISTRICT", {"annotator": "wang"}),
                                                   ("a.txt", 10, 17, "AMOUNT", {"annotator": "li"})])
    assert (folder / "backups").is_dir() and not (folder / f"{DB_FILENAME}-wal").exists()
    return folder


def test_a_read_only_project_is_read_and_every_write_refused_with_nothing_written(project, monkeypatch):
    make_read_only(monkeypatch, project)
    before = folder_state(project)
    with Store.open(project, read_only_ok=True) as store:
        assert store.read_only
        assert store.stats()["annotations"] == {"AMOUNT/accepted": 1, "DISTRICT/accepted": 2}
        assert store.document(store.documents()[0].id).text == TEXT
        assert store.project_uuid() == store.project_uuid() != ""  # one id for the session, not stored
        span = store.annotations()[0]
        for write in (lambda: store.add_annotation(span.document_id, 0, 3, "DISTRICT"),
                      lambda: store.set_status([span.id], "rejected", "me"),
                      lambda: store.delete_annotations([span.id]),
                      lambda: store.set_document_done(span.document_id, True),
                      lambda: store.add_label("POLICY", "#7b4ea3")):
            with pytest.raises(ReadOnlyProject) as refused:
                write()
            assert str(refused.value).startswith(f"{project}: the project is read-only")
            assert "\n" not in str(refused.value) and "nothing was changed" in str(refused.value)
    assert folder_state(project) == before  # no -wal, -shm, stamp, backup or meta written


def test_opening_to_write_still_refuses_a_read_only_project(project, monkeypatch):
    make_read_only(monkeypatch, project)
    with pytest.raises(ProjectError, match="the project folder is read-only"):
        Store.open(project)


def test_an_older_read_only_project_is_refused_not_upgraded(tmp_path, monkeypatch):
    folder = tmp_path / "old"
    old_project(folder, 4)
    make_read_only(monkeypatch, folder)
    before = folder_state(folder)
    with pytest.raises(ProjectError) as refused:
        Store.open(folder, read_only_ok=True)
    said = str(refused.value)
    assert said.startswith(f"{folder}: the project is read-only and of an older version (schema 4")
    assert "copy the project folder to a writable place" in said and "\n" not in said
    assert folder_state(folder) == before and not (folder / "backups").exists()


HOLD_OPEN = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE documents SET done = 1")
print("written", flush=True)
sys.stdin.read()
"""


def test_a_read_only_project_another_program_has_open_is_read_with_its_log(project, monkeypatch):
    """Its write-ahead log and shared-memory file are there: the log's changes are read too."""
    writer = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(project / DB_FILENAME)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "written\n"
        assert (project / f"{DB_FILENAME}-wal").stat().st_size > 0
        make_read_only(monkeypatch, project)
        names = sorted(p.name for p in project.iterdir())
        with Store.open(project, read_only_ok=True) as store:
            assert store.read_only and store.stats()["done"] == 1  # in the log only
        assert sorted(p.name for p in project.iterdir()) == names
    finally:
        writer.communicate("")


def test_reading_commands_work_and_writing_commands_refuse_in_one_line(project, tmp_path, monkeypatch, capsys):
    gold = tmp_path / "a.gold.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD), encoding="utf-8")
    (tmp_path / "more.txt").write_text("思明区", encoding="utf-8")
    make_read_only(monkeypatch, project)
    before = folder_state(project)
    code, out, err = run(capsys, "export", project, "-o", tmp_path / "out.xlsx")
    assert code == 0 and (tmp_path / "out.xlsx").stat().st_size > 0, err
    code, out, err = run(capsys, "export", project, "-o", tmp_path / "out.jsonl")
    assert code == 0 and len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 3, err
    code, out, err = run(capsys, "stats", project, "--json")
    assert code == 0 and json.loads(out)["annotations"]["DISTRICT/accepted"] == 2, err
    code, out, err = run(capsys, "documents", project)
    assert code == 0 and "a.txt" in out, err
    code, out, err = run(capsys, "evaluate", project, "--gold", gold, "--json")
    assert code == 0 and json.loads(out)["labels"]["DISTRICT"]["exact"]["gold"] == 1, err
    code, out, err = run(capsys, "agreement", project, "--json")
    assert code == 0 and json.loads(out), err
    code, out, err = run(capsys, "model-settings", project)
    assert code == 0 and "model:" in out, err
    code, out, err = run(capsys, "export-package", project, "-o", tmp_path / "pack.zip")
    assert code == 0 and (tmp_path / "pack.zip").exists(), err
    for args in (("import", project, tmp_path / "more.txt"), ("suggest", project), ("train", project),
                 ("review", project, "--reject"), ("done", project, "--all"), ("meta", project, "year=2020", "--all"),
                 ("remove", project, "--doc", "a.txt"), ("merge", project, tmp_path / "pack.zip"),
                 ("model-settings", project, "--model", "none"), ("import-annotations", project, gold)):
        assert_user_error(run(capsys, *args), str(project), "read-only")
    assert folder_state(project) == before


def test_cross_validating_a_read_only_project_prints_the_scores_and_says_they_were_not_stored(
        tmp_path, monkeypatch, capsys):
    from annotator.core.store.trained import load_scores
    from annotator.core.suggest.model.training import MODEL_NAME
    from tests.core.test_model_suggest import spans_of_names, synthetic_texts

    texts = synthetic_texts()
    folder = build_project(tmp_path / "p", texts, spans_of_names(texts))
    make_read_only(monkeypatch, folder)
    before = folder_state(folder)
    code, out, err = run(capsys, "evaluate", folder, "--cross-validate", "--iterations", "10")
    assert code == 0 and "leave-one-document-out over 3 document(s)" in out and "PROJECT    model" in out, err
    said = [line for line in out.splitlines() if line.startswith("not stored: ")]
    assert said == [f"not stored: {folder} is read-only (its folder or database file cannot be written), so these "
                    "scores were not kept in it; the window's Statistics panel shows the last ones stored"]
    code, out, err = run(capsys, "evaluate", folder, "--cross-validate", "--iterations", "10", "--json")
    assert code == 0 and json.loads(out)["documents"] and err.startswith(f"not stored: {folder} is read-only"), err
    assert folder_state(folder) == before
    monkeypatch.undo()
    with Store.open(folder) as store:
        assert load_scores(store, MODEL_NAME) is None


def test_a_name_longer_than_the_file_system_takes_is_one_line(tmp_path, capsys):
    long = tmp_path / ("长路径" * 60)  # 540 bytes: Path.exists() raised OSError 'File name too long'
    for call in (lambda: Store.create(long), lambda: Store.open(long), lambda: Store.create(long / "p")):
        with pytest.raises(DiskError) as refused:
            call()
        said = str(refused.value)
        assert said.startswith(str(long)) and "540 bytes" in said and "255" in said and "\n" not in said
    too_deep = tmp_path.joinpath(*["路" * 80] * 20)  # each name 240 bytes, the whole path over 4,096
    with pytest.raises(DiskError, match="the path is too long for the file system"):
        Store.open(too_deep)
    assert_user_error(run(capsys, "new", long), str(long), "255 bytes")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ a real read-only mount
def _mount(*args: str) -> bool:
    if not shutil.which("mount") or os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def mounted(tmp_path: Path):
    """A tmpfs of its own at tmp_path/mnt (root, a system that lets it mount), unmounted after."""
    point = tmp_path / "mnt"
    point.mkdir()
    if not hasattr(os, "geteuid") or not _mount("-t", "tmpfs", "tmpfs", str(point)):
        pytest.skip("cannot mount a file system here (not root, or no permission to mount): "
                    "the read-only probe tests above cover the same code")
    yield point
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


KILLED_WRITING = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE documents SET done = 1")
os._exit(0)
"""


def test_a_project_on_a_real_read_only_mount(project, mounted, tmp_path, capsys):
    copy = shutil.copytree(project, mounted / "p")
    unclean = shutil.copytree(project, mounted / "unclean")
    subprocess.run([sys.executable, "-c", KILLED_WRITING, str(unclean / DB_FILENAME)], check=True)
    (unclean / f"{DB_FILENAME}-shm").unlink()  # its log holds changes, its shared memory is gone
    assert _mount("-o", "remount,ro", str(mounted))
    before = {**folder_state(copy), **folder_state(unclean)}
    with Store.open(copy, read_only_ok=True) as store:
        assert store.read_only and store.stats()["documents"] == 1
        with pytest.raises(ReadOnlyProject):
            store.set_document_done(store.documents()[0].id, True)
    code, out, err = run(capsys, "export", copy, "-o", tmp_path / "out.jsonl")
    assert code == 0 and len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 3, err
    assert_user_error(run(capsys, "suggest", copy), str(copy), "read-only")
    assert_user_error(run(capsys, "stats", unclean), str(unclean), "not closed cleanly", "copy the project folder")
    assert {**folder_state(copy), **folder_state(unclean)} == before
    assert sqlite3.sqlite_version_info >= (3, 22)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores file permissions "
                    "(the probe tests and the mount test above cover root)")
def test_a_folder_without_write_permission_for_real(project, capsys, tmp_path):
    (project / DB_FILENAME).chmod(0o444)
    for folder in (project / "backups", project):
        folder.chmod(0o555)
    try:
        before = folder_state(project)
        code, out, err = run(capsys, "stats", project, "--json")
        assert code == 0 and json.loads(out)["documents"] == 1, err
        assert_user_error(run(capsys, "suggest", project), str(project), "read-only")
        assert folder_state(project) == before
    finally:
        for folder in (project, project / "backups"):
            folder.chmod(0o755)
