"""Working folders in the system's temporary folder (a package being built, a zip unpacked for a merge, a
coder's older project copied, an export on its way to standard output, a model's layers being trained, office
documents being converted by LibreOffice), named with the id of the process that made them:
``annotator-<kind>-<pid>-<random>``.

Python removes such a folder when its block ends, but a process killed (``kill -9``, a power cut, the
window's child ended by a cancelled training: ``terminate``) leaves it behind: with a package's, a full copy
of the project, for good. Each new working folder first removes those of processes that are gone; a running
process's (this one's, another command's, another user's) stay. Folders an annotator before this one left
(no id in their name) are not known to be dead and stay too.

A working folder can also be made in a folder of the user's (the demo project built beside its article, to be
moved into place in one step): there it is hidden, ``.annotator-<kind>-<pid>-<random>``, and the same rule holds.
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.core.writing import remove_dead_folders

KINDS = ("package", "unpacked", "merged", "export", "crf", "office", "demo")
_NAME = re.compile(rf"^\.?annotator-(?:{'|'.join(KINDS)})-(\d+)-[a-z0-9_]{{8}}$")  # TemporaryDirectory's 8 characters


def remove_dead_working_folders(where: str | Path | None = None) -> list[Path]:
    """Delete the working folders in ``where`` (default: the system's temporary folder) of processes that are
    gone; returns what was removed."""
    return remove_dead_folders(where or tempfile.gettempdir(), _NAME)


@contextmanager
def working_folder(kind: str, where: Path | None = None) -> Iterator[Path]:
    """A new temporary folder of ``kind`` (one of :data:`KINDS`) for as long as the block runs, in ``where``
    (hidden there) or the system's temporary folder. A file that cannot be removed at the end (held open by a
    program on Windows: LibreOffice just stopped) fails nothing: the work is done, and what is left goes with
    the first working folder made there after this process ends."""
    assert kind in KINDS, kind
    remove_dead_working_folders(where)
    prefix = f"{'.' if where is not None else ''}annotator-{kind}-{os.getpid()}-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=where, ignore_cleanup_errors=True) as tmp:
        yield Path(tmp)
