"""A line that brings its document with it: a doccano line, or a Label Studio task (``label_studio.py``),
stored whole or not at all. A piece of :mod:`.jsonl`'s import, which calls it for such a line.

The document is the project's that holds the line's text (by its SHA-256), else a new one (named by the
line's ``name``); its spans are refused together with it when one of them is (offsets outside the text,
a label the project lacks): the line's savepoint is rolled back and the line rejected with every reason.
Open suggestions of a label its accepted spans overlap with other boundaries are closed first
(``superseded.py``): a coder's Label Studio task is not refused for the program's suggestions. A new
document takes the metadata the line's ``meta`` gives, the report's date line filling ``date`` and
``year`` where it gives none; a document the project holds keeps its own values, takes the keys it has
none of, and the report names those the file gives otherwise (``line_metadata.py``).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotator.core.errors import AnnotatorError, ValidationError
from annotator.core.imports import jsonl_lines as reasons
from annotator.core.imports.jsonl_lines import doccano_values, line_span, span_key
from annotator.core.imports.label_studio_predictions import Predicted
from annotator.core.imports.line_metadata import given, held_otherwise, new_metadata
from annotator.core.imports.links import Ref
from annotator.core.imports.span_values import with_values
from annotator.core.imports.superseded import close_superseded
from annotator.core.imports.text import normalise, sha256, title_of
from annotator.core.models import Annotation, Document

if TYPE_CHECKING:
    from annotator.core.imports.jsonl import JsonLines


def store_document_line(lines: JsonLines, number: int, obj: dict[str, Any], items: list[Any],
                        predicted: Iterable[Predicted] = (), aside: set[Ref] | None = None) -> int:
    """Store the document of ``obj`` (when new) and its spans ``items`` ([start, end, LABEL], or [start,
    end, LABEL, ANNOTATOR]: a Label Studio annotation's coder, unless the import names one), with the
    values its ``meta`` keeps, and a Label Studio task's ``predicted`` regions as open suggestions (those
    left aside added to ``aside``: :mod:`.label_studio_predictions`); returns the document's id."""
    text = obj["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("text must be a non-empty string")
    if normalise(text) != text:
        raise ValidationError("text holds \\r or a BOM; offsets would not match the stored text")
    problems: list[str] = []
    spans: list[Annotation] = []
    values = doccano_values(obj.get("meta"))
    for item in items:
        if not (isinstance(item, list) and len(item) in (3, 4)):
            problems.append(f"label entry {item!r} is not [start, end, LABEL]")
            continue
        start, end, label, *coder = item
        if not (type(start) is int and type(end) is int) or not 0 <= start < end <= len(text):
            problems.append(f"offsets {start}-{end} are outside the text or swapped")
            continue
        try:
            spans.append(line_span(0, start, end, label, text[start:end], values.get((start, end, label), {}),
                                     lines.status, "manual", lines.annotator or (coder[0] if coder else "")))
        except ValidationError as e:
            problems.append(str(e))
    offered = [line_span(0, p.start, p.end, p.label, text[p.start:p.end], values.get((p.start, p.end, p.label), {}),
                         "suggested", p.origin, "", p.confidence, p.reason) for p in predicted]
    digest = sha256(text)
    doc_id = lines.store.document_id_by_sha(digest)
    meta, said = given(obj.get("meta"))  # by the rules of import --meta: a jurisdiction's warning, a year refused
    held = None  # a held document: the keys it took from the line, what the line gives otherwise (it keeps its own)
    if doc_id is not None:
        lines._flush(doc_id)  # gold lines before this one come first, outside its savepoint
    new_doc, fresh, changed, superseded = doc_id is None, [], lines.pending.changed, lines.pending.superseded
    try:
        with lines.store.transaction():  # a savepoint: the line's document, metadata and spans, or nothing
            if doc_id is not None:
                held = held_otherwise(lines.store, doc_id, meta)
            else:  # new_doc
                name = str(obj.get("name") or obj.get("doc") or f"{lines.SOURCE}-{obj.get('id', digest[:8])}.txt")
                doc_id = lines.store.add_document(Document(None, name, title_of(text), text, digest, "", lines.SOURCE,
                                                          len(text), metadata=new_metadata(text, meta))).id
                assert doc_id is not None  # the store gives a new document its id
                lines.known[doc_id], lines.marked[doc_id], lines.span_counts[doc_id] = {}, set(), 0
            spans = [a.with_(document_id=doc_id) for a in spans]
            known = [lines._is_known(a) for a in spans]
            fresh = [a for a, k in zip(spans, known, strict=True) if not k]
            decided = sum(lines._decides_suggestion(a, None) for a, k in zip(spans, known, strict=True) if k)
            fresh, valued = with_values(lines.store, doc_id, fresh, text)  # doccano spans hold no value
            close_superseded(lines, doc_id, fresh)  # first: in the spans' own layer they would be refused
            refused: list[str] = []
            changes = lines.store.add_annotations(doc_id, fresh,
                                                 on_invalid=lambda a, e: refused.append(str(e)))
            suggested = _suggestions(lines, doc_id, text, spans, offered, problems) if offered else None
            if problems or refused:  # nothing of the line is stored, not even its document
                raise ValidationError(reasons.once_each(problems + refused))
    except AnnotatorError:  # rolled back: what this line added to what is known is read again
        if doc_id is not None:
            lines.known.pop(doc_id, None)
            lines.marked.pop(doc_id, None)
            if new_doc:
                lines.span_counts.pop(doc_id, None)
        lines.pending.changed, lines.pending.superseded = changed, superseded
        raise
    lines.pending.documents_added += new_doc
    lines.metadata_notes.stored(f"{lines.path.name} {lines.result.unit} {number}", said, held)
    lines.pending.valued += valued
    lines.pending.duplicates += len(spans) - len(fresh) - decided
    lines.pending.added += len(changes.changes)
    lines.span_counts[doc_id] = lines.span_counts.get(doc_id, 0) + len(changes.changes)
    if suggested is not None:
        lines.pending.predicted += suggested.stored
        lines.pending.duplicates += suggested.known
        lines.pending.predicted_aside += len(suggested.aside)
        lines.span_counts[doc_id] += suggested.stored
        if aside is not None:
            aside.update((a.label, a.start, a.end) for a in suggested.aside)
    return doc_id


@dataclass
class _Suggested:
    """What became of a task's predicted regions: how many were stored, how many the project held, which
    were left aside."""

    stored: int = 0
    known: int = 0
    aside: list[Annotation] = field(default_factory=list)


def _suggestions(lines: JsonLines, doc_id: int, text: str, own: list[Annotation], offered: list[Annotation],
                 problems: list[str]) -> _Suggested:
    """Inside the line's savepoint, after its own spans: store its predicted regions ``offered`` as open
    suggestions of the program's layer. One equal to a span of the line (``own``) is that span (nothing
    more), one equal to a span known a duplicate; one that a span of the line or of the program's layer
    overlaps with other boundaries is left aside; a label the project lacks is a problem (the line is
    refused)."""
    out = _Suggested()
    labels = set(lines.store.label_names())
    problems += [lines.store.no_label(label) for label in dict.fromkeys(a.label for a in offered)
                 if label not in labels]
    fresh = []
    for a in (a.with_(document_id=doc_id) for a in offered if a.label in labels):
        crossed = [(o.start, o.end) for o in own if o.label == a.label and o.status != "rejected"
                   and o.overlaps(a.start, a.end)]
        if (a.start, a.end) in crossed:
            continue  # the line's own span, kept as proposed (or an exported suggested link's end): nothing new
        if crossed:
            out.aside.append(a)  # the coder's span of the task decided that text otherwise
        elif lines._is_known(a):
            out.known += 1
        else:
            fresh.append(a)
    fresh, _valued = with_values(lines.store, doc_id, fresh, text)  # as the suggesters give a value
    refused: list[Annotation] = []  # overlapping a span of the program's layer: left aside
    out.stored = len(lines.store.add_annotations(doc_id, fresh, on_invalid=lambda a, e: refused.append(a)).changes)
    for a in refused:
        lines.known[doc_id].pop(span_key(a), None)
    out.aside += refused
    return out
