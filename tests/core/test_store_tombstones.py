"""The spans deleted, each by its key and when (``store/tombstones.py``, schema 15): every way the store takes a
span decided or made by hand out leaves its tombstone; an undo or redo that puts one back stamps it anew; open
suggestions leave none."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Annotation, Document
from annotator.core.store import Store
from annotator.core.store.tombstones import Tombstone
from tests.core.conftest import ARTICLE  # 厦门市湖里区投资55.1亿元建设松元产业园。

OLD = "2026-11-23T10:00:00+00:00"


def keys(store: Store, doc_id: int = 1) -> list[tuple[int, int, str, str]]:
    return [t.key for t in store.tombstones(doc_id)]


def made(store: Store) -> dict[str, int]:
    """厦门市 and 湖里区 li's, 55.1亿元 an open suggestion."""
    doc = store.add_document(Document(None, "a.txt", "a", ARTICLE, sha256(ARTICLE)))
    assert doc.id == 1
    store.add_annotation(1, 0, 3, "DISTRICT", annotator="li")
    store.add_annotation(1, 3, 6, "DISTRICT", annotator="li")
    store.add_annotation(1, 8, 14, "AMOUNT", status="suggested", origin="suggester")
    return {a.text: a.id for a in store.annotations()}


def test_deleting_a_span_leaves_its_tombstone_and_an_open_suggestion_none(store):
    spans = made(store)
    made_at = store.annotation(spans["厦门市"]).updated_at
    store.delete_annotation(spans["厦门市"])
    store.delete_annotations([spans["湖里区"], spans["55.1亿元"]])
    (first, second) = store.tombstones(1)
    assert (first.key, second.key) == ((0, 3, "DISTRICT", "li"), (3, 6, "DISTRICT", "li"))
    assert first.deleted_at >= made_at and store.annotations() == []


def test_one_tombstone_a_key_its_latest_time_kept(store):
    made(store)
    store.add_tombstones(1, [Tombstone(0, 3, "DISTRICT", "li", OLD)])
    store.add_tombstones(1, [Tombstone(0, 3, "DISTRICT", "li", "2026-11-22T00:00:00+00:00")])  # older: kept as it was
    assert store.tombstones(1) == [Tombstone(0, 3, "DISTRICT", "li", OLD)]
    spans = {a.text: a.id for a in store.annotations()}
    store.delete_annotation(spans["厦门市"])  # now: later
    (tomb,) = store.tombstones(1)
    assert tomb.key == (0, 3, "DISTRICT", "li") and tomb.deleted_at > OLD


def test_undo_of_an_add_leaves_a_tombstone_and_its_redo_stamps_it_anew(store):
    made(store)
    added = store.add_annotation(1, 14, 16, "DISTRICT", annotator="li")
    store.revert(added)
    assert keys(store) == [(14, 16, "DISTRICT", "li")]
    _backdate(store)
    store.reapply(added)  # the span is back (with its old time): a copy holding it is not older than the deletion
    (tomb,) = store.tombstones(1)
    assert tomb.deleted_at > OLD and [a.text for a in store.annotations() if a.start == 14] == ["建设"]


def test_undo_of_a_delete_stamps_its_tombstone_anew_and_redo_deletes_again(store):
    spans = made(store)
    deleted = store.delete_annotation(spans["厦门市"])
    _backdate(store)
    assert store.revert(deleted)
    (tomb,) = store.tombstones(1)
    assert tomb.key == (0, 3, "DISTRICT", "li") and tomb.deleted_at > OLD  # kept, dated the undo
    assert "厦门市" in {a.text for a in store.annotations()}
    assert store.reapply(deleted)
    assert keys(store) == [(0, 3, "DISTRICT", "li")] and "厦门市" not in {a.text for a in store.annotations()}


def test_undo_of_a_suggesting_run_leaves_no_tombstone(store):
    made(store)
    run = store.add_annotations(1, [_suggestion(14, 16)])
    store.revert(run)
    assert store.tombstones(1) == []


def test_a_label_renamed_takes_its_tombstones_along(store):
    made(store)
    store.add_label("POLICY")
    policy = store.add_annotation(1, 14, 21, "POLICY", annotator="li")
    store.delete_annotation(policy.changes[0].after.id)
    store.update_label("POLICY", new_name="政策")
    assert keys(store) == [(14, 21, "政策", "li")]


def test_a_document_read_again_or_removed_loses_its_tombstones(store):
    spans = made(store)
    store.delete_annotation(spans["厦门市"])
    text = ARTICLE + "又"
    store.replace_document(1, sha256(ARTICLE), Document(None, "a.txt", "a", text, sha256(text)))
    assert store.tombstones(1) == []  # the places were the old text's
    store.delete_annotation(next(a.id for a in store.annotations() if a.text == "湖里区"))
    assert keys(store) == [(3, 6, "DISTRICT", "li")]
    store.delete_documents([1])
    assert store.conn.execute("SELECT COUNT(*) FROM tombstones").fetchone()[0] == 0


def _backdate(store: Store) -> None:
    """The tombstones recorded on Monday (the test runs within one second: now would be the undo's time)."""
    store.conn.execute("UPDATE tombstones SET deleted_at = ?", (OLD,))


def _suggestion(start: int, end: int) -> Annotation:
    return Annotation(None, 1, start, end, "DISTRICT", ARTICLE[start:end], {}, "suggested", "suggester", "", 0.5,
                      "", "", OLD, OLD)
