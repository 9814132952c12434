"""Bringing an older project to the current schema when it is opened, saying what is under way.

A backup of the project as it was is made first; then each step of ``migrations.MIGRATIONS``
runs in its own transaction, which also sets ``PRAGMA user_version``: a step cut short (an
error, the program killed, the power gone) leaves the project at the version of the step
before, whole, and the next opening runs the rest. Opening a project of a few thousand
documents made before schema 11 builds its search index (14-21 s): ``on_step`` hears of each
step as it starts and, within a counted step, of each chunk of documents done, so the window
shows a progress dialog and the command line a line before a step that may take long. A
callback that raises stops the upgrade: that step is rolled back, and the error propagates.
Two programs opening the project at once (two commands, the window and a command) each run the
steps the project still lacks once they hold the write lock; a step the other ran meanwhile is
skipped (the second ran it again: a traceback, "annotations table is not in the shape v1 made").
Once done, the store's ``upgraded`` says from which schema to which and where the backup is: the
command line and the window tell the user (an older annotator can no longer open the project).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from annotator.core.errors import ProjectError
from annotator.core.store import backup, migrations
from annotator.core.store.rows import now

if TYPE_CHECKING:
    from annotator.core.store.base import StoreBase


class Upgrading(NamedTuple):  # not a dataclass: imported at the window's start (tests/gui/test_start.py)
    """Where an upgrade is: ``step`` of the schema steps running (to ``schema`` in the end), what it
    does (``note``: "" for a quick step), and in a counted step ``done`` documents of ``total``
    (both 0 as the step starts)."""

    step: int
    schema: int
    note: str
    done: int = 0
    total: int = 0

    @property
    def starting(self) -> bool:
        return self.total == 0


OnStep = Callable[[Upgrading], None]


class Upgraded(NamedTuple):
    """An upgrade this opening ran: the project went from schema ``old`` to ``new``, the project as it
    was kept in ``backup`` (the copy an annotator older than this one can still open)."""

    old: int
    new: int
    backup: Path


def long_steps(version: int) -> list[int]:
    """The pending steps of a project at ``version`` that may take long on a large project."""
    return [n for n in range(version + 1, migrations.SCHEMA_VERSION + 1) if n in migrations.LONG_STEPS]


def upgrade(store: StoreBase, version: int, on_step: OnStep | None = None) -> None:
    """Run the steps a project at ``version`` lacks (nothing when it has them all); ``on_step`` hears
    of them unless the project is new (``version`` 0); ``store.upgraded`` says what was done when a
    step ran."""
    steps = migrations.pending(version)
    if not steps:
        return
    from annotator.core.store.base import sqlite_utils_database

    if version == 0:
        on_step = None  # a new project: its steps are quick, and nothing is upgraded
    c = store.conn
    kept = backup.backup(c, store.folder, reason=f"{backup.MIGRATION}{version}") if version > 0 else None
    ran = False
    # foreign keys off while steps rebuild tables (SQLite's way to change a table's shape:
    # dropping the old one must not cascade), checked before each step commits
    c.execute("PRAGMA foreign_keys = OFF")
    try:
        for number, step in enumerate(steps, start=version + 1):
            note = migrations.LONG_STEPS.get(number, "")
            if on_step is not None:
                on_step(Upgrading(number, migrations.SCHEMA_VERSION, note))
            with store.transaction():
                if c.execute("PRAGMA user_version").fetchone()[0] >= number:
                    continue  # another program opening it too ran this step while this one waited for it
                db = sqlite_utils_database(c)
                if number in migrations.COUNTED_STEPS and on_step is not None:
                    step(db, _counting(on_step, number, note))
                else:
                    step(db)
                broken = c.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ProjectError(f"{store.path}: schema step {number} would break {len(broken)} "
                                       "reference(s) between tables; nothing was changed")
                c.execute(f"PRAGMA user_version = {number}")
                ran = True
    finally:
        c.execute("PRAGMA foreign_keys = ON")
    with store.transaction():
        store._set_meta("schema_migrated_at", now())
    if ran and kept is not None:  # (another program that ran the steps meanwhile told its own user)
        store.upgraded = Upgraded(version, migrations.SCHEMA_VERSION, kept)


def _counting(on_step: OnStep, number: int, note: str) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        on_step(Upgrading(number, migrations.SCHEMA_VERSION, note, done, total))

    return progress
