"""The links deleted, each by its key and when (``store/link_tombstones.py``, schema 16): every way the store takes a
link decided or made by hand out leaves its tombstone; an undo or redo that puts one back stamps it anew; open
(suggested) links leave none, and neither do links that go with their span (its own tombstone says it)."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.store.link_tombstones import LinkTombstone
from tests.core.conftest import ARTICLE  # 厦门市湖里区投资55.1亿元建设松元产业园。

OLD = "2026-11-23T10:00:00+00:00"
SUM = (8, 14, "AMOUNT", "li")
TO_HULI = (SUM, "district", (3, 6, "DISTRICT", "li"))
TO_XIAMEN = (SUM, "district", (0, 3, "DISTRICT", "li"))


def keys(store: Store, doc_id: int = 1) -> list:
    return [t.key for t in store.link_tombstones(doc_id)]


def made(store: Store) -> dict[str, int]:
    """厦门市, 湖里区 and 55.1亿元 li's; 55.1亿元 linked to 湖里区 by li."""
    doc = store.add_document(Document(None, "a.txt", "a", ARTICLE, sha256(ARTICLE)))
    assert doc.id == 1
    for start, end, label in ((0, 3, "DISTRICT"), (3, 6, "DISTRICT"), (8, 14, "AMOUNT")):
        store.add_annotation(1, start, end, label, annotator="li")
    spans = {a.text: a.id for a in store.annotations()}
    store.add_link(spans["55.1亿元"], "district", spans["湖里区"], annotator="li")
    return spans


def the_link(store: Store) -> int:
    (link,) = store.links(1)
    assert link.id is not None
    return link.id


def test_removing_a_link_leaves_its_tombstone(store):
    spans = made(store)
    made_at = store.link(the_link(store)).updated_at
    store.delete_link(the_link(store))
    (tomb,) = store.link_tombstones(1)
    assert tomb.key == TO_HULI and tomb.deleted_at >= made_at
    store.add_link(spans["55.1亿元"], "district", None, value={"name": "思明区", "code": "350203"}, annotator="li")
    store.unlink(spans["55.1亿元"], "district", "li")  # Shift+L
    assert keys(store) == [(SUM, "district", '{"code": "350203", "name": "思明区"}'), TO_HULI] and store.links(1) == []


def test_an_open_suggestion_removed_or_rejected_leaves_none(store):
    spans = made(store)
    store.delete_link(the_link(store))
    store.conn.execute("DELETE FROM link_tombstones")
    store.add_link(spans["55.1亿元"], "district", spans["湖里区"], status="suggested", origin="linker")
    store.unlink(spans["55.1亿元"], "district")  # rejected, not removed
    assert store.links(1)[0].status == "rejected"
    store.delete_links([the_link(store)])  # (a rejected link removed is a decision removed: it leaves one)
    store.add_link(spans["55.1亿元"], "district", spans["湖里区"], status="suggested", origin="linker")
    store.delete_links([the_link(store)])  # a suggesting run's
    assert keys(store) == [TO_HULI] and store.links(1) == []
    store.conn.execute("DELETE FROM link_tombstones")
    store.add_link(spans["55.1亿元"], "district", spans["湖里区"], status="suggested", origin="linker")
    store.add_link(spans["55.1亿元"], "district", spans["厦门市"], annotator="li")  # in place of the suggestion
    assert keys(store) == []


def test_a_link_replaced_by_another_of_its_kind_leaves_its_tombstone(store):
    spans = made(store)
    replaced = store.add_link(spans["55.1亿元"], "district", spans["厦门市"], annotator="li")
    assert keys(store) == [TO_HULI]
    store.conn.execute("UPDATE link_tombstones SET deleted_at = ?", (OLD,))
    store.revert(replaced)  # the link to 湖里区 back (stamped anew), the one to 厦门市 out
    assert {t.key: t.deleted_at > OLD for t in store.link_tombstones(1)} == {TO_XIAMEN: True, TO_HULI: True}
    assert store.link(the_link(store)).target_id == spans["湖里区"]


def test_undo_of_a_link_add_leaves_a_tombstone_and_its_redo_stamps_it_anew(store):
    spans = made(store)
    park = store.add_annotation(1, 16, 21, "PROJECT", annotator="li").changes[0].after.id  # 松元产业园
    added = store.add_link(park, "district", spans["湖里区"], annotator="li")
    store.revert(added)
    to_park = ((16, 21, "PROJECT", "li"), "district", (3, 6, "DISTRICT", "li"))
    assert keys(store) == [to_park] and len(store.links(1)) == 1
    store.conn.execute("UPDATE link_tombstones SET deleted_at = ?", (OLD,))
    store.reapply(added)  # the link is back (with its old time): a copy holding it is not older than the removal
    (tomb,) = store.link_tombstones(1)
    assert tomb.key == to_park and tomb.deleted_at > OLD and len(store.links(1)) == 2


def test_undo_of_an_unlink_stamps_its_tombstone_anew_and_redo_removes_again(store):
    spans = made(store)
    removed = store.unlink(spans["55.1亿元"], "district", "li")
    store.conn.execute("UPDATE link_tombstones SET deleted_at = ?", (OLD,))
    assert store.revert(removed)
    (tomb,) = store.link_tombstones(1)
    assert tomb.key == TO_HULI and tomb.deleted_at > OLD and len(store.links(1)) == 1  # kept, dated the undo
    store.conn.execute("UPDATE link_tombstones SET deleted_at = ?", (OLD,))
    assert store.reapply(removed)
    (tomb,) = store.link_tombstones(1)
    assert tomb.deleted_at > OLD and store.links(1) == []


def test_a_link_that_goes_with_its_span_leaves_none_nor_its_undo_and_redo(store):
    spans = made(store)
    deleted = store.delete_annotation(spans["湖里区"])  # the span it joins
    assert store.links(1) == [] and store.link_tombstones(1) == [] and [t.key for t in store.tombstones(1)] == [
        (3, 6, "DISTRICT", "li")]
    store.revert(deleted)
    store.reapply(deleted)
    store.revert(deleted)
    assert len(store.links(1)) == 1 and store.link_tombstones(1) == []
    deleted = store.delete_annotations([spans["55.1亿元"]])  # the span it starts from
    store.revert(deleted)
    relabelled = store.update_annotation(spans["湖里区"], label="PROJECT")  # a district link joins no PROJECT
    assert store.links(1) == []
    store.revert(relabelled)
    store.reapply(relabelled)
    assert store.link_tombstones(1) == []


def test_one_tombstone_a_key_its_latest_time_kept_and_a_label_renamed_at_either_end(store):
    made(store)
    store.add_label("POLICY")
    later = LinkTombstone(1, 2, "POLICY", "li", "project", (4, 5, "POLICY", "wang"), OLD)
    store.add_link_tombstones(1, [later, later._replace(deleted_at="2026-11-22T00:00:00+00:00")])
    assert store.link_tombstones(1) == [later]
    store.update_label("POLICY", new_name="政策")
    assert keys(store) == [((1, 2, "政策", "li"), "project", (4, 5, "政策", "wang"))]


def test_a_document_read_again_or_removed_loses_its_link_tombstones(store):
    spans = made(store)
    store.delete_link(the_link(store))
    text = ARTICLE + "又"
    store.replace_document(1, sha256(ARTICLE), Document(None, "a.txt", "a", text, sha256(text)))
    assert store.link_tombstones(1) == []  # the places were the old text's
    store.add_link(spans["55.1亿元"], "district", spans["湖里区"], annotator="li")
    store.delete_link(the_link(store))
    assert keys(store) == [TO_HULI]
    store.delete_documents([1])
    assert store.conn.execute("SELECT COUNT(*) FROM link_tombstones").fetchone()[0] == 0
