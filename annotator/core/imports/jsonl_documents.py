"""A line that brings its document with it: a doccano line, or a Label Studio task (``label_studio.py``),
stored whole or not at all. A piece of :mod:`.jsonl`'s import, which calls it for such a line.

The document is the project's that holds the line's text (by its SHA-256), else a new one (named by the
line's ``name``); its spans are refused together with it when one of them is (offsets outside the text,
a label the project lacks): the line's savepoint is rolled back and the line rejected with every reason.
Open suggestions of a label its accepted spans overlap with other boundaries are closed first
(``superseded.py``): a coder's Label Studio task is not refused for the program's suggestions.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.core.errors import AnnotatorError, ValidationError
from annotator.core.imports import jsonl_lines as reasons
from annotator.core.imports.jsonl_lines import doccano_values, line_span
from annotator.core.imports.span_values import with_values
from annotator.core.imports.superseded import close_superseded
from annotator.core.imports.text import normalise, sha256, title_of
from annotator.core.models import Annotation, Document

if TYPE_CHECKING:
    from annotator.core.imports.jsonl import JsonLines


def store_document_line(lines: JsonLines, number: int, obj: dict[str, Any], items: list[Any]) -> int:
    """Store the document of ``obj`` (when new) and its spans ``items`` ([start, end, LABEL], or [start,
    end, LABEL, ANNOTATOR]: a Label Studio annotation's coder, unless the import names one), with the
    values its ``meta`` keeps; returns the document's id."""
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
    digest = sha256(text)
    doc_id = lines.store.document_id_by_sha(digest)
    if doc_id is not None:
        lines._flush(doc_id)  # gold lines before this one come first, outside its savepoint
    new_doc, fresh, changed, superseded = doc_id is None, [], lines.pending.changed, lines.pending.superseded
    try:
        with lines.store.transaction():  # a savepoint: the line's document and spans, or nothing
            if doc_id is None:  # new_doc
                name = str(obj.get("name") or obj.get("doc") or f"{lines.SOURCE}-{obj.get('id', digest[:8])}.txt")
                doc_id = lines.store.add_document(Document(None, name, title_of(text), text, digest, "",
                                                          lines.SOURCE, len(text))).id
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
    lines.pending.valued += valued
    lines.pending.duplicates += len(spans) - len(fresh) - decided
    lines.pending.added += len(changes.changes)
    lines.span_counts[doc_id] = lines.span_counts.get(doc_id, 0) + len(changes.changes)
    return doc_id
