"""Kill -9 in the middle of editing: nothing reported saved is lost, nothing is half-applied."""
from __future__ import annotations

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
