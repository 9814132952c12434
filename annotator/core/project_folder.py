"""Whether a folder can take a new project, before anything is created there.

A new project's folder may not exist yet (it is created with its parents, as ``mkdir -p``),
be empty, or hold other files (the window asks first: they stay as they are beside the
project). It cannot be a file, hold a project already (open that one instead), or lie where
nothing can be written (a file in the way, a read-only folder). :func:`check_new_folder`
says which, naming the path; :meth:`annotator.core.store.Store.create` then makes the project.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from annotator.core.store.disk import name_too_long, path_too_long
from annotator.paths import DB_FILENAME

MISSING = "missing"  # created with its parents
EMPTY = "empty"
NOT_EMPTY = "not_empty"  # holds other files: ask first
PROJECT = "project"  # a project is here already: open it instead
FILE = "file"  # the path is a file
BLOCKED = "blocked"  # cannot be written: ``blocker`` is the file in the way or the read-only folder
TOO_LONG = "too_long"  # a name in the path (or the whole path) longer than the file system takes

SHOWN_ENTRIES = 3  # names of what a non-empty folder holds, for the question


@dataclass(frozen=True)
class NewFolder:
    path: Path
    state: str
    count: int = 0  # entries of a non-empty folder
    entries: tuple[str, ...] = ()  # the first few of them, by name
    blocker: Path | None = None

    @property
    def usable(self) -> bool:
        """A project can be created here (after asking, for a non-empty folder)."""
        return self.state in (MISSING, EMPTY, NOT_EMPTY)


def resolve_typed(text: str, base: Path | None = None) -> Path:
    """A typed folder as an absolute path: ``~`` expanded, a relative one under ``base`` (the
    home folder unless given), ``..`` and ``.`` resolved without following links."""
    path = Path(text.strip()).expanduser()
    if not path.is_absolute():
        path = (base if base is not None else Path.home()) / path
    return Path(os.path.normpath(path))


def check_new_folder(path: str | Path) -> NewFolder:
    """What creating a project in ``path`` would mean (nothing is created)."""
    path = Path(path)
    if name_too_long(path) is not None or path_too_long(path):  # Path.exists() raised OSError
        return NewFolder(path, TOO_LONG)
    if path.is_file() or (path.exists() and not path.is_dir()):
        return NewFolder(path, FILE)
    if not path.exists():
        ancestor = path.parent
        while not ancestor.exists() and ancestor != ancestor.parent:
            ancestor = ancestor.parent
        if not ancestor.is_dir() or not os.access(ancestor, os.W_OK | os.X_OK):
            return NewFolder(path, BLOCKED, blocker=ancestor)
        return NewFolder(path, MISSING)
    if (path / DB_FILENAME).exists():
        return NewFolder(path, PROJECT)
    if not os.access(path, os.W_OK | os.X_OK):
        return NewFolder(path, BLOCKED, blocker=path)
    try:
        names = sorted(entry.name for entry in os.scandir(path))
    except OSError:
        return NewFolder(path, BLOCKED, blocker=path)
    if not names:
        return NewFolder(path, EMPTY)
    return NewFolder(path, NOT_EMPTY, len(names), tuple(names[:SHOWN_ENTRIES]))
