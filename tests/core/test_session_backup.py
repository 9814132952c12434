"""The session's backup can be made by another connection (the window's worker thread): the
editing connection then makes none at its first write."""
from __future__ import annotations

from annotator.core.store import Store, backup


def test_a_deferred_session_backup_is_made_by_another_connection_not_by_the_first_write(make_project):
    folder = make_project()
    first = backup.list_backups(folder)  # the one the project's first import left
    with Store.open(folder) as editing, Store.open(folder) as worker:
        editing.defer_session_backup()
        editing.add_annotation(1, 0, 3, "DISTRICT")  # the first write of the session
        assert backup.list_backups(folder) == first
        assert worker.session_backup() == ""
        (made,) = set(backup.list_backups(folder)) - set(first)
        assert "session" in made.name
        assert worker.session_backup() == "" and len(backup.list_backups(folder)) == len(first) + 1  # unchanged


def test_without_deferring_the_first_write_makes_it(make_project):
    folder = make_project()
    with Store.open(folder) as earlier:
        earlier.add_annotation(1, 0, 3, "DISTRICT")  # changed since the newest backup
    before = len(backup.list_backups(folder))
    with Store.open(folder) as editing:
        editing.add_annotation(1, 5, 11, "AMOUNT")
        assert len(backup.list_backups(folder)) == before + 1
