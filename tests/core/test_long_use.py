"""A project used every day for months: what grows while a window stays open, and what is left behind."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from annotator.core.store import base as store_base
from annotator.paths import DB_FILENAME

TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。\n" * 200


def _project_with_suggestions(folder, documents: int = 3):
    with Store.create(folder) as store:
        for n in range(documents):
            text = TEXT + f"第{n}号\n"
            doc = store.add_document(Document(None, f"d{n}.txt", "t", text, sha256=sha256(text)))
            step = len("厦门市湖里区计划投资55.1亿元建设松元产业园。\n")
            store.add_suggestions(doc.id, [Suggestion(i * step, i * step + 3, "DISTRICT", "厦门市", value={},
                                                      confidence=0.9, reason="r", origin="test")
                                           for i in range(200)])
    return folder


def test_the_write_ahead_log_shrinks_again_while_a_window_stays_open(tmp_path, monkeypatch):
    """A bulk write by another program (the command line accepting every suggestion) grew the log to
    the size of that write (130 MB for 100,000 spans), and it kept that size for as long as the
    window had the project open: it is cut back at the next write once it has been checkpointed."""
    monkeypatch.setattr(store_base, "WAL_LIMIT_BYTES", 64 * 1024, raising=False)
    folder = _project_with_suggestions(tmp_path / "p")
    wal = folder / f"{DB_FILENAME}-wal"
    window = Store.open(folder)
    try:
        with Store.open(folder) as command_line:  # one large transaction beside the window
            # its commit checkpoints, as a write of 1,000 pages does
            command_line.conn.execute("PRAGMA wal_autocheckpoint = 16")
            with command_line.transaction():
                command_line.set_status(command_line.annotation_ids(statuses=["suggested"]), "accepted", "cli")
                for doc_id in [d.id for d in command_line.documents()]:
                    command_line.set_document_metadata(doc_id, "note", "x" * 200_000)
        grown = wal.stat().st_size
        assert grown > 4 * 64 * 1024
        window.set_document_done(window.documents()[0].id, True)  # the window's next edit
        assert wal.stat().st_size <= 2 * 64 * 1024 < grown
    finally:
        window.close()
    assert not wal.exists()  # the last connection folds the log in and removes it


def _texts_project(folder, documents: int = 12):
    with Store.create(folder) as store:
        for n in range(documents):
            text = TEXT * 12 + f"第{n}号\n"  # about 190 kB each
            store.add_document(Document(None, f"d{n}.txt", "t", text, sha256=sha256(text)))
    return folder


def test_removing_most_documents_gives_their_space_back_to_the_disk(tmp_path, capsys):
    """The removed documents' pages stayed in the file (and in every automatic backup after it)."""
    from annotator.cli import main

    folder = _texts_project(tmp_path / "p")
    db = folder / DB_FILENAME
    grown = db.stat().st_size
    window = Store.open(folder)  # a window has the project open meanwhile
    try:
        assert main(["remove", str(folder), *[a for n in range(10) for a in ("--doc", f"d{n}.txt")]]) == 0
        out = capsys.readouterr().out
        assert "the database file shrank from" in out
        assert window.space().free == 0 and window.space().size < grown / 3
        assert [d.name for d in window.documents()] == ["d10.txt", "d11.txt"]
        window.set_document_done(window.documents()[0].id, True)  # the window goes on writing
        assert window.integrity_check() == "ok"
    finally:
        window.close()
    assert db.stat().st_size < grown / 3


def test_a_few_removed_documents_leave_the_file_as_it_is(tmp_path, capsys):
    from annotator.cli import main

    folder = _texts_project(tmp_path / "p")
    assert main(["remove", str(folder), "--doc", "d0.txt"]) == 0
    assert "shrank" not in capsys.readouterr().out
    with Store.open(folder) as store:
        assert 0 < store.space().free < store.space().size / 4


def test_the_backup_before_a_schema_upgrade_outlives_ten_sessions(tmp_path):
    """Ten sessions after an upgrade, the copy made before it (the only one the older annotator
    opens) was rotated away with the other automatic backups."""
    from annotator.core.store import backup

    folder = _texts_project(tmp_path / "p", documents=1)
    with Store.open(folder) as store:
        upgrade = backup.backup(store.conn, folder, reason="before-migration-v11")
        sessions = [backup.backup(store.conn, folder, reason="session") for _ in range(backup.KEEP + 5)]
    kept = backup.list_backups(folder)
    assert upgrade in kept
    assert kept == sorted([upgrade, *sessions[-backup.KEEP:]])


def test_the_undo_history_keeps_its_newest_steps_only(tmp_path):
    from annotator.core.undo import LIMIT, UndoHistory

    assert LIMIT > 0
    folder = _project_with_suggestions(tmp_path / "p", documents=1)
    with Store.open(folder) as store:
        history = UndoHistory(store, limit=3)
        ids = store.annotation_ids(statuses=["suggested"])[:5]
        for ann_id in ids:
            history.push(store.set_status([ann_id], "accepted", "me"))
        assert len(history.steps) == history.index == 3
        while history.can_undo():
            assert history.undo().ok
        assert [store.annotation(i).status for i in ids] == ["accepted", "accepted"] + ["suggested"] * 3
        assert all(history.redo().ok for _ in range(3)) and not history.can_redo()


def test_a_script_of_many_commands_does_not_rotate_away_the_days_before(tmp_path):
    """Each command is a session with its backup: twelve commands in a minute left ten backups of
    that minute, and the one from the day before (the state before the script) was gone."""
    import shutil

    from annotator.core.store import backup

    folder = _texts_project(tmp_path / "p", documents=1)
    with Store.open(folder) as store:
        first = backup.backup(store.conn, folder, reason="session")
        days = [first.with_name(f"project-202611{day:02d}-090000-000000-session.sqlite") for day in range(1, 11)]
        for older in days:
            shutil.copyfile(first, older)
        first.unlink()
        today = [backup.backup(store.conn, folder, reason="session") for _ in range(backup.KEEP + 2)]
    kept = backup.list_backups(folder)
    assert kept == sorted(days[-(backup.DAYS - 1):] + today[-backup.KEEP:])  # today is one of the days
    assert len(kept) == backup.KEEP + backup.DAYS - 1
