"""Reading an exported workbook back: corrections to the project's spans, spans and links it
does not have yet (a fresh project seeded from a colleague's workbook), and the Links sheet.

A researcher may change, per row of the Annotations sheet: label, status, note and the typed
value columns (``xlsx_rows.py``); a status is read as the Chinese window writes it too (``xlsx_typed.py``).
Columns are found by their header, so moving or hiding columns is fine and other sheets are ignored.

- **Which span a row is.** The workbook's About sheet names the project it came from (``project
  uuid``). In that project (or with a workbook too old to say) a row is its ``id``; there a
  changed document, text or offset is refused (spans are moved in the application), and so is an
  id the project no longer has (a span deleted since). Elsewhere, and for a row without an id
  (one typed in), the row is found by document (its
  text's sha256 from the Documents sheet, else its name), offsets, label and annotator (each
  coder's spans are a layer of their own: a row of li's never changes wang's span of the same
  place); when the project has no such span, one is added, provided the document's text there is
  the row's text (with the row's confidence and reason, when it gives them). The annotator, like the
  document, text and offsets, is not changed by a row, nor is the confidence or reason of a span the
  project has, but for an open suggestion found by place that has none (a rule's the workbook's model
  proposed too). A row typed in may leave out its offsets where its text stands once in the document;
  its empty cells clear nothing of a span the project has, and a span it adds without a value gets the
  one a span labelled by hand gets (``span_values.py``).
- A row whose editable cells equal the project's current values changes nothing.
- The Links sheet (a row per link, both spans named by document, label and offsets) sets each
  link as it stands, with its origin and reason (why a rule proposed it); a link already as the row
  says changes nothing. A district code the row gives
  that its DISTRICT span's value lacks (a township's nine digits) stays on the link, as in
  ``links.py``.
- Refused, with the sheet, Excel row number and reason: an unknown document, a repeated id, a
  value of the wrong type, a change the store refuses, a row edited in the project after the
  export. Accepted rows are applied in batches (``BATCH_LINES`` rows or ``BATCH_SECONDS``), each
  committed whole.

The workbook is read by ``xlsx_book.py`` (read-only, cached values only: formulas are never
evaluated and macros never run; the zip checked first).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFileError, ValidationError
from annotator.core.fields import CellError, read_text, read_whole
from annotator.core.imports import annotations as batches
from annotator.core.imports import xlsx_formulas
from annotator.core.imports.annotations import AnnotationImportReport, FileResult
from annotator.core.imports.span_values import numbered_with_values
from annotator.core.imports.xlsx_book import LABEL_COLUMNS, LINKS_SHEET, SHEET, Book, Row, label_now, read_book
from annotator.core.imports.xlsx_documents import apply_documents
from annotator.core.imports.xlsx_rows import (
    RowRefused,
    changes,
    check_locked,
    check_negative,
    offsets,
    row_confidence,
    row_reason,
    row_value,
)
from annotator.core.imports.xlsx_typed import status_of
from annotator.core.links import DISTRICT
from annotator.core.models import Annotation
from annotator.core.store import Store, now
from annotator.core.suggest.traditional import same_writing

MAX_ID = 2**63 - 1  # SQLite's largest integer
SpanRef = tuple[int, int, int, str]  # document id, start, end, label


class SpanDecided(RowRefused):
    """A Links row's span is in the document but rejected or under another label now: nothing to link."""


def import_file(store: Store, path: Path, *, status: str, annotator: str, report: AnnotationImportReport,
                result: FileResult, cancelled: Callable[[], bool] | None = None) -> None:
    """The reader of the xlsx import format (a row keeps its own status; ``status`` is for a new
    span whose row has none)."""
    apply_workbook(store, path, report, annotator=annotator, result=result, status=status, cancelled=cancelled)


def apply_workbook(store: Store, path: str | Path, report: AnnotationImportReport, *, annotator: str = "",
                   result: FileResult | None = None, status: str = "accepted",
                   cancelled: Callable[[], bool] | None = None) -> None:
    """Apply ``path`` to ``store``, recording what it did in ``report`` and ``result``, in batches
    each committed whole; ``cancelled()`` true stops after the batch under way."""
    path = Path(path)
    result = result if result is not None else FileResult(str(path))
    result.unit = "row"  # its refusals are rows of a sheet (the report said 'line 5')
    book = read_book(path)
    if "id" not in book.header and not {"document", "start", "end", "label"} <= book.header.keys():
        raise ImportFileError(f"{path}: the {SHEET} sheet has neither an 'id' column nor document, label and "
                              "offsets, so its rows cannot be matched to spans")
    rows = _Rows(store, book, annotator, status)
    items: Iterator[tuple[str, Row]] = iter([*((SHEET, r) for r in book.rows),
                                             *((LINKS_SHEET, r) for r in book.link_rows)])
    done, read, of = False, 0, len(book.rows) + len(book.link_rows)
    while not done:
        if 0 < read < of and cancelled is not None and cancelled():
            result.cancelled_at = (read, of, "row")
            break
        started, count, tally = time.monotonic(), 0, FileResult(str(path))
        refusals: list[tuple[str, int, str]] = []
        with store.transaction():
            while count < batches.BATCH_LINES and time.monotonic() - started < batches.BATCH_SECONDS:
                item = next(items, None)
                if item is None:
                    done = True
                    break
                count += 1
                sheet, (number, cells) = item
                if sheet == LINKS_SHEET and rows.queued:  # the spans a link names are stored first
                    rows.flush(tally, refusals, str(path))
                why = rows.apply(sheet, number, cells, tally)
                if why:
                    refusals.append((str(path), number, f"{sheet} sheet: {why}"))
            rows.flush(tally, refusals, str(path))
        # the batch is saved: its counts become the file's
        for name in ("changed", "added", "links", "unchanged", "valued"):
            setattr(result, name, getattr(result, name) + getattr(tally, name))
        report.changed += tally.changed
        report.added += tally.added
        report.links += tally.links
        report.valued += tally.valued
        report.rejected += refusals
        result.rejected += len(refusals)
        result.summary = (f"{path.name}: {result.changed} annotation(s) changed, {result.added} added, "
                          f"{result.links} link(s) set, {result.unchanged} row(s) unchanged, "
                          f"{result.rejected} row(s) refused{rows.gone()}")
        read += count
    if result.cancelled_at is None:
        apply_documents(store, path, book, result)  # its metadata and done marks, in another project
    if rows.written:
        given, held, doc = rows.written
        result.notes.append(f"{path.name}: {rows.other_writing:,} row(s) give the text of their document in other "
                            f"characters ({given} for {held} in {doc}): the same text, taken as the document writes it")


class _Rows:
    """The rows of one workbook, applied to one project; spans to add wait for the batch's end."""

    def __init__(self, store: Store, book: Book, annotator: str, status: str) -> None:
        self.store, self.book, self.annotator, self.status = store, book, annotator, status
        self.trust_ids = book.project_uuid is None or book.project_uuid == store.project_uuid()
        self.label_now = label_now(store, book)
        self.names = {d.id: d.name for d in store.documents() if d.id is not None}
        self.doc_ids: dict[str, int | None] = {}
        self.spans: dict[int, dict[tuple[int, int, str], list[Annotation]]] = {}  # document -> spans by place
        self.seen: dict[int, int] = {}  # id -> first row
        self.given: set[int] = set()  # the rows whose spans to add keep the value they give (empty too)
        self.matched: set[int | None] = set()  # the ids of the spans rows found by place (the id column deleted)
        self.queued: dict[int, list[tuple[int, Annotation]]] = {}  # document -> (row, span to add)
        self.other_writing = 0  # rows whose text is their document's in other characters (_as_written)
        self.written: tuple[str, str, str] | None = None  # the first of them: its text, the document's, its name

    def apply(self, sheet: str, number: int, cells: tuple[Any, ...], tally: FileResult) -> str | None:
        """Apply one row; returns why it was refused (None when it was not)."""
        header = self.book.header if sheet == SHEET else self.book.link_header
        row = xlsx_formulas.CheckedRow((name, cells[i] if i < len(cells) else None) for name, i in header.items())
        if sheet == SHEET:
            row.headings = self.book.headings
        for column in LABEL_COLUMNS:  # a label renamed since the export: its name now
            typed = dict.get(row, column)
            now = self.label_now(typed.strip()) if isinstance(typed, str) else None
            if now:  # renamed since the export, or typed as amount, ＡＭＯＵＮＴ or 金额 for AMOUNT
                dict.__setitem__(row, column, now)
        if "status" in row:  # Rejected, 已拒绝, 待审: the status they name (xlsx_typed.py)
            dict.__setitem__(row, "status", status_of(dict.get(row, "status")))
        if all(v is None or v == "" for v in row.values()):
            return None
        try:
            outcome = self._span_row(number, row) if sheet == SHEET else self._link_row(row)
        except (CellError, ValidationError) as e:
            return str(e)
        if outcome is not None:
            setattr(tally, outcome, getattr(tally, outcome) + 1)
        return None

    def gone(self) -> str:
        """What the summary says of exported rows no longer in the sheet ("" when none are)."""
        found = len(self.seen.keys() | self.matched)
        missing = (self.book.exported or 0) - found if self.trust_ids and self.book.project_uuid else 0
        return (f"; {missing} exported row(s) are not in the sheet, their spans left as they are "
                "(a deleted row deletes nothing: set its status to rejected)" if missing > 0 else "")

    # ------------------------------------------------------------- spans
    def _span_row(self, number: int, row: dict[str, Any]) -> str | None:
        """"changed", "unchanged", or None for a span queued to be added."""
        a = self._by_id(number, row)
        by_place = a is None
        if a is not None:
            check_locked(a, self.names.get(a.document_id, ""), row)
        else:
            doc_id, label = self._document(row), self._text_cell(row, "label")
            start, end = offsets(row, lambda: self.store.document(doc_id).text)
            a = self._at(doc_id, start, end, label, self._annotator(row))
            if a is None:
                self._queue(number, doc_id, start, end, label, row)
                return None
            self.matched.add(a.id)
            if "id" in self.book.header and read_text(dict.get(row, "id")) is None:  # typed in over a span the
                for column in [k for k, v in dict.items(row) if read_text(v) is None]:  # project has: what it
                    del row[column]  # gives changes the span, its empty cells (status, yuan …) clear nothing
            locked = {k: v for k, v in row.items() if k in ("text", "start", "end")}
            if isinstance(locked.get("text"), str) and same_writing(locked["text"], a.text):
                del locked["text"]  # 湖里区 for the 湖裡區 this project holds: the same span
            check_locked(a, "", locked)
            if not self.trust_ids:  # another project's times say nothing of this one's edits
                row.pop("updated (UTC)", None)
        fields = changes(a, row)
        if fields and self.annotator:
            fields["annotator"] = self.annotator
        if by_place and a.status == "suggested" and a.confidence is None:  # a rule's the workbook's model proposes
            confidence = row_confidence(row)
            if confidence is not None:
                fields["confidence"] = confidence
        if by_place and a.status == "suggested" and not a.reason and row_reason(row):  # why, likewise
            fields["reason"] = row_reason(row)
        if not (fields and self.store.update_annotation(a.id, **fields)):  # type: ignore[arg-type]
            return "unchanged"
        if a.id is not None:
            self.spans.pop(a.document_id, None)  # read again when next needed
        return "changed"

    def _by_id(self, number: int, row: dict[str, Any]) -> Annotation | None:
        """The row's span by its id, when the ids are this project's and it has one."""
        ann_id = read_whole(row.get("id"), "id")
        if ann_id is None or not self.trust_ids:
            return None
        if not 0 < ann_id <= MAX_ID:
            raise RowRefused(f"no annotation with id {ann_id} in this project")
        if ann_id in self.seen:
            raise RowRefused(f"id {ann_id} appears again (first in row {self.seen[ann_id]})")
        self.seen[ann_id] = number
        try:
            return self.store.annotation(ann_id)
        except ValidationError:  # deleted since the export: not brought back
            raise RowRefused(f"no annotation with id {ann_id} in this project (deleted since the export?)") from None

    def _queue(self, number: int, doc_id: int, start: int, end: int, label: str, row: dict[str, Any]) -> None:
        stamp = now()
        status = read_text(row.get("status")) or self.status
        annotator = self.annotator or read_text(row.get("annotator")) or ""
        text = read_text(row.get("text")) or ""
        note = row["note"] if isinstance(row.get("note"), str) else ""
        origin = read_text(row.get("origin")) or "imported"  # the exported row's (a rule's, the model's, adjudicated)
        value = row_value({}, row, label, agree=False)  # as the row gives it
        check_negative({}, value, text)
        a = Annotation(None, doc_id, start, end, label, text, value, status, origin, annotator,
                       row_confidence(row), row_reason(row), note, stamp, stamp)
        if a.value or "id" not in self.book.header or read_text(dict.get(row, "id")) is not None:
            self.given.add(number)  # an exported row's empty value cells stay empty; a row typed in gets the value
        self.queued.setdefault(doc_id, []).append((number, a))  # a span labelled by hand gets (span_values.py)

    def _as_written(self, doc_id: int, a: Annotation, text: str) -> Annotation:
        """``a``, with the document's ``text`` there when its text is it in other characters (湖里区 for 湖裡區: a
        workbook of the report's simplified form; ``suggest.traditional.same_writing``), counted."""
        piece = text[a.start:a.end] if a.text and 0 <= a.start < a.end <= len(text) else ""
        if not piece or piece == a.text or not same_writing(piece, a.text):
            return a
        self.other_writing += 1
        self.written = self.written or (a.text, piece, self.names.get(doc_id, str(doc_id)))
        return a.with_(text=piece)

    def flush(self, tally: FileResult, refusals: list[tuple[str, int, str]], path: str) -> None:
        """Inside the batch's write: add the queued spans, a document at a time."""
        for doc_id, queued in self.queued.items():
            numbers: dict[tuple[int, int, str], list[int]] = {}
            for number, a in queued:
                numbers.setdefault((a.start, a.end, a.label), []).append(number)

            def refuse(a: Annotation, e: ValidationError, numbers: dict[tuple[int, int, str], list[int]] = numbers
                       ) -> None:
                refusals.append((path, numbers[(a.start, a.end, a.label)].pop(0), f"{SHEET} sheet: {e}"))

            text = self.store.document(doc_id).text  # read once, kept for the add's checks
            queued, valued = numbered_with_values(self.store, doc_id, [
                (number, self._as_written(doc_id, a, text)) for number, a in queued], self.given)
            tally.valued += valued
            added = self.store.add_annotations(doc_id, [a for _, a in queued], on_invalid=refuse)
            tally.added += len(added.changes)
            self.spans.pop(doc_id, None)
        self.queued = {}

    # ------------------------------------------------------------- links
    def _link_row(self, row: dict[str, Any]) -> str:
        doc_id = self._document(row)
        kind = self._text_cell(row, "kind")
        try:
            source = self._span(doc_id, row, "from")
            target = self._target(doc_id, row, kind)
        except SpanDecided:  # rejected or relabelled (on the Annotations sheet, or since): its row is left
            return "unchanged"
        value: dict[str, Any] = {}
        code = read_text(row.get("district_code")) or None
        if target is None:
            if kind != DISTRICT:
                raise RowRefused(f"a {kind} link needs the span it points to (to_label, to_start, to_end)")
            value = {"name": self._text_cell(row, "district_name"), "code": code}
        elif kind == DISTRICT and code and not target.value.get("code"):  # a township's code its span lacks
            value = {"name": read_text(row.get("district_name")) or target.value.get("name") or target.text,
                     "code": code}
        assert source.id is not None
        changed = self.store.add_link(
            source.id, kind, target.id if target else None, value=value,
            status=read_text(row.get("status")) or "accepted", origin=read_text(row.get("origin")) or "imported",
            annotator=self.annotator or read_text(row.get("annotator")) or "",
            reason=read_text(row.get("reason")) or "")
        return "links" if changed else "unchanged"

    def _target(self, doc_id: int, row: dict[str, Any], kind: str) -> Annotation | None:
        """The span a link row points to; None for a district by name, and for a DISTRICT span this project
        lacks (a workbook exported with --label AMOUNT leaves the district spans out): its name and code."""
        if read_whole(row.get("to_start"), "to_start") is None:
            return None
        try:
            return self._span(doc_id, row, "to")
        except SpanDecided:
            raise
        except RowRefused:
            if kind != DISTRICT or not read_text(row.get("district_name")):
                raise
            return None

    def _span(self, doc_id: int, row: dict[str, Any], side: str) -> Annotation:
        start, end = read_whole(row.get(f"{side}_start"), f"{side}_start"), read_whole(row.get(f"{side}_end"),
                                                                                       f"{side}_end")
        label = self._text_cell(row, f"{side}_label")
        a = (self._at(doc_id, start, end, label, self._annotator(row), exact=False)
             if start is not None and end is not None else None)
        if a is None:
            if any((s.start, s.end) == (start, end) for s in self.store.annotations(doc_id)):
                raise SpanDecided(f"the {label} span at {start}-{end} was rejected or relabelled")
            raise RowRefused(f"no {label} span at {start}-{end} in {self.names.get(doc_id, doc_id)} to link")
        return a

    # ------------------------------------------------------------- lookups
    def _document(self, row: dict[str, Any]) -> int:
        name = read_text(row.get("document"))
        if name is None:
            raise RowRefused("the document is empty")
        if name not in self.doc_ids:
            sha = self.book.shas.get(name)
            found = self.store.document_id_by_sha(sha) if sha else None
            self.doc_ids[name] = found if found is not None else self.store.document_id_by_name(name)
        doc_id = self.doc_ids[name]
        if doc_id is None:
            raise RowRefused(f"no document {name!r} in this project (import its text first)")
        return doc_id

    def _place(self, doc_id: int) -> dict[tuple[int, int, str], list[Annotation]]:
        """The document's spans (not rejected) by start, end and label (one per annotator)."""
        if doc_id not in self.spans:
            self.spans[doc_id] = {}
            for a in self.store.annotations(doc_id):
                if a.status != "rejected":
                    self.spans[doc_id].setdefault((a.start, a.end, a.label), []).append(a)
        return self.spans[doc_id]

    def _at(self, doc_id: int, start: int, end: int, label: str, annotator: str | None, *,
            exact: bool = True) -> Annotation | None:
        """The span of ``annotator`` at that place (None: any annotator's); not ``exact``: any
        annotator's when that one has none there (a link row names its own annotator)."""
        here = self._place(doc_id).get((start, end, label), [])
        mine = [a for a in here if annotator is None or a.annotator == annotator]
        found = mine or ([] if exact else here)
        return found[0] if found else None

    def _annotator(self, row: dict[str, Any]) -> str | None:
        """The annotator a row's span is stored with (None: the sheet does not say)."""
        if not self.annotator and "annotator" not in row:
            return None
        return self.annotator or read_text(row.get("annotator")) or ""

    @staticmethod
    def _text_cell(row: dict[str, Any], column: str) -> str:
        text = read_text(row.get(column))
        if text is None:
            raise RowRefused(f"{column} is empty")
        return text
