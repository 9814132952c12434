"""Undo and redo while another program (the command line, a second window) writes the same project:
a field the step would write that the other program changed since is refused with one sentence
naming it, never overwritten without a word; what the other program changed elsewhere stays."""
from __future__ import annotations

import pytest

from annotator.core.store import Store, statuses
from annotator.core.undo import UndoHistory

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def two(make_project):
    project = make_project(TEXT, spans=[("a.txt", 0, 3, "DISTRICT", {"status": "suggested"}),
                                        ("a.txt", 16, 21, "PROJECT", {"status": "suggested"})])
    window, other = Store.open(project), Store.open(project)
    yield window, other, UndoHistory(window)
    window.close()
    other.close()


def refused(history: UndoHistory, what: str) -> str:
    outcome = history.undo()
    assert outcome is not None and not outcome.ok and not outcome.kept, outcome
    assert f"its {what} was changed meanwhile in another window or program" in outcome.error
    assert outcome.error.endswith("nothing was written")
    return outcome.error


def test_a_note_typed_in_the_window_and_changed_by_another_program_is_not_undone_over_it(two):
    window, other, history = two
    a = window.annotations()[0]
    history.push(window.update_annotation(a.id, note="window's"))
    other.update_annotation(a.id, note="command line's")
    assert "'command line's'" in refused(history, "note").replace('"', "'")
    assert window.annotation(a.id).note == "command line's"


def test_an_accept_the_command_line_turned_into_a_reject_is_not_reopened_by_undo(two):
    window, other, history = two
    a = window.annotations()[0]
    history.push(window.set_status([a.id], "accepted", "tester"))
    other.set_status([a.id], "rejected", "cli")
    refused(history, "status")
    assert (window.annotation(a.id).status, window.annotation(a.id).annotator) == ("rejected", "cli")


def test_an_accept_all_the_command_line_changed_in_part_is_refused_whole(two, monkeypatch):
    monkeypatch.setattr(statuses, "COMPACT_FROM", 0)  # the compact record of a bulk accept
    window, other, history = two
    ids = [a.id for a in window.annotations()]
    history.push(window.set_status(ids, "accepted", "tester"))
    other.set_status(ids[:1], "rejected", "cli")
    refused(history, "status")
    assert [window.annotation(i).status for i in ids] == ["rejected", "accepted"]  # all or nothing


def test_a_span_added_in_the_window_that_another_program_annotated_is_not_deleted_by_undo(two):
    window, other, history = two
    step = window.add_annotation(1, 3, 6, "DISTRICT", annotator="tester")
    history.push(step)
    added = step.annotation_changes[0].after.id
    other.update_annotation(added, note="keep me")
    refused(history, "note")
    assert window.annotation(added).note == "keep me"


def test_a_relabel_is_not_undone_over_another_programs_relabel(two):
    window, other, history = two
    a = window.annotations()[0]
    history.push(window.relabel(a.id, "PROJECT", annotator="tester"))
    other.relabel(a.id, "TARGET", annotator="cli")
    refused(history, "label")
    assert window.annotation(a.id).label == "TARGET"


def test_a_jurisdiction_set_in_the_window_and_by_the_command_line_is_not_undone_over_it(two):
    window, other, history = two
    history.push(window.set_document_metadata(1, "jurisdiction", "厦门市"))
    other.set_document_metadata(1, "jurisdiction", "湖里区")
    assert refused(history, "jurisdiction").startswith("the document 'a.txt': ")
    assert window.document(1).metadata["jurisdiction"] == "湖里区"


def test_a_link_another_program_rejected_is_not_removed_by_undo_and_a_removed_one_is_gone(two):
    window, other, history = two
    district, project = (a.id for a in window.annotations())
    step = window.add_link(project, "district", district, annotator="tester")
    history.push(step)
    link = step.link_changes[-1].after.id
    other.set_link_status([link], "rejected", "cli")
    refused(history, "status")
    assert window.link(link).status == "rejected"
    history.push(window.set_link_status([link], "accepted", "tester"))
    other.delete_link(link)
    outcome = history.undo()
    assert outcome is not None and outcome.gone  # said as gone, not reported done with nothing written


def test_what_the_other_program_changed_elsewhere_stays_and_the_same_change_is_no_conflict(two):
    window, other, history = two
    a, b = window.annotations()
    history.push(window.update_annotation(a.id, note="mine"))
    other.update_annotation(a.id, value={"name": "厦门市"})  # another field
    history.push(window.set_status([b.id], "rejected", "tester"))
    other.set_status([b.id], "rejected", "cli")  # the same status (its annotator is the window's to restore)
    assert history.undo().ok and history.undo().ok
    assert (window.annotation(a.id).note, window.annotation(a.id).value) == ("", {"name": "厦门市"})
    assert window.annotation(b.id).status == "suggested"
    assert history.redo().ok and window.annotation(a.id).note == "mine"


def test_an_add_whose_span_another_program_removed_is_not_said_undone_and_leaves_the_history(two):
    """`annotator remove P --doc X` (or suggestions made again) took the span away: undoing its Add
    wrote nothing, and was reported done ("Undone: Add …"); now its outcome says nothing was there."""
    from annotator.core.undo import NOTHING_THERE

    window, other, history = two
    history.push(window.set_status([window.annotations()[0].id], "accepted", "tester"))
    step = window.add_annotation(1, 3, 6, "DISTRICT", annotator="tester")
    history.push(step)
    other.delete_annotations([step.annotation_changes[0].after.id])
    outcome = history.undo()
    assert outcome is not None and outcome.vanished and outcome.gone and not outcome.ok
    assert outcome.error == NOTHING_THERE
    assert history.index == 1 and len(history.steps) == 1  # out of the history; the accept before it stays
    assert history.undo().ok and window.annotations()[0].status == "suggested"


def test_a_delete_redone_after_another_program_removed_the_span_wrote_nothing(two):
    window, other, history = two
    a = window.annotations()[1]
    history.push(window.delete_annotations([a.id]))
    assert history.undo().ok
    other.delete_annotations([window.annotations()[1].id])
    outcome = history.redo()
    assert outcome is not None and outcome.vanished and not history.can_redo()


def test_an_accept_or_a_done_mark_whose_document_another_program_removed_is_dropped_as_nothing_there(two):
    """`annotator remove P --doc a.txt` after the window accepted a span there: undoing the accept
    failed with an error ("another program removed what it changes"); with the whole document gone there
    is nothing left to undo, so the outcome says so (vanished) and the step leaves the history."""
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document
    from annotator.core.undo import NOTHING_THERE

    window, other, history = two
    text = "同安区推进平台建设。"
    kept = window.add_document(Document(None, "b.txt", "", text, sha256(text)))
    history.push(window.set_document_done(kept.id, True))  # an earlier step in another document
    a = window.annotations()[0]
    history.push(window.set_status([a.id], "accepted", "tester"))
    history.push(window.set_document_done(a.document_id, True))
    assert window.documents_gone(history.next_undo()) is False
    other.delete_documents([a.document_id])
    assert window.documents_gone(history.next_undo()) is True
    for _step in range(2):
        outcome = history.undo()
        assert outcome is not None and outcome.vanished and not outcome.ok and outcome.error == NOTHING_THERE
    assert len(history.steps) == 1 and history.index == 1  # both out; the one before them stays
    assert history.undo().ok and window.document(kept.id).done is False


def test_a_span_moved_in_the_window_and_by_another_program_names_its_extent_in_good_english(two):
    """"its boundaries was changed meanwhile …" read the plural with a singular verb."""
    window, other, history = two
    a = next(s for s in window.annotations() if s.label == "PROJECT")
    history.push(window.update_annotation(a.id, start=a.start + 2))  # 产业园
    other.update_annotation(a.id, end=a.end - 1)  # 产业
    error = refused(history, "extent")
    assert error.startswith("PROJECT '产业园': ") and "to '产业'" in error and "boundaries" not in error
    assert window.annotation(a.id).text == "产业"
