"""An older project upgraded before the window opens it, in the background with a progress dialog.

Opening a project made before schema 11 builds its search index: 14-21 s for 5,000 documents,
during which the window froze with nothing said. :func:`upgrade_first` runs that upgrade on the
task worker (``gui/tasks.py``: its own Store, the event loop kept turning) with a dialog naming
what is done — *Upgrading the project reports for this version (once): building the search
index*, then documents done of all — and the window opens the upgraded project as before. The
upgrade is the core's (``core/store/upgrade.py``): a backup first, each step one transaction,
so quitting or a kill meanwhile leaves the project as it was. No Cancel button: a step is not
cut short halfway (and the next opening would have it all to do again).

Once the window has opened it, a notice (:func:`show_upgraded`: a box that does not hold the window)
says from which schema to which it was upgraded, where the backup of the project as it was is, and
that annotator versions older than this one can no longer open it: the window said nothing of it,
and a colleague's older annotator on a shared folder then refused the project.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from annotator.core.store import Store
from annotator.core.store.db_file import schema_version
from annotator.core.store.migrations import SCHEMA_VERSION
from annotator.core.store.read_only import why_read_only
from annotator.core.store.upgrade import Upgraded, Upgrading
from annotator.gui.message_text import fit, text_view
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
                          lambda store, _progress, _cancelled: [store.upgraded],
                          opener=opener)  # its store writes no session backup (only upgraded)
    if done is None:
        return False
    if done[0] is not None and parent is not None:  # said once the window has opened it
        QTimer.singleShot(0, parent, lambda: show_upgraded(parent, name, done[0]))
    return True


def upgraded_text(name: str, upgraded: Upgraded) -> str:
    """What the notice says of the project ``name`` upgraded on opening, in the interface's language."""
    return "\n\n".join((
        _tr("{0} was upgraded from schema {1} to schema {2} for this version of annotator.").format(
            name, upgraded.old, upgraded.new),
        _tr("The project as it was is kept in:\n{0}").format(upgraded.backup),
        _tr("Annotator versions older than this one can no longer open it: whoever opens this project folder "
            "(a colleague on a shared or network drive) needs to update annotator too.")))


def show_upgraded(parent: QWidget, name: str, upgraded: Upgraded) -> UpgradedNotice:
    """The notice of an upgrade: shown over the window without holding it (its text can be selected,
    the backup's path copied as it is on disk); OK closes it."""
    box = UpgradedNotice(parent, upgraded_text(name, upgraded))
    box.setWindowTitle(_tr("Project upgraded"))
    box.show()
    return box


class UpgradedNotice(QDialog):
    """Icon, text and OK, no wider than the screen's room. Not a QMessageBox: its label breaks lines only
    between words, and a path or a folder name without spaces (``/mnt/shared/hechi_reports_2010_2020_annotation
    /backups/auto-…-v11.sqlite``) made the box as wide as the screen at 18 pt, the name and the path cut at
    its right edge, the last line at its foot. Here the text wraps within the box, a word too long for a line
    anywhere in it; it is selected and copied as it is (a path with no break added)."""

    def __init__(self, parent: QWidget, text: str):
        super().__init__(parent)
        self.setObjectName("upgradedNotice")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
        self.view = text_view(self, text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        fit(self.view, size + row.spacing() + 2 * layout.contentsMargins().left())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def text(self) -> str:
        return self.view.toPlainText()
