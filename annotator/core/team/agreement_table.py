"""The agreement as a plain-text table (``annotator agreement``) and as rows of a sheet (xlsx)."""
from __future__ import annotations

import unicodedata
from typing import Any

from annotator.core.team.agreement import Agreement, Row

HEADER = ("coders", "label", "docs", "chars", "spans", "exact", "exact_F1", "overlap", "overlap_F1",
          "kappa", "alpha", "values_same")
# the columns of the xlsx sheet: (header, kind, meaning)
SHEET_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("coders", "text", "the pair of coders compared (annotator names), or all: every coder together"),
    ("label", "text", "the label compared, or overall: all labels together"),
    ("documents", "int", "documents compared: those each coder of the pair has spans in (all: two coders or more)"),
    ("characters", "int", "characters of those documents: the units of kappa and alpha"),
    ("spans", "text", "each coder's spans of the label in those documents, in the order of coders"),
    ("exact_matches", "int", "spans with the same start and end for both coders (pairs only)"),
    ("exact_f1", "number", "span F1, exact match: 2 x matches / (spans of one + spans of the other)"),
    ("overlap_matches", "int", "spans sharing a character, matched one to one (the largest matching; pairs only)"),
    ("overlap_f1", "number", "span F1, overlap match"),
    ("kappa", "number", "Cohen's kappa per character (category: the label or O; overall: the labels covering it); "
                        "all: the mean of the pairs' (Light's kappa)"),
    ("alpha", "number", "Krippendorff's alpha (nominal) per character, same units and categories; all: every coder, "
                        "a document a coder did not code is missing"),
    ("values_compared", "int", "exactly matched spans whose values both coders give (division code, yuan, quantity "
                               "and unit)"),
    ("values_same", "int", "of those, the ones whose values agree"),
)


def _num(x: float | None, digits: int = 4) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _cells(r: Row) -> list[str]:
    return [r.group, r.label, str(r.documents), str(r.characters), "/".join(map(str, r.spans)),
            "-" if r.exact is None else str(r.exact), _num(r.exact_f1),
            "-" if r.overlap is None else str(r.overlap), _num(r.overlap_f1), _num(r.kappa), _num(r.alpha),
            f"{r.values_same}/{r.values_compared}" if r.values_compared else "-"]


def table_lines(result: Agreement) -> list[str]:
    """The table, one row per group and label, with a line on what was compared."""
    names = ", ".join(c or '"" (no name)' for c in result.coders)
    out = [f"agreement of {names} on spans {', '.join(result.statuses)}",
           f"kappa and alpha per {result.unit}"]
    cells = [list(HEADER)] + [_cells(r) for r in result.rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(HEADER))]
    out += ["  ".join(_pad(c, w, left=i < 2) for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip()
            for row in cells]
    return out


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: a wide or full-width character (王, ＡＢ) takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, left: bool) -> str:
    fill = " " * (width - _width(text))
    return text + fill if left else fill + text


def sheet_rows(result: Agreement) -> list[list[Any]]:
    """The rows of the Agreement sheet, under :data:`SHEET_COLUMNS`."""
    return [[r.group, r.label, r.documents, r.characters, "/".join(map(str, r.spans)), r.exact,
             None if r.exact_f1 is None else round(r.exact_f1, 4), r.overlap,
             None if r.overlap_f1 is None else round(r.overlap_f1, 4),
             None if r.kappa is None else round(r.kappa, 4), None if r.alpha is None else round(r.alpha, 4),
             r.values_compared, r.values_same] for r in result.rows]
