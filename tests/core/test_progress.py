"""Progress of suggestions: thousandths of the whole job, advancing within one long document
(each suggester, storing, links), and a cancel between two steps stores nothing of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.imports.text import sha256, title_of
from annotator.core.models import Document
from annotator.core.progress import LINKS, SCALE, STORE, SUGGEST, Meter, Step, part
from annotator.core.store import Store
from annotator.core.suggest.links import SPANS_SHARE, suggest_spans_and_links
from annotator.core.suggest.runner import suggest_documents

SENTENCE = "厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。\n"


@pytest.fixture
def store(tmp_path: Path):
    with Store.create(tmp_path / "project") as s:
        yield s


def add(store: Store, name: str, text: str) -> int:
    doc = store.add_document(Document(None, name, title_of(text), text, sha256(text)))
    assert doc.id is not None
    return doc.id


def test_meter_spreads_the_documents_by_length_and_part_nests_jobs():
    seen: list[tuple[int, int, object]] = []
    meter = Meter(lambda done, total, step: seen.append((done, total, step)), [100, 300])
    step = Step(0, 2, "a.txt")
    meter.at(0, 0.5, step)
    meter.at(1, 0.0, step)
    meter.at(1, 1.0, step)
    assert [d for d, _t, _s in seen] == [125, 250, 1000] and {t for _d, t, _s in seen} == {SCALE}
    outer: list[int] = []
    inner = part(lambda done, total, current: outer.append(done), 0.7, 1.0)
    assert inner is not None
    inner(0, 4, "")
    inner(2, 4, "")
    inner(4, 4, "")
    assert outer == [700, 850, 1000] and part(None, 0.0, 1.0) is None
    assert str(Step(1, 3, "b.txt", SUGGEST, ("DISTRICT",))) == "document 2 of 3 (b.txt): suggesting DISTRICT"


def test_one_long_document_reports_each_step_within_it(store):
    doc_id = add(store, "long.txt", SENTENCE * 2000)
    seen: list[tuple[int, int, Step]] = []
    report = suggest_documents(store, progress=lambda done, total, step: seen.append((done, total, step)))
    assert report.added > 0
    done = [d for d, _t, _s in seen]
    assert done == sorted(done) and done[-1] == SCALE and {t for _d, t, _s in seen} == {SCALE}
    inside = [d for d in done if 0 < d < SCALE]
    assert len(set(inside)) >= 4  # not 0 until the end: a step per suggester, then storing
    steps = [s for _d, _t, s in seen]
    assert all(isinstance(s, Step) and (s.index, s.documents, s.name) == (0, 1, "long.txt") for s in steps)
    suggesting = [s.labels for s in steps if s.doing == SUGGEST]
    assert ("DISTRICT",) in suggesting and ("AMOUNT",) in suggesting and ("TARGET",) in suggesting
    assert any(s.doing == STORE for s in steps)
    assert store.annotations(doc_id)


def test_documents_count_by_their_length(store):
    add(store, "short.txt", SENTENCE)
    add(store, "long.txt", SENTENCE * 99)
    seen: list[tuple[int, Step]] = []
    suggest_documents(store, progress=lambda done, total, step: seen.append((done, step)))
    first_of_long = next(d for d, s in seen if s.name == "long.txt")
    assert first_of_long <= SCALE // 50  # the short one was a hundredth of the text


def test_a_cancel_within_one_document_stores_none_of_it(store):
    doc_id = add(store, "long.txt", SENTENCE * 500)
    steps: list[Step] = []
    report = suggest_documents(store, progress=lambda done, total, step: steps.append(step),
                               cancelled=lambda: len(steps) >= 2)  # after the first suggester
    assert report.cancelled and report.added == 0
    assert store.annotations(doc_id) == []
    assert [s.doing for s in steps] == [SUGGEST, SUGGEST]


def test_spans_then_links_share_the_bar(store):
    add(store, "a.txt", SENTENCE * 200)
    add(store, "b.txt", SENTENCE * 100)
    seen: list[tuple[int, object]] = []
    result = suggest_spans_and_links(store, progress=lambda done, total, step: seen.append((done, step)))
    assert result.links is not None and result.links.documents == 2
    done = [d for d, _s in seen]
    assert done == sorted(done) and done[-1] == SCALE
    links = [(d, s) for d, s in seen if isinstance(s, Step) and s.doing == LINKS]
    assert list(dict.fromkeys(s.name for _d, s in links)) == ["a.txt", "b.txt"]
    assert all(d >= SCALE * SPANS_SHARE - 1 for d, _s in links)
    assert all(d <= SCALE * SPANS_SHARE for d, s in seen if isinstance(s, Step) and s.doing != LINKS)
