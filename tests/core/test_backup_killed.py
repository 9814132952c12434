"""A backup killed while SQLite was writing its copy left the copy's ``.part`` file and the journal SQLite keeps beside
it (``.part-journal``) in the project's backups folder. The next session's backup removed the ``.part`` of a process
that is gone, never its journal: one more stray file in the folder for each such kill, for ever. Now both go."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotator.core.store import Store, backup
from annotator.paths import DB_FILENAME

ROOT = Path(__file__).resolve().parents[2]

# the copy as copy_checked writes it, the process ended (as by kill -9) after its first page is written
KILLED_MID_COPY = """
import os, sqlite3, sys
project, backups = sys.argv[1], sys.argv[2]
src = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
dest = sqlite3.connect(os.path.join(backups, f"project-20260101-000000-000000-session.{os.getpid()}.part"))
src.backup(dest, pages=1, progress=lambda status, remaining, total: os._exit(137))
"""


def test_a_backup_killed_mid_copy_leaves_nothing_after_the_next_one(make_project):
    project = make_project("厦门市湖里区投资55.1亿元建设松元产业园。" * 400)
    folder = backup.backup_dir(project)
    folder.mkdir(exist_ok=True)
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_COPY, str(project / DB_FILENAME), str(folder)],
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True)
    assert killed.returncode == 137, killed.stderr
    left = sorted(p.name.rsplit(".", 1)[1] for p in folder.iterdir() if p.suffix != ".sqlite")
    assert left == ["part", "part-journal"]  # what the kill left: the copy begun and its journal
    with Store.open(project) as store:
        backup.backup(store.conn, store.folder, reason="session")
    assert {p.suffix for p in folder.iterdir()} == {".sqlite"}


def test_the_journal_of_a_living_writers_copy_and_the_users_own_files_stay(make_project):
    project = make_project()
    folder = backup.backup_dir(project)
    folder.mkdir(exist_ok=True)
    mine = [folder / f"project-20260101-000000-000000-hourly.{os.getpid()}.part{end}" for end in ("", "-journal")]
    theirs = folder / "notes.part-2"
    for path in [*mine, theirs]:
        path.write_bytes(b"x")
    with Store.open(project) as store:
        backup.backup(store.conn, store.folder, reason="manual")
    assert all(path.exists() for path in [*mine, theirs])
