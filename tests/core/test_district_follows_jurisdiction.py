"""A jurisdiction given AFTER the suggestions were made (the window suggests on import; `annotator suggest`
before `annotator meta … --from table`) left the open DISTRICT suggestions with the code the tables' order
chose (南京's 鼓楼区 in a report of 福州), though their reason said to give the jurisdiction to choose. Now
the open ones follow it in the same write as the metadata (one undo step); accepted spans stay, counted."""
from __future__ import annotations

import pytest

from annotator.core.errors import ValidationError
from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from annotator.core.suggest.district.follow import GUESS, kept_guesses, set_metadata
from annotator.core.suggest.runner import suggest_documents
from annotator.core.undo import UndoHistory

GULOU = "鼓楼区要加快建设现代服务业集聚区，鼓楼区全年新增就业1万人。"


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "p")
    yield s
    s.close()


def gulou(store: Store, text: str = GULOU) -> int:
    doc = store.add_document(Document(None, "fz.txt", "fz.txt", text, sha256(text)))
    assert doc.id is not None
    suggest_documents(store, labels=["DISTRICT"])
    return doc.id


def spans(store: Store, doc_id: int) -> list[tuple[str, str | None, str]]:
    return [(a.status, a.value.get("code"), a.reason) for a in store.annotations(doc_id, labels=["DISTRICT"])]


def test_the_open_suggestions_take_the_code_within_the_jurisdiction_given_after_them(store):
    doc_id = gulou(store)
    assert {(s, c) for s, c, r in spans(store, doc_id)} == {("suggested", "320106")}
    assert all(GUESS in r for *_, r in spans(store, doc_id))
    step = set_metadata(store, doc_id, "jurisdiction", "福州市")
    assert store.document_metadata(doc_id) == {"jurisdiction": "福州市"}
    assert len(step.metadata_changes) == 1 and len(step.annotation_changes) == 2
    # what `annotator suggest --replace` would give them now: the rules' value and fresh reason
    assert spans(store, doc_id) == [("suggested", "350102", "gazetteer: 鼓楼区 350102")] * 2
    set_metadata(store, doc_id, "jurisdiction", "开封市")  # changed: what the former one chose follows too
    assert spans(store, doc_id) == [("suggested", "410204", "gazetteer: 鼓楼区 410204")] * 2
    set_metadata(store, doc_id, "jurisdiction", None)  # cleared: the tables' first again, said so
    assert {(s, c) for s, c, r in spans(store, doc_id)} == {("suggested", "320106")}
    assert all(GUESS in r for *_, r in spans(store, doc_id))


def test_undo_of_the_metadata_change_restores_the_codes_too_and_redo_makes_them_again(store):
    doc_id = gulou(store)
    before = spans(store, doc_id)
    history = UndoHistory(store)
    history.push(set_metadata(store, doc_id, "jurisdiction", "福州市"))
    assert history.undo().ok
    assert store.document_metadata(doc_id) == {} and spans(store, doc_id) == before
    assert history.redo().ok
    assert store.document_metadata(doc_id) == {"jurisdiction": "福州市"}
    assert {c for _, c, _ in spans(store, doc_id)} == {"350102"}


def test_accepted_spans_stay_as_the_user_decided_and_are_counted(store):
    doc_id = gulou(store)
    first, second = store.annotations(doc_id, labels=["DISTRICT"])
    store.update_annotation(first.id, status="accepted")
    store.update_annotation(second.id, status="rejected")
    step = set_metadata(store, doc_id, "jurisdiction", "福州市")
    assert not step.annotation_changes
    assert [(s, c) for s, c, _ in spans(store, doc_id)] == [("accepted", "320106"), ("rejected", "320106")]
    assert kept_guesses(store, [doc_id]) == 1  # to be checked: 福州市 would code it 350102


def test_only_accepted_guesses_the_jurisdiction_would_code_otherwise_are_counted(store):
    """厦门市 has no 鼓楼区: the accepted tables' first is what a suggest run under it gives too, so
    nothing is to be checked because of it (the warning counted it all the same)."""
    doc_id = gulou(store)
    first = store.annotations(doc_id, labels=["DISTRICT"])[0]
    store.update_annotation(first.id, status="accepted")
    set_metadata(store, doc_id, "jurisdiction", "厦门市")
    assert kept_guesses(store, [doc_id]) == 0
    set_metadata(store, doc_id, "jurisdiction", "开封市")
    assert kept_guesses(store, [doc_id]) == 1


def test_a_jurisdiction_that_decides_nothing_changes_nothing(store):
    doc_id = gulou(store)
    before = spans(store, doc_id)
    step = set_metadata(store, doc_id, "jurisdiction", "厦门市")  # none of the four 鼓楼区 lies there
    assert step.metadata_changes and not step.annotation_changes
    assert spans(store, doc_id) == before


def test_what_the_text_decided_stays(store):
    doc_id = gulou(store, "学习南京市鼓楼区经验，加快建设现代服务业集聚区。")
    before = spans(store, doc_id)
    assert "320106" in {c for _, c, _ in before}
    assert not set_metadata(store, doc_id, "jurisdiction", "福州市").annotation_changes
    assert spans(store, doc_id) == before


def test_a_models_span_without_a_code_gets_the_unit_within_the_jurisdiction(store):
    text = "我代表区人民政府，向大会报告工作。鼓楼区全年新增就业1万人。"
    doc = store.add_document(Document(None, "m.txt", "m.txt", text, sha256(text)))
    start = text.index("鼓楼区")
    store.add_suggestions(doc.id, [Suggestion(start, start + 3, "DISTRICT", "鼓楼区", {}, 0.8, "model p=0.80",
                                              "model")])
    set_metadata(store, doc.id, "jurisdiction", "福州市")
    assert spans(store, doc.id) == [("suggested", "350102", "model p=0.80; 鼓楼区 350102 of the document's "
                                                            "jurisdiction")]
    set_metadata(store, doc.id, "jurisdiction", "开封市 410200")
    assert spans(store, doc.id) == [("suggested", "410204", "model p=0.80; 鼓楼区 410204 of the document's "
                                                            "jurisdiction")]
    set_metadata(store, doc.id, "jurisdiction", "")
    assert spans(store, doc.id) == [("suggested", None, "model p=0.80")]


def test_the_metadata_and_the_codes_are_written_both_or_neither(store):
    doc_id = gulou(store)
    before = spans(store, doc_id)
    span = store.annotations(doc_id, labels=["DISTRICT"])[0]
    with pytest.raises(ValidationError):  # a span the store refuses: the metadata is not written either
        store.set_metadata_with_values(doc_id, "jurisdiction", "福州市", False, [(span, span.with_(value=[1]))])
    assert store.document_metadata(doc_id) == {} and spans(store, doc_id) == before


def test_a_span_changed_since_it_was_read_stays_as_it_is_now(store):
    doc_id = gulou(store)
    span = store.annotations(doc_id, labels=["DISTRICT"])[0]
    store.update_annotation(span.id, status="accepted")  # in another window, meanwhile
    step = store.set_metadata_with_values(doc_id, "jurisdiction", "福州市", False,
                                          [(span, span.with_(value={"name": "鼓楼区", "code": "350102"}))])
    assert step.metadata_changes and not step.annotation_changes
    assert store.annotation(span.id).value["code"] == "320106"


def test_other_keys_touch_no_span(store):
    doc_id = gulou(store)
    before = spans(store, doc_id)
    assert not set_metadata(store, doc_id, "source", "福州市人民政府").annotation_changes
    assert spans(store, doc_id) == before
