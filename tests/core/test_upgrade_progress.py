"""Opening a project of an older schema says what the upgrade is doing (``store/upgrade.py``): each
step as it starts, the long one (schema 11's search index) chunk by chunk. A step cut short —
the listener stops it, or the program is killed — leaves the project as it was, whole, with the
backup made first; the next opening upgrades it."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.errors import ProjectError
from annotator.core.store import Store, backup, migrations, upgrade
from annotator.paths import DB_FILENAME
from tests.core.test_schema_v11 import TEXTS, everything_but_the_indexes, v10_project

ROOT = Path(__file__).resolve().parents[2]


def state(folder: Path) -> tuple[int, dict[str, object]]:
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0], everything_but_the_indexes(conn)


def test_opening_a_schema_10_project_reports_the_index_being_built_chunk_by_chunk(tmp_path, monkeypatch):
    folder = tmp_path / "v10"
    v10_project(folder)
    monkeypatch.setattr(migrations, "FILL_CHUNK", 1)  # three documents: three reports
    heard: list[upgrade.Upgrading] = []
    with Store.open(folder, on_step=heard.append) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert [h[0] for h in store.search("湖里区")] == [1, 3]
    last = migrations.SCHEMA_VERSION
    assert heard[:4] == [upgrade.Upgrading(11, last, "building the search index"),
                         *(upgrade.Upgrading(11, last, "building the search index", i, len(TEXTS)) for i in (1, 2, 3))]
    assert [h.step for h in heard[4:]] == list(range(12, last + 1))
    assert heard[0].starting and not heard[1].starting
    assert upgrade.long_steps(10) == [11] and upgrade.long_steps(4) == [5, 11] and upgrade.long_steps(11) == []
    # a project of today's schema: nothing to report
    later: list[upgrade.Upgrading] = []
    Store.open(folder, on_step=later.append).close()
    assert later == []


def test_every_step_of_an_old_project_is_reported_in_order(tmp_path):
    from tests.core.conftest import old_project

    folder = tmp_path / "v4"
    old_project(folder, 4)
    heard: list[upgrade.Upgrading] = []
    Store.open(folder, on_step=heard.append).close()
    starts = [(h.step, h.note) for h in heard if h.starting]
    assert [s for s, _ in starts] == list(range(5, migrations.SCHEMA_VERSION + 1))
    assert dict(starts)[5] and dict(starts)[11] == "building the search index" and not dict(starts)[7]


def test_a_listener_that_stops_the_upgrade_leaves_the_project_as_it_was(tmp_path, monkeypatch):
    folder = tmp_path / "v10"
    v10_project(folder)
    before = state(folder)
    monkeypatch.setattr(migrations, "FILL_CHUNK", 1)

    def stop(step: upgrade.Upgrading) -> None:
        if step.done == 2:
            raise ProjectError(f"{folder}: the upgrade was cancelled")

    with pytest.raises(ProjectError, match="cancelled"):
        Store.open(folder, on_step=stop)
    assert state(folder) == before  # schema 10, its index and every row as they were
    Store.open(folder).close()  # the next opening upgrades it
    assert state(folder)[0] == migrations.SCHEMA_VERSION


KILLED = """
import os, signal, sys
from annotator.core.store import Store, migrations
migrations.FILL_CHUNK = 1
def kill(step):
    if step.done == 2:  # two of three documents indexed, in the step's open transaction
        os.kill(os.getpid(), signal.SIGKILL)
Store.open(sys.argv[1], on_step=kill)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL here")
def test_killed_while_building_the_index_the_project_stays_at_schema_10_whole(tmp_path):
    folder = tmp_path / "v10"
    v10_project(folder)
    before = state(folder)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", KILLED, str(folder)], env=env, capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    assert state(folder) == before  # the step's transaction never committed
    (made,) = backup.list_backups(folder)  # and the backup of schema 10 was made before it began
    assert "before-migration-v10" in made.name
    with Store.open(folder) as store:  # opened again: upgraded, everything found
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert [h[0] for h in store.search("松元产业园")] == [1, 2]
        assert store.integrity_check() == "ok"
