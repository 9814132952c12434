"""Saved means saved, through the window: its background tasks open a second Store in the
same process while `annotator` commands open and close the project in others; every accept
the window reported saved is on disk after the window is killed with SIGKILL.

The session runs in a child process (window_session.py) so that it can be killed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from annotator.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
ACCEPTS = 12  # after the other programs have come and gone
ARTICLE = "".join(f"{place}计划投资{n}.5亿元建设第{n}产业园。\n"
                  for n, place in enumerate(["思明区", "海沧区", "同安区", "翔安区", "湖里区", "集美区"] * 3, 1))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")


def test_every_accept_reported_saved_survives_kill_9(project, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    log = tmp_path / "session.log"
    with open(log, "wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("window_session.py")), str(project), str(article),
             str(tmp_path), str(ACCEPTS)], stdout=subprocess.PIPE, stderr=stderr, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(300, child.kill)  # a hung session fails the test instead of hanging it
    watchdog.start()
    saved: list[int] = []
    try:
        for line in child.stdout:
            if line.startswith("saved "):
                saved.append(int(line.split()[1]))
            if line.strip() == "done":
                break
        os.kill(child.pid, signal.SIGKILL)  # the window is open, its edits reported saved
    finally:
        watchdog.cancel()
        child.kill()
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL, log.read_text(encoding="utf-8", errors="replace")
    assert len(saved) == ACCEPTS + 1, log.read_text(encoding="utf-8", errors="replace")

    with Store.open(project) as store:
        assert store.integrity_check() == "ok"
        statuses = {a.id: a.status for a in store.iter_annotations()}
        assert {i: statuses.get(i, "lost") for i in saved} == {i: "accepted" for i in saved}
        assert store.document_id_by_name("article.txt") is not None
