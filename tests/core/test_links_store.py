"""Links between spans in the store: what may link to what, one open link of a kind per span,
undo and redo through the one change path, deleting a span takes its links (undo restores them),
and the v3 migration."""
from __future__ import annotations

import sqlite3

import pytest

from annotator.core import links as rules
from annotator.core.errors import ProjectError, ValidationError
from annotator.core.models import LinkChange
from annotator.core.store import Store, backup, migrations
from annotator.core.undo import UndoHistory
from annotator.paths import DB_FILENAME
from tests.core.conftest import old_project

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"
SPANS = [("a.txt", 3, 6, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 8, 14, "AMOUNT"), ("a.txt", 16, 21, "PROJECT")]


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT, spans=SPANS))


def spans(store):
    return {a.label: a for a in store.annotations()}


def test_links_join_spans_by_the_rules_and_replace_the_open_one(store):
    s = spans(store)
    made = store.add_link(s["AMOUNT"].id, "district", s["DISTRICT"].id, origin="clause", reason="subject 湖里区")
    (change,) = made.link_changes
    assert change.before is None and change.after.target_id == s["DISTRICT"].id
    store.add_link(s["AMOUNT"].id, "project", s["PROJECT"].id)
    store.add_link(s["PROJECT"].id, "district", s["DISTRICT"].id, status="suggested", origin="nested")
    assert len(store.links()) == 3
    with pytest.raises(ValidationError):
        store.add_link(s["DISTRICT"].id, "district", s["DISTRICT"].id)  # a district has no district
    with pytest.raises(ValidationError):
        store.add_link(s["PROJECT"].id, "project", s["PROJECT"].id)  # a project is for no project
    with pytest.raises(ValidationError):
        store.add_link(s["AMOUNT"].id, "project", s["DISTRICT"].id)
    # a district no span names: by its value
    again = store.add_link(s["AMOUNT"].id, "district", value={"name": "厦门市", "code": "350200"},
                           origin="jurisdiction")
    assert [(c.before is None, c.after is None) for c in again.link_changes] == [(False, True), (True, False)]
    assert store.add_link(s["AMOUNT"].id, "district", value={"name": "厦门市", "code": "350200"},
                          origin="jurisdiction") == again.__class__()  # the same link again: nothing
    resolved = rules.resolve(store.links(), {a.id: a for a in store.annotations()})
    assert str(resolved[s["AMOUNT"].id].district) == "厦门市 350200"
    assert resolved[s["AMOUNT"].id].project.text == "松元产业园"
    assert resolved[s["PROJECT"].id].how == "nested"
    assert rules.describe(store.links(kinds=["project"])[0], s["PROJECT"]) == "for project: 松元产业园"


def test_links_undo_and_redo_and_deleting_a_span_takes_its_links_back_with_undo(store):
    s = spans(store)
    history = UndoHistory(store)
    history.push(store.add_link(s["AMOUNT"].id, "district", s["DISTRICT"].id))
    history.push(store.add_link(s["AMOUNT"].id, "project", s["PROJECT"].id))
    history.push(store.set_link_status([store.links()[0].id], "rejected"))
    linked = store.links()
    deleted = store.delete_annotation(s["PROJECT"].id)
    assert history.push(deleted)
    assert len(deleted.link_changes) == 1 and [k for k in ("district",) if store.links(kinds=[k])]
    assert [link.kind for link in store.links()] == ["district"]
    assert history.undo().ok
    assert store.links() == linked and spans(store)["PROJECT"] == s["PROJECT"]
    while history.can_undo():
        assert history.undo().ok
    assert store.links() == []
    while history.can_redo():
        assert history.redo().ok
    assert [link.kind for link in store.links()] == ["district"]
    assert deleted.documents() == [s["AMOUNT"].document_id]


def test_rejecting_a_span_rejects_its_open_link_suggestions_in_the_same_undo_step(store):
    s = spans(store)
    store.add_link(s["AMOUNT"].id, "district", s["DISTRICT"].id, status="suggested", origin="clause")
    store.add_link(s["AMOUNT"].id, "project", s["PROJECT"].id, status="suggested", origin="clause")
    store.add_link(s["PROJECT"].id, "district", s["DISTRICT"].id, status="accepted")  # a decision: kept
    history = UndoHistory(store)
    assert history.push(store.set_status([s["DISTRICT"].id], "rejected"))
    by_kind = {(link.source_id, link.kind): link.status for link in store.links()}
    assert by_kind == {(s["AMOUNT"].id, "district"): "rejected", (s["AMOUNT"].id, "project"): "suggested",
                       (s["PROJECT"].id, "district"): "accepted"}
    assert history.undo().ok  # one step: the span and its link come back open
    assert {link.status for link in store.links(kinds=["district"]) if link.source_id == s["AMOUNT"].id} == {
        "suggested"} and spans(store)["DISTRICT"].status == s["DISTRICT"].status
    assert store.set_status([s["AMOUNT"].id], "accepted").link_changes == ()  # accepting touches no link


def test_suggested_links_skip_spans_already_linked_and_rejected_links(store):
    s = spans(store)
    store.add_link(s["AMOUNT"].id, "district", s["DISTRICT"].id)
    store.add_link(s["PROJECT"].id, "district", s["DISTRICT"].id, status="rejected")
    from annotator.core.models import Link
    proposed = [Link(None, s["AMOUNT"].document_id, s["AMOUNT"].id, "district", None, {"name": "厦门市"},
                     "suggested", "jurisdiction"),
                Link(None, s["PROJECT"].document_id, s["PROJECT"].id, "district", s["DISTRICT"].id, {},
                     "suggested", "nested"),
                Link(None, s["AMOUNT"].document_id, s["AMOUNT"].id, "project", s["PROJECT"].id, {},
                     "suggested", "attribute")]
    added = store.add_links(proposed)
    assert [c.after.kind for c in added.link_changes] == ["project"]
    assert all(isinstance(c, LinkChange) for c in added.changes)


def test_v2_project_migrates_to_v3_with_a_backup_and_shape_is_checked(tmp_path):
    folder = tmp_path / "old"
    old_project(folder, 2, "INSERT INTO documents(name, title, text, sha256, char_count) "
                           "VALUES ('a.txt', 't', 'x', 'x', 1)")
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 3
        assert store.links() == []
    assert any("before-migration-v2" in b.name for b in backup.list_backups(folder))
    # a database that says 2 but has a links table is not one of ours
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="links"):
        Store.open(folder)


def test_the_nearest_target_is_nested_else_before_else_after(store):
    s = spans(store)
    everything = store.annotations()
    assert rules.nearest_target(s["AMOUNT"], everything).text == "湖里区"
    assert rules.nearest_target(s["AMOUNT"], everything, "project").text == "松元产业园"
    assert rules.nearest_target(s["DISTRICT"], everything) is None  # a district links to nothing


def test_relabelling_a_span_drops_the_links_its_new_label_may_not_have_and_undo_brings_them_back(store):
    """An AMOUNT relabelled TARGET keeps its district and project (a target may have both: the
    links reviewed by hand were dropped all the same); a PROJECT relabelled AMOUNT keeps its
    district, and the links to it as a project go; a DISTRICT relabelled loses what points to it."""
    s = spans(store)
    store.add_link(s["AMOUNT"].id, "district", s["DISTRICT"].id)
    store.add_link(s["AMOUNT"].id, "project", s["PROJECT"].id)
    store.add_link(s["PROJECT"].id, "district", s["DISTRICT"].id)
    everything = sorted(store.links(), key=lambda k: k.id)
    history = UndoHistory(store)
    history.push(store.update_annotation(s["AMOUNT"].id, label="TARGET"))
    assert sorted(store.links(), key=lambda k: k.id) == everything
    assert store.annotation(s["AMOUNT"].id).label == "TARGET"
    history.push(store.update_annotation(s["PROJECT"].id, label="AMOUNT"))
    assert sorted((k.source_id, k.kind) for k in store.links()) == [
        (s["AMOUNT"].id, "district"), (s["PROJECT"].id, "district")]
    history.push(store.update_annotation(s["DISTRICT"].id, label="PROJECT"))
    assert store.links() == []
    assert history.undo().ok and history.undo().ok
    assert sorted(store.links(), key=lambda k: k.id) == everything
    assert store.update_annotation(s["AMOUNT"].id, note="n").link_changes == ()  # other edits keep them


def test_the_link_key_links_to_the_span_under_the_mouse_else_the_nearest_district(store):
    s = spans(store)
    everything = store.annotations()
    assert rules.link_for_key(s["AMOUNT"], s["PROJECT"], everything) == ("project", s["PROJECT"])
    assert rules.link_for_key(s["PROJECT"], s["DISTRICT"], everything) == ("district", s["DISTRICT"])
    assert rules.link_for_key(s["AMOUNT"], None, everything) == ("district", s["DISTRICT"])
    # a span under the mouse that nothing may link to: the nearest district instead
    assert rules.link_for_key(s["AMOUNT"], s["AMOUNT"], everything) == ("district", s["DISTRICT"])
    assert rules.link_for_key(s["DISTRICT"], s["PROJECT"], everything) is None  # a district links to nothing
    assert rules.link_for_key(s["PROJECT"], None, [s["PROJECT"]]) is None  # no district in the document
    assert rules.can_link("district", "AMOUNT", None) and not rules.can_link("project", "AMOUNT", None)
    assert not rules.can_link("nearby", "AMOUNT", "DISTRICT")


def test_unlink_removes_the_open_links_of_a_span_of_one_kind_or_all_and_undo_restores_them(store):
    s = spans(store)
    store.add_link(s["AMOUNT"].id, "district", s["DISTRICT"].id)
    store.add_link(s["AMOUNT"].id, "project", s["PROJECT"].id)
    store.add_link(s["PROJECT"].id, "district", s["DISTRICT"].id)
    history = UndoHistory(store)
    history.push(store.unlink(s["AMOUNT"].id, "project"))
    assert sorted((k.source_id, k.kind) for k in store.links()) == [(s["AMOUNT"].id, "district"),
                                                                   (s["PROJECT"].id, "district")]
    step = store.unlink(s["AMOUNT"].id)
    history.push(step)
    assert len(step.link_changes) == 1 and [k.source_id for k in store.links()] == [s["PROJECT"].id]
    assert store.unlink(s["AMOUNT"].id).link_changes == ()  # nothing left to remove
    assert history.undo().ok and history.undo().ok
    assert len(store.links()) == 3


def test_unlink_rejects_a_suggested_link_so_the_suggester_does_not_propose_it_again(store):
    """Shift+L on a span whose district the program suggested deleted the suggestion, and the
    next F5 proposed the same link again: there was no way to say no to a link suggestion."""
    from annotator.core.models import Link

    s = spans(store)
    store.add_link(s["AMOUNT"].id, "district", s["DISTRICT"].id, status="suggested", origin="clause")
    store.add_link(s["AMOUNT"].id, "project", s["PROJECT"].id)  # accepted: removed as before
    history = UndoHistory(store)
    history.push(store.unlink(s["AMOUNT"].id, annotator="ann"))
    assert [(k.kind, k.status, k.annotator) for k in store.links()] == [("district", "rejected", "ann")]
    again = Link(None, s["AMOUNT"].document_id, s["AMOUNT"].id, "district", s["DISTRICT"].id, {}, "suggested",
                 "clause")
    assert store.add_links([again]).changes == ()
    assert history.undo().ok
    assert sorted((k.kind, k.status) for k in store.links()) == [("district", "suggested"), ("project", "accepted")]
