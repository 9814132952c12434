"""Background work, one job at a time (Anki's ``taskman``), testable without threads.

:func:`run_task` runs ``job(store, progress, cancelled)`` on a single-worker executor with
its *own* :class:`Store` opened on the project folder (SQLite connections are not shared
between threads), shows a cancellable progress dialog and spins a local event loop until
the job is done, so the window keeps painting. Progress calls from the worker reach the
dialog through queued signals. The job's result is returned; if it raised, the error is
shown through :func:`annotator.gui.dialogs.errors.show_error` (after a database error, with
what an integrity check of the project found) and None is returned. A failed automatic
backup of the task's store is handed to ``on_backup_error``. :func:`run_work` does the same for
a job that needs no project Store (a package unpacked into a new folder), without Cancel.

The bar shows the fraction done; a job of one file, whose progress knows no fraction, shows a
busy bar with the file's name. Suggestions report thousandths of the whole job, also within a
single long document (:mod:`annotator.core.progress`), and a :class:`~annotator.core.progress.Step`
that the label says in the interface's language: document i of n, its name, what is being done.

Tests set ``tasks.SYNC = True`` (Picard's synchronous thread pool in its test case) to run
the job in the calling thread; :data:`PROGRESS_HOOKS` lets them see (and cancel) the dialog.
"""
from __future__ import annotations

import sqlite3
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.progress import LINKS, MODEL, READ, SPREAD, STORE, SUGGEST, Step
from annotator.core.store import Store
from annotator.gui.dialogs import errors
from annotator.gui.display import label_text
from annotator.gui.i18n import names_list
from annotator.gui.keys_back import give_back

T = TypeVar("T")
Progress = Callable[[int, int, Any], None]  # (done, total, current: a str or a Step)
Cancelled = Callable[[], bool]
Job = Callable[[Store, Progress, Cancelled], T]
Opener = Callable[[str | Path, Progress], Store]

SYNC = False  # run jobs in the calling thread (tests)
SHOW_AFTER_MS = 400  # the dialog appears only for jobs that take longer
# called in the GUI thread on each progress update: hook(dialog, done, total, current)
PROGRESS_HOOKS: list[Callable[[QProgressDialog, int, int, Any], None]] = []

_executor: ThreadPoolExecutor | None = None
_running = 0  # run_task calls under way (a second one queues behind the first)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tasks", text)


def busy() -> bool:
    """True while a task runs: the window may grey out actions that would start another."""
    return _running > 0


def executor() -> ThreadPoolExecutor:
    """The one background worker: jobs queue behind each other, never run side by side."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="annotator-task")
    return _executor


class _Bridge(QObject):
    """Lives in the GUI thread; the worker's signals arrive here queued.

    Bursts of progress are coalesced: at most one progress event waits in the queue, and
    it shows the newest values when it is delivered. Owned by the application, as a worker's
    carrier is (``carrier.py``): the worker's closure may let go of it after this thread has, and
    Python would then delete it (and the event loop and dialog it held) on the worker's thread.
    """

    progressed = Signal()
    finished = Signal()

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop):
        super().__init__(QCoreApplication.instance())
        self.dialog = dialog
        self.loop = loop
        self.done = False
        self.pending = threading.Lock()
        self.latest: tuple[int, int, Any] | None = None
        self.progressed.connect(self.on_progress, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(self.on_finished, Qt.ConnectionType.QueuedConnection)

    def progress(self, done: int, total: int, current: Any) -> None:  # worker thread
        self.latest = (int(done), int(total), current if isinstance(current, Step) else str(current))
        if self.pending.acquire(blocking=False):
            self.progressed.emit()

    @Slot()
    def on_progress(self) -> None:
        self.pending.release()
        if self.latest is not None and self.dialog is not None:  # (None: the task is over)
            _show_progress(self.dialog, *self.latest)

    @Slot()
    def on_finished(self) -> None:
        self.done = True
        self.loop.quit()


def describe(current: Any) -> str:
    """What a job is doing, for the dialog's label: a Step in the interface's language, a file
    by its name."""
    if isinstance(current, Step) and current.doing == READ:  # importing a long PDF, page by page
        return _tr("File {0} of {1}: {2}").format(current.index + 1, current.documents, Path(current.name).name) + \
            "\n" + _tr("page {0} of {1}").format(*current.page)
    if isinstance(current, Step) and current.doing == SPREAD:  # those skipped, done with these settings
        return _tr("Document {0} of {1} already suggested: {2}").format(
            current.index + 1, current.documents, current.name) + "\n" + _tr("looking for the strings accepted since")
    if isinstance(current, Step):
        labels = names_list(map(label_text, current.labels))
        what = {SUGGEST: _tr("suggesting {0}").format(labels), MODEL: _tr("the model suggesting {0}").format(labels),
                STORE: _tr("saving the suggestions"), LINKS: _tr("suggesting links")}.get(current.doing, current.doing)
        return _tr("Document {0} of {1}: {2}").format(current.index + 1, current.documents, current.name) + "\n" + what
    text = str(current or "")
    return Path(text).name if ("/" in text or "\\" in text) else text


def _show_progress(dialog: QProgressDialog, done: int, total: int, current: Any) -> None:
    if not dialog.wasCanceled():
        if total <= 1 and done < 1:  # one file under way: no fraction is known, a busy bar
            dialog.setRange(0, 0)
        else:
            dialog.setRange(0, max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
        text = describe(current)
        if text:
            dialog.setLabelText(text)
    for hook in list(PROGRESS_HOOKS):
        hook(dialog, done, total, current)


class _HeldDialog(QProgressDialog):
    """A dialog with nothing to cancel (a schema step is one transaction): Esc and closing it do
    nothing while the job runs (they hid it, the window still held and the work going on)."""

    held = True

    def reject(self) -> None:
        if not self.held:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.held:
            event.ignore()
        else:
            super().closeEvent(event)


def _make_dialog(parent: QWidget | None, title: str, cancellable: bool = True) -> QProgressDialog:
    dialog = (QProgressDialog if cancellable else _HeldDialog)(title, _tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def run_task(parent: QWidget | None, title: str, folder: str | Path, job: Job,
             on_backup_error: Callable[[str], None] | None = None, opener: Opener | None = None) -> T | None:
    """Run ``job`` on its own Store of ``folder`` in the background; its result, or None on error.
    ``opener`` opens that Store, reporting progress (an older project's upgrade: no Cancel then)."""
    cancel = threading.Event()
    outcome: dict[str, Any] = {}

    def work(progress: Progress) -> None:
        try:
            store = Store.open(folder, read_only_ok=True) if opener is None else opener(folder, progress)
        except BaseException as e:  # noqa: BLE001 — reported in the GUI thread
            outcome["error"] = (e, traceback.format_exc())
            return
        try:
            outcome["result"] = job(store, progress, cancel.is_set)
        except BaseException as e:  # noqa: BLE001
            outcome["error"] = (e, traceback.format_exc())
        finally:
            store.close()
            outcome["backup_error"] = store.backup_error

    _drive(parent, title, work, cancel if opener is None else None)  # a schema step is one transaction: no Cancel
    if outcome.get("backup_error") and on_backup_error is not None:
        on_backup_error(outcome["backup_error"])
    if "error" in outcome:
        _report(parent, title, folder, *outcome["error"])
        return None
    return outcome.get("result")


def run_work(parent: QWidget | None, title: str, job: Callable[[Progress], T]) -> T | None:
    """Run ``job(progress)`` in the background with no project Store (unpacking a package: there is
    no project yet), its dialog without Cancel; its result, or None on error (shown)."""
    outcome: dict[str, Any] = {}

    def work(progress: Progress) -> None:
        try:
            outcome["result"] = job(progress)
        except BaseException as e:  # noqa: BLE001 — reported in the GUI thread
            outcome["error"] = (e, traceback.format_exc())

    _drive(parent, title, work, None)
    if "error" in outcome:
        _report(parent, title, None, *outcome["error"])
        return None
    return outcome.get("result")


def _drive(parent: QWidget | None, title: str, work: Callable[[Progress], None],
           cancel: threading.Event | None) -> None:
    """``work`` on the worker (in the calling thread when SYNC) behind the progress dialog, a busy
    cursor, the event loop turning; Cancel sets ``cancel`` (no Cancel button when it is None)."""
    focused = QApplication.focusWidget()  # where the keys went: back there when the dialog goes
    dialog = _make_dialog(parent, title, cancellable=cancel is not None)

    def on_cancel() -> None:
        if cancel is not None:
            cancel.set()
        dialog.setLabelText(_tr("Cancelling…"))

    if cancel is not None:
        dialog.canceled.connect(on_cancel)
    else:
        dialog.setCancelButton(None)  # Qt takes nullptr: no button
    global _running
    _running += 1
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        if SYNC:
            work(lambda done, total, current: _show_progress(dialog, done, total, current))
        else:
            _run_in_background(dialog, work)
    finally:
        _running -= 1
        if isinstance(app, QApplication):
            app.restoreOverrideCursor()
        if cancel is not None:
            dialog.canceled.disconnect(on_cancel)
        if isinstance(dialog, _HeldDialog):
            dialog.held = False
        dialog.close()
        dialog.deleteLater()
        give_back(focused)  # gui/keys_back.py


def _run_in_background(dialog: QProgressDialog, work: Callable[[Progress], None]) -> None:
    loop = QEventLoop()
    bridge = _Bridge(dialog, loop)

    def run() -> None:
        try:
            work(bridge.progress)
        finally:
            bridge.finished.emit()

    future = executor().submit(run)
    if not bridge.done:
        loop.exec()
    future.result()  # finished by now; work() catches everything itself
    bridge.dialog = bridge.loop = None  # type: ignore[assignment]  # let go of here, on this thread
    bridge.deleteLater()


def _report(parent: QWidget | None, title: str, folder: str | Path | None, error: BaseException, details: str) -> None:
    if isinstance(error, AnnotatorError):  # the core's sentence (show_error says it in the interface's language)
        errors.show_error(parent, title, str(error))
        return
    message = _tr("Something went wrong; nothing more was done. The details below help to report it.")
    if isinstance(error, sqlite3.Error) and folder is not None:  # the database: what that means for the work
        from annotator.gui.safety import folder_report

        message = f"{error}\n\n{folder_report(folder)}"
    errors.show_error(parent, title, message, f"{type(error).__name__}: {error}\n\n{details}")
