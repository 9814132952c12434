"""The value of an imported span that comes without one.

A gold JSONL line may leave out ``value`` (the guide: extra keys *may* appear) and a doccano line
holds none unless annotator wrote it. Stored as they came, such AMOUNT spans had no yuan: every sum
of the workbook (Districts, Projects, document totals, the export's "totalling" line) silently left
them out. A span without a value gets the one a span
labelled by hand in the window gets, with the whole document as its context as in the suggest run
(``suggest.values.values_in_document``: each label's suggesters run once a document, as of its
year, else its given jurisdiction): 55.1亿元 → 5,510,000,000 yuan, 新增企业20家 → 20 家, 湖里 →
湖里区 350206. A line that gives a value, even one a reader would correct, keeps it, and so does one
that gives it empty (``"value": {}``, as ``annotator export`` writes a span whose value was cleared:
filled on import, it came back); a label without value fields (PROJECT) has none to compute. (An
exported workbook row's empty value cells are not filled: there an empty cell may clear a value, and the
same workbook read twice must change nothing the second time. A row typed in, without an id, is filled:
read again, its empty cells clear nothing, ``xlsx.py``.)
"""
from __future__ import annotations

from collections.abc import Container
from typing import Any

from annotator.core.errors import ValidationError
from annotator.core.jurisdiction import given_code
from annotator.core.labels import fields_of
from annotator.core.models import Annotation
from annotator.core.store import Store


def given_value(line: dict[str, Any]) -> dict[str, Any] | None:
    """The value a gold line gives its span: None when it gives none (no ``value``, or null), else the
    object, empty too; ValidationError when it is no object."""
    value = line.get("value")
    if value is not None and not isinstance(value, dict):
        raise ValidationError("value must be a JSON object")
    return value


def with_values(store: Store, doc_id: int, spans: list[Annotation], text: str | None = None,
                given: Container[int] = ()) -> tuple[list[Annotation], int]:
    """``spans`` of document ``doc_id`` (whose text is ``text``, read from the store when None), those
    without a value given the one computed from the text, except those at the indices ``given`` (their
    lines gave them an empty one); and how many were given one."""
    todo = [i for i, a in enumerate(spans) if not a.value and fields_of(a.label) and i not in given]
    if not todo:
        return spans, 0
    if text is None:
        text = next((t for _id, _name, t in store.document_texts([doc_id])), "")
    from annotator.core.suggest.values import values_in_document  # the suggesters load only when needed

    metadata = store.document_metadata(doc_id)
    fit = [i for i in todo if 0 <= spans[i].start < spans[i].end <= len(text)
           and text[spans[i].start:spans[i].end] == spans[i].text]  # else the store refuses it, and says why
    values = values_in_document([(spans[i].label, spans[i].start, spans[i].end) for i in fit], text,
                                lambda: given_code(metadata), metadata)
    out, valued = list(spans), 0
    for i, value in zip(fit, values, strict=True):
        if value:
            out[i], valued = spans[i].with_(value=value), valued + 1
    return out, valued


def numbered_with_values(store: Store, doc_id: int, queued: list[tuple[int, Annotation]], given: Container[int] = ()
                         ) -> tuple[list[tuple[int, Annotation]], int]:
    """:func:`with_values` of spans queued with their line numbers, those of the lines ``given`` kept as given."""
    spans, valued = with_values(store, doc_id, [a for _, a in queued],
                                given={i for i, (number, _) in enumerate(queued) if number in given})
    return [(number, a) for (number, _), a in zip(queued, spans, strict=True)], valued
