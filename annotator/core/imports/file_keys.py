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


def file_key(path: Path, encoding: str | None, keep_lines: bool, max_bytes: int) -> str | None:
    """The key of ``path`` as import reads it with ``encoding`` and ``keep_lines``; None when its bytes cannot
    be hashed (gone, unreadable, no regular file) or are over ``max_bytes`` (the size import refuses; a format
    may allow more): then it is read as before, which says why it cannot be."""
    reader = formats.for_path(path, formats.DOCUMENTS)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size > (reader.max_bytes or max_bytes):
            return None
        with open(path, "rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None
    converted = path.suffix.lower() in office.OFFICE_SUFFIXES  # read as the .docx LibreOffice makes of it
    kept = lines_kept(path, keep_lines, reader.name in LAID_OUT)
    key = f"{digest} {formats.kind_of(path.name) or '(no suffix)'} {'kept' if kept else 'reflowed'}"
    return f"{key} {check_encoding(encoding)}" if encoding and reader.encoded and not converted else key


class FileKeys:
    """The keys of one import's files, each file hashed once, and which of them the project read before."""

    def __init__(self, store: Store, encoding: str | None, keep_lines: bool, max_bytes: int) -> None:
        self.store, self.encoding, self.keep_lines, self.max_bytes = store, encoding, keep_lines, max_bytes
        self._keys: dict[Path, str | None] = {}
        self._read: set[Path] = set()  # said read before: so for the whole import (a .doc left unconverted)

    def key(self, path: Path) -> str | None:
        """The key of ``path`` (see :func:`file_key`), hashed at the first call."""
        if path not in self._keys:
            self._keys[path] = file_key(path, self.encoding, self.keep_lines, self.max_bytes)
        return self._keys[path]

    def read_before(self, path: Path) -> bool:
        """Whether a document of the project was read from the bytes of ``path`` the way this import reads them."""
        if path not in self._read and (key := self.key(path)) is not None \
                and self.store.document_by_file(key) is not None:
            self._read.add(path)
        return path in self._read
