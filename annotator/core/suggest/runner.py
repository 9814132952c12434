"""Running the suggesters over a project's documents and storing what they propose.

Progress (:mod:`annotator.core.progress`) counts thousandths of the whole job: documents by
their length, and within one document each suggester and the storing by its usual cost
(:data:`WEIGHTS`), so that a single long report moves the bar too, also through the model's step, a
block of a long document at a time (:meth:`.model.suggester.ModelSuggester.tagged`); a cancel is heard
between two such steps, and the document then under way stores nothing.

Each document's suggestions are stored with a record of the settings they were made with (in the
same write: ``store/suggest_runs.py``); with ``skip_done`` a run passes over the documents whose
record covers its settings (:func:`settings_digest`), so that a run interrupted, or one after a
few new reports were imported, does only what is not done yet.

The window proposes in its child process (``elsewhere``: a thread proposing would hold Python's
lock against the window's paints; ``core/worker_process.py``), a document at a time, and stores
here what comes back, the same as proposing here.
"""
from __future__ import annotations

import os
import pickle
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from annotator.core.jurisdiction import given_code
from annotator.core.labels import in_order
from annotator.core.models import ChangeSet, Suggestion
from annotator.core.progress import MODEL, STORE, SUGGEST, Meter, Step, Stopped, shares
from annotator.core.provenance import made_here
from annotator.core.span_row import Spanlike
from annotator.core.store import Store
from annotator.core.suggest import default_suggesters
from annotator.core.suggest.base import no_collection
from annotator.core.suggest.district.former import metadata_year, text_year
from annotator.core.suggest.district.span_value import in_jurisdiction
from annotator.core.suggest.fingerprint import settings_digest
from annotator.core.suggest.learned import LearnedSuggester
from annotator.core.suggest.resume import SPREAD_SHARE, learned_digest, split_done, spread_due, spread_learned
from annotator.core.suggest.traditional import simplified
from annotator.core.suggest.values import suggested

if TYPE_CHECKING:
    from annotator.core.suggest.model.suggester import ModelSuggester
    from annotator.core.suggest.model.training import Elsewhere

Progress = Callable[[int, int, Any], None]  # (done, total, current: a Step)
Cancelled = Callable[[], bool]
StepHook = Callable[[float, str, tuple[str, ...]], None]  # (fraction of the document done, doing, labels)

# what each suggester and the storing cost, relatively, on a 400,000-character report (the
# gazetteer's first run loads it: 1.1 s, then 0.3 s; amount 0.05, project 0.55, target 0.2,
# storing 10,000 suggestions 1.0 s); the model's own part after the rules (its features and
# layers) takes about four times the rules' time
WEIGHTS = {"gazetteer": 4.0, "amount": 0.3, "project": 2.5, "target": 1.0, "learned": 0.5, "model": 25.0}
STORE_WEIGHT = 4.5


class _Cancelled(Exception):
    """Raised by a step hook when the user cancelled: the document under way stores nothing."""


@dataclass
class SuggestReport:
    documents: int = 0
    added: int = 0
    removed: int = 0
    removed_links: int = 0  # the suggested links of the spans --replace dropped, gone with them
    by_label: dict[str, int] = field(default_factory=dict)
    cancelled: bool = False
    skipped: int = 0  # documents passed over: suggested before with these settings (``skip_done``)
    ran: list[int] = field(default_factory=list)  # the documents whose suggestions were stored
    links_due: list[int] | None = None  # with skip_done: those run and those skipped whose links are not done
    again: str = ""  # how to run the skipped ones anew, said after them ("--again runs them anew")
    spread: int = 0  # skipped documents the strings accepted since were looked for in (suggest/resume.py)
    spread_added: int = 0  # the suggestions they gave (not in added nor by_label: their own line says them)
    spread_left: int = 0  # skipped documents a cancel or Ctrl+C kept that search from (the next run looks in them)
    refreshed: int = 0  # open proposals of an earlier model dropped, the documents proposed anew
    order: list[str] = field(default_factory=list)  # the project's labels, in its order: the counts' order

    def lines(self) -> list[str]:
        per = ", ".join(f"{k} {self.by_label[k]:,}" for k in in_order(self.by_label, self.order)) or "none"
        out = [f"{self.documents:,} document(s): {self.added:,} new suggestion(s) ({per})"]
        if self.skipped:
            out.append(f"skipped {self.skipped:,} document(s) already suggested with these settings"
                       + (f"; {self.again}" if self.again else ""))
        if self.spread:
            out.append(f"the strings accepted since were looked for in {self.spread:,} of them: "
                       f"{self.spread_added:,} new suggestion(s)")
        if self.refreshed:
            out.append(f"{self.refreshed:,} open suggestion(s) of an earlier model replaced by this model's")
        if self.removed:
            out.append(f"{self.removed:,} open suggestion(s) dropped (--replace)" + (
                f", and {self.removed_links:,} suggested link(s) of theirs" if self.removed_links else ""))
        if self.cancelled:
            out.append("cancelled: the remaining documents were not looked at")
        if self.spread_left:
            out.append(f"cancelled: the strings accepted since were not looked for in {self.spread_left:,} of the "
                       "documents skipped; run again to look in them")
        return out


def propose(text: str, learned: LearnedSuggester | None = None,
            labels: Iterable[str] | None = None, model: ModelSuggester | None = None,
            step: StepHook | None = None, year: int | None = None, area: str = "") -> list[Suggestion]:
    """Everything the suggesters propose for ``text``, same-label overlaps resolved; with a
    ``model``, its proposals beside the rules' (:meth:`ModelSuggester.combine`). ``step`` hears
    before each suggester (and before the overlaps are resolved for storing) how much of the
    work on ``text`` is done; it may raise to stop. ``year``: the document's (its metadata's), for
    the names of former units (None: the year its date line gives, if any). ``area``: the division code
    of its jurisdiction (its metadata's; "": none), its own area for DISTRICT's values."""
    plain = simplified(text)  # a report in traditional characters read as its simplified form, one for one
    with no_collection():
        found = _propose(plain, learned, labels, model, step, year, area)
    return found if plain is text else [replace(s, text=text[s.start:s.end]) for s in found]  # as written


def _propose(text: str, learned: LearnedSuggester | None, labels: Iterable[str] | None,
             model: ModelSuggester | None, step: StepHook | None, year: int | None = None,
             area: str = "") -> list[Suggestion]:
    wanted = set(labels) if labels is not None else None
    candidates: list[Suggestion] = []
    rules: list[Suggestion] = []  # with a model: every rule's proposals, whatever labels are wanted (its features)
    suggesters = list(default_suggesters())
    if model is None:
        suggesters = [s for s in suggesters if wanted is None or wanted & set(s.labels)]
    suggesters += [learned] if learned is not None and (wanted is None or wanted & set(learned.labels)) else []
    weights = [WEIGHTS.get(s.name, 2.0) for s in suggesters] + ([WEIGHTS["model"]] if model is not None else [])
    starts = shares([*weights, STORE_WEIGHT])
    for k, suggester in enumerate(suggesters):
        if step is not None:
            step(starts[k], SUGGEST, tuple(label for label in suggester.labels if wanted is None or label in wanted)
                 or tuple(suggester.labels))
        found = suggested(suggester, text, year, area)
        if model is not None and suggester is not learned:
            rules += found
        else:
            candidates += [s for s in found if wanted is None or s.label in wanted]
    if model is not None:
        modelled = tuple(label for label in model.labels if wanted is None or label in wanted)
        if step is not None:
            step(starts[len(suggesters)], MODEL, modelled)
        # the model's own spans' values read a line: the document's year given, as the rules read it
        combined = model.combine(text, resolve_overlaps(rules), wanted,
                                 year=year if year is not None else text_year(text), area=area,
                                 progress=_along(step, starts[len(suggesters)], starts[-2], modelled))
        candidates += [s for s in combined if wanted is None or s.label in wanted]
    if step is not None:
        step(starts[-2], STORE, ())
    return resolve_overlaps(candidates)


def _along(step: StepHook | None, start: float, end: float, labels: tuple[str, ...]) -> Callable[[float], None] | None:
    """The model's progress within its step (``start`` … ``end`` of the document), a block of a long
    document at a time: the bar moves on through it (it stood still for 2.3 s on a 400,000-character
    report), and a cancel is heard there."""
    return None if step is None else lambda done: step(min(start + (end - start) * done, end), MODEL, labels)


def resolve_overlaps(candidates: list[Suggestion], existing: Iterable[Spanlike] = ()) -> list[Suggestion]:
    """Keep, per label, non-overlapping spans: existing ones first, then by confidence and length."""
    # Existing spans (which may overlap one another), per label: starts in order and the
    # running maximum of their ends. A span overlaps one of them iff, among those starting
    # before its end, the furthest end lies beyond its start.
    fixed: dict[str, tuple[list[int], list[int]]] = {}
    by_label: dict[str, list[tuple[int, int]]] = {}
    for a in existing:
        by_label.setdefault(a.label, []).append((a.start, a.end))
    for label, spans in by_label.items():
        spans.sort()
        fixed[label] = ([b for b, _ in spans], list(accumulate((e for _, e in spans), max)))
    # Kept spans never overlap, so sorted by (start, end) their ends rise too: only the last
    # one starting before a candidate's end can overlap it.
    taken: dict[str, list[tuple[int, int]]] = {}
    kept: list[Suggestion] = []
    for s in sorted(candidates, key=lambda s: (-s.confidence, -(s.end - s.start), s.start)):
        start, end = s.start, s.end
        f = fixed.get(s.label)
        if f is not None:
            i = bisect_left(f[0], end)
            if i and f[1][i - 1] > start:
                continue
        kept_spans = taken.get(s.label)
        if kept_spans is None:
            kept_spans = taken[s.label] = []
        i = bisect_left(kept_spans, (end,))
        if i and kept_spans[i - 1][1] > start:
            continue
        kept_spans.insert(i, (start, end))
        kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.end, s.label))


def _store_proposals(store: Store, doc_id: int, proposed: list[Suggestion],
                     rejected: set[tuple[str, str]], report: SuggestReport) -> None:
    """Store what is new: not rejected here or anywhere (same text and label), no overlap."""
    existing = store.span_rows(doc_id)  # narrow rows: no value parsed, no Annotation built
    blocked = [a for a in existing if a.status != "rejected"]
    rejected_here = {(a.start, a.end, a.label) for a in existing if a.status == "rejected"}
    fresh = [s for s in in_jurisdiction(proposed, lambda: given_code(store.document_metadata(doc_id)))
             if (s.label, s.text) not in rejected and (s.start, s.end, s.label) not in rejected_here]
    changes = store.add_suggestions(doc_id, resolve_overlaps(fresh, blocked))
    report.documents += 1
    report.ran.append(doc_id)
    report.added += len(changes)
    for c in changes.annotation_changes:
        if c.after is not None:
            report.by_label[c.after.label] = report.by_label.get(c.after.label, 0) + 1


STORE_EVERY_SECONDS = 0.5  # proposing between two writes of the suggestions found


_UNPACKED: list[tuple[bytes, Any]] = []  # in the window's child process: the last packed (learned, labels, model)


def propose_packed(text: str, packed: bytes, year: int | None = None, area: str = "",
                   step: StepHook | None = None) -> list[Suggestion]:
    """:func:`propose` with ``packed``, the pickled (learned, labels, model) of a run: sent with each
    document to the process that proposes (a few hundred kB: copied, not unpickled again)."""
    if not _UNPACKED or _UNPACKED[0][0] != packed:
        _UNPACKED[:] = [(packed, pickle.loads(packed))]
    learned, labels, model = _UNPACKED[0][1]
    return propose(text, learned, labels, model, step, year, area)


def suggest_documents(store: Store, doc_ids: Iterable[int] | None = None, *, labels: Iterable[str] | None = None,
                      replace: bool = False, jobs: int = 1, progress: Progress | None = None,
                      cancelled: Cancelled | None = None, model: ModelSuggester | None = None,
                      report: SuggestReport | None = None, elsewhere: Elsewhere | None = None, skip_done: bool = False,
                      always: Iterable[int] = ()) -> SuggestReport:
    """Propose and store suggestions; never touches accepted, rejected or manual annotations.

    Idempotent: a span overlapping an existing one of its label is not proposed again, and
    nothing whose (label, text) the researcher rejected anywhere in the project comes back
    (from the rules or from the ``model``: :mod:`annotator.core.suggest.model.choice` picks it).
    With ``jobs`` > 1, worker processes propose a document at a time and this process stores each
    one in its own write as it comes back. A ``report`` given counts what each write stored once it
    is committed (after a KeyboardInterrupt it says what was stored before it, every document
    finished by then). ``elsewhere`` (``jobs`` 1): how to run :func:`propose_packed` in
    another process (the window's child, :meth:`annotator.core.worker_process.WorkerProcess.run`,
    which hears ``cancelled`` itself); the store is read and written here.

    With ``replace``, each document's open suggestions (of ``labels``) are dropped in the write that
    stores its new ones: every write stays short, and a document a cancel, Ctrl+C or a kill kept the run
    from keeps its own (they were all dropped in one write first: seconds of lock on 300 reports, and
    none left on the documents never reached).

    Each document's suggestions are recorded with :func:`settings_digest` and ``labels``; with
    ``skip_done`` (not with ``replace``) the documents whose record covers them are skipped, except
    those in ``always``; ``report.links_due`` then lists the documents whose links are to be suggested.
    """
    label_list = list(labels) if labels is not None else None
    ids = list(doc_ids) if doc_ids is not None else [d.id for d in store.documents() if d.id is not None]
    report = report if report is not None else SuggestReport()
    report.order = [label.name for label in store.labels()]
    settings, every, done, due = settings_digest(model), ids, None, []
    entries = store.learned_entries()
    learned, learner = learned_digest(entries), LearnedSuggester(entries) if entries else None
    if skip_done and not replace:
        ids, done = split_done(store, ids, settings, label_list, always)
        due = spread_due(done, learner, learned)  # searched for the strings accepted since, once ids are stored
        report.skipped, report.spread_left = len(done), len(due)  # (a cancel or Ctrl+C before: none searched)
    records = store.suggest_records(ids) if model is not None and not replace else {}
    stale = {doc_id for doc_id, record in records.items() if record.settings != settings}
    sizes = {d.id: d.char_count for d in store.documents()} if progress is not None else {}
    lengths = [sizes.get(i, 0) for i in ids] + [int(sizes.get(i, 0) * SPREAD_SHARE) for i in due]
    run = _Run(store, learner, label_list, store.rejected_entries(), report, len(ids), progress, cancelled,
               Meter(progress, lengths), {doc_id: i for i, doc_id in enumerate(ids)}, model, elsewhere, settings,
               learned, stale, replace)
    jobs = max(1, min(jobs, os.cpu_count() or 1, len(ids) or 1))
    if jobs == 1:
        _suggest_here(run, ids)
    else:
        from annotator.core.suggest.workers import suggest_in_workers

        suggest_in_workers(run, ids, jobs)
    if done is not None and not report.cancelled:
        # every document stored (the run complete): a cancel heard since, even before the first document, stops the
        # search of the documents skipped for the strings accepted since, and the report says in how many it was
        # not done (``spread_left``: the next run looks in them); the bar moves on document by document
        spread_learned(store, done, due, run.learned, learned, run.rejected, report, cancelled, run.meter, len(ids))
        now_done = store.suggest_records(every)
        report.links_due = [i for i in every if i in now_done and not now_done[i].links]
    if not report.cancelled:
        run.meter.finish()
    return report


@dataclass
class _Run:
    """What one call of :func:`suggest_documents` works with."""
    store: Store
    learned: LearnedSuggester | None
    labels: list[str] | None
    rejected: set[tuple[str, str]]
    report: SuggestReport
    total: int
    progress: Progress | None
    cancelled: Cancelled | None
    meter: Meter  # progress by the documents' lengths
    position: dict[int, int]  # each document's place in the run
    model: ModelSuggester | None = None
    elsewhere: Elsewhere | None = None
    settings: str = ""  # settings_digest: recorded with each document's suggestions
    learned_digest: str = ""  # of the accepted strings the learned suggester looks for, recorded too
    # documents suggested before with other settings (a model trained since): their open proposals
    # of origin model are the earlier model's, dropped in the write that stores this model's
    stale: set[int] = field(default_factory=set)
    # --replace: each document's open suggestions (of ``labels``) are dropped in the write that stores
    # its new ones, so a cancel or a kill leaves every document not yet stored as it was
    replace: bool = False


def _suggest_here(run: _Run, ids: list[int]) -> None:
    """Propose document by document in this process (or ``run.elsewhere``), and store what about
    ``STORE_EVERY_SECONDS`` of proposing found in one write; a cancel between two steps of a document
    leaves it as it was."""
    pending: list[tuple[int, list[Suggestion]]] = []
    packed = pickle.dumps((run.learned, run.labels, run.model)) if run.elsewhere is not None else b""
    began = time.monotonic()
    try:
        for doc_id, name, text in run.store.document_texts(ids):
            i = run.position.get(doc_id, 0)
            metadata = run.store.document_metadata(doc_id)
            year, area = metadata_year(metadata), given_code(metadata) or ""

            def step(fraction: float, doing: str, labels: tuple[str, ...], i: int = i, name: str = name) -> None:
                if run.cancelled is not None and run.cancelled():
                    raise _Cancelled
                run.meter.at(i, fraction, Step(i, run.total, name, doing, labels))

            try:
                if run.elsewhere is None:
                    proposed = propose(text, run.learned, run.labels, run.model, step=step, year=year, area=area)
                else:
                    proposed = run.elsewhere(propose_packed, text, packed, year, area, step=step)
                if run.cancelled is not None and run.cancelled():  # heard while the last step ran
                    raise _Cancelled
            except (_Cancelled, Stopped):  # Stopped: the other process heard it (and was ended)
                run.report.cancelled = True
                break
            pending.append((doc_id, proposed))
            if time.monotonic() - began >= STORE_EVERY_SECONDS:
                _store_batch(run, pending)
                pending, began = [], time.monotonic()
    except KeyboardInterrupt:  # Ctrl+C: the documents proposed since the last write are kept too
        stored = set(run.report.ran)  # (a write it cut short was rolled back)
        _store_batch(run, [(doc_id, proposed) for doc_id, proposed in pending if doc_id not in stored])
        raise
    _store_batch(run, pending)  # the documents proposed before a cancel are kept too


def _store_batch(run: _Run, pending: list[tuple[int, list[Suggestion]]]) -> None:
    """Store the proposals of several documents in one write (one commit, not one a document: each
    commit waits for the disk); the lock is held only while storing, never while proposing."""
    if pending:
        report = run.report
        counts = (report.documents, report.added, report.removed, report.removed_links, report.refreshed)
        by_label, ran = dict(report.by_label), len(report.ran)
        try:
            with run.store.transaction():
                for doc_id, proposed in pending:
                    if run.replace:  # in this write: no moment with the old ones gone and the new not stored
                        dropped = _drop_open(run.store, doc_id, run.labels)
                        report.removed += len(dropped.annotation_changes)  # the spans (their links apart)
                        report.removed_links += len(dropped.link_changes)
                    elif doc_id in run.stale:
                        report.refreshed += len(_drop_open(run.store, doc_id, run.labels, "model").annotation_changes)
                    _store_proposals(run.store, doc_id, proposed, run.rejected, report)
                    run.store.record_suggested(doc_id, run.settings, run.labels, run.learned_digest)
        except BaseException:  # rolled back (an error, Ctrl+C): the report counts what is stored
            report.documents, report.added, report.removed, report.removed_links, report.refreshed = counts
            report.by_label = by_label
            del report.ran[ran:]
            raise


def _drop_open(store: Store, doc_id: int, labels: list[str] | None, origin: str | None = None) -> ChangeSet:
    """Inside a write: drop the open suggestions of ``doc_id`` (of ``labels``; of ``origin`` only, when
    given), with their suggested links; those decided meanwhile (the window) stay. ``--replace`` drops
    all that our suggesters made (the rules', learned, the model's: ``provenance.made_here``; those
    imported from a file, another model's or another tool's, stay, and so does one a coder changed); a
    model's run drops the proposals of origin ``model`` in a document an earlier model suggested in (a
    span it tags again comes back with its new confidence; one it no longer tags is gone). Decided
    spans, and the rules' for a model's run, stay."""
    ids = [a.id for a in store.iter_annotations(doc_id, statuses=["suggested"], labels=labels)
           if (a.origin == origin if origin is not None else made_here(a.origin)) and a.id is not None]
    return store.delete_annotations(ids, open_only=True) if ids else ChangeSet(())
