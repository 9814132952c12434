"""Scratch folders for benchmark runs, removed when the run ends.

A benchmark makes a fresh copy of its project for every session it times; left behind, a week of
runs fills the temp folder (2,257 copies of the 7 MB bench project, 23 GB, before this existed).
The built caches (``annotator-bench-<size>-v<schema>``, ``annotator-scale-<docs>``) are kept on
purpose: they take minutes to build and are rebuilt when the schema changes."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path


def scratch_folder(prefix: str) -> Path:
    """A new empty folder in the temp folder, removed with everything in it at the process's exit."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
