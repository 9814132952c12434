"""The demo project builds itself on first open, in the user's data folder, whole and only once."""
from __future__ import annotations

from pathlib import Path

from annotator.core import resources
from annotator.core.store import Store
from annotator.demo import ensure_demo
from annotator.paths import DATA_DIR_ENV, DB_FILENAME, demo_project


def _listing(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")
            if "__pycache__" not in p.parts}


def test_demo_article_is_original_and_about_1500_characters():
    (article,) = [f for f in resources.demo_files() if f.name.endswith(".txt")]
    text = article.read_text(encoding="utf-8")
    assert 1200 <= len(text) <= 2500
    assert "示例" in text  # says it is written for this project


def test_demo_builds_in_the_data_folder_with_accepted_and_open_suggestions_once(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    source = Path(str(resources.demo_source()))
    shipped = _listing(source)
    folder = ensure_demo()
    assert folder == demo_project() == tmp_path / "data" / "demo"
    with Store.open(folder) as store:
        counts = store.count_annotations()
        statuses = {status for (_, status) in counts}
        assert {"accepted", "suggested"} <= statuses
        labels = {label for (label, _) in counts}
        assert labels == {"DISTRICT", "PROJECT", "AMOUNT", "TARGET"}
        total = sum(counts.values())
    mtime = (folder / DB_FILENAME).stat().st_mtime_ns
    ensure_demo()
    assert (folder / DB_FILENAME).stat().st_mtime_ns == mtime
    # the database, the stamp of its last clean close (store/db_file.py) and the shipped files
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [DB_FILENAME, f"{DB_FILENAME}-checked"] + [f.name for f in resources.demo_files()])
    with Store.open(folder) as store:
        assert sum(store.count_annotations().values()) == total
    assert _listing(source) == shipped  # nothing written where the demo ships


def test_the_shipped_demo_folder_is_recognised_and_no_other():
    assert resources.is_demo_source(str(resources.demo_source()))
    assert not resources.is_demo_source(demo_project())
