"""The demo project builds itself on first open, whole, and only once."""
from __future__ import annotations

import shutil

from annotator.core.demo import ensure_demo
from annotator.core.store import Store
from annotator.paths import DB_FILENAME, DEMO_PROJECT


def test_demo_article_is_original_and_about_1500_characters():
    (article,) = sorted(DEMO_PROJECT.glob("*.txt"))
    text = article.read_text(encoding="utf-8")
    assert 1200 <= len(text) <= 2500
    assert "示例" in text  # says it is written for this project


def test_demo_builds_with_accepted_and_open_suggestions_once(tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    for f in DEMO_PROJECT.glob("*.txt"):
        shutil.copy(f, folder)
    for f in DEMO_PROJECT.glob("*.reviewed.jsonl"):
        shutil.copy(f, folder)
    assert ensure_demo(folder) == folder
    with Store.open(folder) as store:
        counts = store.count_annotations()
        statuses = {status for (_, status) in counts}
        assert {"accepted", "suggested"} <= statuses
        labels = {label for (label, _) in counts}
        assert labels == {"DISTRICT", "PROJECT", "AMOUNT", "TARGET"}
        total = sum(counts.values())
    mtime = (folder / DB_FILENAME).stat().st_mtime_ns
    ensure_demo(folder)
    assert (folder / DB_FILENAME).stat().st_mtime_ns == mtime
    assert sorted(p.name for p in folder.iterdir() if p.suffix not in (".txt", ".jsonl")) == [DB_FILENAME]
    with Store.open(folder) as store:
        assert sum(store.count_annotations().values()) == total
