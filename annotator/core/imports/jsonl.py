"""Annotations from JSON Lines: gold lines (one span each) and doccano lines (a document with
its spans), told apart line by line, so one file may hold both.

- **Each line whole or not at all.** A gold line is one span. A doccano line is a document (added
  when its text is new) with its spans: one refused span rejects the line, and then neither its
  document nor any of its spans is stored. A line whose link cannot be stored (the span it joins is not
  there) is rejected whole too: its batch is rolled back and done again without it (its span had stayed,
  its link not, and the line was reported rejected). Rejected lines are reported by number with the reason.
- **Bounded batches** (``annotations.BATCH_LINES``, ``BATCH_SPAN_SHARE``, ``BATCH_SECONDS``).
- **Linear.** Spans of one document in a batch go to the store in one ``Store.add_annotations`` call; spans
  already in the project are read once per document and file (duplicates are counted, not stored).
- **A coder's layer is their own.** A span equal to another annotator's is stored for this one
  (agreement compares the layers); the same annotator's equal span is a duplicate, and so is a
  suggestion equal to any span.
- **A line for an open suggestion decides it.** A span the project holds as a suggestion (same label, offsets
  and text) takes the line's status and annotator, and its value when the line gives one, {} too; open
  suggestions of its label that a line's span overlaps with other boundaries, and that keep it
  out, are rejected (the line says otherwise). Both are counted as changed; a span accepted or
  rejected already is left as it is. A suggestion without a confidence takes the line's when the
  line decides it, or repeats it (a rule's suggestion the model's file proposes too: counted as scored).
- **A coder's span supersedes the suggestions it overlaps.** Stored in a layer of its own (``--annotator``),
  a line's accepted span keeps out no suggestion, yet it decided that text: open suggestions of its label it
  overlaps with other boundaries are rejected and counted as superseded (``superseded.py``).
"""
from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator.core.errors import ValidationError
from annotator.core.imports import annotations as batches
from annotator.core.imports import jsonl_lines as reasons
from annotator.core.imports import links as link_lines
from annotator.core.imports.annotations import AnnotationImportReport, FileResult
from annotator.core.imports.jsonl_by_text import find_by_text
from annotator.core.imports.jsonl_documents import store_document_line
from annotator.core.imports.jsonl_lines import SpanKey, line_span, parse, read_lines, span_key
from annotator.core.imports.label_studio_predictions import Predicted
from annotator.core.imports.line_metadata import MetadataNotes
from annotator.core.imports.links import Ref
from annotator.core.imports.not_carried import NotCarried
from annotator.core.imports.span_values import given_value, numbered_with_values
from annotator.core.imports.superseded import close_superseded
from annotator.core.models import Annotation
from annotator.core.store import Store
from annotator.core.suggest.traditional import same_writing


def import_file(store: Store, path: Path, *, status: str, annotator: str, report: AnnotationImportReport,
                result: FileResult, cancelled: Callable[[], bool] | None = None) -> None:
    """The reader of the jsonl import format: every line of ``path``, in committed batches;
    ``cancelled()`` true stops after the batch under way (``result.cancelled_at``)."""
    JsonLines(store, path, status, annotator, report, result).run(cancelled)


# ------------------------------------------------------------- JSON Lines
class _LinksRefused(Exception):
    """Lines of a batch whose links could not be stored (after their spans were): the batch is done again."""

    def __init__(self, end: int, refused: dict[int, str]) -> None:
        super().__init__(end, refused)
        self.end, self.refused = end, refused


TEXTS = 8  # the texts of a batch's documents kept at most (a gold file's lines go a document at a time)


class JsonLines:
    """One JSON Lines file, imported in committed batches (``label_studio.py``'s tasks too: its records)."""

    SOURCE = "doccano"  # what a document a line brings is said to be read from (its name's prefix if it has none)

    def __init__(self, store: Store, path: Path, status: str, annotator: str, report: AnnotationImportReport,
                 result: FileResult) -> None:
        self.store, self.path, self.status, self.annotator = store, path, status, annotator
        self.report, self.result = report, result
        self.doc_ids: dict[str, int | None] = {}  # document name -> id
        # document id -> span -> (id, status) of the project's span, None for one of this file (read once)
        self.known: dict[int, dict[SpanKey, tuple[int, str] | None]] = {}
        # document id -> (label, start, end, text) of every span known there, whoever marked it
        self.marked: dict[int, set[tuple[str, int, int, str]]] = {}
        self.unscored: set[int] = set()  # ids of the project's spans without a confidence (read with ``known``)
        self.span_counts: dict[int, int] = {}
        self.written: tuple[str, str, str] | None = None  # the first span stored as its document writes it
        # what its lines' ``meta`` said (line_metadata.py); which of our exports they were (not_carried.py)
        self.metadata_notes, self.not_carried = MetadataNotes(), NotCarried()
        self._reset()

    def _reset(self) -> None:
        self.queued: dict[int, list[tuple[int, Annotation]]] = defaultdict(list)  # gold spans per document
        self.lines = 0
        self.pending = FileResult(self.result.path)  # counts of the open batch
        self.pending_rejected: list[tuple[str, int, str]] = []
        self.link_specs: list[link_lines.LinkSpec] = []  # stored after the batch's spans
        self.given: set[int] = set()  # the gold lines that give a value ({} too): not computed (span_values.py)
        self.texts: dict[int, str] = {}  # the texts of the batch's documents, read once (_piece)
        self.metadata_read: set[int] = set()  # the documents whose gold lines' ``meta`` the batch has read
        self.started = time.monotonic()

    def _read(self) -> list[Any]:
        return read_lines(self.path)

    def run(self, cancelled: Callable[[], bool] | None = None) -> None:
        lines = self._read()
        while lines and isinstance(lines[-1], str) and not lines[-1].strip():
            lines.pop()  # no batch for the blank end of the file
        self.doc_ids.update(find_by_text(self.store, self.path, lines, self.report))
        number = 0
        while number < len(lines):
            first, end, whole = number, None, dict[int, str]()  # whole: lines refused whole (a link not stored)
            while True:
                try:
                    number = self._batch(lines, first, end, whole)
                    break
                except _LinksRefused as e:  # rolled back: again without those lines, caches read again
                    end, whole = e.end, {**whole, **e.refused}
                    self._reset()
                    self.known, self.marked, self.unscored, self.span_counts = {}, {}, set(), {}
            self._commit()  # the batch is saved: its counts become the file's
            if cancelled is not None and number < len(lines) and cancelled():
                self.result.cancelled_at = (number, len(lines), self.result.unit)
                break
        name = self.path.name
        self.result.notes += self.metadata_notes.lines(name) + self.not_carried.lines(name)
        if self.result.other_writing and self.written:
            self.result.notes.append(reasons.other_writing_note(name, self.result.other_writing, self.written))

    def _batch(self, lines: list[Any], first: int, end: int | None, whole: dict[int, str]) -> int:
        """One committed batch from line ``first`` + 1 (to ``end`` when given); the lines of ``whole`` are
        rejected unread. A line whose link is refused (its target not there) raises _LinksRefused: the batch
        is rolled back and done again without it, so that a line is stored whole or not at all."""
        with self.store.transaction():
            number = first
            while number < len(lines) and (number == first or (not self._full() if end is None else number < end)):
                number += 1
                if number in whole:
                    self._reject(number, whole[number])
                else:
                    self._line(number, lines[number - 1])
            self._flush_all()
            refused = {n: why for n, why in self._store_links() if n not in whole}
            if refused:
                raise _LinksRefused(number, refused)
        return number

    def _full(self) -> bool:
        floor = max([batches.BATCH_LINES]
                    + [self.span_counts.get(d, 0) // batches.BATCH_SPAN_SHARE for d in self.queued])
        return self.lines >= floor or time.monotonic() - self.started >= batches.BATCH_SECONDS

    def _commit(self) -> None:
        batches.count_batch(self.pending, self.pending_rejected, self.result, self.report)
        self._reset()

    def _reject(self, number: int, why: str) -> None:
        self.pending_rejected.append((str(self.path), number, reasons.shortened(why)))

    def _line(self, number: int, line: str | UnicodeDecodeError) -> None:
        if isinstance(line, UnicodeDecodeError):
            self._reject(number, reasons.line_not_text(line.start + 1))
            return
        if not line.strip():
            return
        self.lines += 1
        try:
            obj = parse(line)
            if "text" in obj and isinstance(obj.get("entities"), list) and "start" not in obj:
                specs = link_lines.specs_of_doccano_line(number, 0, obj)  # checked before anything is stored
                doc_id = self._doccano(number, obj, link_lines.doccano_entities(obj))
                self.link_specs += [replace(spec, doc_id=doc_id) for spec in specs]
            elif "text" in obj and "label" in obj and isinstance(obj["label"], list) and "start" not in obj:
                self._doccano(number, obj, obj["label"])
            elif link_lines.is_links_line(obj):
                self.link_specs += link_lines.specs_of_links_line(number, self._doc_id(obj["doc"]), obj)
            else:
                self._gold(number, obj)
            self.not_carried.read(obj)
        except (ValidationError, ValueError, TypeError, KeyError) as e:
            self._reject(number, f"missing field {e}" if isinstance(e, KeyError) else str(e))

    # --------------------------------------------------------- gold lines
    def _doc_id(self, name: Any) -> int:
        if isinstance(name, str) and name not in self.doc_ids:
            self.doc_ids[name] = self.store.document_id_by_name(name)
        doc_id = self.doc_ids.get(name) if isinstance(name, str) else None
        if doc_id is None:
            raise ValidationError(f"no document named {name!r} in the project")
        return doc_id

    def _store_links(self) -> list[tuple[int, str]]:
        """Inside the batch's write, after its spans: the links its lines named; returns the lines (and why)
        whose links were refused."""
        if not self.link_specs:
            return []
        stored = link_lines.store_links(self.store, self.link_specs, status=self.status, annotator=self.annotator)
        self.pending.links += stored.added
        self.pending.links_accepted += stored.accepted
        self.pending.links_replaced += stored.replaced
        self.pending.links_rejected += stored.rejected_suggestions
        self.pending.duplicates += stored.duplicates
        self.link_specs = []
        return stored.rejected

    def _gold(self, number: int, obj: dict[str, Any]) -> None:
        doc_id = self._doc_id(obj["doc"])
        if doc_id not in self.metadata_read and obj.get("meta"):  # the keys it lacks taken (line_metadata.py)
            self.metadata_read.add(doc_id)
            self.metadata_notes.read(self.store, doc_id, obj["meta"], f"{self.path.name} {self.result.unit} {number}")
        if obj.get("links"):
            self.link_specs += link_lines.specs_of_span_line(number, doc_id, obj, self.annotator)
        value = given_value(obj)
        if value is not None:
            self.given.add(number)
        a = line_span(doc_id, obj["start"], obj["end"], obj["label"], obj["text"], value or {},
                        obj.get("status", self.status), obj.get("origin") or "manual",
                        self.annotator or obj.get("annotator", ""), obj.get("confidence"), obj.get("reason"))
        a = self._as_written(a, obj["doc"])
        if self._is_known(a):
            if not (self._decides_suggestion(a, number) or self._scores_suggestion(a)):
                self.pending.duplicates += 1
            return
        self.queued[doc_id].append((number, a))

    def _as_written(self, a: Annotation, doc: str) -> Annotation:
        """``a`` with its document's text when the line gives that text in other characters (湖里区 for
        湖裡區: gold made on a report's simplified form, the project holding it in traditional ones, or
        the other way; ``suggest.traditional.same_writing``): one text, stored as the document writes it."""
        if not (type(a.start) is int and type(a.end) is int and 0 <= a.start < a.end) or not a.text:
            return a
        piece = self._piece(a.document_id, a.start, a.end)
        if piece == a.text or not same_writing(piece, a.text):
            return a  # the same, or another text: the store says so
        self.pending.other_writing += 1
        self.written = self.written or (a.text, piece, doc)
        return replace(a, text=piece)

    def _piece(self, doc_id: int, start: int, end: int) -> str:
        """The document's text at ``start``–``end``, from its text read once a batch (kept by the store for the
        batch's write too; a query a line walked a 200,000-character text from its start, 0.4 ms each), but for
        a batch naming more than ``TEXTS`` documents: those past them are read piece by piece."""
        text = self.texts.get(doc_id)
        if text is None and len(self.texts) < TEXTS:
            text = self.texts[doc_id] = self.store.document(doc_id).text
        if text is None:
            return self.store.text_piece(doc_id, start, end)
        return text[start:end] if end <= len(text) else ""

    def _flush_all(self) -> None:
        for doc_id in list(self.queued):
            self._flush(doc_id)

    def _flush(self, doc_id: int) -> None:
        """Store the queued gold spans of one document in one call; refused ones reject their line."""
        queued = self.queued.pop(doc_id, [])
        if not queued:
            return
        queued, valued = numbered_with_values(self.store, doc_id, queued, self.given)  # a line without a value
        self.pending.valued += valued
        numbers: dict[SpanKey, deque[int]] = defaultdict(deque)
        for number, a in queued:
            numbers[span_key(a)].append(number)
        refused: list[tuple[int, str]] = []

        def on_invalid(a: Annotation, e: ValidationError) -> None:
            refused.append((numbers[span_key(a)].popleft(), reasons.refused(self.known[doc_id], a, e)))

        try:
            changes = self.store.add_annotations(doc_id, [a for _, a in queued], on_invalid=on_invalid)
        except ValidationError as e:  # the document itself went away meanwhile
            refused = [(number, str(e)) for number, _ in queued]
            changes = None
        by_number = dict(queued)
        added = len(changes.changes) if changes is not None else 0
        for number, why in refused:
            a = by_number[number]
            if changes is not None:
                again = self._over_suggestions(a)
                if again is None:
                    added += 1
                    continue
                why = again or why
            self.known[doc_id].pop(span_key(a), None)  # a later equal line is not a duplicate
            self._reject(number, why)
        if changes is not None:
            close_superseded(self, doc_id, (c.after for c in changes.changes if isinstance(c.after, Annotation)))
        self.pending.added += added
        self.span_counts[doc_id] = self.span_counts.get(doc_id, 0) + added

    def _over_suggestions(self, a: Annotation) -> str | None:
        """A line's span refused by the batch: the open suggestions of its label it overlaps are
        decided (rejected: the line says otherwise; some may have been decided by an earlier line
        since) and the span stored again, in one savepoint. None when it is stored now, else why
        not (nothing changed; "" when it holds no suggestion and was not tried again)."""
        if a.status == "suggested":
            return ""
        known = self.known[a.document_id]
        over = [(key, found) for key, found in known.items() if found is not None and key[0] == a.label
                and key[1] < a.end and a.start < key[2] and found[1] != a.status]
        if not over:
            return ""
        open_ids = [found[0] for _key, found in over if found[1] == "suggested"]
        try:
            with self.store.transaction():
                if open_ids:
                    self.store.set_status(open_ids, "rejected")
                self.store.add_annotations(a.document_id, [a])
        except ValidationError as e:
            return reasons.refused(known, a, e)
        for key, found in over:
            if found[1] == "suggested":
                known[key] = (found[0], "rejected")
        self.pending.changed += len(open_ids)
        return None

    def _is_known(self, a: Annotation) -> bool:
        """Whether the same span is in the project or queued already; if not, it is now. The same
        span of another annotator is not the same (a coder's layer is their own), except that an
        open suggestion equal to a line's span is known (the line decides it: ``_decides_suggestion``)
        and a suggestion equal to any span is no news."""
        known = self.known.get(a.document_id)
        if known is None:
            spans = list(self.store.iter_annotations(a.document_id))
            known = self.known[a.document_id] = {span_key(s): (s.id, s.status) for s in spans if s.id is not None}
            self.unscored.update(s.id for s in spans if s.id is not None and s.confidence is None)
            self.marked[a.document_id] = {key[:4] for key in known}
            self.span_counts[a.document_id] = len(spans)
        key = span_key(a)
        if key in known or self._open_suggestion(a) is not None:
            return True
        if a.status == "suggested" and key[:4] in self.marked[a.document_id]:
            return True
        known[key] = None
        self.marked[a.document_id].add(key[:4])
        return False

    def _open_suggestion(self, a: Annotation) -> SpanKey | None:
        """The key of an open suggestion of the project equal to ``a`` (its own, or the suggesters',
        which carry no annotator) that ``a`` decides; None if there is none or ``a`` is a suggestion."""
        if a.status == "suggested":
            return None
        known = self.known[a.document_id]
        for key in (span_key(a), span_key(a, "")):
            found = known.get(key)
            if found is not None and found[1] == "suggested":
                return key
        return None

    def _decides_suggestion(self, a: Annotation, number: int | None) -> bool:
        """If the known span equal to ``a`` is an open suggestion of the project and ``a`` is not,
        give it ``a``'s status and annotator (and value, if its line gives one): True, counted as changed
        (or the line ``number`` rejected: True too). With ``number`` None a refusal raises."""
        known = self.known[a.document_id]
        key = self._open_suggestion(a)
        if key is None:
            return False
        found = known[key]
        assert found is not None  # an open suggestion of the project
        fields: dict[str, Any] = {"status": a.status, "annotator": a.annotator}
        if a.value or number in self.given:
            fields["value"] = a.value
        if a.confidence is not None and found[0] in self.unscored:  # the model's, of a rule's suggestion
            fields["confidence"] = a.confidence
        try:
            self.store.update_annotation(found[0], **fields)
        except ValidationError as e:
            if number is None:
                raise
            self._reject(number, str(e))
            return True
        del known[key]
        known[span_key(a)] = (found[0], a.status)
        self.pending.changed += 1
        return True

    def _scores_suggestion(self, a: Annotation) -> bool:
        """A suggested line with a confidence, equal to an open suggestion of the project that has none
        (a rule's the model's file proposes too, or one stored before confidences were kept): the
        suggestion takes the line's confidence (True, counted as scored)."""
        if a.status != "suggested" or a.confidence is None:
            return False
        known = self.known[a.document_id]
        for key in (span_key(a), span_key(a, "")):
            found = known.get(key)
            if found is not None and found[1] == "suggested" and found[0] in self.unscored:
                self.store.update_annotation(found[0], confidence=a.confidence)
                self.unscored.discard(found[0])
                self.pending.scored += 1
                return True
        return False

    # ------------------------------------------------------- doccano lines
    def _doccano(self, number: int, obj: dict[str, Any], items: list[Any], predicted: Iterable[Predicted] = (),
                 aside: set[Ref] | None = None) -> int:
        """Store a doccano line's document (when new) and its spans, whole or not at all (jsonl_documents.py)."""
        return store_document_line(self, number, obj, items, predicted, aside)
