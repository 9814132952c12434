"""The open DISTRICT suggestions follow the document's year as they follow its jurisdiction: a year given,
changed or cleared after `annotator suggest` recoded nothing, though the former units are read by the year
(无为县 was 341422 until 2010, 340225 from 2011). What they did is said as it happened: a jurisdiction that
decides nothing (厦门市: no 鼓楼区 there) puts the tables' first back, it does not code them "in the
jurisdiction". `review --accept` counts the accepted codes the tables' order chose."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.review import decide_open
from annotator.core.store import Store
from annotator.core.suggest.district.follow import Tally, accepted_guesses, guessed_among, set_metadata
from annotator.core.suggest.runner import suggest_documents
from annotator.core.undo import UndoHistory

WUWEI = "无为县要加快发展，全县新增就业1万人。"
GULOU = "鼓楼区要加快建设现代服务业集聚区，鼓楼区全年新增就业1万人。"


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "p")
    yield s
    s.close()


def suggested(store: Store, text: str) -> int:
    doc = store.add_document(Document(None, "r.txt", "r.txt", text, sha256(text)))
    assert doc.id is not None
    suggest_documents(store, labels=["DISTRICT"])
    return doc.id


def reasons(store: Store, doc_id: int) -> list[str]:
    return [a.reason for a in store.annotations(doc_id, labels=["DISTRICT"])]


def said(*steps) -> list[str]:
    tally = Tally()
    for step in steps:
        tally.add(step)
    return tally.said()


def test_a_year_given_after_the_suggestions_recodes_the_former_units_in_the_same_undo_step(store):
    doc_id = suggested(store, WUWEI)
    assert reasons(store, doc_id) == ["former unit: 无为县 340225 (2011–2018)"]
    history = UndoHistory(store)
    step = set_metadata(store, doc_id, "year", "2005")
    history.push(step)
    assert len(step.metadata_changes) == 1 and len(step.annotation_changes) == 1
    assert reasons(store, doc_id) == ["former unit: 无为县 341422 (2000–2010)"]  # as `suggest --replace` gives
    assert said(step) == ["1 open district suggestion(s) coded anew for the document's year"]
    assert history.undo().ok
    assert store.document_metadata(doc_id) == {}
    assert reasons(store, doc_id) == ["former unit: 无为县 340225 (2011–2018)"]
    assert history.redo().ok
    assert reasons(store, doc_id) == ["former unit: 无为县 341422 (2000–2010)"]
    step = set_metadata(store, doc_id, "year", "2015")  # changed
    assert reasons(store, doc_id) == ["former unit: 无为县 340225 (2011–2018)"]
    set_metadata(store, doc_id, "year", "2005")
    step = set_metadata(store, doc_id, "year", None)  # cleared
    assert reasons(store, doc_id) == ["former unit: 无为县 340225 (2011–2018)"]
    assert said(step) == ["1 open district suggestion(s) coded anew without a year"]


def test_the_date_gives_the_year_where_no_year_is_given(store):
    doc_id = suggested(store, WUWEI)
    set_metadata(store, doc_id, "date", "2005-03-01")
    assert reasons(store, doc_id) == ["former unit: 无为县 341422 (2000–2010)"]
    assert not set_metadata(store, doc_id, "year", "2005").annotation_changes  # the same year: nothing to do


def test_a_year_leaves_decided_spans_and_the_jurisdictions_codes_alone(store):
    doc_id = suggested(store, WUWEI + GULOU)
    wuwei = store.annotations(doc_id, labels=["DISTRICT"])[0]
    store.update_annotation(wuwei.id, status="accepted")
    set_metadata(store, doc_id, "jurisdiction", "福州市")
    before = reasons(store, doc_id)
    step = set_metadata(store, doc_id, "year", "2005")
    assert not step.annotation_changes and reasons(store, doc_id) == before


def test_a_jurisdiction_that_decides_nothing_says_the_tables_order_coded_them(store):
    doc_id = suggested(store, GULOU)
    assert said(set_metadata(store, doc_id, "jurisdiction", "福州市")) == [
        "2 open district suggestion(s) now coded in the jurisdiction"]
    step = set_metadata(store, doc_id, "jurisdiction", "厦门市")  # back to the tables' first: 南京's
    assert {a.value["code"] for a in store.annotations(doc_id, labels=["DISTRICT"])} == {"320106"}
    assert said(step) == ["2 open district suggestion(s) now coded by the tables' order: the jurisdiction does "
                          "not decide"]
    assert said(set_metadata(store, doc_id, "jurisdiction", None)) == []  # the tables' first already


def test_accepting_them_counts_the_codes_the_tables_order_chose(store):
    doc_id = suggested(store, GULOU + WUWEI)
    ids = store.annotation_ids(statuses=["suggested"], labels=["DISTRICT"])
    assert guessed_among(store, "suggested", ids, None) == 2  # the window asks before Accept all
    assert guessed_among(store, "suggested", ids[:1], [doc_id]) == 1
    decided = decide_open(store, "accepted", ["DISTRICT"])
    assert decided is not None and accepted_guesses(store, decided.changes) == 2  # not 无为县: no guess


def test_accepting_them_in_the_jurisdiction_counts_none(store):
    doc_id = suggested(store, GULOU)
    set_metadata(store, doc_id, "jurisdiction", "福州市")
    decided = decide_open(store, "accepted", ["DISTRICT"])
    assert decided is not None and accepted_guesses(store, decided.changes) == 0


def test_a_models_span_the_new_jurisdiction_leaves_without_a_code_is_said_so(store):
    text = "我代表区人民政府，向大会报告工作。鼓楼区全年新增就业1万人。"
    doc = store.add_document(Document(None, "m.txt", "m.txt", text, sha256(text)))
    start = text.index("鼓楼区")
    store.add_suggestions(doc.id, [Suggestion(start, start + 3, "DISTRICT", "鼓楼区", {}, 0.8, "model p=0.80",
                                              "model")])
    assert said(set_metadata(store, doc.id, "jurisdiction", "福州市")) == [
        "1 open district suggestion(s) now coded in the jurisdiction"]
    step = set_metadata(store, doc.id, "jurisdiction", "厦门市")
    assert [a.value for a in store.annotations(doc.id, labels=["DISTRICT"])] == [{}]
    assert said(step) == ["1 open district suggestion(s) of the model now without a code: the jurisdiction does "
                          "not decide"]
