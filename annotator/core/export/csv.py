"""The Annotations table as CSV, for spreadsheets and scripts.

- Encoding UTF-8 with a byte-order mark (``utf-8-sig``): Excel opens Chinese text correctly only
  with it; pandas (``encoding="utf-8-sig"``) and Python's csv module read it as well.
- The columns are those of the Annotations sheet of the xlsx export; times are
  ``YYYY-MM-DD HH:MM:SS`` in UTC.
- Formula safety (the OWASP "CSV injection" advice): a text cell that begins with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return gets a single quote ``'`` in front, so a spreadsheet
  shows it as text instead of running it as a formula. ``=1+1`` is written as ``'=1+1``; a
  reader who wants the original strips that one leading quote. Numbers are never prefixed
  (a negative number stays a number).
"""
from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from annotator.core.export import rows as R
from annotator.core.store import Store
from annotator.core.writing import atomic_path

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe(value: Any) -> Any:
    """A cell value that no spreadsheet runs as a formula."""
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_START) else value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value


def write(store: Store, out: str | Path, *, statuses: Iterable[str] | None = ("accepted",),
          labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None) -> int:
    """Write the Annotations table to ``out`` (replaced only once complete); returns the row count."""
    statuses = list(statuses) if statuses else ["accepted"]
    n = 0
    with atomic_path(Path(out)) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([c.header for c in R.annotation_columns()])
            for ds in R.iter_documents(store, statuses, labels, doc_ids):
                for a in ds.spans:
                    writer.writerow([safe(v) for v in R.annotation_row(ds, a)])
                    n += 1
            f.flush()
            os.fsync(f.fileno())
    return n
