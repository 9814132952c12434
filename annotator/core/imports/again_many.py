"""Several documents read again (``annotator import-again``, Project › Import the selected documents
again…): one place for what each document's file read now gives, and for what was done with it.

``read_document`` reads one document's file again as ``again.read_source`` does and says what came of it
(a :class:`Reading`): its file missing, reading the same, refused (why), or a new reading to store, which
keeps all its accepted spans or would lose some (``LOSES``: the caller decides, ``--force`` or a question).
``import_each_again`` goes through documents in order, each replaced in its own write
(``again.import_again``: all or nothing for it), stopping between documents when ``cancelled`` says so;
a document on which accepted spans would go is held in the :class:`Tally` (unless ``force``), to be
replaced by ``replace_held`` once the caller agreed. With ``moved`` (``core/imports/moved_files.py``), a
document whose file is not where it was imported from is read from where it is found in another folder,
and its file recorded as that one: by the replacement, or (reading the same) ``Store.move_source``.
The tally, filled as the work goes (what was done
before a failure is there), counts what the command line and the window say at the end."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.errors import AnnotatorError, SaveError
from annotator.core.imports import formats
from annotator.core.imports.again import Cancelled, ReadsTheSame, Replaced, Reread, import_again, read_source
from annotator.core.imports.moved_files import MovedFiles
from annotator.core.imports.names import readable
from annotator.core.models import Document
from annotator.core.progress import Progress
from annotator.core.store import Store

MISSING, SAME, REFUSED, LOSES, READY = "missing", "same", "refused", "loses", "ready"  # Reading.verdict
REPLACED = "replaced"  # READY (or LOSES, forced) once stored


@dataclass(frozen=True)
class Reading:
    """What reading document ``name``'s file again gave."""
    doc_id: int
    name: str
    source: str  # the file it was read from, as recorded ("": none), or as found in another folder
    verdict: str  # MISSING, SAME, REFUSED, LOSES (accepted spans would go), READY; REPLACED once stored
    reread: Reread | None = None  # LOSES, READY, REPLACED: the new reading
    why: str = ""  # REFUSED: the core's sentence (the file not read, or the write refused); MISSING: why not
    # found in another folder ("": not looked for)
    moved_from: str = ""  # the file as recorded when ``source`` was found in another folder
    done: Replaced | None = None  # REPLACED: what the write did

    @property
    def accepted(self) -> int:
        """Accepted spans on the document when it was read."""
        return self.reread.accepted if self.reread is not None else 0

    @property
    def notes(self) -> tuple[str, ...]:
        """What an import says of the new reading (lines re-flowed, a doubtful encoding)."""
        return self.reread.notes if self.reread is not None else ()

    @property
    def lost(self) -> int:
        """Accepted spans that would go (LOSES)."""
        return self.reread.lost if self.reread is not None and self.done is None else 0

    @property
    def kept(self) -> int:
        """Accepted spans kept (REPLACED), or that would be."""
        return self.done.kept if self.done is not None else self.reread.kept if self.reread is not None else 0


@dataclass
class Tally:
    """What was done with documents read again, filled as it is done."""
    replaced: list[str] = field(default_factory=list)  # names (a dry run's: would have been)
    kept: int = 0  # accepted spans kept on the documents replaced
    accepted: int = 0  # of the accepted spans they held
    same: list[str] = field(default_factory=list)
    missing: list[Reading] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, why): not read, or not stored
    held: list[Reading] = field(default_factory=list)  # LOSES, not replaced (yet)
    found: list[str] = field(default_factory=list)  # names whose file was found in another folder
    replaced_ids: list[int] = field(default_factory=list)  # the documents replaced (each keeps its id)
    unread: int = 0  # documents not read: cancelled before them
    cancelled: bool = False  # the work stopped by ``cancelled`` (documents not read, or held ones not replaced)
    removed: int = 0  # spans removed from the documents replaced, of any status
    notes: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (name, Reading.notes) of those replaced

    @property
    def left(self) -> int:
        """Documents read but left as they were: refused, or held."""
        return len(self.refused) + len(self.held)


def read_document(store: Store, doc: Document, encoding: str | None = None, keep_lines: bool = False,
                  cancelled: Cancelled | None = None, moved: MovedFiles | None = None) -> Reading:
    """Document ``doc``'s file read again (``again.read_source``; nothing written), and what came of it;
    with ``moved``, a file not where it was imported from looked for in another folder. Raises only what
    stops more than this document: SaveError, ``formats.ReadCancelled``."""
    assert doc.id is not None  # a stored document has one
    source = doc.source_path or ""
    path, moved_from = Path(source), ""
    if not path.is_file():
        if moved is None:
            return Reading(doc.id, doc.name, source, MISSING)
        found = moved.find(source)
        if found.path is None:
            return Reading(doc.id, doc.name, source, MISSING, why=found.why)
        path, moved_from, source = found.path, source, readable(found.path.resolve())
    try:
        reread = read_source(store, doc.id, path, encoding, keep_lines, cancelled)
    except ReadsTheSame:
        return Reading(doc.id, doc.name, source, SAME, moved_from=moved_from)
    except SaveError:
        raise
    except AnnotatorError as e:
        return Reading(doc.id, doc.name, source, REFUSED, why=str(e), moved_from=moved_from)
    return Reading(doc.id, doc.name, source, LOSES if reread.lost else READY, reread, moved_from=moved_from)


Said = Callable[[Reading], None]  # told of each document once dealt with (REPLACED when it was)


def import_each_again(store: Store, docs: Iterable[Document], tally: Tally, *, encoding: str | None = None,
                      keep_lines: bool = False, force: bool = False, dry_run: bool = False,
                      progress: Progress | None = None, cancelled: Cancelled | None = None,
                      said: Said | None = None, moved: MovedFiles | None = None) -> Tally:
    """``docs`` read again in order and replaced, each in its own write, into ``tally``; a document that
    would lose accepted spans held (replaced with ``force``); ``dry_run``: nothing written, counted as
    if. ``progress(i, n, source)`` as document i starts; ``cancelled`` asked then (and between the pages
    of a long file): the documents from there on are not read (``Tally.unread``). SaveError (a full
    disk, a locked project) is raised, the documents before it replaced, each whole. ``moved``: files not
    where they were imported from looked for in another folder (``read_document``)."""
    docs = list(docs)
    for i, doc in enumerate(docs):
        if progress is not None:
            progress(i, len(docs), doc.source_path or doc.name)
        if cancelled is not None and cancelled():
            tally.unread, tally.cancelled = len(docs) - i, True
            break
        try:
            reading = read_document(store, doc, encoding, keep_lines, cancelled, moved)
        except formats.ReadCancelled:  # a long PDF between its pages: nothing stored of it
            tally.unread, tally.cancelled = len(docs) - i, True
            break
        if reading.verdict == LOSES and not force:
            tally.held.append(reading)
        elif reading.verdict in (LOSES, READY):
            reading = _replace(store, reading, tally, dry_run)
        else:
            if reading.verdict == SAME and reading.moved_from and not dry_run:
                reading = _moved(store, reading)
            _count(reading, tally)
        if reading.moved_from and reading.verdict != REFUSED:  # (read from there)
            tally.found.append(reading.name)
        if said is not None:
            said(reading)
    else:
        if progress is not None:
            progress(len(docs), len(docs), "")
    return tally


def replace_held(store: Store, tally: Tally, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Tally:
    """The documents ``tally`` holds (they would lose accepted spans; the caller agreed) replaced in
    order, each in its own write; those not reached when ``cancelled`` stay held. SaveError raised as
    by ``import_each_again``."""
    held, tally.held = tally.held, []
    for i, reading in enumerate(held):
        if progress is not None:
            progress(i, len(held), reading.source or reading.name)
        if cancelled is not None and cancelled():
            tally.held, tally.cancelled = held[i:], True
            break
        _replace(store, reading, tally, False)
    return tally


def _replace(store: Store, reading: Reading, tally: Tally, dry_run: bool) -> Reading:
    """``reading`` stored (its own write: REPLACED), counted; a refusal of the write (the document
    changed or removed meanwhile by another program: REFUSED) counted as such; SaveError raised, naming
    the document and how many were replaced before it."""
    reread = reading.reread
    assert reread is not None  # LOSES, READY
    if not dry_run:
        try:
            done = import_again(store, reread)
        except SaveError as e:
            raise SaveError(f"{e}; {reading.name} was not imported again ({len(tally.replaced):,} document(s) "
                            "before it were, each whole)") from e
        except AnnotatorError as e:
            tally.refused.append((reading.name, str(e)))
            return replace(reading, verdict=REFUSED, why=str(e))
        tally.replaced_ids.append(reading.doc_id)
        tally.removed += done.removed
        reading = replace(reading, verdict=REPLACED, done=done)
    tally.replaced.append(reading.name)
    if reading.notes:
        tally.notes.append((reading.name, reading.notes))
    tally.kept += reading.kept
    tally.accepted += reading.accepted
    return reading


def _moved(store: Store, reading: Reading) -> Reading:
    """The file of ``reading`` (reading the same) recorded where it was found; REFUSED when the document went."""
    try:
        store.move_source(reading.doc_id, reading.source)
    except SaveError:
        raise
    except AnnotatorError as e:
        return replace(reading, verdict=REFUSED, why=str(e))
    return reading


def _count(reading: Reading, tally: Tally) -> None:
    if reading.verdict == SAME:
        tally.same.append(reading.name)
    elif reading.verdict == MISSING:
        tally.missing.append(reading)
    else:
        tally.refused.append((reading.name, reading.why))
