"""Reading an exported sheet as a test compares it: a dict a row, keyed by the header."""
from __future__ import annotations

from typing import Any


def table(ws: Any) -> list[dict]:
    """The rows of ``ws`` (an openpyxl worksheet) under its first row; a row that ends before
    the header (openpyxl's read-only rows may) leaves the rest out."""
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]
