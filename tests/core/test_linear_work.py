"""Storing the suggestions of a long document costs work linear in their number (issue 19:
`suggest` was quadratic, each new span compared with every span already taken).

Counted, not timed: the lines of store code executed for n and for 2n suggestions.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import work_counts

from annotator.core import store as store_package
from annotator.core.imports.text import sha256
from annotator.core.models import Annotation, Document, Suggestion
from annotator.core.store import Store

WATCHED = {p.resolve() for p in Path(store_package.__file__).parent.glob("*.py")}
UNIT = "湖里区投资建设。"


def count_lines(call) -> int:
    return work_counts.count_lines(call, lambda path: path in WATCHED)


def document(store: Store, n: int) -> int:
    text = UNIT * n
    return store.add_document(Document(None, f"d{n}.txt", "t", text, sha256(text))).id


def suggestions(n: int) -> list[Suggestion]:
    # two labels, spans in reverse order (the worst case for keeping them sorted) and one
    # overlapping duplicate per span, which must be refused
    out = []
    for i in reversed(range(n)):
        start = i * len(UNIT)
        out.append(Suggestion(start, start + 3, "DISTRICT", "湖里区"))
        out.append(Suggestion(start + 1, start + 3, "DISTRICT", "里区"))
        out.append(Suggestion(start + 3, start + 5, "AMOUNT", "投资"))
    return out


@pytest.mark.parametrize("method", ["add_suggestions", "add_annotations"])
def test_storing_twice_the_spans_costs_twice_the_work(tmp_path, method):
    costs = {}
    with Store.create(tmp_path / "p") as store:
        for n in (1000, 2000):
            doc = document(store, n)
            items = suggestions(n)
            if method == "add_suggestions":
                call = lambda: store.add_suggestions(doc, items)  # noqa: E731, B023 (called at once, in this iteration)
            else:
                anns = [Annotation(None, doc, s.start, s.end, s.label, s.text) for s in items]
                call = lambda: store.add_annotations(doc, anns, on_invalid=lambda a, e: None)  # noqa: E731, B023 (called at once)
            costs[n] = count_lines(call)
            assert len(store.annotations(doc)) == 2 * n  # the overlapping ones were refused
    assert costs[2000] <= 2.1 * costs[1000], costs


def test_accepting_spans_that_come_back_from_rejected_is_linear(tmp_path):
    costs = {}
    with Store.create(tmp_path / "p") as store:
        for n in (1000, 2000):
            doc = document(store, n)
            cs = store.add_suggestions(doc, suggestions(n))
            ids = [c.after.id for c in cs.changes]
            store.set_status(ids, "rejected")
            costs[n] = count_lines(lambda: store.set_status(ids, "accepted"))  # noqa: B023 (called at once)
    assert costs[2000] <= 2.1 * costs[1000], costs


def _suggester_lines(suggester, text: str) -> int:
    module = Path(sys.modules[type(suggester).__module__].__file__).resolve()
    WATCHED.add(module)
    try:
        return count_lines(lambda: list(suggester.suggest(text)))
    finally:
        WATCHED.discard(module)


@pytest.mark.parametrize("name", ["DISTRICT", "PROJECT", "AMOUNT", "TARGET"])
def test_each_suggester_does_linear_work_on_a_long_document(name):
    from annotator.core.suggest import default_suggesters

    (suggester,) = [s for s in default_suggesters() if name in s.labels]
    root = Path(__file__).resolve().parents[1] / "data"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("blind/*.txt")))[:12_000]
    list(suggester.suggest(text))  # loads its word lists first
    one, two = _suggester_lines(suggester, text * 2), _suggester_lines(suggester, text * 4)
    assert two <= 2.15 * one, (one, two)


def test_suggesting_and_storing_links_is_linear(tmp_path):
    """Links of a long document: proposing them and storing them (with the checks for an open
    or rejected link of each span) costs work linear in the number of spans, in Python and in
    SQLite (an index on the links' source span)."""
    from annotator.core.suggest import default_suggesters, link_context, link_projects
    from annotator.core.suggest import links as links_module
    from annotator.core.suggest.links import suggest_document_links

    modules = {Path(m.__file__).resolve() for m in (links_module, link_context, link_projects)}
    root = Path(__file__).resolve().parents[1] / "data"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("blind/*.txt")))[:8_000]
    lines, steps = {}, {}
    with Store.create(tmp_path / "p") as store:
        for k in (4, 8):
            body = text * k
            doc = store.add_document(Document(None, f"d{k}.txt", "t", body, sha256(body))).id
            store.add_suggestions(doc, [s for sg in default_suggesters() for s in sg.suggest(body)])
            WATCHED.update(modules)
            try:
                lines[k] = count_lines(lambda: suggest_document_links(store, [doc]))  # noqa: B023
            finally:
                WATCHED.difference_update(modules)
            store.delete_links([link.id for link in store.links(doc)])
            steps[k] = work_counts.count_sqlite_steps(store.conn, lambda: suggest_document_links(store, [doc]))  # noqa: B023
    assert lines[8] <= 2.15 * lines[4], lines
    assert steps[8] <= 2.3 * steps[4], steps


def test_links_of_lines_each_headed_by_a_district_cost_linear_work(tmp_path):
    """Every line headed by a district holding the jurisdiction (厦门市 over 湖里区): the head of
    each span's part is read once in order, not searched backwards over all heads before it."""
    from annotator.core.suggest import link_context
    from annotator.core.suggest import links as links_module
    from annotator.core.suggest.links import suggest_document_links
    from annotator.core.suggest.runner import suggest_documents

    modules = {Path(m.__file__).resolve() for m in (links_module, link_context)}
    line = "厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。\n"
    lines = {}
    with Store.create(tmp_path / "p") as store:
        for k in (150, 300):
            body = line * k
            doc = store.add_document(Document(None, f"d{k}.txt", "t", body, sha256(body))).id
            suggest_documents(store, [doc])
            WATCHED.update(modules)
            try:
                lines[k] = count_lines(lambda: suggest_document_links(store, [doc]))  # noqa: B023
            finally:
                WATCHED.difference_update(modules)
    assert lines[300] <= 2.15 * lines[150], lines


def test_the_project_rules_that_ask_what_other_rules_found_do_linear_work():
    """The list-mate and the subject rules ask, for each name they find, whether another rule found
    something over it: a bisection, not a pass over every name found (a 2,000,000-character
    document spent ~20 s there, its spans taking 22 s instead of 13)."""
    from annotator.core.suggest import default_suggesters
    from annotator.core.suggest.project import mates, subjects

    modules = {Path(m.__file__).resolve() for m in (mates, subjects)}
    (suggester,) = [s for s in default_suggesters() if "PROJECT" in s.labels]
    root = Path(__file__).resolve().parents[1] / "data"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("blind/*.txt")))[:12_000]
    list(suggester.suggest(text))  # loads its word lists first
    WATCHED.update(modules)
    try:
        one, two = (count_lines(lambda k=k: list(suggester.suggest(text * k))) for k in (3, 6))
    finally:
        WATCHED.difference_update(modules)
    assert two <= 2.15 * one, (one, two)
