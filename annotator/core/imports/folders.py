"""The files of the folders an import is given: searched without recursion limits (an explicit stack),
skipping hidden entries, for the suffixes of the document formats; what is said of those not read
(``documents.expand`` gathers them into an import's report).

Symbolic links are followed only when they point inside the folder being imported (a loop is entered
once); a link that leads outside it, or nowhere, or to itself, is reported as skipped, never imported.
An entry with a document suffix that is no regular file (a named pipe, a device) is reported, never opened.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.imports.names import shown
from annotator.core.imports.other_programs import DOCUMENTS_OF_OTHERS, OTHERS_ADVICE
from annotator.core.imports.webpage import saved_page_folder

if TYPE_CHECKING:
    from annotator.core.imports.documents import ImportReport

FEW_OTHERS = 5  # a folder holding only files of other programs names this many of them


def only_others(folder: Path, others: list[str]) -> str:
    """What a folder without a readable file holds instead: its files of other programs, counted and
    the first few named (in the order of their names, as beside a readable file); else ''."""
    if not others:
        return ""
    names = [shown(os.path.relpath(f, folder)) for f in sorted(others)]
    listed = ", ".join(names[:FEW_OTHERS] + (["…"] if len(names) > FEW_OTHERS else []))
    return f", only {len(names):,} file(s) of other programs ({listed}): {OTHERS_ADVICE}"


def annotation_files(paths: list[str]) -> list[str]:
    """The annotation files (``.jsonl``, ``.json``, ``.xlsx``: the shared reports' ``*.gold.jsonl`` beside
    them) that the folders among ``paths`` hold, which an import of documents passes over (links to
    folders not followed: no loop; hidden files left out)."""
    from annotator.core.imports import formats

    suffixes = formats.suffixes(formats.ANNOTATIONS)
    return [name for path in map(Path, paths) if path.is_dir() for _folder, _dirs, names in os.walk(path)
            for name in names if Path(name).suffix.lower() in suffixes and not name.startswith(".")]


def walk(root: Path, report: ImportReport, suffixes: set[str]) -> list[Path]:
    boundary = os.path.realpath(root)
    seen_dirs = {_key(os.stat(root))}
    seen_files: set[tuple[int, int]] = set()
    stack = [root]
    found: list[Path] = []
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)  # what is said of them, in order of their names
        except OSError as e:
            report.failed.append((str(folder), f"cannot read the folder ({e.strerror or e})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            named = path.suffix.lower() in suffixes
            try:
                is_dir = entry.is_dir()
                wanted = (is_dir and not saved_page_folder(path)) or (entry.is_file() and named)  # not NAME_files
                if entry.is_symlink() and not _link_inside(path, boundary, wanted, suffixes, report):
                    continue
                if named and not is_dir and not wanted:  # a named pipe, a socket, a device
                    report.failed.append((str(path), not_a_file(path)))
                if not wanted:
                    if path.suffix.lower() in DOCUMENTS_OF_OTHERS and not is_dir and entry.is_file():
                        report.others.append(str(path))
                    continue
                key = _key(entry.stat())
            except OSError as e:
                if e.errno == errno.ELOOP and entry.is_symlink():
                    if named:
                        report.skipped.append((str(path), "a symbolic link that leads back to itself (a loop)"))
                    continue
                report.failed.append((str(path), f"cannot read ({e.strerror or e})"))
                continue
            seen = seen_dirs if is_dir else seen_files
            if key in seen:  # a link loop, or a second way to the same file
                continue
            seen.add(key)
            (stack if is_dir else found).append(path)
    return sorted(found)


def _link_inside(path: Path, boundary: str, wanted: bool, suffixes: set[str], report: ImportReport) -> bool:
    target = os.path.realpath(path)
    if not os.path.exists(target):
        if path.suffix.lower() in suffixes:
            report.skipped.append((str(path), f"a link to {target}, which does not exist"))
        return False
    if os.path.commonpath([boundary, target]) != boundary:
        if wanted:
            why = (f"a link to {target}, outside the imported folder; links are followed only inside it "
                   "(import that path itself if you want it)")
            report.skipped.append((str(path), why))
        return False
    return True


def _key(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def not_a_file(path: Path) -> str:
    """Why an existing path that is not a regular file is not read."""
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = 0
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))
    what = next((name for test, name in kinds if test(mode)), "something other than a regular file")
    return f"is {what}, not a file of text; nothing was read from it"
