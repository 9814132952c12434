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


def test_a_copy_of_the_shipped_demo_folder_is_recognised(tmp_path):
    """A checkout with annotator installed from a wheel (pipx install .): `annotator gui projects/demo`
    said "not an annotator project (no project.sqlite); create one with 'annotator new projects/demo'",
    which would have made a database in the checkout. Its copy of the shipped files is the demo too."""
    import shutil

    copy = tmp_path / "projects" / "demo"
    shutil.copytree(str(resources.demo_source()), copy)
    assert resources.is_demo_source(copy) and resources.is_demo_source(str(copy))
    article = next(p for p in copy.iterdir() if p.suffix == ".txt")
    article.write_text(article.read_text(encoding="utf-8") + "改", encoding="utf-8")
    assert not resources.is_demo_source(copy)  # a folder of one's own, begun from the demo's files
    article.unlink()
    assert not resources.is_demo_source(copy)
    assert not resources.is_demo_source(ensure_demo(tmp_path / "built"))  # a project: its database is there
    assert not resources.is_demo_source(tmp_path / "nowhere")


def test_the_demo_carries_suggested_links_as_annotator_suggest_makes_them(tmp_path):
    """The demo was built with span suggestions only: the Statistics said "Links: 0" and L never
    had a suggested link to accept. It proposes links the way `annotator suggest` does now."""
    from annotator.core.suggest.links import suggest_document_links

    folder = ensure_demo(tmp_path / "demo")
    with Store.open(folder) as store:
        (doc,) = store.documents()
        links = store.links(doc.id)
        assert links and all(k.status == "suggested" and k.reason for k in links)
        assert {k.kind for k in links} == {"district", "project"}
        spans = {a.id: a for a in store.annotations(doc.id)}
        assert any(spans[k.source_id].label == "AMOUNT" for k in links)
        assert suggest_document_links(store).added == 0  # nothing left that the command would add
