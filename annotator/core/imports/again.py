"""*Import again*: a document replaced by its file read again, as one step: with another encoding (the
encoding dialog after an import), or as an import reads it now (Project › Import the open document again…,
``annotator import-again``: the file fixed, or read by a better reader).

The file is read first (``read_again``, ``read_source``: nothing is written; a reading that fails leaves
the document as it was and says why). ``import_again`` then replaces the document in ONE write of the store
(``Store.replace_document``), in place: the document keeps its id (what an export named it by), its
place in the list, its name and its done mark, and takes the new reading's text and metadata (what
the new reading gives wins); the ACCEPTED spans whose text the new reading holds where their
place maps to kept there with the links between them (a diff of the two texts, ``core/spans_moved.py``:
a paragraph added above a span moves it, an edit of its sentence removes it), the files it was read
from (``store/document_files.py``) and the file read again, as read now (an import of its folder
passes over it after); the other spans (suggestions, rejections, accepted spans whose text is not
there) and links removed; the next ``annotator suggest`` suggests on it again. The reading carries what
a normal import of the file reports of it (``Reread.notes``: lines re-flowed, a warning; never a new
name: the document keeps its own). A failure anywhere in that write (a full disk, a locked project, a
crash) leaves the old document and everything on it untouched. The steps of the undo history may name
the removed spans: it is cleared once the document was replaced (as removing a document does), never
before.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import AnnotatorError, ImportFileError
from annotator.core.imports import formats, office
from annotator.core.imports.documents import MAX_FILE_BYTES, ImportReport, note_read, read_file, reflowed
from annotator.core.imports.file_keys import file_key
from annotator.core.imports.names import readable
from annotator.core.imports.text import TextFile, check_encoding, title_of
from annotator.core.models import Document
from annotator.core.spans_moved import TextMoves, text_moves
from annotator.core.store import Store
from annotator.core.undo import UndoHistory

Cancelled = Callable[[], bool]


class ReadsTheSame(ImportFileError):
    """The file reads as the document already is: nothing to replace."""


@dataclass(frozen=True)
class Reread:
    """The file of document ``doc_id`` read again, not yet stored."""
    doc_id: int
    sha256: str  # the stored text's: the document replaced only if it still holds it
    document: Document  # the new reading, as it will be stored
    accepted: int  # accepted spans on the document now
    kept: int  # of those, the ones the new reading keeps (their text where their place maps to)
    notes: tuple[str, ...] = ()  # the import report's lines on the reading (ImportReport.notes)
    file_key: str | None = None  # the file's key as read (file_keys.py): an import passes over it after
    moves: TextMoves | None = None  # the map of the stored text onto the new one: where the spans kept go

    @property
    def lost(self) -> int:
        """Accepted spans that would go."""
        return self.accepted - self.kept


@dataclass(frozen=True)
class Replaced:
    kept: int  # accepted spans kept
    removed: int  # spans removed (of any status)
    links: int  # links removed


def read_again(store: Store, doc_id: int, path: str | Path, encoding: str | None,
               keep_lines: bool = False) -> Reread:
    """The file ``path`` of document ``doc_id`` read with ``encoding`` as import reads it (re-flowed unless
    ``keep_lines``); nothing written. ImportFileError naming the file when it cannot be read that way,
    reads as the document already is (ReadsTheSame), or gives another document's text; DocumentGone when
    the document is no longer there."""
    path = Path(path)
    key = file_key(path, encoding, keep_lines, MAX_FILE_BYTES)  # of the bytes read next
    read = _read(path, encoding)
    return _compared(store, store.document(doc_id), path, read, key, keep_lines)


def read_source(store: Store, doc_id: int, path: str | Path | None = None, encoding: str | None = None,
                keep_lines: bool = False, cancelled: Cancelled | None = None) -> Reread:
    """Document ``doc_id``'s file read again as an import reads it now, to replace it: ``path``, else the
    file it was imported from (``Document.source_path``); with ``encoding``, else (a text file, a web
    page) the document's own where the file still reads so, else guessed as an import guesses; a .doc,
    .wps, .rtf or .odt through LibreOffice. What ``read_again`` refuses is refused the same way;
    ``formats.ReadCancelled`` when ``cancelled`` says so while a long file is read."""
    old = store.document(doc_id)
    path = Path(path or old.source_path)
    own = encoding is None and formats.for_path(path, formats.DOCUMENTS).encoded and _codec(old.encoding)
    chosen = encoding or (old.encoding if own else None)
    key = file_key(path, chosen, keep_lines, MAX_FILE_BYTES)  # of the bytes read next
    try:
        read = _read(path, chosen, cancelled)
    except ImportFileError:
        if not own or not path.is_file():  # (gone: said as such)
            raise
        key = file_key(path, None, keep_lines, MAX_FILE_BYTES)  # saved in another encoding since: guessed
        read = _read(path, None, cancelled)
    return _compared(store, old, path, read, key, keep_lines)


def _codec(encoding: str) -> bool:
    try:
        check_encoding(encoding)
    except AnnotatorError:
        return False
    return True


def _read(path: Path, encoding: str | None, cancelled: Cancelled | None = None) -> TextFile:
    """``path`` read as an import reads it: a .doc (.wps, .rtf, .odt) converted by LibreOffice where it is."""
    if path.suffix.lower() in office.OFFICE_SUFFIXES:
        from annotator.core.imports.office_batches import Conversions

        with Conversions([path], cancelled, max_bytes=MAX_FILE_BYTES) as converted:
            if converted.holds(path):
                return converted.read(path)
    return read_file(path, encoding, cancelled)


def _compared(store: Store, old: Document, path: Path, read: TextFile, key: str | None, keep_lines: bool) -> Reread:
    """``read`` re-flowed as import stores it and set against the stored document ``old`` (see ``read_again``)."""
    assert old.id is not None  # a stored document has one
    doc_id = old.id
    read, flowed = reflowed(path, read, keep_lines)
    if read.sha256 == old.sha256:
        raise ReadsTheSame(f"{path}: reads the same with {read.encoding}; the document was left as it is")
    held = store.document_id_by_sha(read.sha256)
    if held is not None:  # the write would be refused: said now, naming the document that holds the text
        raise ImportFileError(f"{path}: read with {read.encoding} it gives the text of {store.document(held).name}, "
                              "already in the project; the document was left as it is")
    doc = Document(None, old.name, read.title or title_of(read.text), read.text, read.sha256,
                   readable(path.resolve()), read.encoding, len(read.text),
                   metadata={**old.metadata, **read.metadata},  # typed keys (a jurisdiction) stay
                   done=old.done)  # the coder's mark: a fixed typo does not undo the review
    moves = text_moves(old.text, read.text)
    accepted, kept = store.accepted_kept(doc_id, read.text, moves)
    report = ImportReport()
    note_read(report, path, read.warning, flowed)
    return Reread(doc_id, old.sha256, doc, accepted, kept, tuple(report.notes()), key, moves)


def import_again(store: Store, reread: Reread, history: UndoHistory | None = None) -> Replaced:
    """The document replaced by ``reread`` in one write (all or nothing); ``history`` cleared after it
    (its steps may name the spans removed), left as it was when the write fails."""
    kept, removed, links = store.replace_document(reread.doc_id, reread.sha256, reread.document, reread.file_key,
                                                  reread.moves)
    if history is not None:
        history.clear()
    return Replaced(kept, removed, links)
