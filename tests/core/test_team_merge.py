"""Merging coders' projects: documents by their text (never by name), every coder's spans and
links kept apart, nothing overwritten, merging twice adds nothing."""
from __future__ import annotations

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.team.merge import merge
from annotator.core.team.package import export_package

A = "厦门市湖里区投资55.1亿元建设松元产业园。"
B = "思明区新增10家规上工业企业。"


def spans_of(store):
    docs = {d.id: d.sha256 for d in store.documents()}
    return sorted((docs[a.document_id][:8], a.start, a.end, a.label, a.annotator, a.status)
                  for a in store.annotations())


@pytest.fixture
def team(make_project):
    """The lead's project (A), li's (A renamed, and B the lead lacks) and wang's (A, no name set)."""
    lead = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "lead"})], name="lead")
    li = make_project({"renamed.txt": A, "b.txt": B},
                      [("renamed.txt", 0, 6, "DISTRICT", {"annotator": "li"}),
                       ("renamed.txt", 8, 14, "AMOUNT", {"annotator": "li"}),
                       ("renamed.txt", 16, 21, "PROJECT", {"annotator": "li"}),
                       ("renamed.txt", 3, 6, "DISTRICT", {"annotator": "li", "status": "rejected"}),
                       ("renamed.txt", 0, 3, "DISTRICT", {"status": "suggested"}),
                       ("b.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="li")
    wang = make_project({"a.txt": A}, [("a.txt", 3, 6, "DISTRICT"), ("a.txt", 8, 14, "AMOUNT")], name="wang")
    with Store.open(li) as store:
        store.set_document_metadata(store.document_id_by_name("b.txt"), "year", "2024")
        amount, project = (a.id for a in store.annotations() if a.label in ("AMOUNT", "PROJECT"))
        store.add_link(amount, "project", project, annotator="li")
    return lead, li, wang


def test_merge_keeps_every_coder_apart_and_matches_documents_by_text(team, open_store):
    lead, li, wang = team
    store = open_store(lead)
    report = merge(store, [li, wang])
    first, second = report.sources
    assert (first.documents_added, first.documents_matched) == (["b.txt"], 1)
    assert first.renamed == [("renamed.txt", "a.txt")]  # matched by its text, whatever its name
    assert dict(first.spans_added) == {"li": 5}  # 4 accepted + 1 rejected; the open suggestion stays behind
    assert first.links_added == 1
    assert dict(second.spans_added) == {"wang": 2} and second.spans_unnamed == 2
    assert any("stored as 'wang'" in line for line in report.lines())
    got = spans_of(store)
    a, b = sha256(A)[:8], sha256(B)[:8]
    assert got == sorted([(a, 0, 3, "DISTRICT", "lead", "accepted"), (a, 0, 6, "DISTRICT", "li", "accepted"),
                          (a, 8, 14, "AMOUNT", "li", "accepted"), (a, 16, 21, "PROJECT", "li", "accepted"),
                          (a, 3, 6, "DISTRICT", "li", "rejected"), (b, 0, 3, "DISTRICT", "li", "accepted"),
                          (a, 3, 6, "DISTRICT", "wang", "accepted"), (a, 8, 14, "AMOUNT", "wang", "accepted")])
    link, = store.links()
    source, target = store.annotation(link.source_id), store.annotation(link.target_id)
    assert (source.text, target.text, link.annotator) == ("55.1亿元", "松元产业园", "li")
    added = store.document(store.document_id_by_name("b.txt"))
    assert added.metadata == {"year": "2024"} and not added.done


def test_merging_twice_adds_nothing(team, open_store):
    lead, li, wang = team
    store = open_store(lead)
    merge(store, [li, wang])
    before = spans_of(store), store.links(), [d.name for d in store.documents()]
    again = merge(store, [li, wang, li])
    assert (spans_of(store), store.links(), [d.name for d in store.documents()]) == before
    assert [sum(s.spans_added.values()) for s in again.sources] == [0, 0, 0]
    assert [s.spans_there for s in again.sources] == [5, 2, 5]
    assert again.sources[0].links_added == 0 and again.sources[0].links_not_added == 1
    assert [s.documents_added for s in again.sources] == [[], [], []]


def test_a_coder_who_differs_from_their_own_spans_is_refused_not_overwritten(make_project, open_store):
    lead = make_project(A, [("a.txt", 0, 6, "DISTRICT", {"annotator": "li"})], name="lead")
    other = make_project(A, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="li-again")
    store = open_store(lead)
    report = merge(store, [other])
    assert report.sources[0].refused and "overlaps" in report.sources[0].refused[0][1]
    assert [(a.start, a.end) for a in store.annotations()] == [(0, 6)]


def test_labels_the_target_lacks_come_along(make_project, open_store):
    lead = make_project(A, name="lead")
    li = make_project(A, name="li")
    with Store.open(li) as store:
        store.add_label("DATE", "#123456", "9", "a date")
        store.add_annotation(1, 0, 3, "DATE", annotator="li")
    store = open_store(lead)
    report = merge(store, [li])
    assert report.sources[0].labels_added == ["DATE"]
    assert store.label("DATE").color == "#123456"
    assert [a.label for a in store.annotations()] == ["DATE"]


def test_a_package_zip_merges_like_its_folder(make_project, open_store, tmp_path):
    lead = make_project(A, name="lead")
    li = make_project({"a.txt": A, "b.txt": B}, [("b.txt", 0, 3, "DISTRICT")], name="li")
    with Store.open(li) as store:
        export_package(store, tmp_path / "li-work.zip", include=["annotations"])
    store = open_store(lead)
    report = merge(store, [tmp_path / "li-work.zip"])
    assert report.sources[0].documents_added == ["b.txt"]
    assert dict(report.sources[0].spans_added) == {"li-work": 1}  # the zip's name for the unnamed


def test_merging_a_project_into_itself_or_nothing_is_refused(make_project, open_store, tmp_path):
    lead = make_project(A, name="lead")
    store = open_store(lead)
    with pytest.raises(AnnotatorError, match="merged into"):
        merge(store, [lead])
    with pytest.raises(AnnotatorError, match="no such"):
        merge(store, [tmp_path / "absent"])
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(AnnotatorError, match="not a readable zip.*cut off while copied or sent: ask for it again"):
        merge(store, [tmp_path / "junk.zip"])


def test_a_document_renamed_in_the_target_keeps_its_name(make_project, open_store):
    lead = make_project({"b.txt": A}, name="lead")  # the name b.txt holds A here
    li = make_project({"b.txt": B}, name="li")  # and B there: a different document
    store = open_store(lead)
    report = merge(store, [li])
    assert report.sources[0].documents_added == ["b (2).txt"]
    assert store.document(store.document_id_by_name("b.txt")).text == A
    assert store.document_id_by_sha(sha256(B)) == store.document_id_by_name("b (2).txt")
    assert isinstance(store.document(1), Document)


def test_a_document_whose_text_differs_by_one_character_is_not_called_the_same_text(make_project, open_store):
    """A coder's copy of a.txt with one character changed is another document: the report names it
    and says its text differs (it said 'a (2).txt here (the same text)', hiding that the coder's spans
    went to a second copy)."""
    edited = A.replace("。", "，")
    lead = make_project({"a.txt": A}, name="lead")
    li = make_project({"a.txt": edited, "c.txt": B}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="li")
    with Store.open(lead) as store:
        store.add_document(Document(None, "moved.txt", "", B, sha256(B), "", "utf-8"))
    store = open_store(lead)
    report = merge(store, [li])
    lines = "\n".join(report.lines())
    assert report.sources[0].documents_added == ["a (2).txt"]
    assert "a.txt is a (2).txt here (the same text)" not in lines
    assert "a.txt: its text differs from a.txt here; added as a (2).txt" in lines
    assert "c.txt is moved.txt here (the same text)" in lines  # a rename of the same text is said as before


def test_what_a_coder_changed_in_their_copy_since_the_last_merge_is_counted_not_passed_over(team, open_store):
    # a second merge of li's copy after li deleted, relabelled and rejected spans said only "0 added, N already
    # there": the target kept li's old spans and the agreement counted them, without a word
    lead, li, _wang = team
    target = open_store(lead)
    merge(target, [li])
    with Store.open(li) as store:
        by_label = {a.label: a for a in store.annotations() if a.status == "accepted"}
        store.delete_annotation(by_label["AMOUNT"].id)
        store.update_annotation(by_label["PROJECT"].id, label="DISTRICT")
        store.set_status([by_label["DISTRICT"].id], "rejected")
    report = merge(target, [li])
    lines = "\n".join(report.lines())
    (source,) = report.sources
    assert source.stale == {"li": 3}  # the AMOUNT, the PROJECT and the DISTRICT accepted here
    assert "3 span(s) of li here are not in" in lines and "left as they are" in lines
    assert "came from" not in lines


def test_two_sources_bringing_one_coders_name_are_named_in_the_report(make_project, open_store):
    # two people who both called themselves li became one layer without a word
    first = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="copy1")
    second = make_project({"a.txt": A}, [("a.txt", 3, 6, "DISTRICT", {"annotator": "li"})], name="copy2")
    target = open_store(make_project({"a.txt": A}, name="lead"))
    report = merge(target, [first, second])
    assert [s.same_name for s in report.sources] == [{}, {"li": str(first)}]
    assert f"annotator li came from {first} too" in "\n".join(report.lines())


def test_a_span_rejected_then_labelled_by_hand_comes_along_accepted(make_project, open_store):
    # a coder rejected a suggestion, then thought better of it and labelled the same words by hand: their
    # copy held the span twice (rejected and accepted), the merge took whichever came first and called the
    # other 'already there', so the coder's accepted span was lost without a word (33 of 581 in a QA pass)
    li = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"status": "suggested"}),
                                     ("a.txt", 8, 14, "AMOUNT", {"status": "suggested"})], name="li")
    with Store.open(li) as store:
        district, amount = (a.id for a in store.annotations())
        store.set_status([district, amount], "rejected", "li")
        store.label_span(1, 0, 3, "DISTRICT", annotator="li")
    target = open_store(make_project({"a.txt": A}, name="lead"))
    report = merge(target, [li])
    assert spans_of(target) == sorted([(sha256(A)[:8], 0, 3, "DISTRICT", "li", "accepted"),
                                       (sha256(A)[:8], 8, 14, "AMOUNT", "li", "rejected")])
    assert (dict(report.sources[0].spans_added), report.sources[0].spans_there) == ({"li": 2}, 0)
    again = merge(target, [li]).sources[0]
    assert (sum(again.spans_added.values()), again.spans_there, dict(again.stale)) == (0, 2, {})


def test_a_rejection_taken_back_by_hand_after_a_merge_is_named_in_the_next_one(make_project, open_store):
    li = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li", "status": "rejected"})],
                      name="li")
    target = open_store(make_project({"a.txt": A}, name="lead"))
    merge(target, [li])
    with Store.open(li) as store:
        store.label_span(1, 0, 3, "DISTRICT", annotator="li")  # the rejected span stays beside it
    report = merge(target, [li]).sources[0]
    assert report.stale == {"li": 1}  # the rejection here is no longer li's decision: said, not passed over


def test_one_coders_copy_given_twice_is_not_called_two_people(make_project, open_store, tmp_path):
    # the same zip (or the zip and its folder) named twice in one merge warned "two people of one name? give
    # one of them another name … and merge again into a fresh project": a lead would redo a merge that was right
    li = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="li")
    with Store.open(li) as store:
        export_package(store, tmp_path / "li.zip", include=["annotations"])
    target = open_store(make_project({"a.txt": A}, name="lead"))
    report = merge(target, [tmp_path / "li.zip", li])
    lines = "\n".join(report.lines())
    assert report.sources[1].same_name == {} and "two people" not in lines
    assert f"the same spans of li as {tmp_path / 'li.zip'} (given twice?): nothing added" in lines
    assert [(a.start, a.end, a.annotator) for a in target.annotations()] == [(0, 3, "li")]


def test_a_package_as_handed_out_is_named_so_not_merged_silently(make_project, open_store, tmp_path):
    # merging the zip handed out (suggestions only) instead of the coder's copy said "0 span(s) added, 0 already
    # there", which reads like a merge that found everything there
    lead = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"status": "suggested"})], name="lead")
    with Store.open(lead) as store:
        export_package(store, tmp_path / "li.zip", include=["suggestions"])
    report = merge(open_store(lead), [tmp_path / "li.zip"])
    assert "holds no accepted or rejected span" in "\n".join(report.lines())
