"""A notice when the window opens a project kept on a network share or in a cloud-synced folder.

SQLite's write-ahead log does not work over a network, file locks on a share often fail, and a sync
client copies ``project.sqlite`` and its ``-wal`` file at different moments (``core/location.py``,
``core/store/journal.py``): a project kept there can be damaged or rolled back, and nothing said so.
Once the window has opened such a project a notice says where it is, what can go wrong, what annotator
does about it and where to keep it instead: a box that does not hold the window (as the upgrade's
notice, ``gui/upgrading.py``), shown once per project folder (the folders told are kept in the
settings, ``place_warned``). A read-only project is not warned of: nothing is written to it. A project
on this computer's disk that has been opened over a network share is written with the rollback journal
too (``store.shared``): the notice says why, and how the command line gives it back the write-ahead log.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from annotator.core.location import NETWORK, SYNCED
from annotator.core.store import Store

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.upgrading import UpgradedNotice

KEPT_FOLDERS = 100  # the folders told, most recent first


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeptWhere", text)


def notice_text(store: Store) -> tuple[str, str]:
    """The notice's title and text for ``store``'s folder, in the interface's language ("" when nothing is said)."""
    where, folder = store.location, store.folder
    if store.read_only or where.kind not in (NETWORK, SYNCED) and not store.shared:
        return "", ""
    if where.kind == NETWORK:
        how = (_tr("annotator writes it there with a rollback journal instead (saving is slower).")
               if store.journal == "delete" else
               _tr("Another program has it open, so it is still written with the write-ahead log, which is "
                   "damaged when that program runs on another computer."))
        return _tr("Project on a network share"), "\n\n".join((
            _tr("{0} is on a network share ({1}).").format(folder, where.what),
            _tr("SQLite's write-ahead log does not work over a network, and file locks on a share often fail: "
                "two computers writing this project can damage it.") + " " + how,
            _tr("Keep the project on this computer's disk and hand work over with Project › Coding team › "
                "Hand out a package… and Merge coders' work…, or let one computer at a time open it.")))
    if where.kind != SYNCED:
        return _shared_text(store)
    return _tr("Project in a synced folder"), "\n\n".join((
        _tr("{0} is in a cloud-synced folder ({1}).").format(folder, where.what),
        _tr("The sync copies project.sqlite and its -wal file at different moments and does not merge edits "
            "made on two computers: the project can be left damaged or rolled back."),
        _tr("Keep the project on this computer's disk, outside {0}, and hand work over with Project › Coding team "
            "› Hand out a package… and Merge coders' work…, or close it on one computer and let the sync finish "
            "before opening it on another.").format(where.what)))


def _shared_text(store: Store) -> tuple[str, str]:
    """On this computer's disk, opened over a network share before (``store.shared``, core/store/journal.py)."""
    from annotator.core.store.journal import BY_HAND
    from annotator.paths import as_argument

    marked = (_tr("{0} was marked shared on the command line (annotator shared).").format(store.folder)
              if store.shared == BY_HAND else
              _tr("{0} has been opened over a network share ({1}), from another computer say.").format(
                  store.folder, store.shared))
    how = (_tr("So annotator writes it with a rollback journal on this computer too, not the write-ahead log "
               "(saving is slower): a computer that has it open over the share would not see this computer's "
               "write-ahead log and would damage the project.") if store.journal == "delete" else
           _tr("So annotator writes it with a rollback journal from the next opening with no other program in it "
               "(one has it open with the write-ahead log now): a computer that has it open over the share would "
               "not see this computer's write-ahead log and would damage the project."))
    return _tr("Project opened over a network share"), "\n\n".join((marked, how, _tr(
        "When no computer opens it over a share any more, annotator shared {0} --not, typed on the command line, "
        "gives it back the write-ahead log.").format(as_argument(store.folder))))


def opened(w: MainWindow, store: Store) -> None:
    """``store`` has just become the window's project: its notice, once the window shows it, the first
    time this folder is opened on a share or in a synced folder."""
    title, text = notice_text(store)
    folder = str(store.folder)
    if not text or folder in w.settings.place_warned:
        return
    w.settings.place_warned = ([folder] + w.settings.place_warned)[:KEPT_FOLDERS]
    QTimer.singleShot(0, w, lambda: show(w, title, text))


def show(parent: QWidget, title: str, text: str) -> UpgradedNotice:
    """The notice, over the window without holding it; OK closes it."""
    from annotator.gui.upgrading import UpgradedNotice  # (the upgrade's notice: imported when first needed)

    box = UpgradedNotice(parent, text)
    box.setObjectName("keptWhereNotice")
    icon = box.findChild(QLabel)
    if icon is not None:
        size = box.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, box)
        icon.setPixmap(box.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
    box.setWindowTitle(title)
    box.show()
    return box
