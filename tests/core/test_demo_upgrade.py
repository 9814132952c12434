"""A demo an earlier version built (span suggestions only, no suggested links: ``ensure_demo``
returned as soon as the database existed) stayed without links until F5. Opened now, an old demo
the user has not worked in is built again and carries what the shipped demo does; one the user
has worked in (a span accepted, added, a document marked done) is never touched."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator import demo
from annotator.core.store import Store
from annotator.demo import ensure_demo
from annotator.paths import DB_FILENAME


@pytest.fixture
def old_demo(tmp_path, monkeypatch) -> Path:
    """The demo as an earlier version built it: its spans suggested, no links, no version mark."""
    import annotator.core.suggest.links as links
    from annotator.core.suggest.runner import suggest_documents

    with monkeypatch.context() as m:
        m.setattr(links, "suggest_spans_and_links", lambda store: suggest_documents(store))
        m.setattr(demo, "META_KEY", "not-the-demo-key")
        folder = ensure_demo(tmp_path / "demo")
    with Store.open(folder) as store:
        assert not store.links() and store.get_meta(demo.META_KEY) == ""
        assert any(a.status == "suggested" for a in store.annotations())
    return folder


def _spans(folder: Path) -> list[tuple]:
    with Store.open(folder) as store:
        return sorted((a.start, a.end, a.label, a.status, a.annotator) for a in store.annotations())


def test_an_untouched_old_demo_gets_the_links_the_demo_now_carries(old_demo):
    reviewed = [s for s in _spans(old_demo) if s[4] == "demo"]
    assert ensure_demo(old_demo) == old_demo
    with Store.open(old_demo) as store:
        links = store.links()
        assert links and all(k.status == "suggested" for k in links)
        assert store.get_meta(demo.META_KEY) == str(demo.VERSION)
    assert [s for s in _spans(old_demo) if s[4] == "demo"] == reviewed  # the reviewed spans as they were
    assert not [p for p in old_demo.iterdir() if p.name.startswith((".build-", ".annotator-demo-"))]  # its build folder
    mtime = (old_demo / DB_FILENAME).stat().st_mtime_ns
    ensure_demo(old_demo)  # up to date: left as it is
    assert (old_demo / DB_FILENAME).stat().st_mtime_ns == mtime


def _accept_a_suggestion(store: Store) -> None:
    a = next(a for a in store.annotations() if a.status == "suggested")
    store.update_annotation(a.id, status="accepted", annotator="Li Hua")


def _add_a_span_as_demo(store: Store) -> None:  # a user who named themself "demo"
    doc = store.document(store.documents()[0].id)
    taken = [(a.start, a.end) for a in store.annotations() if a.label == "PROJECT"]
    start = next(i for i in range(len(doc.text) - 2) if not any(s < i + 2 and i < e for s, e in taken))
    store.add_annotation(doc.id, start, start + 2, "PROJECT", annotator="demo")


def _mark_done(store: Store) -> None:
    store.set_document_done(store.documents()[0].id, True)


def _jurisdiction(store: Store) -> None:
    store.set_document_metadata(store.documents()[0].id, "jurisdiction", "海沧区")


def _note(store: Store) -> None:
    a = next(a for a in store.annotations() if a.status == "suggested")
    store.update_annotation(a.id, note="check this")


def _delete_reviewed(store: Store) -> None:
    store.delete_annotation(next(a for a in store.annotations() if a.annotator == "demo").id)


@pytest.mark.parametrize("work", [_accept_a_suggestion, _add_a_span_as_demo, _mark_done, _jurisdiction, _note,
                                  _delete_reviewed])
def test_an_old_demo_the_user_worked_in_is_never_touched(old_demo, work):
    with Store.open(old_demo) as store:
        work(store)
    before = _spans(old_demo)
    mtime = (old_demo / DB_FILENAME).stat().st_mtime_ns
    ensure_demo(old_demo)
    assert (old_demo / DB_FILENAME).stat().st_mtime_ns == mtime
    assert _spans(old_demo) == before
    with Store.open(old_demo) as store:
        assert not store.links()


def test_an_old_demo_open_in_another_program_is_left_alone(old_demo):
    (old_demo / f"{DB_FILENAME}-wal").write_bytes(b"")  # its write-ahead log: open elsewhere
    mtime = (old_demo / DB_FILENAME).stat().st_mtime_ns
    ensure_demo(old_demo)
    assert (old_demo / DB_FILENAME).stat().st_mtime_ns == mtime
