"""Saved means saved when one process holds several Stores on a project and other programs
open and close it too (issue 10): closing a second Store in the same process, or any other
program opening the database, never costs an edit that was reported saved."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.store import Store
from annotator.paths import DB_FILENAME

ROOT = Path(__file__).resolve().parents[2]
TEXT = "厦门市湖里区思明区集美区海沧区同安区翔安区" * 50

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

# the first process: one Store commits, a second Store in the same process opens and closes
# (as every import, suggest or export task of the window does), then it waits for another
# program to open and close the project, commits 19 more edits, reports each, and waits to die
HOLDER = """
import sys
from annotator.core.store import Store
project = sys.argv[1]
store = Store.open(project)
doc = store.documents()[0].id
print("saved", store.add_annotation(doc, 0, 1, "DISTRICT").changes[0].after.id, flush=True)
second = Store.open(project)
second.annotations()
second.close()
print("second closed", flush=True)
sys.stdin.readline()
for i in range(1, 20):
    print("saved", store.add_annotation(doc, 2 * i, 2 * i + 1, "DISTRICT").changes[0].after.id, flush=True)
print("all", flush=True)
sys.stdin.readline()
"""


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


@pytest.fixture
def project(make_project):
    return make_project(TEXT)


def read_lines_until(proc: subprocess.Popen, last: str) -> list[str]:
    lines = []
    while True:
        line = proc.stdout.readline()
        assert line, f"the child ended early: {proc.stderr.read()}"
        lines.append(line.strip())
        if line.strip() == last:
            return lines


def on_disk(project: Path) -> tuple[str, set[int]]:
    conn = sqlite3.connect(project / DB_FILENAME)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return ok, {r[0] for r in conn.execute("SELECT id FROM annotations")}
    finally:
        conn.close()


@pytest.mark.parametrize("other", ["core", "cli"])
def test_two_stores_in_one_process_another_program_and_a_kill_lose_nothing(project, other):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(project)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        saved = [int(line.split()[1]) for line in read_lines_until(holder, "second closed")
                 if line.startswith("saved")]
        # another program opens and closes the project while the holder keeps its Store open
        if other == "cli":
            run = subprocess.run([sys.executable, "-m", "annotator", "stats", str(project)],
                                 capture_output=True, text=True, env=_env(), timeout=120)
            assert run.returncode == 0, run.stderr
        else:
            conn = sqlite3.connect(project / DB_FILENAME)
            conn.execute("SELECT COUNT(*) FROM annotations").fetchone()
            conn.close()
        holder.stdin.write("go\n")
        holder.stdin.flush()
        saved += [int(line.split()[1]) for line in read_lines_until(holder, "all") if line.startswith("saved")]
        assert len(saved) == 20
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    ok, ids = on_disk(project)
    assert ok == "ok"
    assert set(saved) <= ids, f"{len(set(saved) - ids)} of 20 edits reported saved are not on disk"


def test_the_header_is_read_only_before_the_first_connection_of_the_process(project, monkeypatch):
    """Reading the header with open()/close() while a connection is open would drop its locks."""
    import builtins

    opened = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        if str(file).endswith(DB_FILENAME):
            opened.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    first = Store.open(project)
    assert len(opened) == 1  # the header check, before SQLite opened the file
    second = Store.open(project)
    second.close()
    third = Store.open(project)
    assert len(opened) == 1
    third.close()
    first.close()
    Store.open(project).close()  # no connection of ours left: the header is checked again
    assert len(opened) == 2
