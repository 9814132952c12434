"""A project opened over a network share remembers it (core/store/journal.py): a later opening from a local
disk (the file server's own, the computer that exports the share) keeps the rollback journal, which a computer
that has it open over the share, idle and so holding no lock, goes on using; it was switched back to the
write-ahead log, which that computer then used over the network unwarned. ``journal.give_back`` (``annotator
shared P --not``) gives it the log back. The share is the detector told so (core/location.py): no real mount."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core import location
from annotator.core.errors import ProjectError
from annotator.core.location import NETWORK, Location
from annotator.core.store import Store, journal
from annotator.paths import DB_FILENAME
from tests.core.conftest import build_project


@pytest.fixture
def shared(monkeypatch) -> dict[Path, str]:
    """Folders in the returned dict lie on a network share of that type; the others on this computer's disk."""
    folders: dict[Path, str] = {}

    def where(folder, **_kwargs) -> Location:
        what = folders.get(Path(folder))
        return Location(NETWORK, what) if what else Location()

    monkeypatch.setattr(location, "where", where)
    return folders


def on_disk(folder: Path) -> tuple[str, str]:
    """The database's journal mode and its mark, read as another program reads them."""
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0])
        return mode, journal.shared_mark(conn)
    finally:
        conn.close()


def test_opened_on_the_servers_disk_it_keeps_the_rollback_journal_of_a_computer_idle_over_the_share(tmp_path, shared):
    folder = build_project(tmp_path / "p")
    shared[folder] = "cifs"
    remote = Store.open(folder)  # another computer's window, over the share: idle, it holds no lock
    try:
        assert remote.journal == "delete"
        del shared[folder]  # the file server opens it from its own disk meanwhile
        with Store.open(folder) as local:
            assert local.location.local and local.journal == "delete"  # it was switched to "wal"
            local.set_meta("note", "from the server")
            assert local.shared == "cifs"  # why: the window and the command line say it
        assert on_disk(folder) == ("delete", "cifs") and not (folder / (DB_FILENAME + "-wal")).exists()
        assert remote.get_meta("note") == "from the server"
        remote.set_meta("note", "from over the share")  # still with the journal it opened with
        assert on_disk(folder)[0] == "delete" and remote.integrity_check() == "ok"
    finally:
        remote.close()
    with Store.open(folder) as local:
        assert (local.journal, local.get_meta("note")) == ("delete", "from over the share")


def test_the_mark_is_written_once_and_is_no_edit(tmp_path, shared):
    from annotator.core.store.backup import EDITED, list_backups

    folder = build_project(tmp_path / "p")
    with Store.open(folder) as store:
        edited, backups = store.get_meta(EDITED), list_backups(folder)
    assert on_disk(folder) == ("wal", "")
    shared[folder] = "nfs4"
    with Store.open(folder) as store:  # opened over the share: marked, no backup, no edit counted
        assert store.shared == "nfs4" and store.get_meta(EDITED) == edited
    assert list_backups(folder) == backups and on_disk(folder) == ("delete", "nfs4")
    shared[folder] = "cifs"  # the same project over another share: the first mark stays
    with Store.open(folder) as store:
        assert store.shared == "nfs4"


def test_a_project_made_on_a_share_is_marked_and_a_read_only_opening_writes_no_mark(tmp_path, shared, monkeypatch):
    from annotator.core.store import read_only

    made, read = tmp_path / "made", build_project(tmp_path / "read")
    shared.update({made: "cifs", read: "cifs"})
    with Store.create(made) as store:
        assert store.shared == "cifs"
    assert on_disk(made) == ("delete", "cifs")
    before = {p.name: p.read_bytes() for p in read.iterdir() if p.is_file()}
    monkeypatch.setattr(read_only, "can_write", lambda path: False)
    with Store.open(read, read_only_ok=True) as store:  # nothing may be written: no mark either
        assert store.read_only and store.shared == ""
    assert {p.name: p.read_bytes() for p in read.iterdir() if p.is_file()} == before


def test_given_back_on_the_servers_disk_it_has_its_log_again_and_on_a_share_it_is_refused(tmp_path, shared):
    folder = build_project(tmp_path / "p")
    shared[folder] = "SMB"
    with Store.open(folder) as store:
        with pytest.raises(ProjectError) as refused:
            journal.give_back(store)
        assert str(refused.value) == (
            f"{folder}: is on a network share (SMB), where annotator writes it with a rollback journal whatever it is "
            "marked; give it the write-ahead log on the computer whose disk holds it — nothing was changed")
        assert (store.journal, store.shared) == ("delete", "SMB")
    assert on_disk(folder) == ("delete", "SMB")
    del shared[folder]
    with Store.open(folder) as store, Store.open(folder) as window:  # a window of this computer open beside it
        assert journal.give_back(store) == "wal" and store.shared == ""
        window.set_meta("note", "saved")  # the window follows into WAL mode
        assert store.get_meta("note") == "saved"
    assert on_disk(folder) == ("wal", "")
    shared[folder] = "SMB"  # opened over a share again: marked again
    Store.open(folder).close()
    assert on_disk(folder) == ("delete", "SMB")


def test_marked_by_hand_it_keeps_the_rollback_journal_on_every_computer(tmp_path, shared):
    folder = build_project(tmp_path / "p")
    with Store.open(folder) as store:
        assert journal.mark(store) == "delete" and store.shared == journal.BY_HAND
    with Store.open(folder) as store:
        assert (store.journal, store.shared) == ("delete", journal.BY_HAND)
        assert journal.mark(store) == "delete"  # marked already: left as it is
    assert on_disk(folder) == ("delete", journal.BY_HAND)


def test_a_restore_keeps_the_mark_of_the_database_it_replaces(tmp_path, shared):
    from annotator.core.store.restore import restore

    folder = build_project(tmp_path / "p")
    with Store.open(folder) as store:
        kept = store.backup_now("manual")  # made before the project was ever opened over the share
    shared[folder] = "cifs"
    Store.open(folder).close()
    del shared[folder]
    restore(folder, kept)  # on the server's disk
    with Store.open(folder) as store:
        assert (store.shared, store.journal) == ("cifs", "delete")


def test_a_window_open_on_the_disk_before_the_mark_came_goes_on_and_the_next_opening_alone_switches(tmp_path,
                                                                                                     shared):
    folder = build_project(tmp_path / "p")
    with Store.open(folder) as window:  # opened on this disk, in WAL mode
        shared[folder] = "cifs"
        with Store.open(folder) as over_the_share:  # another computer's command (here in this process): warned
            assert (over_the_share.journal, over_the_share.shared) == ("wal", "cifs")
        del shared[folder]
        with Store.open(folder) as job:  # the window's background job: its own connection, beside the window's
            assert (job.journal, job.shared) == ("wal", "cifs")
            job.set_meta("note", "from the job")
        assert window.get_meta("note") == "from the job" and window.journal == "wal"
    with Store.open(folder) as alone:  # the next opening with no one else in it switches
        assert (alone.journal, alone.shared) == ("delete", "cifs")
    assert on_disk(folder) == ("delete", "cifs")
