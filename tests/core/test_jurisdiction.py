"""A document's jurisdiction: given in its metadata (undoable edit), else guessed from the
district at its head (the more specific of adjacent names), else the most mentioned one."""
from __future__ import annotations

from annotator.core import jurisdiction
from annotator.core.links import District
from annotator.core.models import Annotation, Document
from annotator.core.undo import UndoHistory


def span(start, text, name, code, status="accepted"):
    return Annotation(None, 1, start, start + len(text), "DISTRICT", text, {"name": name, "code": code}, status)


def doc(text, title="", **metadata):
    return Document(1, "a.txt", title, text, metadata=metadata)


def test_guessed_from_the_head_the_more_specific_of_adjacent_names():
    text = "厦门湖里区第九届人民代表大会召开" + "。" * 300 + "厦门" * 5 + "湖里区"
    spans = [span(0, "厦门", "厦门市", "350200"), span(2, "湖里区", "湖里区", "350206")]
    spans += [span(316 + 2 * i, "厦门", "厦门市", "350200") for i in range(5)]
    found = jurisdiction.guess(doc(text), spans)
    assert found.district == District("湖里区", "350206") and found.reason.startswith("title")


def test_a_report_names_its_city_first_and_a_county_later_in_its_head():
    text = "——在十堰市第六届人民代表大会上\n丹江口市……" + "十堰市" * 3
    spans = [span(3, "十堰市", "十堰市", "420300"), span(17, "丹江口市", "丹江口市", "420381")]
    spans += [span(len(text) - 3 * (i + 1), "十堰市", "十堰市", "420300") for i in range(3)]
    assert jurisdiction.guess(doc(text), spans).district.name == "十堰市"


def test_without_a_head_the_most_mentioned_and_a_given_one_wins():
    text = "。" * 300 + "集美区湖里区集美区"
    spans = [span(300, "集美区", "集美区", "350211"), span(303, "湖里区", "湖里区", "350206"),
             span(306, "集美区", "集美区", "350211")]
    found = jurisdiction.jurisdiction_of(doc(text), spans)
    assert found.district.name == "集美区" and "most mentioned" in found.reason and not found.given
    given = jurisdiction.jurisdiction_of(doc(text, jurisdiction="350206"), spans)
    assert given.district == District("湖里区", "350206") and given.given
    assert jurisdiction.parse("湖里区 350206") == District("湖里区", "350206")
    assert jurisdiction.parse("350206").name == "湖里区"  # from the gazetteer


def test_setting_the_jurisdiction_is_an_undoable_edit(make_project, open_store):
    store = open_store(make_project("湖里区建设"))
    doc_id = store.documents()[0].id
    history = UndoHistory(store)
    assert history.push(store.set_document_metadata(doc_id, "jurisdiction", "湖里区 350206"))
    assert store.document(doc_id).metadata["jurisdiction"] == "湖里区 350206"
    assert not store.set_document_metadata(doc_id, "jurisdiction", "湖里区 350206")
    assert history.undo().ok and "jurisdiction" not in store.document(doc_id).metadata
    assert history.redo().ok and store.document(doc_id).metadata["jurisdiction"] == "湖里区 350206"


def test_the_first_line_wins_over_counties_named_just_below_it():
    text = "凉山彝族自治州政府工作报告\n\n支持西昌、会理发展，西昌建设…" + "西昌" * 3
    spans = [span(0, "凉山彝族自治州", "凉山彝族自治州", "513400"), span(16, "西昌", "西昌市", "513401"),
             span(19, "会理", "会理市", "513402"), span(24, "西昌", "西昌市", "513401")]
    spans += [span(len(text) - 2 * (i + 1), "西昌", "西昌市", "513401") for i in range(3)]
    assert jurisdiction.guess(doc(text), spans).district.name == "凉山彝族自治州"
