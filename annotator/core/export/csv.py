"""The Annotations table as CSV, for spreadsheets and scripts.

- Encoding UTF-8 with a byte-order mark (``utf-8-sig``): Excel opens Chinese text correctly only
  with it; pandas (``encoding="utf-8-sig"``) and Python's csv module read it as well.
- The columns are those of the Annotations sheet of the xlsx export (``table="facts"``,
  ``annotator export P -o facts.csv --table facts``: those of its Facts sheet), ASCII snake_case
  names that Stata, R and pandas take as they are; times are ``YYYY-MM-DD HH:MM:SS`` in UTC.
  Division codes are digits: read them as text (``pd.read_csv(f, dtype={"district_code": str})``,
  Stata ``import delimited …, stringcols(…)``, R ``colClasses``); read as numbers they become
  floats (``350206.0``) wherever a row has no code. A text with a line break (a note, a metadata
  value) is one quoted cell over several lines: Stata reads it whole with ``bindquote(strict)``.
- Formula safety (the OWASP "CSV injection" advice): a text cell that begins with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return gets a single quote ``'`` in front, so a spreadsheet
  shows it as text instead of running it as a formula. ``=1+1`` is written as ``'=1+1``; a
  reader who wants the original strips that one leading quote. Numbers are never prefixed
  (a negative number stays a number), and neither is a text that is a plain number (a metadata
  value ``-1``, a span's text ``+3``, ``-5.5%``): a spreadsheet reads it as a number, never as a
  formula, and pandas, R and Stata read the column as the workbook's cell gives it (``-1``), not as
  ``'-1``.
"""
from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.export import facts as F
from annotator.core.export import rows as R
from annotator.core.export.meta import MetaColumns
from annotator.core.store import Store
from annotator.core.writing import atomic_path

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# a plain number written as text: a sign, digits, a fraction, a per cent sign; no operator follows
_PLAIN_NUMBER = re.compile(r"[+-][0-9]+(?:\.[0-9]+)?%?")


def _guarded(text: str) -> str:
    """``text`` with a ``'`` in front where a spreadsheet could run it as a formula."""
    return "'" + text if text.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text) else text


def safe(value: Any) -> Any:
    """A cell value that no spreadsheet runs as a formula."""
    kind = type(value)
    if kind is str:  # the cells of a row by their type, the commonest first: 1.8 million a big export
        return _guarded(value) if value.startswith(FORMULA_START) else value
    if value is None or kind is int or kind is float:
        return value
    if kind is bool:  # code_guessed: as Excel writes it, read as logical by R, readr and pandas alike
        return "TRUE" if value else "FALSE"
    if kind is datetime and value.tzinfo is None:
        return _stamp(value)
    if isinstance(value, str):
        return _guarded(str(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value


@lru_cache(maxsize=4096)  # spans stored together share their times (created, updated)
def _stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


TABLES = ("annotations", "facts")


def write(store: Store, out: str | Path, *, statuses: Iterable[str] | None = ("accepted",),
          labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
          annotators: Iterable[str] | None = None, table: str = "annotations") -> int:
    """Write the Annotations table (or ``table="facts"``: the Facts table) to ``out`` (replaced only
    once complete); returns the row count."""
    if table not in TABLES:
        raise AnnotatorError(f"unknown table {table!r} (one of {', '.join(TABLES)})")
    statuses = list(statuses) if statuses else ["accepted"]
    doc_ids = list(doc_ids) if doc_ids is not None else None
    wanted = set(doc_ids) if doc_ids is not None else None
    meta = MetaColumns(d for d in store.documents() if wanted is None or d.id in wanted)
    columns = F.fact_columns(meta) if table == "facts" else R.annotation_columns(meta)
    n = 0
    with atomic_path(Path(out)) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([c.header for c in columns])
            for ds in R.iter_documents(store, statuses, labels, doc_ids, annotators, links=table == "facts"):
                rows = F.fact_rows(ds, meta) if table == "facts" else (R.annotation_row(ds, a, meta) for a in ds.spans)
                for row in rows:
                    writer.writerow(list(map(safe, row)))
                    n += 1
            f.flush()
            os.fsync(f.fileno())
    return n
