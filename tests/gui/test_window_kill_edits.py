"""Saved means saved, for every kind of edit the window offers: after each edit the window's
session (edit_session.py, in a child process) prints what it shows; the window is killed with
SIGKILL after the last, and the project opened again holds exactly what was shown last."""
from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

import pytest

from annotator.core.store import Store
from tests.gui.conftest import killed_after_done

EDITS = 11  # the reports edit_session.py prints

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def stored(folder: Path, open_doc: str) -> dict:
    """The project as a fresh connection reads it, in edit_session.shown's shape."""
    with Store.open(folder) as store:
        assert store.integrity_check() == "ok"
        docs = {}
        for doc in store.documents():
            docs[doc.name] = {"done": doc.done}
            if doc.name == open_doc:
                spans = store.annotations(doc.id)
                docs[doc.name].update(
                    spans=sorted([a.start, a.end, a.label, a.status, a.value, a.note] for a in spans),
                    links=sorted([a.text, k.kind, k.target_id is not None, k.status] for a in spans
                                 for k in store.links_from(a.id)),
                    jurisdiction=doc.metadata.get("jurisdiction", ""))
        return {"documents": docs, "labels": sorted([label.name, label.color] for label in store.labels())}


def test_every_kind_of_edit_shown_is_on_disk_after_kill_9(project, tmp_path):
    log = tmp_path / "session.log"
    printed, returncode = killed_after_done("edit_session.py", [str(project), str(tmp_path)], log, "shown ", 120)
    shown = [json.loads(x) for x in printed]
    assert returncode == -signal.SIGKILL, log.read_text(encoding="utf-8", errors="replace")
    assert len(shown) == EDITS, log.read_text(encoding="utf-8", errors="replace")
    assert all(a != b for a, b in zip(shown, shown[1:], strict=False))  # each edit showed a change
    a_txt = shown[-1]["documents"]["a.txt"]
    assert a_txt["done"] and a_txt["jurisdiction"] and a_txt["links"]
    assert ["POLICY", "#123456"] in shown[-1]["labels"]
    assert stored(project, "a.txt") == shown[-1]
