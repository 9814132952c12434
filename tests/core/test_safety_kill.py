"""Kill -9 in the middle of editing: nothing reported saved is lost, nothing is half-applied."""
from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

HELPER = Path(__file__).parent / "helpers" / "edit_stream.py"
ROOT = Path(__file__).resolve().parents[2]
TEXT = "湖里区思明区集美区海沧区同安区翔安区" * 200

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def start_child(project: Path, doc_id: int, base: int, count: int, timeout_ms: int = 10_000) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, str(HELPER), str(project), str(doc_id), str(base), str(count),
                             str(timeout_ms)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def parse_reported(lines: list[str]) -> tuple[list[int], list[list[int]]]:
    added, statuses = [], []
    for line in lines:
        kind, _, rest = line.strip().partition(" ")
        if kind == "add":
            added.append(int(rest))
        elif kind == "status":
            statuses.append([int(x) for x in rest.split(",")])
    return added, statuses


def check_after_kill(project: Path, added: list[int], statuses: list[list[int]]) -> None:
    with Store.open(project) as store:
        assert store.integrity_check() == "ok"
        rows = {a.id: a for a in store.annotations()}
        for ann_id in added:
            assert ann_id in rows, f"annotation {ann_id} was reported committed but is missing"
        for group in statuses:
            assert all(rows[i].status == "accepted" for i in group), f"accept of {group} was lost"
        # every set_status ChangeSet is all-or-none: each group of three adds shares one status
        groups = defaultdict(set)
        for a in rows.values():
            assert a.text == TEXT[a.start:a.end]
            groups[int(a.note[1:]) // 3].add(a.status)
        for statuses_seen in groups.values():
            assert len(statuses_seen) == 1, f"a multi-row change was half-applied: {statuses_seen}"
        # and the project keeps working
        free = max((a.end for a in rows.values()), default=0) + 1000
        store.add_annotation(store.documents()[0].id, free, free + 1, "DISTRICT")


def test_sigkill_at_random_moments_loses_nothing_reported_saved(tmp_path):
    rng = random.Random(20240501)
    for round_ in range(5):
        project = tmp_path / f"p{round_}"
        with Store.create(project) as store:
            doc = store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
        child = start_child(project, doc.id, 0, 2000)
        wanted = rng.randrange(0, 120)
        lines = []
        try:
            while len(lines) < wanted:
                line = child.stdout.readline()
                if not line:
                    break
                lines.append(line)
        finally:
            child.send_signal(signal.SIGKILL)
            rest, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err
        assert "Traceback" not in err
        lines += rest.splitlines()  # printed before the kill, so committed too
        added, statuses = parse_reported(lines)
        check_after_kill(project, added, statuses)


SUGGEST_THEN_WAIT = """
import sys
from annotator.core.store import Store
from annotator.core.suggest.runner import suggest_documents

def after_a_batch():
    print("stored", flush=True)
    sys.stdin.read()  # the test kills this process here, its workers still running
    return True

with Store.open(sys.argv[1]) as store:
    suggest_documents(store, jobs=2, cancelled=after_a_batch)
"""


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="suggest runs in this process on one core")
def test_suggest_workers_quit_when_their_parent_is_killed(tmp_path):
    """kill -9 of `annotator suggest --jobs 2` left its two workers waiting for ever to hand
    back a batch, holding the project's files and the caller's output pipe open."""
    project = tmp_path / "p"
    with Store.create(project) as store:
        for i in range(12):
            store.add_document(Document(None, f"{i}.txt", "t", TEXT[i:], sha256(TEXT[i:])))
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen([sys.executable, "-c", SUGGEST_THEN_WAIT, str(project)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                             start_new_session=True)
    try:
        assert child.stdout.readline() == "stored\n", child.stderr.read()
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)  # the workers hold its output pipe: it ends when they have quit
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)  # whatever is left of its process group
    with Store.open(project) as store:
        assert store.integrity_check() == "ok"
