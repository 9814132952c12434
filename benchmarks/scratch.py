"""Scratch folders for benchmark runs, removed when the run ends.

A benchmark makes a fresh copy of its project for every session it times; left behind, a week of
runs fills the temp folder (2,257 copies of the 7 MB bench project, 23 GB, before this existed).
The built caches (``annotator-bench-<size>-v<schema>``, ``annotator-scale-<docs>``) are kept on
purpose: they take minutes to build and are rebuilt when the schema changes.

A folder is removed once the process has ended (``tests/after_exit.py``), not by an atexit handler:
Qt writes the window's settings as the application goes, after every atexit handler, and a settings
folder removed there came back (``annotator-bench-settings-*/annotator/annotator.conf``); a run killed
(timeout) never ran them."""
from __future__ import annotations

import tempfile
from pathlib import Path

from tests.after_exit import remove_after_exit


def scratch_folder(prefix: str) -> Path:
    """A new empty folder in the temp folder, removed with everything in it once the process has ended."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    remove_after_exit(str(folder))
    return folder
