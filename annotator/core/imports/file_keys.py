"""A file's key: what the project remembers of each file a document was read from (``store/document_files.py``),
so that importing a folder again passes over the files read before without reading them.

The key is the SHA-256 of the file's raw bytes (hashing runs at about 1 GB/s; reading a PDF, an OFD or a .docx,
or converting a .doc through LibreOffice, takes a hundred times longer) with what else decides the reading:
the kind of file (its suffix: the reader), whether its lines are kept (``--keep-lines``, or a gold file
NAME.gold.jsonl beside a file that is not a PDF or OFD: see :func:`lines_kept`) and the ``--encoding`` given
when its reader obeys one (a text file, a web page). Not the annotator's version: a newer annotator that
reads an unchanged file a little differently (a better re-flow) passes over it as the file it read before,
rather than storing its new reading beside the document annotated; *Import again* (``again.py``) re-reads.

    3f0c…e9 .pdf reflowed
    a71b…02 .txt kept gb18030

An import that asks no reading (neither ``--encoding`` nor ``--keep-lines``) passes over a file whose bytes
were read any way (:meth:`FileKeys.read_before`): a text file imported with the encoding the user chose, when
none could be guessed, is not read again at each import of its folder only to fail again.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from annotator.core.imports import formats, office
from annotator.core.imports.text import check_encoding
from annotator.core.store import Store

LAID_OUT = ("pdf", "ofd")  # the readers of files laid out in pages: a gold file beside one indexes another text


def lines_kept(path: Path, keep_lines: bool, laid_out: bool) -> bool:
    """Whether import keeps the lines of ``path`` as read (no re-flow): ``keep_lines`` asked, or a gold file
    (NAME.gold.jsonl) beside it whose offsets index its text as it is, unless it is ``laid_out`` (a PDF, an OFD)."""
    return keep_lines or (not laid_out and path.with_suffix(".gold.jsonl").exists())


def bytes_key(path: Path, max_bytes: int) -> str | None:
    """The part of the key of ``path`` its bytes and kind decide, whatever the reading asked (the SHA-256 and
    the suffix: ``3f0c…e9 .txt``); None when its bytes cannot be hashed (gone, unreadable, no regular file) or
    are over ``max_bytes`` (the size import refuses; a format may allow more)."""
    reader = formats.for_path(path, formats.DOCUMENTS)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > (reader.max_bytes or max_bytes):
            return None
        with open(path, "rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None
    return f"{digest} {formats.kind_of(path.name) or '(no suffix)'}"


def file_key(path: Path, encoding: str | None, keep_lines: bool, max_bytes: int,
             of_bytes: str | None = None) -> str | None:
    """The key of ``path`` as import reads it with ``encoding`` and ``keep_lines``; None when its bytes cannot
    be hashed or are too many (see :func:`bytes_key`, given as ``of_bytes`` when known): then it is read as
    before, which says why it cannot be."""
    head = of_bytes if of_bytes is not None else bytes_key(path, max_bytes)
    if head is None:
        return None
    reader = formats.for_path(path, formats.DOCUMENTS)
    converted = path.suffix.lower() in office.OFFICE_SUFFIXES  # read as the .docx LibreOffice makes of it
    kept = lines_kept(path, keep_lines, reader.name in LAID_OUT)
    key = f"{head} {'kept' if kept else 'reflowed'}"
    return f"{key} {check_encoding(encoding)}" if encoding and reader.encoded and not converted else key


class FileKeys:
    """The keys of one import's files, each file hashed once, and which of them the project read before.

    An import that asks no reading (no ``encoding``, no ``keep_lines``) passes over a file whose bytes the
    project read any way: a text file whose encoding could not be guessed, imported with the one the user
    chose in the window (or ``--encoding``), is not read again, to fail again, at each import of its folder."""

    def __init__(self, store: Store, encoding: str | None, keep_lines: bool, max_bytes: int) -> None:
        self.store, self.encoding, self.keep_lines, self.max_bytes = store, encoding, keep_lines, max_bytes
        self._heads: dict[Path, str | None] = {}
        self._keys: dict[Path, str | None] = {}
        self._read: set[Path] = set()  # said read before: so for the whole import (a .doc left unconverted)

    def key(self, path: Path) -> str | None:
        """The key of ``path`` (see :func:`file_key`), hashed at the first call."""
        if path not in self._keys:
            self._heads[path] = head = bytes_key(path, self.max_bytes)
            self._keys[path] = None if head is None else file_key(
                path, self.encoding, self.keep_lines, self.max_bytes, head)
        return self._keys[path]

    def read_before(self, path: Path) -> bool:
        """Whether a document of the project was read from the bytes of ``path`` the way this import reads them,
        or any way when this import asks none."""
        if path not in self._read and (key := self.key(path)) is not None:
            if self.store.document_by_file(key) is not None or (
                    self.encoding is None and not self.keep_lines
                    and self.store.document_by_file_read_any_way(self._heads[path] or "") is not None):
                self._read.add(path)
        return path in self._read
