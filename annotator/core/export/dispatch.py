"""One entry point for every export format, shared by the command line and the window."""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Iterable

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store

FORMATS = ("jsonl", "doccano", "xlsx", "csv", "conll")
SUFFIXES = {"jsonl": ".jsonl", "doccano": ".jsonl", "xlsx": ".xlsx", "csv": ".csv", "conll": ".conll"}
_BY_SUFFIX = {".xlsx": "xlsx", ".csv": "csv", ".conll": "conll", ".bio": "conll"}


def format_for(path: str | Path) -> str:
    """The format a file name asks for: by suffix, else jsonl."""
    return _BY_SUFFIX.get(Path(path).suffix.lower(), "jsonl")


def export(store: Store, out: str | Path, fmt: str | None = None, statuses: Iterable[str] | None = ("accepted",),
           labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None) -> str:
    """Write ``fmt`` (default: from the suffix) to ``out``; returns one line saying what was written."""
    out = Path(out)
    fmt = fmt or format_for(out)
    if fmt not in FORMATS:
        raise AnnotatorError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    filters = {"statuses": list(statuses) if statuses is not None else ["accepted"],
               "labels": list(labels) if labels is not None else None,
               "doc_ids": list(doc_ids) if doc_ids is not None else None}
    if fmt in ("jsonl", "doccano"):
        from annotator.core.export import jsonl

        n = jsonl.write(store, out, fmt, **filters)
        return f"wrote {n} line(s) to {out}"
    module = import_module(f"annotator.core.export.{fmt}")
    result = module.write(store, out, **filters)
    if fmt == "xlsx":
        return f"wrote {out}: {result}"
    if fmt == "csv":
        return f"wrote {result} row(s) to {out}"
    return f"wrote {result} document(s) to {out}"
