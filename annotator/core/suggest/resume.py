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

from annotator.core.store import Store
from annotator.core.store.suggest_runs import SuggestRecord, covers

if TYPE_CHECKING:
    from annotator.core.suggest.learned import LearnedSuggester
    from annotator.core.suggest.runner import SuggestReport

BATCH = 200  # documents looked at between two commits


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


def spread_learned(store: Store, done: dict[int, SuggestRecord], learned: LearnedSuggester | None, digest: str,
                   rejected: set[tuple[str, str]], report: SuggestReport,
                   cancelled: Callable[[], bool] | None = None) -> None:
    """Look for the strings accepted since in the documents skipped (``done``: those whose record has
    another ``digest``), with the labels each was suggested with; what is new is stored as the
    runner stores it, and the record says so (a document given a new span has its links due again).
    A cancel is heard before each batch (the first too): ``report.spread_left`` counts those not looked in."""
    from annotator.core.suggest.runner import SuggestReport, _store_proposals

    due = [i for i, record in done.items() if record.learned != digest]
    if learned is None or not due:
        return
    for start in range(0, len(due), BATCH):
        if cancelled is not None and cancelled():
            report.spread_left = len(due) - start  # their records keep the old digest: the next run looks in them
            return
        batch = SuggestReport()
        with store.transaction():
            for doc_id, _, text in store.document_texts(due[start:start + BATCH]):
                record = done[doc_id]
                found = [s for s in learned.suggest(text) if record.labels is None or s.label in record.labels]
                added = batch.added
                _store_proposals(store, doc_id, found, rejected, batch)
                if batch.added > added:
                    store.record_suggested(doc_id, record.settings, record.labels, digest)
                else:
                    store.record_learned(doc_id, digest)
        report.spread += batch.documents  # counted once committed
        report.spread_added += batch.added
        for label, n in batch.by_label.items():
            report.by_label[label] = report.by_label.get(label, 0) + n
