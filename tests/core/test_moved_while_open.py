"""A project whose folder is moved, renamed or deleted while a store has it open: SQLite would go on
writing through its open files, into a deleted database whose writes are gone at close (a move to another
disk copies the folder, then deletes it); every write is refused instead, naming the folder."""
from __future__ import annotations

import os
import shutil

import pytest

from annotator.core.errors import ProjectMoved
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "湖里区建设"
MOVED = ("{0}: the project is no longer there (its folder was moved, renamed or deleted while it was open); "
         "nothing was saved — open the project where it is now")


def test_a_write_after_a_move_to_another_disk_is_refused_not_lost(tmp_path):
    folder = tmp_path / "reports"
    store = Store.create(folder)
    store.add_document(Document(None, "a.txt", "a", TEXT, sha256=sha256(TEXT)))
    store.add_annotation(1, 0, 3, "DISTRICT")
    shutil.copytree(folder, tmp_path / "on the other disk")  # a move across disks: copied, then deleted
    shutil.rmtree(folder)
    with pytest.raises(ProjectMoved) as refused:
        store.add_annotation(1, 3, 5, "PROJECT")
    assert str(refused.value) == MOVED.format(folder)
    store.close()
    with Store.open(tmp_path / "on the other disk") as moved:
        assert [a.text for a in moved.annotations()] == ["湖里区"]


def test_a_write_after_the_folder_was_renamed_is_refused(tmp_path):
    folder = tmp_path / "reports"
    with Store.create(folder) as store:
        store.add_document(Document(None, "a.txt", "a", TEXT, sha256=sha256(TEXT)))
        os.rename(folder, tmp_path / "reports 2024")
        with pytest.raises(ProjectMoved):
            store.set_document_done(1, True)
    with Store.open(tmp_path / "reports 2024") as renamed:
        assert not renamed.document(1).done
