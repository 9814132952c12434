"""Files that moved to another folder since they were imported (a new machine, a renamed drive, a
colleague's copy of the project): *Import again* looks for each document's file in the folder given
(``annotator import-again P --from DIR``, the window's "Look in another folder…").

A file is looked for first where its recorded path puts it relative to the common folder of the
recorded paths (``reports/2020/a.pdf`` and ``reports/2021/b.pdf`` were imported: ``a.pdf`` is looked for
as ``DIR/2020/a.pdf``), else by its name alone when exactly one file of that name is anywhere under DIR
(the folder walked once, when first needed); a name, and a folder, in another letter case when none is in
its own (``REPORT.DOCX`` for ``report.docx``). Two files of that name, or none, and it is still missing:
:class:`Found` says why, naming DIR. A path recorded on Windows (``C:\\reports\\a.pdf``) is read as one
on any system. Nothing here reads a file or writes the project."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

NAMED = 3  # the files of one name a refusal names; the others counted


@dataclass(frozen=True)
class Found:
    """Where a recorded file is in the other folder: ``path``, else None and ``why`` (one line)."""
    path: Path | None
    why: str = ""


def recorded_parts(recorded: str) -> tuple[str, ...]:
    """The parts of a recorded path, its drive or root first; a Windows path (a drive, a backslash) read as
    one on any system."""
    windows = "\\" in recorded or re.match(r"^[A-Za-z]:", recorded) is not None
    path: PurePath = PureWindowsPath(recorded) if windows else PurePosixPath(recorded)
    return path.parts


def common_folder(recorded: Iterable[str]) -> tuple[str, ...]:
    """The parts of the deepest folder that holds every file of ``recorded`` (empty: none in common)."""
    common: tuple[str, ...] | None = None
    for path in recorded:
        folder = recorded_parts(path)[:-1]
        if common is None:
            common = folder
            continue
        same = 0
        while same < min(len(common), len(folder)) and common[same] == folder[same]:
            same += 1
        common = common[:same]
    return common or ()


def files_by_name(folder: Path) -> dict[str, list[Path]]:
    """Every file under ``folder`` (its subfolders too; hidden ones included), by its name, in a stable order."""
    found: dict[str, list[Path]] = {}
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            found.setdefault(name, []).append(Path(root) / name)
    return found


class MovedFiles:
    """Recorded files looked for in ``folder``: relative to the common folder of ``recorded`` (the recorded
    paths of the documents, all of the project's), else by name (the folder walked once, when first needed)."""

    def __init__(self, folder: str | Path, recorded: Iterable[str]) -> None:
        self.folder = Path(folder)
        self.common = common_folder(p for p in recorded if p)

    @cached_property
    def by_name(self) -> dict[str, list[Path]]:
        return files_by_name(self.folder)

    @cached_property
    def by_folded_name(self) -> dict[str, list[Path]]:
        """The files by their name in any letter case (``REPORT.DOCX`` is ``report.docx``)."""
        found: dict[str, list[Path]] = {}
        for name, paths in self.by_name.items():
            found.setdefault(name.casefold(), []).extend(paths)
        return {name: sorted(paths) for name, paths in found.items()}

    def find(self, recorded: str) -> Found:
        """Where the file recorded as ``recorded`` is under the folder, or why it is not found. A name (and a
        folder) matches in another letter case when none matches in its own: a folder copied between
        Windows and macOS machines often comes back as ``REPORT.DOCX`` for ``report.docx``."""
        parts = recorded_parts(recorded) if recorded else ()
        if not parts:
            return Found(None, "no source file recorded")
        rel = parts[len(self.common):] if parts[:len(self.common)] == self.common else ()
        if rel:
            there = self.folder.joinpath(*rel)
            if there.is_file():
                return Found(there)
        name = parts[-1]
        same, case = self.by_name.get(name, []), ""
        if not same:
            same, case = self.by_folded_name.get(name.casefold(), []), " (in any letter case)"
        if len(same) == 1:
            return Found(same[0])
        if not same:
            return Found(None, f"no file named {name} under {self.folder}")
        folded = [part.casefold() for part in rel]
        fitting = [p for p in same if rel and [q.casefold() for q in p.relative_to(self.folder).parts] == folded]
        if len(fitting) == 1:  # where its folder puts it, its letter case aside
            return Found(fitting[0])
        listed = ", ".join(str(p) for p in same[:NAMED]) + (f" and {len(same) - NAMED:,} more" if len(same) > NAMED
                                                            else "")
        return Found(None, f"{len(same):,} files named {name}{case} under {self.folder} ({listed}), none where its "
                           "folder puts it: which one is not known")
