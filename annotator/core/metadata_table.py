"""Metadata of many documents from one table (``annotator meta P --from dates.csv``): a researcher
keeps each report's date, year, source and jurisdiction in a spreadsheet, and 5,000 reports are
one command, not 5,000.

- **The table**: a CSV file (UTF-8, with or without its byte-order mark, or GB18030/GBK as Excel
  saves it on a Chinese Windows, read as imports read texts) or the first sheet of an .xlsx
  workbook; of a workbook annotator exported, its ``Documents`` sheet: its metadata columns
  (``title``, ``date``, ``year``, ``source``, ``jurisdiction``, each ``meta_…`` as the key the
  ``Codebook`` names), not the counts, so a colleague given the workbook gets the metadata too.
  Its first row names the columns: ``document`` (or ``name``, ``file``, 文档, 文件名)
  names each row's document, every other column is a metadata key (``date``, ``year``,
  ``jurisdiction``, or a free key of the project's own).
- **Cells**: an empty cell leaves that field as it is (a table of dates only touches the dates);
  a year, a date or a number from a workbook is written as text (2024, 2024-01-15).
- **Documents** are found by their name in the project, else by the name without its suffix
  (``binzhou_2024`` for ``binzhou_2024.txt``) when exactly one document has that stem.
- **All or nothing**: every row is checked first (a document the project does not hold, a year
  that is not one, a key without a name, a document named twice); one refusal names the file,
  the row and the problem, and nothing is stored; the rows after it are not read (an .xlsx of a few
  MB can unpack to a million rows: past the project's documents each is unknown or named twice).
  Then every field is set in one transaction.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, ImportFileError, said
from annotator.core.metadata import given_field
from annotator.core.suggest.district.follow import Tally

NAME_COLUMNS = ("document", "name", "file", "文档", "文件名", "文件")
MAX_BYTES = 50 * 1024 * 1024  # a table of metadata, not of texts
Rows = Generator[tuple[int, list[str]], None, None]  # (row number, cells), read as they are asked for


@dataclass
class MetadataRow:
    line: int  # the row's number in the table (the header is 1)
    document: str
    fields: dict[str, str]


@dataclass
class MetadataReport:
    documents: int = 0  # documents with some field changed
    fields: int = 0  # fields changed
    unchanged: int = 0  # fields the table gave as they already were
    warnings: list[str] = field(default_factory=list)
    # the open district suggestions the jurisdictions and years given coded anew (core/suggest/district/follow.py)
    coded: Tally = field(default_factory=Tally)
    kept: int = 0  # accepted district spans of those documents that keep a code the tables' order chose

    def followed(self) -> list[str]:
        """What the open district suggestions did, and the accepted ones to be checked: a line each."""
        from annotator.core.suggest.district.follow import kept_said

        return [*self.coded.said(), *([kept_said(self.kept)] if self.kept else [])]

    def line(self, path: str | Path, project: str | Path) -> str:
        return (f"set {self.fields:,} field(s) of {self.documents:,} document(s) from {Path(path).name} "
                f"({self.unchanged:,} already as given) in {project}")


def read_table(path: str | Path) -> Generator[MetadataRow, None, None]:
    """The rows of the table at ``path`` (see the module's description) as they are read; ImportFileError
    naming the file for a table that cannot be read or has no document column."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ImportFileError(f"{path}: cannot be read ({e.strerror or e})") from None
    if size > MAX_BYTES:
        raise ImportFileError(f"{path}: {size:,} bytes is not a table of metadata (at most {MAX_BYTES:,})")
    grid = _xlsx_rows(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _csv_rows(path)
    header: list[str] | None = None
    column = 0
    with contextlib.closing(grid):
        for number, cells in grid:
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                lowered = [c.lower() for c in header]
                found = next((lowered.index(n) for n in NAME_COLUMNS if n in lowered), None)
                if found is None:
                    raise ImportFileError(f"{path}: no column names the documents: the first row needs one headed "
                                          f"'document' (or {', '.join(repr(n) for n in NAME_COLUMNS[1:])}) beside "
                                          "the metadata keys")
                column = found
                continue
            cells = cells + [""] * (len(header) - len(cells))
            fields = {header[i]: cells[i].strip() for i in range(len(header)) if i != column and cells[i].strip()}
            yield MetadataRow(number, cells[column].strip(), fields)
    if header is None:
        raise ImportFileError(f"{path}: the table is empty")


def _csv_rows(path: Path) -> Rows:
    """(row number, cells) of each row, numbered as a spreadsheet shows them (blank rows count)."""
    from annotator.core.imports.text import decode  # the encodings an import reads

    text, _encoding = decode(path.read_bytes(), str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        for number, row in enumerate(reader, 1):
            yield number, list(row)
    except csv.Error as e:
        raise ImportFileError(f"{path}: not a CSV table ({e})") from None


def _xlsx_rows(path: Path) -> Rows:
    """(row number, cells) of each row of the first sheet. The package is checked before openpyxl
    unpacks it (a zip bomb of shared strings is refused); a part found damaged while its rows are
    read is said as the workbook's damage, never as a traceback."""
    from openpyxl import load_workbook

    from annotator.core.imports.xlsx_package import check_package

    try:
        check_package(path)
    except ImportFileError as e:
        reason = str(e).removeprefix(f"{path}: ").removesuffix("; choose the workbook annotator exported")
        raise ImportFileError(f"{path}: not an Excel workbook that can be read ({reason})") from None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a file that is no workbook
        raise ImportFileError(f"{path}: not an Excel workbook that can be read ({said(e)})") from None
    try:
        if not book.worksheets:
            raise ImportFileError(f"{path}: not an Excel workbook that can be read (it has no sheet)")
        if book.sheetnames[0] == "About" and {"Documents", "Codebook"} <= set(book.sheetnames):
            yield from _exported_documents(book)
            return
        for number, row in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            yield number, [_cell_text(v) for v in row]
    except ImportFileError:
        raise
    except Exception as e:  # a damaged sheet part, found only as its rows are read
        raise ImportFileError(f"{path}: not an Excel workbook that can be read ({said(e)})") from None
    finally:
        book.close()


EXPORTED_KEYS = ("title", "date", "year", "source", "jurisdiction")
_META_MEANING = re.compile(r"document metadata '(.*)' \(annotator import --meta ")


def _exported_documents(book: Any) -> Rows:
    """The rows of an exported workbook's Documents sheet: its document column and its metadata, each
    ``meta_…`` column headed by its key (the Codebook's meaning names it); not the counts beside them."""
    keys: dict[str, str] = {}
    for row in book["Codebook"].iter_rows(min_row=2, max_col=3, values_only=True):
        if row[0] == "Documents" and isinstance(row[1], str) and isinstance(row[2], str):
            found = _META_MEANING.match(row[2])
            if found:
                keys[row[1]] = found.group(1)
    keep: list[tuple[int, str]] = []
    for number, row in enumerate(book["Documents"].iter_rows(values_only=True), 1):
        if number == 1:
            header = [_cell_text(v) for v in row]
            keep = [(i, h if h in EXPORTED_KEYS or h == "document" else keys[h])
                    for i, h in enumerate(header) if h in EXPORTED_KEYS or h == "document" or h in keys]
            yield number, [name for _i, name in keep]
        else:
            cells = [_cell_text(v) for v in row]
            yield number, [cells[i] if i < len(cells) else "" for i, _name in keep]


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a year Excel keeps as 2024.0
    return str(value)


def apply_table(store: Any, path: str | Path) -> MetadataReport:
    """Set the metadata the table at ``path`` gives (all of it, or none: see the module)."""
    names = {d.name: d.id for d in store.document_entries()}
    stems: dict[str, list[int]] = {}
    for name, doc_id in names.items():
        stems.setdefault(Path(name).stem, []).append(doc_id)
    planned: list[tuple[int, str, str]] = []
    seen: dict[int, int] = {}
    report = MetadataReport()
    with contextlib.closing(read_table(path)) as rows:
        for row in rows:
            _plan(path, row, names, stems, seen, planned, report)
    from annotator.core.suggest.district.follow import kept_guesses, set_metadata

    changed_docs = set()
    given = set()  # the documents given a jurisdiction: their open district suggestions follow it, in this write
    with store.transaction():
        for doc_id, key, value in sorted(planned, key=lambda p: p[1] == "jurisdiction"):  # a year given first
            step = set_metadata(store, doc_id, key, value)
            if step.metadata_changes:
                report.fields += 1
                report.coded.add(step)
                changed_docs.add(doc_id)
                if key == "jurisdiction" and value:
                    given.add(doc_id)
            else:
                report.unchanged += 1
    report.documents = len(changed_docs)
    report.kept = kept_guesses(store, sorted(given))
    return report


def _plan(path: str | Path, row: MetadataRow, names: dict[str, int], stems: dict[str, list[int]],
          seen: dict[int, int], planned: list[tuple[int, str, str]], report: MetadataReport) -> None:
    """Check ``row`` and add its fields to ``planned``; the first refusal names the row (and the rows after it
    are never read: a table of a million rows, a few MB as an .xlsx, is refused at the row past the project's
    documents, each then unknown or named twice)."""
    doc_id = names.get(row.document)
    if doc_id is None and len(stems.get(Path(row.document).stem, [])) == 1:
        doc_id = stems[Path(row.document).stem][0]
    where = f"{path}: row {row.line}"
    if not row.document:
        raise AnnotatorError(f"{where}: no document named; nothing was stored")
    if doc_id is None:
        raise AnnotatorError(f"{where}: the project holds no document {row.document!r} "
                             "(`annotator documents P` lists their names); nothing was stored")
    if doc_id in seen:
        raise AnnotatorError(f"{where}: {row.document!r} is named in row {seen[doc_id]} too; nothing was stored")
    seen[doc_id] = row.line
    for key, value in row.fields.items():
        try:
            key, value, warnings = given_field(key, value)  # 河池币 451200: the code's name; 鼓楼区: which
        except AnnotatorError as e:
            raise AnnotatorError(f"{where}: {e}; nothing was stored") from None
        report.warnings += [f"row {row.line}: {warning}" for warning in warnings]
        planned.append((doc_id, key, value))
