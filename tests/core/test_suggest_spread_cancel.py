"""A cancel while a run with ``skip_done`` (``annotator suggest``, the window's F5) looks for the strings
accepted since in the documents skipped (``suggest/resume.py``, by batches).

Before: a cancel heard after the first batch stopped the search, and the report read as complete (the
documents not yet looked in said nowhere); a cancel heard before its first batch, once every document
was stored, was not heard at all (5,000 documents skipped: the window's "Cancelling…" for seconds).
Now the search stops at the next batch and the report says in how many documents skipped it was not
done; the next run looks in those."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from annotator.core.suggest import resume, runner

TEXT = "第{n}篇：湖里区投资{n}亿元建设松元产业园。"
PARK = (TEXT.format(n=1).index("松元产业园"), TEXT.format(n=1).index("松元产业园") + 5)  # at the same place in each
LEFT = "cancelled: the strings accepted since were not looked for in {0} of the documents skipped; run again to " \
       "look in them"


class Districts:
    name = "gazetteer"
    labels = ("DISTRICT",)

    def suggest(self, text):
        pos = text.index("湖里区")
        return [Suggestion(pos, pos + 3, "DISTRICT", "湖里区", {"name": "湖里区"}, 0.95, "fake", "gazetteer")]


@pytest.fixture
def store(tmp_path, monkeypatch):
    """Five documents suggested; then 松元产业园 accepted in 1.txt: to be looked for in the five, skipped."""
    monkeypatch.setattr(runner, "default_suggesters", lambda: [Districts()])
    monkeypatch.setattr(resume, "BATCH", 2)  # (200): three batches
    s = Store.create(tmp_path / "p")
    for n in range(1, 6):
        text = TEXT.format(n=n)
        s.add_document(Document(None, f"{n}.txt", "", text, sha256(text), char_count=len(text)))
    runner.suggest_documents(s, skip_done=True)
    s.add_annotation(1, *PARK, "PROJECT")
    yield s
    s.close()


def _learned(store: Store) -> list[int]:
    return sorted(a.document_id for a in store.annotations() if a.origin == "learned")


def test_a_cancel_after_the_first_batch_stops_the_search_and_says_in_how_many_it_was_not_done(store):
    report = runner.SuggestReport()
    runner.suggest_documents(store, skip_done=True, report=report, cancelled=lambda: report.spread > 0)
    assert report.lines()[1:] == ["skipped 5 document(s) already suggested with these settings",
                                  "the strings accepted since were looked for in 2 of them: 1 new suggestion(s)",
                                  LEFT.format(3)]
    assert (report.skipped, report.documents, report.cancelled) == (5, 0, False)  # no document was left
    assert (report.spread, report.spread_left, _learned(store)) == (2, 3, [2])  # the first batch: 1.txt, 2.txt

    again = runner.suggest_documents(store, skip_done=True)  # run again: the three not looked in
    assert (again.spread, again.spread_left, _learned(store)) == (3, 0, [2, 3, 4, 5])
    assert not [line for line in again.lines() if line.startswith("cancelled")]


def test_a_cancel_heard_before_the_search_begins_stops_it_before_its_first_batch(store):
    report = runner.suggest_documents(store, skip_done=True, cancelled=lambda: True)
    assert report.lines()[-1] == LEFT.format(5) and _learned(store) == []
    assert (report.documents, report.cancelled, report.spread, report.spread_left) == (0, False, 0, 5)
    assert runner.suggest_documents(store, skip_done=True).spread == 5  # nothing lost: the next run looks in them


def test_a_cancel_while_documents_are_suggested_says_the_search_of_those_skipped_was_not_done_either(store):
    """A new report to suggest, the five skipped: a cancel during the new one said only "the remaining
    documents were not looked at", as if the five were done; the search in them was not done either."""
    text = TEXT.format(n=6)
    store.add_document(Document(None, "6.txt", "", text, sha256(text), char_count=len(text)))
    report = runner.suggest_documents(store, skip_done=True, cancelled=lambda: True)
    assert (report.documents, report.cancelled, report.skipped, report.spread) == (0, True, 5, 0)
    assert report.lines()[-2:] == ["cancelled: the remaining documents were not looked at", LEFT.format(5)]
    again = runner.suggest_documents(store, skip_done=True)
    assert (again.documents, again.spread, _learned(store)) == (1, 5, [2, 3, 4, 5, 6])
