"""Storing the suggestions of a long document costs work linear in their number (issue 19:
`suggest` was quadratic, each new span compared with every span already taken).

Counted, not timed: the lines of store code executed for n and for 2n suggestions.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from annotator.core import store as store_package
from annotator.core.imports.text import sha256
from annotator.core.models import Annotation, Document, Suggestion
from annotator.core.store import Store

WATCHED = {p.resolve() for p in Path(store_package.__file__).parent.glob("*.py")}
UNIT = "湖里区投资建设。"


def count_lines(call) -> int:
    counts = 0
    files: dict[str, bool] = {}

    def tracer(frame, event, arg):
        nonlocal counts
        name = frame.f_code.co_filename
        if name not in files:
            files[name] = Path(name).resolve() in WATCHED
        if not files[name]:
            return None
        if event == "line":
            counts += 1
        return tracer

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return counts


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
