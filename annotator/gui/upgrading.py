"""An older project upgraded before the window opens it, in the background with a progress dialog.

Opening a project made before schema 11 builds its search index: 14-21 s for 5,000 documents,
during which the window froze with nothing said. :func:`upgrade_first` runs that upgrade on the
task worker (``gui/tasks.py``: its own Store, the event loop kept turning) with a dialog naming
what is done — *Upgrading the project reports for this version (once): building the search
index*, then documents done of all — and the window opens the upgraded project as before. The
upgrade is the core's (``core/store/upgrade.py``): a backup first, each step one transaction,
so quitting or a kill meanwhile leaves the project as it was. No Cancel button: a step is not
cut short halfway (and the next opening would have it all to do again).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from annotator.core.store import Store
from annotator.core.store.db_file import schema_version
from annotator.core.store.migrations import SCHEMA_VERSION
from annotator.core.store.read_only import why_read_only
from annotator.core.store.upgrade import Upgrading
from annotator.paths import DB_FILENAME

if TYPE_CHECKING:  # the task worker is imported only when a project needs upgrading (not at the first paint)
    from annotator.gui.tasks import Progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("Upgrading", text)


def needs_upgrade(folder: str | Path) -> bool:
    """Whether the project's file says it is of an older schema (read from its header, not opened)."""
    version = schema_version(Path(folder) / DB_FILENAME)
    return version is not None and 0 < version < SCHEMA_VERSION


def step_text(name: str, step: Upgrading) -> str:
    """What the dialog says of ``step``, in the interface's language."""
    what = {5: _tr("moving the documents' texts and building the search index"),
            11: _tr("building the search index")}.get(step.step, step.note)
    if not what:
        what = _tr("schema step {0} of {1}").format(step.step, step.schema)
    text = _tr("Upgrading the project {0} for this version (once):").format(name) + "\n" + what
    if not step.starting:
        text += "\n" + _tr("{0} of {1} documents").format(f"{step.done:,}", f"{step.total:,}")
    return text


def upgrade_first(parent: QWidget | None, folder: str | Path) -> bool:
    """Upgrade an older project in the background, showing what is done; False when that failed
    (the error was shown). True at once for a project that needs none (or that opening refuses:
    ``Store.open`` says why, as before)."""
    if not needs_upgrade(folder) or why_read_only(Path(folder), Path(folder) / DB_FILENAME):
        return True  # a read-only one is refused by Store.open: it cannot be upgraded
    from annotator.gui import tasks

    name = Path(folder).resolve().name

    def opener(at: str | Path, progress: Progress) -> Store:
        return Store.open(at, on_step=lambda step: progress(step.done, step.total, step_text(name, step)))

    done = tasks.run_task(parent, _tr("Upgrading the project"), folder,
                          lambda store, _progress, _cancelled: store.schema_version,
                          opener=opener)  # its store writes no session backup (only upgraded)
    return done is not None
