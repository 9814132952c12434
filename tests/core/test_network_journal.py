"""A project on a network share is written with SQLite's rollback journal, not its write-ahead log, which
"does not work over a network filesystem" (https://www.sqlite.org/wal.html; core/store/journal.py). The
share is the detector told so (core/location.py reads the mount table: no real mount is needed)."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from annotator.core import location
from annotator.core.location import NETWORK, SYNCED, Location
from annotator.core.store import Store
from annotator.paths import DB_FILENAME
from tests.core.conftest import ARTICLE, build_project


@pytest.fixture
def shared(monkeypatch):
    """Folders under the returned set lie on a network share (cifs); the others on this computer's disk."""
    folders: set[Path] = set()

    def where(folder, **_kwargs) -> Location:
        return Location(NETWORK, "cifs") if Path(folder) in folders else Location()

    monkeypatch.setattr(location, "where", where)
    return folders


def journal_mode(folder: Path) -> str:
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def test_a_project_made_on_a_share_is_written_with_a_rollback_journal(tmp_path, shared):
    folder = tmp_path / "p"
    shared.add(folder)
    with Store.create(folder) as store:
        assert (store.location, store.journal) == (Location(NETWORK, "cifs"), "delete")
        store.set_meta("note", "saved")
        # no write-ahead log, no shared memory beside it while it is open: nothing a second computer misreads
        assert not (folder / "project.sqlite-wal").exists() and not (folder / "project.sqlite-shm").exists()
        with Store.open(folder) as second:  # another command beside it reads what was saved, and writes
            assert second.journal == "delete" and second.get_meta("note") == "saved"
            second.set_meta("note", "again")
        assert store.get_meta("note") == "again" and store.integrity_check() == "ok"
    assert journal_mode(folder) == "delete"


def test_a_project_moved_to_a_share_is_switched_and_back_on_a_disk_it_has_its_log_when_given_back(tmp_path, shared):
    from annotator.core.store import journal

    folder = build_project(tmp_path / "p")
    assert journal_mode(folder) == "wal"
    shared.add(folder)
    with Store.open(folder) as store:
        assert store.journal == "delete" and store.document_id_by_name("a.txt")
        assert store.document(store.document_id_by_name("a.txt")).text == ARTICLE
    assert journal_mode(folder) == "delete"
    shared.clear()  # copied back to this computer's disk: it remembers the share (test_shared_mark.py) ...
    with Store.open(folder) as store:
        assert (store.journal, store.shared) == ("delete", "cifs") and store.location.local
        assert journal.give_back(store) == "wal"  # ... until given back (annotator shared P --not)
    with Store.open(folder) as store:
        assert (store.journal, store.shared) == ("wal", "")
    assert journal_mode(folder) == "wal"


def test_while_another_program_has_it_open_in_wal_mode_it_opens_at_once_and_says_so(tmp_path, shared):
    folder = build_project(tmp_path / "p")
    with Store.open(folder) as window:  # opened on this computer's disk, before the share was told
        window.set_meta("note", "from the window")
        shared.add(folder)
        began = time.monotonic()
        with Store.open(folder) as command:
            assert command.journal == "wal"  # SQLite leaves WAL mode only with no one else in it
            assert command.get_meta("note") == "from the window"
            command.set_meta("note", "from the command")
        assert time.monotonic() - began < 5  # not the 10 s busy timeout
        assert window.get_meta("note") == "from the command"
    with Store.open(folder) as alone:  # the next opening with no one else in it switches
        assert alone.journal == "delete"


def test_a_synced_folder_keeps_the_write_ahead_log(tmp_path, monkeypatch):
    monkeypatch.setattr(location, "where", lambda folder, **_k: Location(SYNCED, "Dropbox"))
    with Store.create(tmp_path / "p") as store:
        assert store.location == Location(SYNCED, "Dropbox") and store.journal == "wal"


def cut_short_copy(folder: Path, copy: Path) -> None:
    """``copy``: the project ``folder`` (on a share: a rollback journal) as a kill in the middle of a write
    leaves it, pages of the write already in the database and the journal that undoes them beside it."""
    conn = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    conn.execute("PRAGMA cache_size = 2")  # the write spills its pages into the database before it commits
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE meta SET value = 'cut short' WHERE key = 'note'")
    conn.execute("CREATE TABLE big(x)")
    conn.executemany("INSERT INTO big VALUES (?)", [("x" * 200,)] * 3000)
    copy.mkdir()
    for name in (DB_FILENAME, DB_FILENAME + "-journal"):
        (copy / name).write_bytes((folder / name).read_bytes())
    conn.execute("ROLLBACK")
    conn.close()


def test_a_write_cut_short_on_a_read_only_share_is_refused_not_read_half_done(tmp_path, shared, monkeypatch):
    # immutable=1, how a read-only project without a -wal is read, leaves a rollback journal out: the
    # half-written pages read as "malformed database schema (big)", or as saved when they happen to fit
    from annotator.core.errors import ProjectError
    from annotator.core.store import read_only

    folder, copy = tmp_path / "p", tmp_path / "copy"
    shared.update({folder, copy})
    with Store.create(folder) as store:
        store.set_meta("note", "saved")
    cut_short_copy(folder, copy)
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    monkeypatch.setattr(read_only, "can_write", lambda path: not (Path(path) == copy or copy in Path(path).parents))
    with pytest.raises(ProjectError) as refused:
        Store.open(copy, read_only_ok=True)
    assert str(refused.value) == (
        f"{copy}: the project is read-only and was not closed cleanly: its rollback journal project.sqlite-journal "
        "holds a change cut short, which must be undone in the database before it can be read, and that writes; "
        "copy the project folder to a writable place and open the copy — nothing was changed")
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before
    monkeypatch.undo()  # writable again: SQLite undoes the write cut short, the project reads as saved
    monkeypatch.setattr(location, "where", lambda at, **_k: Location(NETWORK, "cifs"))
    with Store.open(copy) as store:
        assert store.get_meta("note") == "saved" and store.integrity_check() == "ok"
    assert not (copy / (DB_FILENAME + "-journal")).exists()


def test_a_save_kept_waiting_by_an_export_reading_is_busy_and_nothing_saved(tmp_path, shared):
    # with a rollback journal a commit waits for the readers (an export's snapshot): it ended in SQLite's
    # bare "database is locked" out of COMMIT, not the busy message a wait at BEGIN gives
    from annotator.core.errors import SaveError

    folder = tmp_path / "p"
    shared.add(folder)
    build_project(folder)
    with Store.open(folder) as exporting, Store.open(folder, busy_timeout_ms=100) as window:
        with exporting.snapshot():
            exporting.get_meta("note")  # the export has begun reading
            with pytest.raises(SaveError) as busy:
                window.set_meta("note", "typed meanwhile")
            assert str(busy.value) == (f"{folder / DB_FILENAME}: the project is busy in another program (database "
                                       "is locked) and stayed busy for 0.1 s; nothing was saved — try again")
            assert not window.conn.in_transaction
        assert exporting.get_meta("note") == "" and window.get_meta("note") == ""
        window.set_meta("note", "typed again")  # the export done: saved
        assert exporting.get_meta("note") == "typed again"


def test_the_window_says_it_waits_while_an_export_keeps_its_save_waiting(tmp_path, shared):
    import contextlib
    import threading

    folder = tmp_path / "p"
    shared.add(folder)
    build_project(folder)
    waited = []
    with Store.open(folder) as exporting, Store.open(folder) as window:
        began, ended = threading.Event(), threading.Event()

        def export() -> None:  # another program's export, reading the project in one snapshot
            with exporting.snapshot():
                exporting.get_meta("note")
                began.set()
                ended.wait(10)

        @contextlib.contextmanager
        def waiting():
            waited.append("waiting")  # the window shows it waits (its status bar, the wait cursor) ...
            ended.set()  # ... and the export ends meanwhile
            yield

        window.waiting = waiting
        reading = threading.Thread(target=export)
        reading.start()
        assert began.wait(10)
        window.set_meta("note", "saved after the wait")
        reading.join()
    assert waited == ["waiting"]
    with Store.open(folder) as store:
        assert store.get_meta("note") == "saved after the wait"


def test_a_restore_over_a_damaged_project_on_a_share_takes_its_rollback_journal_aside_too(tmp_path, shared):
    # a kill on a share leaves project.sqlite-journal beside the database; restoring a backup set the damaged
    # database aside but left its journal in the folder, for SQLite to play into the next database written
    # there: it belongs with the database it undoes, set aside with it
    from annotator.core.store.backup import backup_dir
    from annotator.core.store.restore import restore

    folder, other = tmp_path / "p", tmp_path / "other"
    shared.update({folder, other})
    with Store.create(folder) as store:
        store.set_meta("note", "saved")
        kept = store.backup_now("manual")
    with Store.create(other) as store:
        store.set_meta("note", "saved")
    cut_short_copy(other, tmp_path / "cut")
    (folder / DB_FILENAME).write_bytes(b"not a database" * 100)  # damaged, its journal beside it
    (folder / (DB_FILENAME + "-journal")).write_bytes((tmp_path / "cut" / (DB_FILENAME + "-journal")).read_bytes())
    restore(folder, kept)
    with Store.open(folder) as store:
        assert store.integrity_check() == "ok" and store.get_meta("note") == "saved"
    assert not (folder / (DB_FILENAME + "-journal")).exists()
    aside = [p.name for p in backup_dir(folder).iterdir() if p.name.startswith("damaged-")]
    assert sorted(n.split(DB_FILENAME)[1] for n in aside) == ["", "-journal"], aside


def test_a_commit_cut_short_after_page_one_is_undone_not_refused_as_truncated(tmp_path, shared):
    # a commit writes page 1 first, its header saying the pages the write adds; cut short before those
    # pages, the file is shorter than its header says, and the rollback journal beside it undoes the write:
    # the project was refused as truncated ("restore a backup"), losing the work since that backup
    folder, copy = tmp_path / "p", tmp_path / "copy"
    shared.update({folder, copy})
    with Store.create(folder) as store:
        store.set_meta("note", "saved")
    cut_short_copy(folder, copy)
    db = copy / DB_FILENAME
    raw = bytearray(db.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    raw[28:32] = (len(raw) // page_size + 3).to_bytes(4, "big")  # page 1 written, the pages after it not yet
    db.write_bytes(bytes(raw))
    with Store.open(copy) as store:
        assert store.get_meta("note") == "saved" and store.integrity_check() == "ok"
    assert not (copy / (DB_FILENAME + "-journal")).exists()


def test_a_journal_deleted_while_it_is_looked_at_is_none(tmp_path, monkeypatch):
    # on a share another computer's commit deletes its -journal at any moment: between exists() and stat()
    # the read-only opening raised FileNotFoundError, a traceback instead of the project
    from annotator.core.store import read_only

    folder = tmp_path / "p"
    with Store.create(folder) as store:
        store.set_meta("note", "saved")
    journal = folder / (DB_FILENAME + "-journal")
    real_exists, real_stat = Path.exists, Path.stat

    def exists(self, *args, **kwargs):
        return True if self == journal else real_exists(self, *args, **kwargs)

    def stat(self, *args, **kwargs):
        if self == journal:
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(read_only, "can_write", lambda path: False)
    monkeypatch.setattr(Path, "exists", exists)
    monkeypatch.setattr(Path, "stat", stat)
    with Store.open(folder, read_only_ok=True) as store:
        assert store.read_only and store.get_meta("note") == "saved"
