"""The agreement as a plain-text table (``annotator agreement``: the spans', then the links') and
as rows of a sheet (xlsx)."""
from __future__ import annotations

from typing import Any

from annotator.core.team.agreement import Agreement, Row
from annotator.core.team.link_agreement import LinkCounts, ratio
from annotator.core.team.uncompared import lines as alone_lines
from annotator.core.team.unnamed import unnamed_notes
from annotator.core.text_width import columns, pad

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
    ("exact_f1", "number", "span F1, exact match: 2 x matches / (spans of one + spans of the other); F1, kappa "
                           "and alpha to four decimals, as annotator agreement prints them"),
    ("overlap_matches", "int", "spans sharing a character, matched one to one (the largest matching; pairs only)"),
    ("overlap_f1", "number", "span F1, overlap match"),
    ("kappa", "number", "Cohen's kappa per character (category: the label or O; overall: the labels covering it); "
                        "all: the mean of the pairs' (Light's kappa)"),
    ("alpha", "number", "Krippendorff's alpha (nominal) per character, same units and categories; all: every coder, "
                        "a document a coder did not code is missing"),
    ("values_compared", "int", "exactly matched spans whose values both coders give (division code, yuan or a "
                               "foreign currency and amount, quantity and unit); empty where none was compared, "
                               "as the printed table's '-' (PROJECT spans carry no value)"),
    ("values_same", "int", "of those, the ones whose values agree (empty where none was compared)"),
    ("district_links_compared", "int", "PROJECT, AMOUNT and TARGET spans both coders marked (paired by overlap) "
                                       "whose district links are compared; empty when neither coder linked a fact"),
    ("district_links_same", "int", "of those, the ones both coders put in the same district (an unlinked fact: "
                                   "the document's jurisdiction; the same code, else name, or paired DISTRICT spans)"),
    ("district_links_agreement", "number", "district_links_same / district_links_compared (percent agreement, to "
                                           "three decimals as annotator agreement prints it)"),
    ("off_jurisdiction_compared", "int", "of the facts compared, those at least one coder puts in a district "
                                         "other than the document's jurisdiction"),
    ("off_jurisdiction_same", "int", "of those, the ones whose districts agree"),
    ("project_links_compared", "int", "AMOUNT and TARGET spans both coders marked whose project links are compared"),
    ("project_links_same", "int", "of those, the ones for the same project (PROJECT spans paired between the "
                                  "coders) or for none by both"),
    ("project_links_agreement", "number", "project_links_same / project_links_compared (percent agreement, to "
                                          "three decimals)"),
    ("with_project_compared", "int", "of the facts compared, those at least one coder links to a project"),
    ("with_project_same", "int", "of those, the ones for the same project"),
)


def _num(x: float | None, digits: int = 4) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _count(n: int | None) -> str:
    """A count as the table shows it: 13,300, as ``stats`` and ``documents`` say them (``--json`` and
    ``-o`` keep plain numbers)."""
    return "-" if n is None else f"{n:,}"


def _cells(r: Row) -> list[str]:
    return [r.group, r.label, _count(r.documents), _count(r.characters), "/".join(map(_count, r.spans)),
            _count(r.exact), _num(r.exact_f1), _count(r.overlap), _num(r.overlap_f1), _num(r.kappa), _num(r.alpha),
            _share(r.values_same, r.values_compared)]


def table_lines(result: Agreement) -> list[str]:
    """The table, one row per group and label, with a line on what was compared."""
    names = ", ".join(c or '"" (no name)' for c in result.coders)
    out = [f"agreement of {names} on spans {', '.join(result.statuses)}",
           f"kappa and alpha per {result.unit}"]
    rows, apart = shown_rows(result)
    out += _lines([list(HEADER)] + [_cells(r) for r in rows]) if rows else []
    if apart:
        out.append(f"not compared, no document coded by both: {', '.join(apart)}")
    links = link_lines(result, rows)
    alone = alone_lines(result.alone)
    unnamed = unnamed_notes(result.unnamed, result.statuses, result.suggestions)
    return out + ([""] + links if links else []) + ([""] + alone if alone else []) + unnamed


def shown_rows(result: Agreement) -> tuple[list[Row], list[str]]:
    """The rows the table shows, and the groups it names as not compared: a pair with no document coded
    by both is one line, not a row of zeros per label (read as total disagreement in a paper's table);
    the workbook's sheet and ``agreement -o`` leave them out and name them in their notes too."""
    apart = list(dict.fromkeys(r.group for r in result.rows if not any(
        o.documents for o in result.rows if o.group == r.group)))
    return [r for r in result.rows if r.group not in apart], apart


LINK_SHARES = ("district_links_agreement", "project_links_agreement")  # three decimals, as the table prints them
DIGITS = {header: (3 if header in LINK_SHARES else 4) for header, kind, _m in SHEET_COLUMNS if kind == "number"}


def _round(x: float | None, digits: int = 4) -> float | None:
    return None if x is None else round(x, digits)


def _link_cells(c: LinkCounts | None, label: str) -> list[Any]:
    if c is None:
        return [None] * 10
    project = [c.project, c.project_same, _round(ratio(c.project_same, c.project), 3), c.project_given,
               c.project_given_same] if label != "PROJECT" else [None] * 5
    return [c.district, c.district_same, _round(ratio(c.district_same, c.district), 3), c.district_off,
            c.district_off_same, *project]


def sheet_rows(result: Agreement) -> list[list[Any]]:
    """The rows of the Agreement sheet and of ``agreement -o``, under :data:`SHEET_COLUMNS`: those the
    table shows (:func:`shown_rows`), their figures rounded as it prints them (:data:`DIGITS`), a cell
    empty (None) where the table shows "-"."""
    return [[r.group, r.label, r.documents, r.characters, "/".join(map(str, r.spans)), r.exact,
             _round(r.exact_f1), r.overlap, _round(r.overlap_f1), _round(r.kappa), _round(r.alpha),
             *_value_cells(r), *_link_cells(r.links, r.label)] for r in shown_rows(result)[0]]


def _value_cells(r: Row) -> list[int | None]:
    """values_compared and values_same; empty cells where none was compared (the table's "-": a PROJECT
    span has no value), not 0 and 0, which a script reads as counts of a comparison made."""
    return [r.values_compared, r.values_same] if r.values_compared else [None, None]


def json_dict(result: Agreement) -> dict[str, Any]:
    """``agreement --json``: the rows the table shows, and the pairs it names as not compared
    (``no_shared_document``), not a row of zeros per label for each of them."""
    rows, apart = shown_rows(result)
    return {**result.as_dict(), "rows": [r.as_dict() for r in rows], "no_shared_document": apart}


def apart_note(result: Agreement) -> str:
    """The pairs left out of the sheet's rows, as the table names them; '' when none."""
    apart = shown_rows(result)[1]
    return f"not compared, no document coded by both: {', '.join(apart)}" if apart else ""


LINK_HEADER = ("coders", "label", "district_same", "agreement", "off_jurisdiction", "project_same", "agreement",
               "with_project")


def _share(same: int, n: int) -> str:
    return f"{same:,}/{n:,}" if n else "-"


def link_lines(result: Agreement, shown: list[Row] | None = None) -> list[str]:
    """The links' table (none when no coder linked a fact): of the facts both coders marked, how
    many have the same district and the same project, with the percent agreement (of the rows
    ``shown``, default all)."""
    rows = [r for r in (result.rows if shown is None else shown) if r.links is not None]
    if not rows:
        return []
    cells = [list(LINK_HEADER)]
    for r in rows:
        c = r.links
        assert c is not None
        project = [_share(c.project_same, c.project), _num(ratio(c.project_same, c.project), 3),
                   _share(c.project_given_same, c.project_given)] if r.label != "PROJECT" else ["-"] * 3
        cells.append([r.group, r.label, _share(c.district_same, c.district),
                      _num(ratio(c.district_same, c.district), 3), _share(c.district_off_same, c.district_off),
                      *project])
    out = ["links of the PROJECT, AMOUNT and TARGET spans both coders marked (paired by overlap): same / compared",
           "(a fact left unlinked concerns the document's jurisdiction; off_jurisdiction: the facts a coder puts "
           "elsewhere; with_project: the facts a coder links to a project)"]
    return out + _lines(cells)


def _lines(cells: list[list[str]]) -> list[str]:
    widths = [max(columns(row[i]) for row in cells) for i in range(len(cells[0]))]
    return ["  ".join(pad(c, w, left=i < 2) for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip()
            for row in cells]
