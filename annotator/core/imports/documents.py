"""Importing files and folders of articles into a project.

Each file is read by the document format its suffix names (``formats.py``: .txt/.md through
``text.py``, .docx through ``word.py``, .pdf through ``pdf.py``; any other suffix given by name is read as text).
``MAX_FILE_BYTES`` (16 MB, some 8 million Chinese characters): a larger file is refused; split it (a format
may allow more: a PDF, whose bytes are mostly its pictures, 128 MB).

A file read before (its bytes, read the same way: ``file_keys.py``) is skipped unread, as a text already in the
project is; a reading that finds its text there records the file on that document.
Folders are searched for the suffixes of the document formats (``folders.py``: hidden entries skipped,
symbolic links followed only inside the folder, an entry that is no regular file reported, never opened).

A name's control characters (a line break in a file name) become spaces in the document's name
and escapes in the report's lines, so each problem stays one line and each name can be typed.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from annotator.core.date_line import with_date_line
from annotator.core.errors import AnnotatorError, EncodingUnknown, ImportFileError, SameText, SaveError, said
from annotator.core.imports import formats, office
from annotator.core.imports.file_keys import LAID_OUT, FileKeys, lines_kept
from annotator.core.imports.folders import not_a_file, only_others, walk
from annotator.core.imports.names import ImportNames, document_name, readable, renamed_lines, shown
from annotator.core.imports.office_batches import Conversions
from annotator.core.imports.other_programs import OTHER_PROGRAMS, OTHERS_ADVICE, another_program
from annotator.core.imports.reflow import Reflowed, reflow, reflowed_lines
from annotator.core.imports.text import TextFile, check_encoding, sha256, title_of
from annotator.core.imports.webpage import saved_page_folder
from annotator.core.models import Document
from annotator.core.progress import READ, SCALE, Step
from annotator.core.store import Store

MAX_FILE_BYTES = 16 * 2**20
ALREADY = "the same text is already in the project"
GONE = "is no longer there (moved or deleted after the import started); nothing was read from it"
NAMED_SKIPS = 20  # more files than this already in the project are counted in one line, not named
Progress = Callable[[int, int, Any], None]  # (done, total, current file; a Step of its pages within a long PDF)
Cancelled = Callable[[], bool]


@dataclass
class ImportReport:
    imported: list[Document] = field(default_factory=list)  # without their text (see store.document)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why): already in project, link …
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, why): could not import
    undecided: list[str] = field(default_factory=list)  # of those, the files whose encoding could not be told
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, what to check): imported, but …
    cancelled: bool = False
    not_tried: int | None = None  # stopped by a write that failed (disk, busy): how many files were left untried
    others: list[str] = field(default_factory=list)  # a folder's files of other programs (.doc, .wps …): not read
    reflowed: list[tuple[str, int, int, int]] = field(default_factory=list)  # (file, lines joined, page lines removed,
    # lines with a space between every Chinese character joined back): text copied from PDFs (reflow.py)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # (file, its document's name, why not the
    # file's name): the name taken in the project or by another file of the import (names.py)

    def notes(self) -> list[str]:
        """What the import did to the files it stored: re-flowed lines, a warning, a name not the file's."""
        return [*reflowed_lines(self.reflowed), *(f"warning {shown(f)}: {why}" for f, why in self.warnings),
                *renamed_lines(self.renamed)]

    @property
    def stopped(self) -> bool:
        """Stopped at a write that will fail again (a full disk, an I/O error, a read-only database,
        a project that stayed busy in another program for the busy timeout)."""
        return self.not_tried is not None

    def imported_line(self) -> str:
        """"imported 422 document(s)", with how many of each kind when they are of more than one (a folder mixing
        formats: "imported 422 document(s): 180 PDF, 150 Word, 70 web page(s), 22 text"; ``formats.counted``)."""
        kinds = formats.counted([d.source_path for d in self.imported])
        by_kind = ": " + ", ".join(f"{n:,} {kind}" for kind, n in kinds) if len(kinds) > 1 else ""
        return f"imported {len(self.imported):,} document(s){by_kind}"

    def lines(self) -> list[str]:
        out = [self.imported_line(), *self.notes()]
        already = sum(why == ALREADY for _f, why in self.skipped)
        counted = already > NAMED_SKIPS  # a folder of 5,000 imported again: one line, not 5,000
        out += [f"skipped {shown(f)}: {why}" for f, why in self.skipped if not (counted and why == ALREADY)]
        out += [f"skipped {already:,} file(s): {ALREADY}"] if counted else []
        if len(self.others) > NAMED_SKIPS:  # a collection half .doc files: one line, not hundreds
            kinds = Counter(Path(f).suffix.lower() for f in self.others)
            out.append(f"skipped {len(self.others):,} file(s) of other programs in the folders "
                       f"({', '.join(f'{n:,} {k}' for k, n in kinds.most_common())}): {OTHERS_ADVICE}")
        else:
            out += [f"skipped {shown(f)}: is {OTHER_PROGRAMS[Path(f).suffix.lower()]}" for f in sorted(self.others)]
        out += [failed_line(f, why) for f, why in self.failed]
        if self.cancelled:
            out.append("cancelled: the files not yet read were not imported")
        if self.not_tried is not None:
            out.append(f"stopped: the project could not be written to, so {self.not_tried:,} file(s) after it "
                       "were not tried; the documents imported before it are stored, each whole")
        return out


def failed_line(path: str, why: str) -> str:
    """The line of :meth:`ImportReport.lines` that says ``path`` was not read, and why."""
    return f"failed {shown(path)}: {why}"


def is_aside(line: str) -> bool:
    """A line of :meth:`ImportReport.lines` about files not imported ("failed …", "skipped …", the files an import
    "cancelled: …" or "stopped: …" left unread), or one stored with something to check ("warning …"); the
    command line writes these on standard error, what it imported on standard output."""
    return line.startswith(("failed ", "skipped ", "warning ", "cancelled: ", "stopped: "))


def expand(paths: Iterable[str | Path], report: ImportReport | None = None) -> list[Path]:
    """Files to import: files as given, folders searched for the suffixes of ``formats.py``. Missing paths,
    unreadable folders and folders with none of those files go to ``report.failed``, links not
    followed to ``report.skipped``."""
    report = report if report is not None else ImportReport()
    files: list[Path] = []
    wanted = formats.suffixes(formats.DOCUMENTS) | set(office.readable_suffixes())  # .doc … with LibreOffice
    given = list(map(Path, paths))
    for p in given:
        if p.is_dir() and saved_page_folder(p, given):  # chosen or dropped with its page: a part of that page
            continue
        if p.is_dir():
            said, others = len(report.failed) + len(report.skipped), len(report.others)
            found = walk(p, report, wanted)
            if not found and len(report.failed) + len(report.skipped) == said:  # the wrong folder, or one of .docs
                *rest, last = sorted(wanted)
                report.failed.append((str(p), f"no {', '.join(rest)} or {last} file in it or its subfolders"
                                      + only_others(p, report.others[others:])))
                del report.others[others:]  # the line above says them
            files += found
        elif p.exists():
            files.append(p)
        else:
            report.failed.append((str(p), "no such file or folder"))
    return files



def read_file(path: str | Path, encoding: str | None = None, cancelled: Cancelled | None = None,
              pages: Callable[[int, int], None] | None = None) -> TextFile:
    """One input file read, normalised and checked; every problem is an ImportFileError naming it.

    ``encoding`` (for .txt/.md) skips the guessing; a .docx or .pdf ignores it. The reader is the
    document format's of the file's suffix (``formats.py``); a long one (a PDF) asks ``cancelled``
    as it reads and raises ``formats.ReadCancelled``, and tells ``pages`` (read, of how many).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as e:
        raise ImportFileError(f"{path}: {GONE}") from e
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read ({e.strerror})") from e
    if not path.is_file():
        raise ImportFileError(f"{path}: {not_a_file(path)}")
    reader = formats.for_path(path, formats.DOCUMENTS)
    if size > (limit := reader.max_bytes or MAX_FILE_BYTES):  # a PDF's bytes are mostly its pictures
        raise ImportFileError(f"{path}: {formats.too_large(size, limit)}")
    if path.suffix.lower() in OTHER_PROGRAMS:
        raise ImportFileError(f"{path}: is {OTHER_PROGRAMS[path.suffix.lower()]}")
    if reader.name not in ("docx", "pdf", "ofd"):  # read as text or a page: a file of another program refused
        other = another_program(path)
        if other:
            raise ImportFileError(f"{path}: is {other}")
    try:
        more = {"cancelled": cancelled, "pages": pages} if reader.cancellable else {}
        read: TextFile = reader.load()(path, size, encoding, **more)
        return read
    except (ImportFileError, formats.ReadCancelled):
        raise
    except FileNotFoundError as e:
        raise ImportFileError(f"{path}: {GONE}") from e
    except OSError as e:
        raise ImportFileError(f"{path}: cannot read ({e.strerror or e})") from e
    except Exception as e:  # one unreadable file must never stop a folder import
        raise ImportFileError(f"{path}: cannot be read ({said(e)})") from e


def import_files(store: Store, paths: Iterable[str | Path], *, metadata: dict[str, Any] | None = None,
                 encoding: str | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, report: ImportReport | None = None,
                 keep_lines: bool = False) -> ImportReport:
    """Import each file whole, or not at all; one bad file never stops the batch, but a write that
    fails (:class:`SaveError`: the disk full, an I/O error, read-only; the project busy in another
    program for the whole busy timeout, which each next file would wait again) does: the files
    after it are not tried (``report.not_tried``), those imported before it stay. A ``report`` given is filled
    as the files are stored (after a KeyboardInterrupt it says what was imported before it).

    ``encoding`` (e.g. "gb18030", "big5", "utf-16-le") reads every text file with it instead
    of guessing; an unknown name raises AnnotatorError before anything is read. Text copied from a
    PDF is re-flowed (``reflow.py``) unless ``keep_lines`` or a gold file (NAME.gold.jsonl) is beside it.
    """
    if encoding is not None:
        encoding = check_encoding(encoding)
    report = report if report is not None else ImportReport()
    files = expand(paths, report)
    names = ImportNames(files)
    keys = FileKeys(store, encoding, keep_lines, MAX_FILE_BYTES)  # a file read before is not converted again
    unread = [f for f in files if f.suffix.lower() not in office.OFFICE_SUFFIXES or not keys.read_before(f)]
    at = [0]  # the file under way, for LibreOffice's progress within a batch (office_batches.py)
    told = None if progress is None else (lambda f: progress(at[0], len(files), readable(f)))
    with Conversions(unread, cancelled, told, max_bytes=MAX_FILE_BYTES) as converted:
        for i, path in enumerate(files):
            at[0] = i
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(i, len(files), readable(path))
            try:
                _import_one(store, path, metadata, encoding, report, keep_lines, cancelled, names,
                            _pages(progress, i, len(files), readable(path)), converted, keys)
            except formats.ReadCancelled:  # a long PDF between its pages, a batch of .doc files: nothing stored
                report.cancelled = True
                break
            except SaveError as e:  # every next file would fail (or wait and fail) the same way: stop here
                report.failed.append((str(path), _reason(e, path)))
                report.not_tried = len(files) - i - 1
                return report
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report


def _pages(progress: Progress | None, index: int, files: int, name: str) -> Callable[[int, int], None] | None:
    """The progress within file ``index`` of ``files`` as its pages are read (a long PDF): thousandths of
    the whole import, a Step saying the page (the bar moves within a PDF of 146 pages)."""
    if progress is None:
        return None

    def told(page: int, pages: int) -> None:
        done = SCALE * (index + page / max(pages, 1)) / files
        progress(int(done), SCALE, Step(index, files, name, READ, page=(page, pages)))

    return told


def _import_one(store: Store, path: Path, metadata: dict[str, Any] | None, encoding: str | None,
                report: ImportReport, keep_lines: bool = False, cancelled: Cancelled | None = None,
                names: ImportNames | None = None, pages: Callable[[int, int], None] | None = None,
                converted: Conversions | None = None, keys: FileKeys | None = None) -> None:
    if keys is not None and keys.read_before(path):  # its bytes, read the same way: not read again (file_keys.py)
        report.skipped.append((str(path), ALREADY))
        return
    try:
        read = converted.read(path) if converted is not None and converted.holds(path) else read_file(
            path, encoding, cancelled, pages)
    except ImportFileError as e:
        report.failed.append((str(path), _reason(e, path)))
        report.undecided += [str(path)] if isinstance(e, EncodingUnknown) else []  # offered a choice (readings.py)
        return
    read, flowed = reflowed(path, read, keep_lines)
    key = keys.key(path) if keys is not None else None
    if (held := store.document_id_by_sha(read.sha256)) is not None:
        if key is not None:  # a document stored before its files were keyed, or the text from other bytes
            store.remember_file(held, key)  # the next import passes over the file unread
        report.skipped.append((str(path), ALREADY))
        return
    name, why = (names or ImportNames([path])).name(path, lambda n: store.document_id_by_name(n) is not None)
    doc = Document(None, name, read.title or title_of(read.text), read.text, read.sha256,
                   readable(path.resolve()), read.encoding, len(read.text),
                   metadata=with_date_line(read.text, {**read.metadata, **(metadata or {})}))  # given wins
    warning = read.warning
    del read
    try:
        stored = store.add_document(doc, file_key=key)
        report.imported.append(replace(stored, text=""))
        if stored.name != document_name(path):
            why = why or f"a document of the project is already named {document_name(path)}"
            report.renamed.append((str(path), stored.name, why))
    except SaveError:
        raise
    except SameText:  # another import beside this one stored it since the check above: skipped, as it is then
        report.skipped.append((str(path), ALREADY))
        return
    except AnnotatorError as e:
        report.failed.append((str(path), _reason(e, path)))
        return
    except KeyboardInterrupt:  # (SIGTERM too) after the commit, before it was counted: "340 imported", 341 were
        if not any(d.sha256 == doc.sha256 for d in report.imported[-1:]) and (
                doc_id := store.document_id_by_sha(doc.sha256)) is not None:
            report.imported.append(replace(doc, id=doc_id, text=""))
        raise
    note_read(report, path, warning, flowed)


def note_read(report: ImportReport, path: Path, warning: str | None, flowed: Reflowed | None) -> None:
    """Note in ``report`` what the reading of ``path`` stored asks to check, and what the re-flow did."""
    if warning:
        report.warnings.append((str(path), warning))
    if flowed is not None and flowed.changed:
        report.reflowed.append((str(path), flowed.joined, flowed.page_numbers + flowed.headers, flowed.unspaced))


def reflowed(path: Path, read: TextFile, keep_lines: bool = False) -> tuple[TextFile, Reflowed | None]:
    """``read`` as import stores it: text copied from a PDF re-flowed (``reflow.py``) unless ``keep_lines``
    or a gold file (NAME.gold.jsonl) is beside it; with the re-flow done (None: not tried)."""
    kept = lines_kept(path, keep_lines, read.encoding in LAID_OUT)  # a gold file's offsets index the lines as read
    flowed = None if kept else reflow(read.text, read.wrapped, read.opens, read.parts, read.places)
    if flowed is not None and flowed.changed:  # before any span exists: the stored text is what offsets index
        read = replace(read, text=flowed.text, sha256=sha256(flowed.text))
    return read, flowed


def _reason(e: Exception, path: Path) -> str:
    msg = str(e)
    return msg.split(": ", 1)[1] if msg.startswith(str(path)) and ": " in msg else msg
