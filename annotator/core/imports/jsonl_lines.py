"""The lines of a JSON Lines annotation file, read and parsed, and what a line's span is: the
pieces of :mod:`.jsonl` that need no store."""
from __future__ import annotations

import codecs
import json
import math
import sys
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFileError, Overlap, ValidationError
from annotator.core.imports.annotation_text import decoded
from annotator.core.imports.annotation_text import line_not_text as line_not_text  # for jsonl.py's reasons
from annotator.core.models import Annotation
from annotator.core.store import now
from annotator.core.yuan_sign import NegativeYuan, check_value_sign

SpanKey = tuple[str, int, int, str, str]  # label, start, end, text, annotator: what makes two spans the same


def doccano_values(meta: Any) -> dict[tuple[int, int, str], dict[str, Any]]:
    """{(start, end, LABEL): value} from the ``values`` a doccano export keeps in its ``meta``."""
    values = meta.get("values") if isinstance(meta, dict) else None
    out = {}
    for item in values if isinstance(values, list) else ():
        if isinstance(item, list) and len(item) == 4 and isinstance(item[3], dict):
            start, end, label, value = item
            if type(start) is int and type(end) is int and isinstance(label, str):
                out[(start, end, label)] = value
    return out


def line_span(doc_id: int, start: Any, end: Any, label: Any, text: Any, value: dict[str, Any], status: Any,
              origin: Any, annotator: Any, confidence: Any = None, reason: Any = "") -> Annotation:
    """A line's span as an annotation to store (its offsets whole numbers, label and text strings;
    ``confidence``, the model's of a suggested span as the export writes it, a number from 0 to 1;
    ``reason``, why it was proposed, a string; a sum in yuan negative only where ``text`` writes a minus,
    ``core/yuan_sign.py``: the rule the workbook import and the window's form apply too)."""
    for name, v in (("start", start), ("end", end)):
        if not isinstance(v, int) or isinstance(v, bool):
            raise ValidationError(f"{name} must be a whole number, not {v!r}")
    if not isinstance(label, str) or not isinstance(text, str):
        raise ValidationError("label and text must be strings")
    if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, (int, float))
                                   or not 0 <= confidence <= 1):
        raise ValidationError(f"confidence must be a number from 0 to 1, not {confidence!r}")
    if reason is not None and not isinstance(reason, str):
        raise ValidationError(f"reason must be a string, not {reason!r}")
    for key, v in _numbers(value):
        if not _fits(v):  # 10**400, Infinity: stored, every export of the project failed on its float
            raise ValidationError(f"value's {key} must be a number a spreadsheet can hold, not {_short(v)}")
    try:
        check_value_sign(value, text)
    except NegativeYuan as e:
        raise ValidationError(str(e)) from None
    stamp = now()
    return Annotation(None, doc_id, start, end, label, text, value, status, origin, annotator,
                      None if confidence is None else float(confidence), reason or "", "", stamp, stamp)


def _numbers(value: Any, key: str = "") -> list[tuple[str, int | float]]:
    """The numbers in a line's value, with their keys (a value is an object of names, numbers and texts)."""
    if isinstance(value, dict):
        return [n for k, v in value.items() for n in _numbers(v, str(k))]
    if isinstance(value, list):
        return [n for v in value for n in _numbers(v, key)]
    return [(key, value)] if isinstance(value, (int, float)) and not isinstance(value, bool) else []


def _fits(v: int | float) -> bool:
    try:
        return math.isfinite(float(v))
    except OverflowError:
        return False


def _short(v: int | float) -> str:
    text = repr(v)
    return text if len(text) <= 40 else f"{text[:20]}… ({len(text):,} digits)"


def span_key(a: Annotation, annotator: str | None = None) -> SpanKey:
    """What makes two spans the same (``annotator``: another annotator's key of the same span)."""
    return a.label, a.start, a.end, a.text, a.annotator if annotator is None else annotator


def parse(line: str) -> dict[str, Any]:
    """A line's JSON object; ValueError says why it is none."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON ({e.msg} at column {e.colno})") from None
    except RecursionError:
        raise ValueError("not valid JSON here (nested too deeply)") from None
    except ValueError:  # Python's "Exceeds the limit (4300 digits) for integer string conversion …: use sys.…"
        raise ValueError(f"not valid JSON here (a number of more than {sys.get_int_max_str_digits():,} "
                         "digits)") from None
    if not isinstance(obj, dict):
        raise ValueError("a line must be a JSON object")
    return obj


def read_lines(path: Path, empty: bool = False) -> list[str | UnicodeDecodeError]:
    """The lines of a JSON Lines file: UTF-8, else in the encoding documents are read in (GB18030, Big5,
    UTF-16 …: ``annotation_text.decoded``).

    A file that is text in no one encoding has each line decoded as UTF-8 on its own, so one line with
    broken bytes is reported by its number (``line_not_text``) and the others are read. ``empty``: a file
    of white space alone is no lines, not an ImportFileError.
    """
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read ({e.strerror})") from e
    if not data.strip() and empty:
        return []
    if not data.strip():
        raise ImportFileError(f"{path}: the file is empty")
    if data.startswith(b"PK\x03\x04"):  # .xlsm, .docx, .zip …: never read as lines of JSON
        raise ImportFileError(f"{path}: is a zip archive (a workbook or document), not JSON Lines; annotations "
                              "are imported from .jsonl files or from a workbook exported as .xlsx")
    text = decoded(data, str(path))
    if text is not None:
        return [line.removesuffix("\r") for line in text.split("\n")]
    lines: list[str | UnicodeDecodeError] = []
    for raw in data.removeprefix(codecs.BOM_UTF8).split(b"\n"):
        try:
            lines.append(raw.decode("utf-8").removesuffix("\r"))
        except UnicodeDecodeError as e:
            lines.append(e)
    return lines


def refused(known: dict[SpanKey, tuple[int, str] | None], a: Annotation, e: ValidationError) -> str:
    """Why the store refused a line's span ``a``; where it overlaps a span the project held before the import
    (``known``: the document's spans, None for those of the file), that span named as the project's, and what
    to do: the store's words alone read as if the file overlapped itself. Long texts are cut in the middle,
    so the reason keeps its advice within the report's length (``shortened``)."""
    if not isinstance(e, Overlap):
        return str(e)
    text, start, end = e.other
    found = known.get((a.label, start, end, text, a.annotator))
    if found is None:
        return str(e)
    return (f"{a.label} {_cut(a.text)} ({a.start}-{a.end}) overlaps {a.label} {_cut(text)} ({start}-{end}), a span the "
            f"project held before this import ({found[1]}): one annotator's spans of one label may not overlap; "
            "to keep both import the file with --annotator NAME, else reject that span first")


def _cut(text: str, most: int = 24) -> str:
    return repr(text if len(text) <= most else f"{text[:most // 2]}…{text[-(most // 2 - 1):]}")


def other_writing_note(name: str, count: int, written: tuple[str, str, str]) -> str:
    """The report's line on a file's lines that give their document's text in other characters (湖裡區 for 湖里区):
    ``written`` the first, (as the line gives it, as the document writes it, the document)."""
    given, held, doc = written
    return (f"{name}: {count:,} line(s) give the text of their document in other characters ({given} for {held} in "
            f"{doc}): the same text, taken as the document writes it")


def once_each(reasons: list[str]) -> str:
    """A line's reasons joined by "; ", each said once: one its spans share with how many spans
    ("3 span(s): no label 'POLICY' in …"), not once per span."""
    counts: dict[str, int] = {}
    for reason in reasons:
        counts[reason] = counts.get(reason, 0) + 1
    return "; ".join(f"{n:,} span(s): {reason}" if n > 1 else reason for reason, n in counts.items())


def shortened(reason: str, most: int = 300) -> str:
    """A line's reason of at most ``most`` characters: a value it quotes whole (a text of 100,000 characters,
    a document's name of 50,000) is cut in the middle, so the reason's own words at both ends stay."""
    if len(reason) <= most:
        return reason
    keep = (most - 1) // 2
    return f"{reason[:keep]}…{reason[-keep:]}"
