"""The store refuses what would corrupt the annotations, and every edit can be undone exactly."""
from __future__ import annotations

import pytest

from annotator.core.errors import AnnotatorError, ValidationError
from annotator.core.imports.text import sha256
from annotator.core.models import ChangeSet, Document
from annotator.core.store import Store, migrations

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。𠀋村在湖里区。"


@pytest.fixture
def doc(store):
    return store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))


def rows(store):
    return store.annotations()


def test_new_project_has_the_current_schema_version(store):
    assert store.schema_version == migrations.SCHEMA_VERSION > 0
    assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET"]


@pytest.mark.parametrize("start,end", [(-1, 2), (0, 0), (5, 3), (0, len(TEXT) + 1), (len(TEXT), len(TEXT) + 2)])
def test_offsets_outside_the_text_or_empty_are_refused(store, doc, start, end):
    with pytest.raises(ValidationError):
        store.add_annotation(doc.id, start, end, "DISTRICT", text="湖里")
    assert rows(store) == []


def test_text_must_equal_the_document_at_the_offsets(store, doc):
    with pytest.raises(ValidationError, match="does not match"):
        store.add_annotation(doc.id, 3, 6, "DISTRICT", text="湖里")
    store.add_annotation(doc.id, 3, 6, "DISTRICT", text="湖里区")
    assert [(a.start, a.end, a.text) for a in rows(store)] == [(3, 6, "湖里区")]


def test_a_span_given_without_its_text_is_told_so(store, doc):
    """A row typed into a workbook with offsets alone: the text is asked for, to check them."""
    with pytest.raises(ValidationError, match=r"no span text given for 0-3; the document has '厦门市'"):
        store.add_annotation(doc.id, 0, 3, "DISTRICT", text="")
    assert rows(store) == []


def test_offsets_count_code_points_outside_the_bmp(store, doc):
    start = TEXT.index("𠀋")
    store.add_annotation(doc.id, start, start + 2, "DISTRICT")
    assert rows(store)[0].text == "𠀋村"


def test_unknown_label_is_refused(store, doc):
    with pytest.raises(ValidationError, match="no label 'CITY' in"):
        store.add_annotation(doc.id, 3, 6, "CITY")
    assert rows(store) == []


def test_a_label_the_project_lacks_is_said_in_the_one_wording_of_the_command_line(store, doc):
    # Store.label said "unknown label 'CITY' (this project has …)", --label "no label 'CITY' in P (…)"
    for name, hint in (("CITY", ""), ("district", "; did you mean 'DISTRICT'?")):
        wanted = f"no label {name!r} in {store.folder} (its labels: DISTRICT, PROJECT, AMOUNT, TARGET){hint}"
        with pytest.raises(ValidationError) as refused:
            store.add_annotation(doc.id, 3, 6, name)
        with pytest.raises(AnnotatorError) as chosen:
            store.check_label_names([name])
        assert str(refused.value) == str(chosen.value) == store.no_label(name) == wanted
    assert rows(store) == []


def test_overlapping_spans_of_one_label_are_refused_but_labels_may_nest(store, doc):
    store.add_annotation(doc.id, 0, 6, "DISTRICT")
    with pytest.raises(ValidationError, match="overlap"):
        store.add_annotation(doc.id, 3, 6, "DISTRICT")
    with pytest.raises(ValidationError, match="overlap"):
        store.add_annotation(doc.id, 5, 8, "DISTRICT")
    store.add_annotation(doc.id, 0, 6, "PROJECT")  # same range, other label
    store.add_annotation(doc.id, 3, 6, "AMOUNT")  # nested, other label
    store.add_annotation(doc.id, 6, 8, "DISTRICT")  # touching is not overlapping
    assert len(rows(store)) == 4


def test_every_edit_returns_a_changeset_and_revert_reapply_restore_the_exact_rows(store, doc):
    c1 = store.add_annotation(doc.id, 3, 6, "DISTRICT")
    c2 = store.add_annotation(doc.id, 8, 15, "AMOUNT", value={"yuan": 5.51e9})
    a1, a2 = c1.changes[0].after, c2.changes[0].after
    start_rows = rows(store)
    edits = [
        store.update_annotation(a1.id, start=0, end=6, note="市区"),
        store.set_status([a1.id, a2.id], "rejected", annotator="me"),
        store.delete_annotation(a2.id),
        store.delete_annotations([a1.id]),
    ]
    for cs in [c1, c2, *edits]:
        assert isinstance(cs, ChangeSet) and cs.changes
    # undo all, recording each state, then redo all and compare
    states = [None] * (len(edits) + 1)
    states[-1] = rows(store)
    for i in range(len(edits) - 1, -1, -1):
        store.revert(edits[i])
        states[i] = rows(store)
    assert states[0] == start_rows
    for i, cs in enumerate(edits):
        store.reapply(cs)
        assert rows(store) == states[i + 1]
    assert rows(store) == []
    store.revert(edits[-1])
    store.revert(edits[-2])
    assert {a.id for a in rows(store)} == {a1.id, a2.id}


def test_set_status_is_all_or_none(store, doc):
    a = store.add_annotation(doc.id, 3, 6, "DISTRICT", status="rejected").changes[0].after
    store.add_annotation(doc.id, 0, 6, "DISTRICT")
    b = store.add_annotation(doc.id, 8, 15, "AMOUNT", status="suggested").changes[0].after
    before = rows(store)
    with pytest.raises(ValidationError, match="overlap"):  # accepting a would overlap the accepted span
        store.set_status([b.id, a.id], "accepted")
    assert rows(store) == before


def test_label_rename_carries_its_spans(store, doc):
    store.add_label("PLACE")  # a label the project added: the schema's keep their names
    store.add_annotation(doc.id, 3, 6, "PLACE")
    (change,) = store.update_label("PLACE", new_name="SITE", color="#000000").label_changes
    assert (change.before.name, change.after.name) == ("PLACE", "SITE")
    assert [a.label for a in rows(store)] == ["SITE"]
    assert "PLACE" not in store.label_names()
    with pytest.raises(ValidationError, match="exists already"):
        store.update_label("SITE", new_name="AMOUNT")


def test_lone_surrogates_and_wrong_types_are_refused_clearly(store, doc):
    with pytest.raises(ValidationError, match="surrogate"):
        store.add_annotation(doc.id, 3, 6, "DISTRICT", note="bad \ud800")
    with pytest.raises(ValidationError, match="surrogate"):
        store.add_annotation(doc.id, 3, 6, "DISTRICT", value={"name": "\udfff"})
    with pytest.raises(ValidationError, match="must be a string"):
        store.add_annotation(doc.id, 3, 6, "DISTRICT", origin=["x"])
    with pytest.raises(ValidationError, match="surrogate"):
        store.add_document(Document(None, "b.txt", "t", "x\ud800y", sha256("x\ud800y")))
    with pytest.raises(ValidationError, match="surrogate"):
        store.add_label("BAD\udc00")
    assert rows(store) == [] and len(store.documents()) == 1
    assert store.integrity_check() == "ok"


@pytest.mark.parametrize("field", ["text", "origin", "annotator", "reason", "note", "value"])
def test_a_bulk_add_names_the_field_that_cannot_be_stored(store, doc, field):
    """Bulk adds check all strings of a span in one step, then, when that fails, field by field
    for the message: each field is still named."""
    from annotator.core.models import Annotation, Suggestion

    good = Annotation(None, doc.id, 3, 6, "DISTRICT", "湖里区")
    bad = good.with_(**{field: {"name": "x\ud800"} if field == "value" else "x\ud800"})
    if field == "text":
        bad = bad.with_(text="湖\ud800区")
    with pytest.raises(ValidationError, match=f"{field} holds a lone surrogate|offsets|text"):
        store.add_annotations(doc.id, [bad])
    wrong = good.with_(**{field: {"name": 3j} if field == "value" else 42})
    with pytest.raises(ValidationError, match=f"{field} must be|cannot be stored as JSON"):
        store.add_annotations(doc.id, [wrong])
    assert rows(store) == []
    kept = store.add_suggestions(doc.id, [Suggestion(3, 6, "DISTRICT", "湖里区", reason="x\ud800"),
                                          Suggestion(8, 14, "AMOUNT", "55.1亿元", value={"yuan": 5510000000})])
    assert [(c.after.label, c.after.value) for c in kept.annotation_changes] == [("AMOUNT", {"yuan": 5510000000})]
    assert [(a.label, a.value) for a in store.annotations(doc.id)] == [("AMOUNT", {"yuan": 5510000000})]


def test_duplicate_document_is_refused_and_names_are_kept_unique(store, doc):
    with pytest.raises(ValidationError, match="already"):
        store.add_document(Document(None, "other.txt", "t", TEXT, sha256(TEXT)))
    d2 = store.add_document(Document(None, "a.txt", "t", "另一篇", sha256("另一篇")))
    assert d2.name == "a (2).txt"


def test_bringing_back_a_rejected_span_that_now_overlaps_is_refused_whole(store, doc):
    first = store.add_annotation(doc.id, 3, 6, "DISTRICT", status="suggested").changes[0].after
    other = store.add_annotation(doc.id, 25, 28, "DISTRICT", status="suggested").changes[0].after
    store.set_status([first.id, other.id], "rejected")
    store.add_annotation(doc.id, 3, 5, "DISTRICT")  # 湖里, by hand, where 湖里区 was rejected
    before = rows(store)
    with pytest.raises(ValidationError, match="overlaps"):
        store.set_status([other.id, first.id], "accepted")
    assert rows(store) == before
    store.set_status([other.id], "accepted")
    assert store.annotation(other.id).status == "accepted"


def test_document_entries_list_what_the_documents_say(store):
    """The list's light rows agree with the full documents: the metadata's title over the first
    line, its date, the done mark; and a chosen few are read back alone."""
    a = store.add_document(Document(None, "a.txt", "first line", TEXT, sha256(TEXT)))
    b = store.add_document(Document(None, "b.txt", "", "b", sha256("b"), metadata={"title": "报告", "date": "2024"}))
    c = store.add_document(Document(None, "c.txt", "c line", "c", sha256("c"), metadata={"title": "", "x": "1"}))
    store.set_document_done(b.id, True)
    expected = [(d.id, d.name, str(d.metadata.get("title") or d.title), str(d.metadata.get("date") or ""), d.done)
                for d in store.documents()]
    assert store.document_entries() == expected
    assert expected[1] == (b.id, "b.txt", "报告", "2024", True)
    assert expected[2][2] == "c line" and expected[0][2] == "first line"
    assert store.document_entries([c.id, a.id]) == [expected[0], expected[2]]
    assert store.document_entries([]) == []


def test_a_span_is_checked_against_the_piece_of_text_sqlite_reads(store, doc):
    """The store reads only the span's piece (SQLite's length and substr count code points, as
    Python does): every span of the astral-character sentence gets exactly Python's slice."""
    at = TEXT.index("𠀋")
    for start in range(at - 1, at + 2):
        for end in range(start + 1, len(TEXT) + 1):
            added = store.add_annotation(doc.id, start, end, "PROJECT", annotator=f"{start}-{end}").changes[0].after
            assert added.text == TEXT[start:end]
    with pytest.raises(ValidationError, match="does not match"):
        store.add_annotation(doc.id, at, at + 2, "AMOUNT", text="𠀋x")
    with pytest.raises(ValidationError, match="outside the text"):
        store.add_annotation(doc.id, at, len(TEXT) + 1, "AMOUNT")
    moved = store.update_annotation(added.id, start=at).changes[0].after
    assert moved.text == TEXT[at:]


def test_a_document_without_its_stored_length_still_checks_spans(store, doc):
    """The check reads the stored length (char_count); where another program left it empty,
    the text's own length is used."""
    store.conn.execute("UPDATE documents SET char_count = NULL WHERE id = ?", (doc.id,))
    end = len(TEXT)
    assert store.add_annotation(doc.id, end - 3, end, "DISTRICT").changes[0].after.text == TEXT[-3:]
    with pytest.raises(ValidationError, match="outside the text"):
        store.add_annotation(doc.id, end - 1, end + 1, "AMOUNT")


def test_suggestions_stored_in_one_statement_carry_the_ids_the_rows_got(store, doc):
    """add_suggestions writes a document's spans with one executemany and numbers them from the
    AUTOINCREMENT sequence: after a delete of the newest span (a gap) the ids still match the rows."""
    from annotator.core.models import Suggestion

    first = store.add_suggestions(doc.id, [Suggestion(3, 6, "DISTRICT", "湖里区"),
                                           Suggestion(8, 14, "AMOUNT", "55.1亿元", value={"yuan": 5510000000})])
    store.delete_annotation(first.annotation_changes[-1].after.id)
    again = store.add_suggestions(doc.id, [Suggestion(8, 14, "AMOUNT", "55.1亿元", value={"yuan": 5510000000}),
                                           Suggestion(25, 28, "DISTRICT", "湖里区")])
    made = [c.after for c in again.annotation_changes]
    assert [(a.start, a.label) for a in made] == [(8, "AMOUNT"), (25, "DISTRICT")]
    assert made[0].id > first.annotation_changes[-1].after.id  # never reused
    assert {a.id: a for a in store.annotations(doc.id)} == {a.id: a for a in
                                                            [first.annotation_changes[0].after, *made]}
    store.revert(again)
    assert [a.id for a in store.annotations(doc.id)] == [first.annotation_changes[0].after.id]


def test_an_edit_checks_its_offsets_against_the_text_read_once_until_another_connection_writes(store, doc):
    """The window reads a document whole when it opens it; the label keys that follow check their
    offsets against that text instead of asking SQLite for the piece (``substr`` walks a long
    text from its start). A write by another connection (another process, a restore) drops it."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        store.document(doc.id)
        store.add_annotation(doc.id, 3, 6, "DISTRICT")
        assert not [s for s in seen if "substr(" in s]
        with pytest.raises(ValidationError, match="does not match|outside"):
            store.add_annotation(doc.id, 3, 6, "DISTRICT", text="集美区")
        with Store.open(store.folder) as other:
            other.set_document_done(doc.id, True)
        seen.clear()
        store.add_annotation(doc.id, 8, 14, "AMOUNT")
        assert [s for s in seen if "substr(" in s]  # read again from SQLite
    finally:
        store.conn.set_trace_callback(None)
    assert [(a.start, a.text) for a in store.annotations(doc.id)] == [(3, "湖里区"), (8, "55.1亿元")]


def test_labelling_the_span_of_an_open_suggestion_accepts_it_instead_of_copying_it(store, doc):
    """What the window's label key calls: a suggestion another program saved after the window
    last looked is accepted (one span), and undo gives the suggestion back."""
    from annotator.core.models import Suggestion

    start = TEXT.index("松元产业园")
    store.add_suggestions(doc.id, [Suggestion(start, start + 5, "PROJECT", "松元产业园", confidence=0.7,
                                              reason="rule", origin="project")])
    (suggested,) = rows(store)
    cs = store.label_span(doc.id, start, start + 5, "PROJECT", annotator="ana")
    (accepted,) = rows(store)
    assert (accepted.id, accepted.status, accepted.annotator, accepted.origin) == (
        suggested.id, "accepted", "ana", "project")
    store.revert(cs)
    assert rows(store) == [suggested]
    # another label: a span of its own, made by hand; other bounds: the suggestion takes them, the coder's
    # now (tests/core/test_label_over_suggestions.py)
    store.label_span(doc.id, start, start + 5, "DISTRICT", annotator="ana")
    store.label_span(doc.id, start, start + 4, "PROJECT", annotator="bo")
    made = [(a.id == suggested.id, a.label, a.end - a.start, a.origin, a.status) for a in rows(store)]
    assert sorted(made) == [(False, "DISTRICT", 5, "manual", "accepted"), (True, "PROJECT", 4, "manual", "accepted")]


def test_labelling_an_open_suggestion_keeps_its_value_and_a_new_span_takes_the_one_given(store, doc):
    """The window's label key gives the value it computed for the span: a span made anew takes it,
    an open suggestion accepted keeps its own (one a user corrected, the learned suggester copied)."""
    from annotator.core.models import Suggestion

    start = TEXT.index("55.1亿元")
    store.add_suggestions(doc.id, [Suggestion(start, start + 6, "AMOUNT", "55.1亿元", value={"yuan": 1},
                                              origin="learned")])
    store.label_span(doc.id, start, start + 6, "AMOUNT", annotator="ana", value={"yuan": 5_510_000_000})
    store.label_span(doc.id, 3, 6, "DISTRICT", annotator="ana", value={"name": "湖里区", "code": "350206"})
    assert sorted((a.label, a.status, a.value) for a in rows(store)) == [
        ("AMOUNT", "accepted", {"yuan": 1}), ("DISTRICT", "accepted", {"name": "湖里区", "code": "350206"})]
