"""The names of an import's documents, and paths as a report shows them.

A document is named by its file's name (滨州.txt): readable, its control characters as spaces. When
that name is already a document's in the project, or another file of the same import has it too (a
collection by year: 2019/滨州.txt and 2020/滨州.txt), the document is named by its file's folder as
well (2019/滨州.txt; more folders when that is taken too, up to ``MAX_FOLDERS``), so that every
export's ``document`` column tells them apart; only when all those are taken does the store add a
number (滨州 (2).txt). Files of one name and the same bytes (a copy in a dup/ folder) are one document,
the others skipped as the same text: it keeps the plain name. The import's report says each such name.
The documents already in a project keep theirs. A gold file naming its document by the file's name
(滨州.txt) still finds it: the gold import takes a name no document holds to the one document whose
text holds its spans (same_text.py).
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

MAX_FOLDERS = 3  # a name holds at most this many of the file's folders
NAMED = 20  # more documents than this named by their folders are counted in one line of the report


class ImportNames:
    """The names an import gives its files' documents (see the module's docstring)."""

    def __init__(self, files: Iterable[Path]) -> None:
        by_name: dict[str, list[Path]] = {}
        for f in files:
            by_name.setdefault(document_name(f), []).append(f)
        self.counts = Counter({name: len(same) if len(same) < 2 else _distinct(same) for name, same in by_name.items()})

    def name(self, path: Path, taken: Callable[[str], bool]) -> tuple[str, str]:
        """(the name for ``path``'s document, why it is not the file's name: '' when it is).
        ``taken``: whether a name is a document's in the project."""
        plain = document_name(path)
        if self.counts[plain] < 2 and not taken(plain):
            return plain, ""
        why = (f"a document of the project is already named {plain}" if taken(plain)
               else f"other files of this import are named {plain} too")
        folders = [document_name(Path(p)) for p in path.absolute().parent.parts[1:]]
        for depth in range(1, min(MAX_FOLDERS, len(folders)) + 1):
            candidate = "/".join([*folders[-depth:], plain])
            if not taken(candidate):
                return candidate, why
        return plain, why  # the store adds a number


def _distinct(files: list[Path]) -> int:
    """How many different contents ``files`` (of one name) hold: copies of the same bytes count once, as
    only the first is stored (the others skipped as the same text). Sizes first; bytes hashed only when
    they tie; a file that cannot be read counts as its own."""
    sizes: dict[int, list[Path]] = {}
    unread = 0
    for f in files:
        try:
            sizes.setdefault(f.stat().st_size, []).append(f)
        except OSError:
            unread += 1
    digests: set[tuple[int, str]] = set()
    for size, same in sizes.items():
        for f in same:
            try:
                digests.add((size, _digest(f)) if len(same) > 1 else (size, ""))
            except OSError:
                unread += 1
    return len(digests) + unread


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def renamed_lines(renamed: list[tuple[str, str, str]]) -> list[str]:
    """An import report's lines on the documents not named by their file's name alone, each (file,
    name, why): a line each, or one counting them when there are many."""
    if len(renamed) > NAMED:
        return [f"named {len(renamed):,} document(s) by their folders as well (e.g. {renamed[0][1]}): other "
                "files of this import or documents of the project have the same file names"]
    return [f"named {name} (from {shown(f)}): {why}" for f, name, why in renamed]


def readable(path: str | Path) -> str:
    """A path as text that can be stored and shown. A name the file system holds in bytes that are
    not UTF-8 (GBK, from a zip made on a Chinese Windows and unpacked on Linux) reaches Python with
    stand-ins for those bytes, which SQLite cannot store: it is read as GB18030, else Big5, else
    with replacement marks."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.sep.join(_readable_part(part) for part in text.split(os.sep))


def shown(path: str | Path) -> str:
    """A path as one line of a report: readable, its control characters (a line break, a tab in a
    file name) written as escapes."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], readable(path))


def document_name(path: Path) -> str:
    """The name a file's document gets: readable, control characters as spaces (a name one can
    type after --doc, shown on one line)."""
    return _CONTROL.sub(" ", readable(path.name))


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _readable_part(part: str) -> str:
    try:
        part.encode("utf-8")
        return part
    except UnicodeEncodeError:
        raw = os.fsencode(part)
    for encoding in ("gb18030", "cp950"):  # Big5 as Windows writes it (text.py)
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


