"""Where a package was opened before: the folders among those a new one would be named (``li``, ``li-2`` … in the
places given: beside the zip, the Documents folder) whose project ``open_package`` unpacked from this very zip.

The window asks this before its dialog, on its own thread, so nothing is unpacked or hashed: the zip's central
directory gives its project database's name, CRC-32, size and time (:func:`.package.zip_mark`), and each candidate's
project says the same of the zip it came from (:data:`.package.OPENED_FROM`), read without writing into the folder
(:func:`annotator.core.store.project_identity.read_meta`). A project opened by an older version records nothing and
is not found; neither is a folder of another package, or of an earlier package of the same name (another zip).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from annotator.core.store.project_identity import read_meta
from annotator.core.team.package import OPENED_FROM, zip_mark
from annotator.paths import DB_FILENAME

LOCKED_WAIT = 0.25  # seconds a candidate locked by another program is waited for: it is then passed over


def opened_into(package: str | Path, places: Iterable[str | Path]) -> list[Path]:
    """The folders named after ``package`` (``li``, ``li-2`` …) in ``places`` whose project was unpacked from it,
    the one changed last first; [] where there are none, or the zip cannot be read."""
    package = Path(package)
    mark = zip_mark(package)
    if not mark:
        return []
    found = [folder for folder in candidates(package.stem or "package", places)
             if read_meta(folder, OPENED_FROM, LOCKED_WAIT) == mark]
    return sorted(found, key=_changed, reverse=True)  # (sorted is stable: li before li-2 when alike)


def candidates(name: str, places: Iterable[str | Path]) -> list[Path]:
    """The folders ``name`` and ``name-N`` in each of ``places`` holding a project database, in that order."""
    named = re.compile(rf"{re.escape(name)}(?:-(\d+))?")
    found: list[Path] = []
    for place in dict.fromkeys(Path(p) for p in places):
        try:
            entries = [(int(m.group(1) or 1), Path(e.path)) for e in _entries(place)
                       if (m := named.fullmatch(e.name)) is not None]
        except OSError:  # a place that is not there, or cannot be read
            continue
        found += [folder for _n, folder in sorted(entries) if (folder / DB_FILENAME).is_file()]
    return found


def _entries(place: Path) -> list[os.DirEntry[str]]:
    with os.scandir(place) as entries:
        return list(entries)


def _changed(folder: Path) -> float:
    """When the project in ``folder`` was last written (its database, or its write-ahead log)."""
    times = []
    for name in (DB_FILENAME, f"{DB_FILENAME}-wal"):
        try:
            times.append((folder / name).stat().st_mtime)
        except OSError:
            pass
    return max(times, default=0.0)
