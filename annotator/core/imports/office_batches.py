"""An import's .doc, .wps, .rtf and .odt files, converted to .docx by LibreOffice (``office.py``) a
batch at a time and read by the .docx reader (``word.py``), so each document is what importing the
same text saved as .docx makes; its name and source stay the original file's.

One start of LibreOffice converts up to ``BATCH_FILES`` files (about ``BATCH_BYTES`` of them): a
batch of 20 short reports takes some 1.3 s, one start per file about 1 s each. The batch after the
files imported so far is converted when the import reaches its first file, so the window's progress
moves and a cancel stops between batches (and stops the running one). Everything LibreOffice writes
(its profile, its own temporary files, the .docx files) goes into one private temporary folder, removed at the end
(when the import is killed during a conversion, by ``office_guard.py`` on Linux; one that a killed import left
otherwise is removed by the next: ``working_folders``); nothing is written beside the user's files.

A file LibreOffice cannot convert, or whose text comes out as random characters (it read the file as
plain text: a Kingsoft WPS file it does not know), fails with one line naming it; the others import.
A batch that runs past its timeout is stopped; its files not yet converted are tried again one per
call, so only the file that hangs fails.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType

from annotator.core.errors import ImportFileError, said
from annotator.core.imports import formats, office
from annotator.core.imports.plausibility import PLAUSIBLE_SHARE, plausibility
from annotator.core.imports.text import TextFile
from annotator.core.working_folders import working_folder

BATCH_FILES = 20
BATCH_BYTES = 64 * 2**20
START_SECONDS = 60.0  # a call's timeout: LibreOffice's start (a first profile made) …
FILE_SECONDS = 60.0  # … and this much per file of the call (a long report)
SAVE_ELSEWHERE = "open it in Word, WPS or LibreOffice, save it as .docx and import that"
WPS_UNKNOWN = ("LibreOffice does not read this WPS document (it reads some Kingsoft WPS files, not all); open it "
               "in WPS Office, save it as .docx and import that")


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:  # gone or unreadable: said when the file is read
        return 0


class Conversions:
    """The office files among ``files``, converted as the import reaches them (a context manager: the
    temporary folder is removed on leaving it). Without LibreOffice it holds none."""

    def __init__(self, files: Iterable[Path], cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[Path], None] | None = None, soffice: str | None = None,
                 max_bytes: int | None = None) -> None:
        self.soffice = soffice or office.find_soffice()
        wanted = [f for f in files if f.suffix.lower() in office.OFFICE_SUFFIXES] if self.soffice else []
        self.pending = list(dict.fromkeys(wanted))
        self.alone: set[Path] = set()  # left unconverted by a batch that timed out: tried one per call
        self.done: dict[Path, Path | str] = {}  # the .docx made of a file, or why there is none
        for file in self.pending:  # refused before LibreOffice starts
            size = _size(file)
            if max_bytes is not None and size > max_bytes:
                self.done[file] = formats.too_large(size, max_bytes)
        self.pending = [f for f in self.pending if f not in self.done]
        self.cancelled = cancelled
        self.progress = progress
        self.calls = 0
        self._folder: Path | None = None
        self._leaving = ExitStack()  # removes the folder

    def __enter__(self) -> Conversions:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._folder = None
        self._leaving.close()

    def holds(self, path: Path) -> bool:
        return path in self.done or path in self.pending

    def read(self, path: Path) -> TextFile:
        """``path`` read as the .docx LibreOffice made of it (its batch converted first); raises
        ``formats.ReadCancelled`` when cancelled meanwhile, an ImportFileError naming ``path`` when it
        could not be converted or read."""
        while path not in self.done:
            self._convert_next()
        made = self.done[path]
        if isinstance(made, str):
            raise ImportFileError(f"{path}: {made}")
        from annotator.core.imports.word import read_word_file

        try:
            read = read_word_file(made, made.stat().st_size)
        except ImportFileError as e:  # said of the temporary .docx: said of the file given
            raise ImportFileError(str(e).replace(str(made), str(path), 1)) from e
        except Exception as e:  # one unreadable file must never stop a folder import
            raise ImportFileError(f"{path}: cannot be read ({said(e)})") from e
        if plausibility(read.text) < PLAUSIBLE_SHARE:  # LibreOffice took it for plain text
            raise ImportFileError(f"{path}: {_unreadable(path)}")
        return read

    def _convert_next(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise formats.ReadCancelled
        batch = self._next_batch()
        folder = self._temporary()
        self.calls += 1
        outdir = folder / f"batch{self.calls}"
        timeout = START_SECONDS + FILE_SECONDS * len(batch)
        run = office.convert(str(self.soffice), batch, outdir, folder / "profile", timeout=timeout,
                             cancelled=self.cancelled, converting=self.progress, scratch=folder)
        if run.cancelled:
            raise formats.ReadCancelled
        again = []
        for file in batch:
            if file in run.converted:
                self.done[file] = run.converted[file]
            elif run.error:
                self.done[file] = run.error
            elif run.timed_out and len(batch) > 1:  # perhaps another file hung it: this one alone
                self.alone.add(file)
                again.append(file)
            elif run.timed_out:
                self.done[file] = (f"LibreOffice did not finish converting it within {timeout:.0f} seconds and was "
                                   f"stopped; {SAVE_ELSEWHERE}")
            else:
                self.done[file] = _unconverted(file)
        self.pending[:0] = again
        if run.error:  # every next call would fail the same way
            self.done.update(dict.fromkeys(self.pending, run.error))
            self.pending.clear()

    def _next_batch(self) -> list[Path]:
        """The next files to convert in one call: in order, up to BATCH_FILES and BATCH_BYTES, their
        stems distinct (each makes STEM.docx in the call's folder); a file that a stopped batch left
        unconverted goes alone."""
        batch: list[Path] = []
        stems: set[str] = set()
        size = 0
        for file in list(self.pending):
            stem = file.stem.casefold()
            if batch and (file in self.alone or batch[0] in self.alone or len(batch) >= BATCH_FILES
                          or size >= BATCH_BYTES):
                break
            if stem in stems:
                continue  # a later call
            batch.append(file)
            stems.add(stem)
            self.pending.remove(file)
            size += _size(file)
        return batch

    def _temporary(self) -> Path:
        if self._folder is None:
            self._folder = self._leaving.enter_context(working_folder("office"))
        return self._folder


def _unconverted(path: Path) -> str:
    if path.suffix.lower() == ".wps":
        return WPS_UNKNOWN
    return f"LibreOffice could not convert it (damaged, password-protected, or not a document); {SAVE_ELSEWHERE}"


def _unreadable(path: Path) -> str:
    if path.suffix.lower() == ".wps":
        return WPS_UNKNOWN
    return ("LibreOffice did not read it as a document (its text came out as random characters: damaged, or not "
            f"a {path.suffix.lower()} file); {SAVE_ELSEWHERE}")
