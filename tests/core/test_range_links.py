"""A range of money written as two amounts (3-5亿元: two AMOUNT spans, one fact) is linked as one:
both ends get the same suggested links (project and district), and a link made by hand on one end
is made on the other in the same step. Before, the link rules read each end alone, so
投资3-5亿元建设松元产业园 linked only 5亿元 to the project while the sums count a range at its lower
end: the Projects sheet showed 松元产业园 with 5亿元 but no amount summed.

The sentences are written for these tests; the gold reports hold no range of money (their
``*.links.jsonl`` give each AMOUNT span its own line, so both ends of one would carry the same
district and project)."""
from __future__ import annotations

import pytest

from annotator.core import range_links
from annotator.core.jurisdiction import jurisdiction_of
from annotator.core.links import resolve
from annotator.core.models import Annotation, Document
from annotator.core.store import Store
from annotator.core.suggest.amount import AmountSuggester
from annotator.core.suggest.links import suggest_links

HULI = {"name": "湖里区", "code": "350206"}


def spans_of(text: str, *pieces: tuple[str, str], annotator: str = "") -> list[Annotation]:
    """The DISTRICT and PROJECT ``pieces`` (label, text) and the amounts the AMOUNT suggester finds."""
    out = []
    for label, piece in pieces:
        start = text.index(piece)
        out.append(Annotation(None, 1, start, start + len(piece), label, piece,
                              HULI if label == "DISTRICT" else {}, annotator=annotator))
    out += [Annotation(None, 1, s.start, s.end, "AMOUNT", s.text, s.value, annotator=annotator)
            for s in AmountSuggester().suggest(text)]
    return [a.with_(id=i) for i, a in enumerate(sorted(out, key=lambda a: a.start), 1)]


def linked(text: str, spans: list[Annotation]) -> dict[str, tuple[str | None, str | None]]:
    """{amount: (its project, its district)} as the link suggester proposes them."""
    doc = Document(1, "a.txt", "", text, "", metadata={"jurisdiction": "湖里区 350206"})
    jur = jurisdiction_of(doc, [a for a in spans if a.label == "DISTRICT"])
    resolved = resolve(suggest_links(text, spans, jur), {a.id: a for a in spans if a.id is not None})
    return {a.text: (r.project.text if (r := resolved[a.id or 0]).project else None,
                     r.district.name if r.district else None) for a in spans if a.label == "AMOUNT"}


@pytest.mark.parametrize(("text", "ends"), [
    ("今年湖里区计划投资3-5亿元建设松元产业园。", ("3", "5亿元")),  # the panel's sentence: 5亿元 alone before
    ("湖里区计划投资3000万至5000万元建设松元产业园。", ("3000万", "5000万元")),
    ("总投资3亿元到5亿元的松元产业园开工建设。", ("3亿元", "5亿元")),  # an attribute: 5亿元 alone before
    ("松元产业园完成投资3-5亿元。", ("3", "5亿元")),  # its investment: 3 alone before
])
def test_both_ends_of_a_range_get_the_same_suggested_project_and_district(text, ends):
    spans = spans_of(text, *([("DISTRICT", "湖里区")] if "湖里区" in text else []), ("PROJECT", "松元产业园"))
    got = linked(text, spans)
    assert [got[e] for e in ends] == [("松元产业园", "湖里区")] * 2, got


def test_amounts_in_a_list_are_no_range_and_keep_their_own_links():
    text = "湖里区安排2亿元、3亿元建设松元产业园，由1亿元增加到4亿元。"
    got = linked(text, spans_of(text, ("DISTRICT", "湖里区"), ("PROJECT", "松元产业园")))
    assert got == {"2亿元": (None, "湖里区"), "3亿元": ("松元产业园", "湖里区"),
                   "1亿元": (None, "湖里区"), "4亿元": (None, "湖里区")}


def test_a_coders_range_is_linked_within_their_layer():
    text = "今年湖里区计划投资3-5亿元建设松元产业园。"
    spans = spans_of(text, ("DISTRICT", "湖里区"), ("PROJECT", "松元产业园"), annotator="li")
    got = linked(text, spans)
    assert got["3"] == got["5亿元"] == ("松元产业园", "湖里区")


TEXT = "今年湖里区计划投资3-5亿元建设松元产业园，另安排2亿元。"


@pytest.fixture
def project(make_project):
    """TEXT with 湖里区, 松元产业园, 集美软件园 (none: a project to relink to) and its three amounts accepted."""
    folder = make_project({"a.txt": TEXT + "集美软件园同步推进。"})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        ids = {}
        for label, piece in (("DISTRICT", "湖里区"), ("PROJECT", "松元产业园"), ("PROJECT", "集美软件园")):
            start = store.document(doc).text.index(piece)
            ids[piece] = store.add_annotation(doc, start, start + len(piece), label, status="accepted",
                                              value=HULI if label == "DISTRICT" else None).changes[0].after.id
        for s in AmountSuggester().suggest(TEXT):
            ids[s.text] = store.add_annotation(doc, s.start, s.end, "AMOUNT", status="accepted",
                                               value=s.value).changes[0].after.id
        yield store, doc, ids


def project_of(store: Store, doc: int) -> dict[int, tuple[int | None, str]]:
    return {k.source_id: (k.target_id, k.status) for k in store.links(doc) if k.kind == "project"
            and k.status != "rejected"}


def test_a_hand_link_on_one_end_links_the_other_in_the_same_step(project):
    store, doc, ids = project
    step = range_links.link(store, ids["5亿元"], "project", ids["松元产业园"], annotator="li")
    assert project_of(store, doc) == {ids["3"]: (ids["松元产业园"], "accepted"),
                                      ids["5亿元"]: (ids["松元产业园"], "accepted")}
    assert {k.annotator for k in store.links(doc)} == {"li"}
    # relinked from the lower end: both follow, the upper end's link replaced
    again = range_links.link(store, ids["3"], "project", ids["集美软件园"], annotator="li")
    assert project_of(store, doc) == {ids["3"]: (ids["集美软件园"], "accepted"),
                                      ids["5亿元"]: (ids["集美软件园"], "accepted")}
    store.revert(again)  # one undo step takes back both ends
    assert project_of(store, doc) == {ids["3"]: (ids["松元产业园"], "accepted"),
                                      ids["5亿元"]: (ids["松元产业园"], "accepted")}
    store.revert(step)
    assert store.links(doc) == []


def test_a_span_that_is_no_end_of_a_range_is_linked_alone(project):
    store, doc, ids = project
    range_links.link(store, ids["2亿元"], "project", ids["松元产业园"])
    assert project_of(store, doc) == {ids["2亿元"]: (ids["松元产业园"], "accepted")}


def test_unlinking_one_end_unlinks_the_other_and_accepting_one_ends_suggestion_accepts_the_others(project):
    from annotator.core.suggest.links import suggest_document_links

    store, doc, ids = project
    suggest_document_links(store, [doc])
    assert project_of(store, doc) == {ids["3"]: (ids["松元产业园"], "suggested"),
                                      ids["5亿元"]: (ids["松元产业园"], "suggested")}
    upper = [k.id for k in store.links_from(ids["5亿元"]) if k.id is not None]
    range_links.accept(store, upper, annotator="li")  # L on 5亿元 with its suggestions open
    assert {(k.source_id, k.kind): k.status for k in store.links(doc) if k.source_id in (ids["3"], ids["5亿元"])} \
        == {(i, kind): "accepted" for i in (ids["3"], ids["5亿元"]) for kind in ("project", "district")}
    step = range_links.unlink(store, ids["3"], annotator="li")  # Shift+L on 3
    assert not [k for k in store.links(doc) if k.source_id in (ids["3"], ids["5亿元"])]
    store.revert(step)
    assert len([k for k in store.links(doc) if k.source_id in (ids["3"], ids["5亿元"])]) == 4


@pytest.fixture
def suggested(make_project):
    """TEXT with 湖里区, 松元产业园 and its three amounts, all still suggestions (as suggest leaves them)."""
    from annotator.core.models import Suggestion

    folder = make_project({"a.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        pieces = [Suggestion(TEXT.index(p), TEXT.index(p) + len(p), label, p, value=HULI if label == "DISTRICT" else {})
                  for label, p in (("DISTRICT", "湖里区"), ("PROJECT", "松元产业园"))]
        store.add_suggestions(doc, [*pieces, *AmountSuggester().suggest(TEXT)])
        yield store, doc, {a.text: a.id for a in store.annotations(doc)}


def statuses(store: Store, doc: int) -> dict[str, tuple[str, str]]:
    return {a.text: (a.status, a.annotator) for a in store.annotations(doc)}


def test_a_link_by_hand_accepts_the_suggestions_it_joins_both_ends_of_a_range_in_one_step(suggested):
    """A reviewer who chose 5亿元's project has reviewed 5亿元, 3 (the range's other end) and 松元产业园:
    accepted with the link; 湖里区 and 2亿元 stay suggestions. One revert takes back all of it."""
    store, doc, ids = suggested
    before = statuses(store, doc)
    step = range_links.link_by_hand(store, ids["5亿元"], "project", ids["松元产业园"], annotator="li")
    assert project_of(store, doc) == {ids["3"]: (ids["松元产业园"], "accepted"),
                                      ids["5亿元"]: (ids["松元产业园"], "accepted")}
    assert statuses(store, doc) == {**before, "3": ("accepted", "li"), "5亿元": ("accepted", "li"),
                                    "松元产业园": ("accepted", "li")}
    assert {c.after.text for c in step.annotation_changes if c.after is not None} == {"3", "5亿元", "松元产业园"}
    store.revert(step)
    assert statuses(store, doc) == before and store.links(doc) == []
    store.reapply(step)
    assert len(project_of(store, doc)) == 2 and statuses(store, doc)["3"] == ("accepted", "li")


def test_a_link_by_hand_from_a_suggested_end_takes_along_the_other_end_accepted_before(suggested):
    """3 accepted (A) before, 5亿元 still suggested: two layers, no range, so L on 5亿元 linked it alone.
    5亿元 accepted first, both ends are the reviewer's and both are linked."""
    store, doc, ids = suggested
    store.set_status([ids["3"]], "accepted", "li")
    range_links.link_by_hand(store, ids["5亿元"], "district", ids["湖里区"], annotator="li")
    assert {k.source_id for k in store.links(doc) if k.kind == "district"} == {ids["3"], ids["5亿元"]}
    assert statuses(store, doc)["湖里区"] == ("accepted", "li")


def test_a_link_by_hand_between_accepted_spans_changes_no_span(project):
    store, doc, ids = project
    step = range_links.link_by_hand(store, ids["2亿元"], "project", ids["松元产业园"], annotator="li")
    assert step.annotation_changes == () and len(step.link_changes) == 1
