"""Damaged projects whose header looks fine (issue 19): refused before anything is written to
them or backed up from them, with one line that names the newest backup."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator import cli
from annotator.core.errors import ProjectError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store, backup, migrations
from annotator.paths import DB_FILENAME
from tests.core.test_safety_corrupt import make_project, open_fails, snapshot


def everything(folder: Path) -> dict[str, bytes]:
    files = snapshot(folder)
    if (folder / "backups").is_dir():
        files.update({f"backups/{k}": v for k, v in snapshot(folder / "backups").items()})
    return files


def page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def damage_a_page(folder: Path) -> None:
    """Overwrite one b-tree page in the middle of the file; the header stays intact."""
    path = folder / DB_FILENAME
    data = bytearray(path.read_bytes())
    size = page_size(path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'annotations'").fetchone()[0]
    conn.close()
    start = (root - 1) * size
    data[start:start + size] = bytes([0x0D, 0xFF, 0xFF]) + b"\xee" * (size - 3)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path):
    folder = tmp_path / "p"
    make_project(folder)  # its session leaves a backup of the 30 documents
    (good,) = backup.list_backups(folder)
    damage_a_page(folder)
    return folder, good


def test_a_damaged_page_is_refused_at_open_naming_the_newest_backup(damaged):
    folder, good = damaged
    error = open_fails(folder, "damaged", str(good), "annotator restore")
    assert "nothing was written" in str(error)


@pytest.mark.parametrize("command", [
    ["import", "{p}", "{file}"], ["suggest", "{p}"], ["stats", "{p}"], ["export", "{p}", "-o", "{out}"],
    ["import-annotations", "{p}", "{gold}"], ["evaluate", "{p}", "--gold", "{gold}"],
])
def test_every_command_refuses_a_damaged_project_with_one_line(damaged, tmp_path, capsys, command):
    folder, good = damaged
    text = tmp_path / "new.txt"
    text.write_text("湖里区新建学校。", encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"doc": "0.txt", "start": 4, "end": 7, "label": "DISTRICT", "text": "厦门市"}\n',
                    encoding="utf-8")
    before = everything(folder)
    argv = [a.format(p=folder, file=text, out=tmp_path / "o.xlsx", gold=gold) for a in command]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("annotator: error: ") and len(err.strip().splitlines()) == 1, err
    assert str(good) in err
    assert everything(folder) == before  # nothing written, no backup of the damaged file


def test_a_restore_brings_it_back(damaged, capsys):
    folder, good = damaged
    assert cli.main(["restore", str(folder)]) == 0, capsys.readouterr().err
    with Store.open(folder) as store:
        assert len(store.documents()) == 30


def test_a_truncated_database_with_a_leftover_write_ahead_log(tmp_path):
    folder = tmp_path / "p"
    data = make_project(folder)
    # a write-ahead log left by a killed program, and the main file cut short
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("PRAGMA journal_mode = WAL")
    keeper = sqlite3.connect(folder / DB_FILENAME)
    keeper.execute("BEGIN")
    keeper.execute("SELECT COUNT(*) FROM documents").fetchone()  # holds a read: no checkpoint at close
    conn.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
    conn.commit()
    wal = (folder / f"{DB_FILENAME}-wal").read_bytes()
    keeper.close()
    conn.close()
    shutil.rmtree(folder / "backups")
    (folder / DB_FILENAME).write_bytes(data[: len(data) // 2])
    (folder / f"{DB_FILENAME}-wal").write_bytes(wal)
    open_fails(folder, "truncated")


def test_a_checkpoint_cut_short_is_not_mistaken_for_damage(tmp_path):
    """The main file shorter than its header says, made whole by its write-ahead log, opens."""
    folder = tmp_path / "p"
    make_project(folder)
    path = folder / DB_FILENAME
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM documents").fetchone()
    text = "新的一篇。" * 5000
    conn.execute("INSERT INTO documents(name, title, text, sha256, char_count) VALUES ('n', 't', ?, 's', 1)",
                  (text,))
    wal = (folder / f"{DB_FILENAME}-wal").read_bytes()
    main = path.read_bytes()
    reader.close()
    conn.close()
    # as if a checkpoint had written page 1 (saying more pages) and died before the rest
    header = bytearray(main[:100])
    pages = int.from_bytes(header[28:32], "big") + 3
    header[28:32] = pages.to_bytes(4, "big")
    path.write_bytes(bytes(header) + main[100:])
    (folder / f"{DB_FILENAME}-wal").write_bytes(wal)
    with Store.open(folder) as store:
        assert store.document_id_by_name("n") is not None


@pytest.mark.parametrize("user_version", [1, 2, 3, 4])
def test_a_foreign_database_with_a_project_like_version_is_left_untouched(tmp_path, user_version):
    folder = tmp_path / "p"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_FILENAME)
    for table in ("meta", "labels", "documents", "annotations"):  # the names, not the shape
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, x TEXT)")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    for _ in range(2):  # and again: no backup, no WAL switch per attempt
        error = open_fails(folder, "not those of an annotator project" if user_version <= migrations.SCHEMA_VERSION
                             else "newer")
        assert "AssertionError" not in str(error)
    assert not (folder / "backups").exists()


def test_a_foreign_database_claiming_a_newer_version_is_not_called_newer(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    error = open_fails(folder, "not an annotator project")
    assert "newer" not in str(error)


def test_opening_checks_each_file_once_per_process(tmp_path, monkeypatch):
    """The quick check runs at the first connection only; the window's task Stores skip it."""
    folder = tmp_path / "p"
    make_project(folder)
    checks = []
    real = Store._prepare

    def spy(self, check=True):
        checks.append(check)
        return real(self, check)

    monkeypatch.setattr(Store, "_prepare", spy)
    first = Store.open(folder)
    Store.open(folder).close()
    first.close()
    Store.open(folder).close()
    assert checks == [True, False, True]


def test_edits_are_synchronous_full():
    """A commit reported saved survives a power cut (NORMAL may roll back the last ones)."""
    import tempfile

    with tempfile.TemporaryDirectory() as d, Store.create(Path(d) / "p") as store:
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        store.add_document(Document(None, "a.txt", "t", "湖里区", sha256("湖里区")))
        assert isinstance(store, Store)


def test_a_project_refused_as_damaged_raises_project_error(damaged):
    folder, _ = damaged
    with pytest.raises(ProjectError):
        Store.open(folder)


def log_of_another_project(folder: Path, other: Path) -> Path:
    """The write-ahead log of a small project's unfinished session, left beside ``folder``'s database."""
    with Store.create(other) as store:
        store.add_document(Document(None, "x.txt", "x", "思明区。", sha256("思明区。")))
        store.checkpoint()
    conn = sqlite3.connect(other / DB_FILENAME, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE documents SET title = 'y'")
    shutil.copy(other / f"{DB_FILENAME}-wal", folder / f"{DB_FILENAME}-wal")  # as a crash leaves it
    conn.close()
    return folder / f"{DB_FILENAME}-wal"


def test_a_write_ahead_log_of_another_database_is_never_written_into_the_project(tmp_path, capsys):
    """Found fuzzing damaged project folders: SQLite applies any log beside a database, and the refusal's
    close wrote the other project's log in (the file shrank to the other's pages: every document of it
    lost) while the message said nothing was written to it. Now it is read first, read-only."""
    folder = tmp_path / "p"
    make_project(folder)
    shutil.rmtree(folder / "backups")
    log = log_of_another_project(folder, tmp_path / "other")
    error = open_fails(folder, f"its write-ahead log {DB_FILENAME}-wal does not fit it", "nothing was written",
                       f"move {DB_FILENAME}-wal out of the folder", "there is no backup of it")
    assert str(error).startswith(f"{folder / DB_FILENAME}: ")
    assert cli.main(["stats", str(folder)]) == 1 and "does not fit it" in capsys.readouterr().err
    log.rename(tmp_path / "moved-wal")  # as the message says: the project as it was last saved
    with Store.open(folder) as store:
        assert len(store.documents()) == 30


def test_a_schema_damaged_into_bytes_that_are_not_utf8_is_refused_in_one_line(tmp_path):
    """Found fuzzing packages: SQLite's 'malformed database schema (…)' quoted the damaged name's bytes, and
    Python's decoding of its message raised UnicodeDecodeError: a traceback where a refusal was due."""
    folder = tmp_path / "p"
    make_project(folder)
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET name = CAST(X'A66C' AS TEXT), sql = 'CREATE INDEX x ON' "
                 "WHERE name = 'idx_documents_name'")
    conn.commit()
    conn.close()
    error = open_fails(folder, "the database is damaged", "nothing was written to it")
    assert "malformed database schema" in str(error)
