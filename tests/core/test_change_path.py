"""One change path: spans, labels and done marks are ChangeSets, undone and redone by the core's
UndoHistory through Store.revert / Store.reapply, which write only what each change changed."""
from __future__ import annotations

import pytest

from annotator.core.errors import ValidationError
from annotator.core.models import ChangeSet, DoneChange, LabelChange
from annotator.core.undo import UndoHistory, describe

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT, spans=[("a.txt", 3, 6, "DISTRICT", {"status": "suggested"})]))


def add_place(store) -> None:
    """A label the project added (PLACE, not the schema's: it can be renamed) with a span on 厦门市."""
    store.add_label("PLACE", "#123456")
    store.add_annotation(store.documents()[0].id, 0, 3, "PLACE")


@pytest.fixture
def other(store, open_store):
    """Another program on the same project."""
    return open_store(store.folder)


def test_label_edits_and_done_marks_are_change_sets(store):
    doc = store.documents()[0].id
    added = store.add_label("PLACE", "#123456", "5", "places")
    ((change,),) = [added.label_changes]
    assert change.before is None and change.after.name == "PLACE" and change.after.id is not None
    renamed = store.update_label("PLACE", new_name="SITE")
    assert renamed.label_changes[0].renamed == ("PLACE", "SITE") and describe(renamed) == "rename label PLACE to SITE"
    assert store.update_label("SITE", color="#123456") == ChangeSet()  # nothing changed: no step
    deleted = store.delete_label("SITE")
    assert deleted.label_changes[0].after is None and "SITE" not in store.label_names()
    done = store.set_document_done(doc, True)
    name = store.documents()[0].name  # the step names its document (the window's Undo text)
    assert done.changes == (DoneChange(doc, False, True, name),) and done.document_ids == {doc}
    assert done.inverse().changes == (DoneChange(doc, True, False, name),)
    assert store.set_document_done(doc, True) == ChangeSet()
    assert describe(done) == "mark done"
    assert not added.annotation_changes and not done.label_changes


def test_undo_and_redo_of_every_kind_restore_the_rows_exactly(store):
    doc = store.documents()[0].id
    ann = store.annotations()[0]
    add_place(store)
    start = (store.labels(), store.annotations(), store.document(doc).done)
    history = UndoHistory(store)
    for step in (store.set_status([ann.id], "accepted"),
                 store.update_label("PLACE", new_name="SITE", color="#000000", shortcut="9"),
                 store.add_label("NEW", "#abcdef", "8"),
                 store.set_document_done(doc, True),
                 store.add_annotation(doc, 16, 21, "NEW"),
                 store.delete_label("TARGET")):
        assert history.push(step)
    end = (store.labels(), store.annotations(), store.document(doc).done)
    assert [a.label for a in end[1]] == ["SITE", "DISTRICT", "NEW"]
    while history.can_undo():
        assert history.undo().ok
    assert (store.labels(), store.annotations(), store.document(doc).done) == start  # ids and positions too
    while history.can_redo():
        assert history.redo().ok
    assert (store.labels(), store.annotations(), store.document(doc).done) == end


def test_an_undo_reports_what_it_wrote_for_the_views(store):
    add_place(store)
    history = UndoHistory(store)
    step = store.update_label("PLACE", new_name="SITE")
    history.push(step)
    outcome = history.undo()
    assert outcome.step is step and outcome.written.label_changes[0].renamed == ("SITE", "PLACE")
    assert history.redo().written is step


def test_undo_of_a_label_edit_keeps_what_another_program_changed_meanwhile(store, other):
    add_place(store)
    history = UndoHistory(store)
    history.push(store.update_label("PLACE", new_name="SITE"))
    other.update_label("SITE", color="#ff0000", shortcut="7")  # not in this history
    assert history.undo().ok
    label = other.label("PLACE")
    assert (label.color, label.shortcut) == ("#ff0000", "7")  # only the name went back
    assert [a.label for a in other.annotations()] == ["PLACE", "DISTRICT"]  # the spans follow the name


def test_a_step_that_cannot_be_made_is_dropped_and_the_earlier_ones_stay(store, other):
    history = UndoHistory(store)
    doc = store.documents()[0].id
    history.push(store.set_document_done(doc, True))
    history.push(store.add_label("PLACE"))
    other.add_annotation(doc, 0, 3, "PLACE")  # another program uses the new label
    outcome = history.undo()  # removing the label now would orphan that span
    assert not outcome.ok and not outcome.kept and "was kept: 1 span(s)" in outcome.error
    assert "PLACE" in other.label_names()
    assert (len(history.steps), history.index, history.can_redo()) == (1, 1, False)
    assert history.undo().ok and other.document(doc).done is False


def test_a_label_name_taken_meanwhile_refuses_the_undo_clearly(store, other):
    add_place(store)
    history = UndoHistory(store)
    history.push(store.update_label("PLACE", new_name="SITE"))
    other.add_label("PLACE")
    outcome = history.undo()
    assert "exists already" in outcome.error and not history.steps
    assert "SITE" in other.label_names()


def test_a_step_whose_span_another_program_removed_says_it_is_gone(store, other):
    history = UndoHistory(store)
    span = store.annotations()[0]
    history.push(store.set_status([span.id], "accepted"))
    other.delete_annotations([span.id])
    outcome = history.undo()
    assert outcome.gone and not outcome.ok and not outcome.kept and not history.steps
    assert not history.undo()  # nothing left


def test_a_busy_project_keeps_the_step_to_try_again(store, other):
    history = UndoHistory(store)
    history.push(store.set_document_done(store.documents()[0].id, True))
    store.conn.execute("PRAGMA busy_timeout = 50")
    store.busy_timeout_ms = 50
    with other.transaction():  # another program holds the write lock
        outcome = history.undo()
    assert outcome.kept and "busy" in outcome.error and history.index == 1
    assert history.undo().ok and history.index == 0


def test_a_new_edit_forgets_the_undone_steps_and_empty_change_sets_are_no_steps(store):
    history = UndoHistory(store)
    doc = store.documents()[0].id
    history.push(store.set_document_done(doc, True))
    history.undo()
    assert history.can_redo()
    assert not history.push(store.set_document_done(doc, False))  # nothing changed
    history.push(store.add_label("PLACE"))
    assert (len(history.steps), history.index, history.can_redo()) == (1, 1, False)
    assert history.undo() is not None and history.undo() is None


def test_a_mixed_change_set_is_undone_whole_or_not_at_all(store):
    doc = store.documents()[0].id
    label = store.add_label("PLACE").label_changes[0]
    span = store.add_annotation(doc, 0, 3, "PLACE").changes[0]
    done = store.set_document_done(doc, True).changes[0]
    mixed = ChangeSet((label, span, done), "import")
    assert mixed.documents() == [doc] and mixed.first_span(doc) == (0, 3)
    store.revert(mixed)
    assert "PLACE" not in store.label_names() and store.document(doc).done is False
    store.reapply(mixed)
    assert store.annotation(span.after.id).label == "PLACE"
    store.add_annotation(doc, 10, 12, "PLACE")
    with pytest.raises(ValidationError, match=r"was kept: 1 span\(s\)"):
        store.revert(mixed)  # the label is in use by a span not in the set: nothing changes
    assert store.document(doc).done is True and len(store.annotations(labels=["PLACE"])) == 2


def test_inverse_turns_each_kind_around():
    change = LabelChange(None, None)
    assert change.inverse() == change and change.renamed is None
    assert DoneChange(1, False, True).inverse() == DoneChange(1, True, False)
    assert ChangeSet((DoneChange(1, False, True),), "mark done").inverse().description == "undo mark done"


def test_two_relabels_folded_into_one_step_undo_to_the_first_label_and_redo_to_the_last(store):
    """The window's label box relabels at each arrow key; its steps are folded into one."""
    ann = store.annotations()[0]
    history = UndoHistory(store)
    assert history.push(store.update_annotation(ann.id, label="PROJECT", status="accepted"))
    assert history.push(store.update_annotation(ann.id, label="AMOUNT"))
    step = history.fold_last()
    assert step is not None and history.steps == (step,) and history.index == 1
    ((change,),) = [step.annotation_changes]
    assert (change.before.label, change.after.label) == ("DISTRICT", "AMOUNT")
    assert history.undo().ok and store.annotation(ann.id).label == "DISTRICT"
    assert store.annotation(ann.id).status == "suggested" and not history.can_undo()
    assert history.redo().ok and store.annotation(ann.id).label == "AMOUNT"


def test_relabels_that_end_where_they_began_fold_into_no_step(store):
    ann = store.annotations()[0]
    history = UndoHistory(store)
    assert history.push(store.update_annotation(ann.id, label="PROJECT"))
    assert history.push(store.update_annotation(ann.id, label="DISTRICT"))
    assert history.fold_last() is None and history.steps == () and not history.can_undo()
    assert UndoHistory(store).fold_last() is None  # fewer than two steps: nothing folds
