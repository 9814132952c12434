"""An exported workbook's Documents sheet read back into another project (a colleague's, a fresh one
holding the same reports): each document's metadata and done mark, which the sheet holds beside its rows
of spans (``export/xlsx.py``). Documents are matched by the sha256 of their text, as the rows are.

- **Metadata**: the keys a document has no value for are taken, those it gives another value kept and named
  (``line_metadata.held_otherwise``, as a doccano line's or a gold line's ``meta``); the sheet's columns are
  read as ``annotator meta P --from BOOK.xlsx`` reads them (``metadata_table.read_table``: ``meta_…`` as the
  key the Codebook names).
- **Done marks**: a document the sheet marks done is marked done; one it does not is left as it is.

In the workbook's own project nothing of it is read: there its rows are corrections, and the documents'
metadata and marks are the project's own (a key cleared or a mark taken off since the export stays so).
Before, both stayed behind without a word, and ``meta --from`` brought the metadata but no done mark.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.imports.line_metadata import MetadataNotes, given, held_otherwise
from annotator.core.metadata_table import read_table

if TYPE_CHECKING:
    from annotator.core.imports.annotations import FileResult
    from annotator.core.imports.xlsx_book import Book
    from annotator.core.store import Store


def apply_documents(store: Store, path: Path, book: Book, result: FileResult) -> None:
    """The Documents sheet of the workbook at ``path`` applied to ``store`` in one write, what it did said in
    ``result.notes``; nothing when the workbook is the project's own or names no project."""
    if not book.shas or book.project_uuid is None or book.project_uuid == store.project_uuid():
        return
    notes, marked = MetadataNotes(), 0
    with store.transaction():
        for row in read_table(path):
            sha = book.shas.get(row.document)
            doc_id = store.document_id_by_sha(sha) if sha else None
            if doc_id is None:
                continue
            meta, _said = given(row.fields)  # warned of where the project that exported it set them
            notes.stored(path.name, [], held_otherwise(store, doc_id, meta))
            if book.done.get(row.document) and store.set_document_done(doc_id, True).changes:
                marked += 1
    result.notes += notes.lines(path.name)
    if marked:
        result.notes.append(f"{path.name}: marked {marked:,} document(s) done, as its Documents sheet has them")
