"""The project's documents as a table, one row each (the command line's ``annotator documents``):
name, title, year, date, jurisdiction, size, done mark and the count of accepted, open (suggested) and
rejected spans, so that a researcher with thousands of reports sees which are done and which
still hold suggestions, and can name them to ``--doc`` of every other command. The year is the one every
export writes in its ``year`` column (``export/meta.year_of``: metadata ``year``, else of the date, the
title, the file's name or its folder), so a panel's years can be checked before exporting."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from annotator.core.export.meta import year_of
from annotator.core.store import Store

COLUMNS = ("name", "done", "accepted", "open", "rejected", "characters", "year", "date", "jurisdiction", "title")


@dataclass(frozen=True)
class DocumentRow:
    name: str
    done: bool
    accepted: int
    open: int
    rejected: int
    characters: int
    year: int | None
    date: str
    jurisdiction: str
    title: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def document_rows(store: Store, done: bool | None = None, with_open: bool = False) -> list[DocumentRow]:
    """Every document in import order; ``done``: only those marked done (True) or not (False);
    ``with_open``: only those with open suggestions."""
    counts = store.document_counts()
    rows = []
    for doc in store.documents():
        if done is not None and doc.done != done:
            continue
        n = counts.get(doc.id or 0, {})
        if with_open and not n.get("suggested"):
            continue
        meta = doc.metadata
        rows.append(DocumentRow(doc.name, doc.done, n.get("accepted", 0), n.get("suggested", 0),
                                n.get("rejected", 0), doc.char_count, year_of(doc), str(meta.get("date", "")),
                                str(meta.get("jurisdiction", "")), doc.title))
    return rows


def table_lines(rows: list[DocumentRow]) -> list[str]:
    """The rows as a tab-separated table with a header (pastes into a spreadsheet) and a total. The
    table's numbers are plain (12840: cut, awk and read_csv read them as numbers); the total, a message,
    writes them as the command line's messages do (1,284 document(s))."""
    out = ["\t".join(COLUMNS)]
    for r in rows:
        out.append("\t".join(_cell(getattr(r, c)) for c in COLUMNS))
    out.append(f"{len(rows):,} document(s), {sum(r.done for r in rows):,} done, "
               f"{sum(r.open for r in rows):,} open suggestion(s)")
    return out


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:  # no year found
        return ""
    return " ".join(str(value).split())  # a tab or a line break in a title would break the table
