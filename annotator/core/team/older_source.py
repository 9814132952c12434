"""A coder's project folder of an older schema, which a merge reads from a copy: opening it in place would
migrate it, and the coder's older annotator could no longer open it (:mod:`.merge`)."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.core.store.db_file import schema_version
from annotator.core.store.migrations import SCHEMA_VERSION
from annotator.core.working_folders import working_folder
from annotator.paths import DB_FILENAME


def older_schema(folder: Path) -> int | None:
    """The schema version of the project in ``folder`` when an older annotator made it (else None)."""
    version = schema_version(folder / DB_FILENAME)
    return version if version is not None and 0 < version < SCHEMA_VERSION else None


@contextmanager
def copied(folder: Path, name: str) -> Iterator[Path]:
    """A copy of the project database in ``folder`` (with its write-ahead log) in a temporary folder."""
    with working_folder("merged") as tmp:
        copy = tmp / name
        copy.mkdir()
        for file in (DB_FILENAME, f"{DB_FILENAME}-wal"):
            if (folder / file).exists():
                shutil.copyfile(folder / file, copy / file)
        yield copy
