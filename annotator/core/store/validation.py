"""What the store refuses, as pure functions of an annotation and its document's text."""
from __future__ import annotations

import json
from typing import Any

from annotator.core.errors import Overlap, ValidationError
from annotator.core.models import STATUSES, Annotation
from annotator.core.store.rows import ANN_COLUMNS


def check_strings(**fields: Any) -> None:
    """Refuse values SQLite cannot store as UTF-8 text (lone surrogates such as JSON "\\ud800")."""
    try:  # the usual case in one step: every field a string, all of them encodable together
        "".join(fields.values()).encode("utf-8")
        return
    except (TypeError, UnicodeEncodeError):
        pass
    for name, value in fields.items():
        if not isinstance(value, str):
            raise ValidationError(f"{name} must be a string, not {type(value).__name__} {value!r:.60}")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise ValidationError(f"{name} holds a lone surrogate {value[e.start]!r} at position {e.start} "
                                  "(broken UTF-16), which cannot be stored") from None


def check_fields(a: Annotation) -> str:
    """The annotation's own fields: strings storable, value a JSON object, known status. Gives the
    value as the JSON text the store writes (made once: storing suggestions makes one a span)."""
    if not isinstance(a.value, dict):
        raise ValidationError(f"value must be a JSON object, not {a.value!r}")
    try:
        value = json.dumps(a.value, ensure_ascii=False) if a.value else "{}"
    except (TypeError, ValueError) as e:
        raise ValidationError(f"value cannot be stored as JSON ({e})") from None
    check_strings(label=a.label, text=a.text, origin=a.origin, annotator=a.annotator,
                  reason=a.reason, note=a.note, value=value)
    if a.confidence is not None and not isinstance(a.confidence, (int, float)):
        raise ValidationError(f"confidence must be a number, not {a.confidence!r}")
    if not isinstance(a.status, str) or a.status not in STATUSES:
        raise ValidationError(f"unknown status {a.status!r} (one of {', '.join(STATUSES)})")
    return value


def check_offsets(a: Annotation, text: str) -> None:
    """Offsets inside the text, not empty, and the span's text equal to the document's there."""
    whole = type(a.start) is int and type(a.end) is int
    check_span(a, len(text), text[a.start:a.end] if whole else "")


def check_span(a: Annotation, length: int, piece: str) -> None:
    """:func:`check_offsets` from the text's length and its piece at the span's offsets (read
    alone: a key press need not read a long document's whole text)."""
    if not (type(a.start) is int and type(a.end) is int) or not 0 <= a.start < a.end <= length:
        raise ValidationError(f"offsets {a.start}-{a.end} are outside the text (0-{length}) "
                              "or empty")
    if piece != a.text:
        if not a.text:  # a row typed into a workbook without its text: the check of its offsets
            raise ValidationError(f"no span text given for {a.start}-{a.end}; the document has {piece!r} "
                                  "there (the text is asked for, to check the offsets)")
        raise ValidationError(f"span text {a.text!r} does not match the document at "
                              f"{a.start}-{a.end} ({piece!r})")


def overlap_error(a: Annotation, other_text: str, start: int, end: int) -> Overlap:
    return Overlap(f"{a.label} {a.text!r} ({a.start}-{a.end}) overlaps {a.label} {other_text!r} ({start}-{end}); "
                   "one annotator's spans of one label may not overlap", (other_text, start, end))


def merge_edit(before: Annotation, expected: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """A form's edit of ``fields``, typed over the span as ``expected`` showed it, applied to the span as
    stored now (``before``): what another window or program saved meanwhile stays — a value's other
    keys are kept, each key this edit changed is written over them — and the same field changed both
    there and here to different things is refused (one of the two would be lost without a word)."""
    merged = dict(fields)
    for key, base in expected.items():
        if key not in fields:
            continue
        stored, mine = getattr(before, key), fields[key]
        if stored == base or stored == mine:
            continue
        if key == "value" and isinstance(stored, dict) and isinstance(base, dict) and isinstance(mine, dict):
            merged[key] = _merge_value(before, stored, base, mine)
            continue
        raise _conflict(before, key, stored, mine)
    return merged


def _merge_value(before: Annotation, stored: dict[str, Any], base: dict[str, Any],
                 mine: dict[str, Any]) -> dict[str, Any]:
    value = dict(stored)
    for k in base.keys() | mine.keys():
        if mine.get(k) == base.get(k):
            continue  # not this edit's key: as stored
        if stored.get(k) not in (base.get(k), mine.get(k)):
            raise _conflict(before, f"value's {k}", stored.get(k), mine.get(k))
        if k in mine:
            value[k] = mine[k]
        else:
            value.pop(k, None)
    return value


def _conflict(before: Annotation, what: str, stored: Any, mine: Any) -> ValidationError:
    return ValidationError(f"{before.label} {before.text!r}: its {what} was changed meanwhile in another window or "
                           f"program to {stored!r}, so yours, {mine!r}, was not saved — look at the stored one "
                           "and type yours again if it should replace it")


# undo and redo (store/changes.py): a field another window or program changed since the step
_STAMPS = ("id", "created_at", "updated_at")  # every edit changes updated_at: it says nothing of what changed
_FIELD = {"start": "extent", "end": "extent", "text": "extent", "document_id": "document"}


def check_unchanged(stored: Annotation, expected: Annotation, target: Annotation | None) -> None:
    """Undo and redo of one span, about to write ``target`` (None: delete it) over the row the step
    left as ``expected``: a field the step writes that another window or program has changed since,
    to neither, is refused (raised), never overwritten without a word. A field the step leaves alone
    may differ (what the other program saved there stays)."""
    for c in ANN_COLUMNS:
        if c in _STAMPS:
            continue
        now, was = getattr(stored, c), getattr(expected, c)
        if now == was:
            continue
        if target is not None and (was == getattr(target, c) or now == getattr(target, c)):
            continue  # not written by this step, or already as it would write it
        shown = stored.text if _FIELD.get(c) == "extent" else now
        raise changed_meanwhile(f"{expected.label} {expected.text!r}", _FIELD.get(c, c), shown)


def changed_meanwhile(subject: str, what: str, now: Any) -> ValidationError:
    """Undo or redo refused: ``subject``'s ``what`` is ``now`` since another program changed it."""
    return ValidationError(f"{subject}: its {what} was changed meanwhile in another window or program to {now!r}, "
                           "so undo or redo would overwrite it; nothing was written")
