"""Saved means saved, through the window: its background tasks open a second Store in the
same process while `annotator` commands open and close the project in others; every accept
the window reported saved is on disk after the window is killed with SIGKILL.

The session runs in a child process (window_session.py) so that it can be killed."""
from __future__ import annotations

import signal
import sys

import pytest

from annotator.core.store import Store
from tests.gui.conftest import killed_after_done

ACCEPTS = 12  # after the other programs have come and gone
ARTICLE = "".join(f"{place}计划投资{n}.5亿元建设第{n}产业园。\n"
                  for n, place in enumerate(["思明区", "海沧区", "同安区", "翔安区", "湖里区", "集美区"] * 3, 1))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")


def test_every_accept_reported_saved_survives_kill_9(project, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    log = tmp_path / "session.log"
    printed, returncode = killed_after_done("window_session.py", [str(project), str(article), str(tmp_path),
                                                                  str(ACCEPTS)], log, "saved ", 300)
    saved = [int(x) for x in printed]
    assert returncode == -signal.SIGKILL, log.read_text(encoding="utf-8", errors="replace")
    assert len(saved) == ACCEPTS + 1, log.read_text(encoding="utf-8", errors="replace")

    with Store.open(project) as store:
        assert store.integrity_check() == "ok"
        statuses = {a.id: a.status for a in store.iter_annotations()}
        assert {i: statuses.get(i, "lost") for i in saved} == {i: "accepted" for i in saved}
        assert store.document_id_by_name("article.txt") is not None
