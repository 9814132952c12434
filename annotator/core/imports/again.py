"""*Import again*: a document replaced by its file read again with another encoding, as one step.

The file is read first (``read_again``: nothing is written; a reading that fails leaves the document
as it was and says why). ``import_again`` then replaces the document in ONE write of the store
(``Store.replace_document``): the new reading stored under the document's name, with its metadata
(what the new reading gives wins), the ACCEPTED spans whose text the new reading holds at the same
offsets kept with the links between them, the files it was read from (``store/document_files.py``) and the
file read again, as read now (an import of its folder passes over it after); the other spans (suggestions,
rejections, accepted spans whose text is not there) and links removed. The reading carries what a normal
import of the file reports of it (``Reread.notes``: lines re-flowed, a warning; never a new name: the
document keeps its own). A failure anywhere in that write (a full disk, a locked project, a crash) leaves the old
document and everything on it untouched. The steps of the undo history may name the removed spans:
it is cleared once the document was replaced (as removing a document does), never before.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from annotator.core.errors import ImportFileError
from annotator.core.imports.documents import MAX_FILE_BYTES, ImportReport, note_read, read_file, reflowed
from annotator.core.imports.file_keys import file_key
from annotator.core.imports.names import readable
from annotator.core.imports.text import title_of
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.undo import UndoHistory


@dataclass(frozen=True)
class Reread:
    """The file of document ``doc_id`` read again, not yet stored."""
    doc_id: int
    sha256: str  # the stored text's: the document replaced only if it still holds it
    document: Document  # the new reading, as it will be stored
    accepted: int  # accepted spans on the document now
    kept: int  # of those, the ones the new reading keeps (their text at the same offsets)
    notes: tuple[str, ...] = ()  # the import report's lines on the reading (ImportReport.notes)
    file_key: str | None = None  # the file's key as read (file_keys.py): an import passes over it after

    @property
    def lost(self) -> int:
        """Accepted spans that would go."""
        return self.accepted - self.kept


@dataclass(frozen=True)
class Replaced:
    document: Document  # without its text
    kept: int  # accepted spans kept
    removed: int  # spans removed (of any status)
    links: int  # links removed


def read_again(store: Store, doc_id: int, path: str | Path, encoding: str | None,
               keep_lines: bool = False) -> Reread:
    """The file ``path`` of document ``doc_id`` read with ``encoding`` as import reads it (re-flowed unless
    ``keep_lines``); nothing written. ImportFileError naming the file when it cannot be read that way,
    reads as the document already is, or gives another document's text; DocumentGone when the document
    is no longer there."""
    path = Path(path)
    key = file_key(path, encoding, keep_lines, MAX_FILE_BYTES)  # of the bytes read next
    read, flowed = reflowed(path, read_file(path, encoding), keep_lines)
    old = store.document(doc_id)
    if read.sha256 == old.sha256:
        raise ImportFileError(f"{path}: reads the same with {read.encoding}; the document was left as it is")
    held = store.document_id_by_sha(read.sha256)
    if held is not None:  # the write would be refused: said now, naming the document that holds the text
        raise ImportFileError(f"{path}: read with {read.encoding} it gives the text of {store.document(held).name}, "
                              "already in the project; the document was left as it is")
    doc = Document(None, old.name, read.title or title_of(read.text), read.text, read.sha256,
                   readable(path.resolve()), read.encoding, len(read.text),
                   metadata={**old.metadata, **read.metadata})  # typed keys (a jurisdiction) stay
    accepted, kept = store.accepted_kept(doc_id, read.text)
    report = ImportReport()
    note_read(report, path, read.warning, flowed)
    return Reread(doc_id, old.sha256, doc, accepted, kept, tuple(report.notes()), key)


def import_again(store: Store, reread: Reread, history: UndoHistory | None = None) -> Replaced:
    """The document replaced by ``reread`` in one write (all or nothing); ``history`` cleared after it
    (its steps may name the spans removed), left as it was when the write fails."""
    doc, kept, removed, links = store.replace_document(reread.doc_id, reread.sha256, reread.document, reread.file_key)
    if history is not None:
        history.clear()
    return Replaced(replace(doc, text=""), kept, removed, links)
