"""Suggested links in a merged project: a coder's span is linked within that coder's layer (or to
an open suggestion), never to another coder's district, so a link a coder rejected does not come
back as the same district of a colleague's layer."""
from __future__ import annotations

from annotator.core.models import Annotation
from annotator.core.suggest.links import suggest_document_links

TEXT = "滨州市第一届人民代表大会\n推进滨州港航道工程建设，总投资30亿元。"


def span(i: int, label: str, piece: str, annotator: str, occurrence: int = 0) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(piece, start + 1)
    value = {"name": "滨州市", "code": "371600"} if label == "DISTRICT" else {}
    return Annotation(i, 1, start, start + len(piece), label, piece, value, "accepted", "manual", annotator)


def layers() -> list[Annotation]:
    spans = []
    for n, who in enumerate(("li", "wang")):
        base = 10 * n
        spans += [span(base + 1, "DISTRICT", "滨州市", who), span(base + 2, "DISTRICT", "滨州", who, 1),
                  span(base + 3, "PROJECT", "滨州港航道工程", who), span(base + 4, "AMOUNT", "30亿元", who)]
    return spans


def test_each_coders_spans_are_linked_within_their_own_layer(make_project, open_store):
    store = open_store(make_project(TEXT, spans=[
        ("a.txt", a.start, a.end, a.label, {"annotator": a.annotator, "value": a.value}) for a in layers()]))
    suggest_document_links(store)
    spans = {a.id: a for a in store.annotations()}
    links = store.links()
    assert {(spans[k.source_id].annotator, spans[k.source_id].label) for k in links} == {
        (who, label) for who in ("li", "wang") for label in ("PROJECT", "AMOUNT")}
    for link in links:
        assert link.target_id is None or spans[link.target_id].annotator == spans[link.source_id].annotator, link


def test_an_open_suggestion_district_serves_a_coders_span(make_project, open_store):
    start = TEXT.index("滨州港")
    store = open_store(make_project(TEXT, spans=[
        ("a.txt", start, start + 2, "DISTRICT", {"value": {"name": "滨州市", "code": "371600"},
                                                  "status": "suggested"}),
        ("a.txt", start, start + 7, "PROJECT", {"annotator": "li"})]))
    suggest_document_links(store)
    spans = {a.id: a for a in store.annotations()}
    (link,) = store.links()
    assert spans[link.source_id].annotator == "li" and spans[link.target_id].text == "滨州"


def test_a_link_a_coder_rejected_is_not_proposed_again_to_a_colleagues_district(make_project, open_store):
    """li rejects their project's district; wang's copy is merged in; F5 again."""
    coded = [("a.txt", a.start, a.end, a.label, {"annotator": a.annotator, "value": a.value}) for a in layers()]
    store = open_store(make_project(TEXT, spans=[s for s in coded if s[4]["annotator"] == "li"]))
    suggest_document_links(store)
    li_project = next(a for a in store.annotations() if a.label == "PROJECT")
    assert store.unlink(li_project.id, annotator="li").changes
    for _name, start, end, label, extra in coded[4:]:
        store.add_annotation(1, start, end, label, **extra)
    suggest_document_links(store)
    by_id = {a.id: a for a in store.annotations()}
    assert [(k.status, by_id[k.target_id].annotator) for k in store.links_from(li_project.id)] == [("rejected", "li")]
