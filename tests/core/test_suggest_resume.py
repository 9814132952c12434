"""A document's suggestions are recorded with the settings they were made with, in the same write;
a run that skips what is done (``skip_done``: ``annotator suggest``, the window's F5) does only the
documents not suggested with today's settings: after a kill, after an import of new reports, after
the model or the labels or the program changed."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from annotator.core.store.suggest_runs import covers
from annotator.core.suggest import fingerprint, runner
from annotator.core.suggest.links import suggest_spans_and_links

TEXT = "第{n}篇：湖里区投资{n}亿元建设松元产业园。"
proposed: list[str] = []  # the texts the fake suggester was asked about


class Districts:
    name = "gazetteer"  # a rule's origin: --replace drops what it proposed
    labels = ("DISTRICT",)

    def suggest(self, text):
        proposed.append(text)
        if "第3篇" in text and stop_at_third:
            raise KeyboardInterrupt  # a kill while proposing the third document
        pos = text.index("湖里区")
        return [Suggestion(pos, pos + 3, "DISTRICT", "湖里区", {"name": "湖里区"}, 0.95, "fake", "gazetteer")]


stop_at_third = False
PARK = (TEXT.format(n=1).index("松元产业园"), TEXT.format(n=1).index("松元产业园") + 5)  # at the same place in each


@pytest.fixture
def store(tmp_path, monkeypatch):
    global stop_at_third
    stop_at_third = False
    proposed.clear()
    monkeypatch.setattr(runner, "default_suggesters", lambda: [Districts()])
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 0)  # each document written once proposed
    s = Store.create(tmp_path / "p")
    for n in range(1, 6):
        text = TEXT.format(n=n)
        s.add_document(Document(None, f"{n}.txt", "", text, sha256(text), char_count=len(text)))
    yield s
    s.close()


def test_each_document_is_recorded_with_its_suggestions(store):
    report = runner.suggest_documents(store)
    records = store.suggest_records()
    assert sorted(records) == [1, 2, 3, 4, 5] == sorted(report.ran)
    assert {r.settings for r in records.values()} == {fingerprint.settings_digest(None)}
    assert {(r.labels, r.links) for r in records.values()} == {(None, False)}
    assert report.skipped == 0 and len(store.annotations()) == 5


def test_a_record_is_written_in_the_same_write_as_the_suggestions(store, monkeypatch):
    record = store.record_suggested

    def failing(doc_id, *args):
        if doc_id == 2:
            raise OSError("disk gone")
        record(doc_id, *args)

    monkeypatch.setattr(store, "record_suggested", failing)
    with pytest.raises(OSError):
        runner.suggest_documents(store)
    assert sorted(store.suggest_records()) == [1]
    assert {a.document_id for a in store.annotations()} == {1}  # the second's spans rolled back with it


def test_a_run_killed_between_documents_is_finished_by_the_next_one(store):
    global stop_at_third
    stop_at_third = True
    with pytest.raises(KeyboardInterrupt):
        runner.suggest_documents(store, skip_done=True)
    assert sorted(store.suggest_records()) == [1, 2]
    assert {a.document_id for a in store.annotations()} == {1, 2}
    stop_at_third, proposed[:] = False, []
    report = runner.suggest_documents(store, skip_done=True)
    assert (report.skipped, sorted(report.ran), report.documents) == (2, [3, 4, 5], 3)
    assert [t[:3] for t in proposed] == ["第3篇", "第4篇", "第5篇"]  # exactly those proposed again
    assert sorted(store.suggest_records()) == [1, 2, 3, 4, 5]
    assert sorted(a.document_id for a in store.annotations()) == [1, 2, 3, 4, 5]
    assert "skipped 2 document(s) already suggested with these settings" in report.lines()


def test_new_documents_alone_run_and_the_ones_named_always_do(store):
    runner.suggest_documents(store)
    text = TEXT.format(n=6)
    store.add_document(Document(None, "6.txt", "", text, sha256(text), char_count=len(text)))
    proposed.clear()
    report = runner.suggest_documents(store, skip_done=True, always=[2])
    assert (report.skipped, sorted(report.ran)) == (4, [2, 6])
    assert [t[:3] for t in proposed] == ["第2篇", "第6篇"]
    assert len(store.annotations()) == 6  # document 2's span was not added twice
    assert runner.suggest_documents(store).documents == 6  # without skip_done: every one, as before


def test_other_settings_run_again(store, monkeypatch):
    runner.suggest_documents(store, labels=["DISTRICT"], skip_done=True)
    assert runner.suggest_documents(store, labels=["DISTRICT"], skip_done=True).skipped == 5
    assert runner.suggest_documents(store, skip_done=True).skipped == 0  # every label: more than before
    assert runner.suggest_documents(store, labels=["DISTRICT"], skip_done=True).skipped == 5  # among all
    monkeypatch.setattr(fingerprint, "_rules_digest", lambda: "a newer annotator")
    report = runner.suggest_documents(store, skip_done=True)
    assert (report.skipped, report.documents) == (0, 5)
    assert runner.suggest_documents(store, skip_done=True).skipped == 5
    assert runner.suggest_documents(store, skip_done=True, replace=True).skipped == 0  # --replace: all anew


def test_the_models_layers_and_minimum_confidence_are_in_the_digest():
    from annotator.core.suggest.model.crf import SequenceModel
    from annotator.core.suggest.model.suggester import ModelSuggester

    model = SequenceModel({"AMOUNT": b"layer one"}, {"accepted": 3})
    retrained = SequenceModel({"AMOUNT": b"layer two"}, {"accepted": 3})
    digests = {fingerprint.settings_digest(m) for m in (None, ModelSuggester(model), ModelSuggester(model, 0.5),
                                                        ModelSuggester(retrained))}
    assert len(digests) == 4
    assert fingerprint.settings_digest(ModelSuggester(model)) == fingerprint.settings_digest(ModelSuggester(model))


def test_rejected_suggestions_stay_rejected_and_reviewed_spans_untouched(store, monkeypatch):
    runner.suggest_documents(store, skip_done=True)
    (first, second, *_) = store.annotations()
    store.set_status([first.id], "rejected")
    store.set_status([second.id], "accepted")
    monkeypatch.setattr(fingerprint, "_rules_digest", lambda: "a newer annotator")  # every document again
    assert runner.suggest_documents(store, skip_done=True).documents == 5
    assert {(a.document_id, a.status) for a in store.annotations()} == {
        (1, "rejected"), (2, "accepted")} | {(n, "suggested") for n in (3, 4, 5)}


def test_covers_compares_the_digest_and_the_labels():
    from annotator.core.store.suggest_runs import SuggestRecord

    done = SuggestRecord("d", ("AMOUNT", "DISTRICT"), False, "", "then")
    assert covers(done, "d", ["DISTRICT"]) and covers(done, "d", ["AMOUNT", "DISTRICT"])
    assert not covers(done, "d", None) and not covers(done, "e", ["DISTRICT"]) and not covers(None, "d", None)
    assert covers(done._replace(labels=None), "d", None)


def test_spans_and_links_skip_together_and_mark_the_links_in_their_write(store, monkeypatch):
    monkeypatch.setattr("annotator.core.suggest.links.suggest_links", lambda text, spans, jur: [])
    first = suggest_spans_and_links(store, [1, 2], skip_done=True)
    assert first.links is not None and first.links.documents == 2
    assert {d: r.links for d, r in store.suggest_records().items()} == {1: True, 2: True}
    again = suggest_spans_and_links(store, None, skip_done=True)
    assert again.spans.skipped == 2 and again.links is not None and again.links.documents == 3
    assert all(r.links for r in store.suggest_records().values())
    last = suggest_spans_and_links(store, None, skip_done=True)
    assert last.spans.documents == 0 and last.links is not None and last.links.documents == 0


def test_a_run_stopped_before_the_links_does_only_the_links_again(store, monkeypatch):
    monkeypatch.setattr("annotator.core.suggest.links.suggest_links", lambda text, spans, jur: [])
    runner.suggest_documents(store, skip_done=True)  # the spans, then a kill before their links
    proposed.clear()
    both = suggest_spans_and_links(store, None, skip_done=True)
    assert (both.spans.skipped, both.spans.documents, proposed) == (5, 0, [])
    assert both.links is not None and both.links.documents == 5


def test_strings_accepted_since_are_looked_for_in_the_documents_skipped(store):
    """Accepting 松元产业园 in one report proposed it in the others at the next run before runs
    skipped; the skipped documents are still searched for it, by the learned suggester alone."""
    runner.suggest_documents(store, skip_done=True)
    with store.transaction():
        store.record_links_suggested(3)
    store.add_annotation(1, *PARK, "PROJECT")  # 松元产业园, by hand in 1.txt
    proposed.clear()
    report = runner.suggest_documents(store, skip_done=True)
    assert (report.skipped, report.documents, report.spread, report.spread_added) == (5, 0, 5, 4)
    assert proposed == []  # no other suggester ran
    learned = sorted(a.document_id for a in store.annotations() if a.origin == "learned")
    assert learned == [2, 3, 4, 5]
    records = store.suggest_records()
    assert not records[3].links  # a new span: its links are due again
    assert "the strings accepted since were looked for in 5 of them: 4 new suggestion(s)" in report.lines()
    again = runner.suggest_documents(store, skip_done=True)
    assert (again.skipped, again.spread, again.links_due) == (5, 0, [1, 2, 3, 4, 5])
    store.add_annotation(1, *PARK, "PROJECT", annotator="other")  # the same string: nothing new to look for
    assert runner.suggest_documents(store, skip_done=True).spread == 0


def test_the_labels_counted_are_those_of_the_new_suggestions_the_line_counts(store):
    """`1 document(s): 4 new suggestion(s) (DISTRICT 6, AMOUNT 1, TARGET 15)`: the labels' counts took in
    the suggestions the search of the documents skipped gave, which the next line counts apart."""
    runner.suggest_documents(store, skip_done=True)
    text = TEXT.format(n=6)  # imported since: run
    store.add_document(Document(None, "6.txt", "", text, sha256(text), char_count=len(text)))
    store.add_annotation(1, *PARK, "PROJECT")  # 松元产业园, by hand: looked for in the others
    report = runner.suggest_documents(store, skip_done=True)
    assert (report.documents, report.added, report.spread_added) == (1, 2, 4)
    assert report.lines()[0] == "1 document(s): 2 new suggestion(s) (DISTRICT 1, PROJECT 1)"
    assert "the strings accepted since were looked for in 5 of them: 4 new suggestion(s)" in report.lines()


def test_a_rejected_string_is_not_spread(store):
    runner.suggest_documents(store, skip_done=True)
    store.add_annotation(1, *PARK, "PROJECT")
    store.add_annotation(2, *PARK, "PROJECT", status="rejected")
    report = runner.suggest_documents(store, skip_done=True)  # rejected anywhere: proposed nowhere
    assert (report.spread, report.spread_added) == (5, 0)
    assert not [a for a in store.annotations() if a.label == "PROJECT" and a.status == "suggested"]
