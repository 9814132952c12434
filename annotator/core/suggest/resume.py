"""What a run with ``skip_done`` (``annotator suggest P``, the window's F5) does with the documents
an earlier run did: those whose record (``store/suggest_runs.py``) covers today's settings are
skipped, except for the strings accepted since, which the learned suggester looks for in them (a
few milliseconds a document instead of every suggester's seconds), so that what the researcher
accepted in one report is still proposed in the others, as before the skipping.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from annotator.core.progress import SPREAD, Meter, Step
from annotator.core.store import Store
from annotator.core.store.suggest_runs import SuggestRecord, covers

if TYPE_CHECKING:
    from annotator.core.suggest.learned import LearnedSuggester
    from annotator.core.suggest.runner import SuggestReport

BATCH = 200  # documents looked at between two commits
# a document searched for the strings accepted since, for the progress bar: this share of its suggesting
# (a few milliseconds against the suggesters' seconds; the storing and the record dominate)
SPREAD_SHARE = 0.01


def learned_digest(entries: dict[tuple[str, str], dict[str, Any]]) -> str:
    """A digest of the accepted strings (and their values) the learned suggester looks for ("": none)."""
    if not entries:
        return ""
    rows = sorted([label, text, value] for (label, text), value in entries.items())
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


def split_done(store: Store, ids: list[int], settings: str, labels: list[str] | None,
               always: Iterable[int]) -> tuple[list[int], dict[int, SuggestRecord]]:
    """The documents to run, and the records of those skipped: done with ``settings`` and ``labels``."""
    records, forced = store.suggest_records(ids), set(always)
    run = [i for i in ids if i in forced or not covers(records.get(i), settings, labels)]
    ran = set(run)
    return run, {i: records[i] for i in ids if i not in ran}


def spread_due(done: dict[int, SuggestRecord], learned: LearnedSuggester | None, digest: str) -> list[int]:
    """The documents skipped (``done``) to look in for the strings accepted since: those whose record has
    another ``digest`` (none without strings accepted)."""
    return [i for i, record in done.items() if record.learned != digest] if learned is not None else []


def spread_learned(store: Store, done: dict[int, SuggestRecord], due: list[int], learned: LearnedSuggester | None,
                   digest: str, rejected: set[tuple[str, str]], report: SuggestReport,
                   cancelled: Callable[[], bool] | None = None, meter: Meter | None = None, first: int = 0) -> None:
    """Look for the strings accepted since in the documents skipped that are ``due`` (:func:`spread_due`),
    with the labels each was suggested with; what is new is stored as the runner stores it, and the record
    says so (a document given a new span has its links due again). ``meter`` hears each document as
    document ``first`` + k of the run's (a :class:`Step` SPREAD, k of the documents due).

    ``report.spread_left`` counts those not looked in yet (the caller sets it to all of them): it falls as
    each write is committed, so that a cancel (heard before each document: those looked in are stored) or a
    Ctrl+C (the write under way is rolled back) leaves it saying what is left for the next run."""
    from annotator.core.suggest.runner import SuggestReport, _store_proposals

    if learned is None:
        return
    for start in range(0, len(due), BATCH):
        batch, stop = SuggestReport(), False
        with store.transaction():
            for k, (doc_id, name, text) in enumerate(store.document_texts(due[start:start + BATCH]), start):
                if cancelled is not None and cancelled():  # their records keep the old digest: the next run looks
                    stop = True
                    break
                if meter is not None:
                    meter.at(first + k, 0.0, Step(k, len(due), name, SPREAD))
                record = done[doc_id]
                found = [s for s in learned.suggest(text) if record.labels is None or s.label in record.labels]
                added = batch.added
                _store_proposals(store, doc_id, found, rejected, batch)
                if batch.added > added:
                    store.record_suggested(doc_id, record.settings, record.labels, digest)
                else:
                    store.record_learned(doc_id, digest)
        report.spread += batch.documents  # counted once committed
        report.spread_left -= batch.documents
        report.spread_added += batch.added  # not in by_label: the first line's counts are those of the documents run
        if stop:
            return


def spread_said(report: SuggestReport) -> str:
    """After a Ctrl+C (the command line): how far the search of the documents skipped went ("" if it was done)."""
    if not report.spread_left:
        return ""
    where = (f"looked for in {report.spread:,} of the documents skipped ({report.spread_added:,} new suggestion(s)) "
             f"and not in {report.spread_left:,}" if report.spread
             else f"not looked for in {report.spread_left:,} of the documents skipped")
    return f"; the strings accepted since were {where}; run again to look in them"
