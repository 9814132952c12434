"""A step of many spans written by the task worker behind a progress dialog, not on the window's thread.

Accepting or rejecting every open suggestion of a label in a big project, and undoing or redoing
that, is one transaction: 299,970 spans of 5,000 reports took 3.9-4.6 s, and on the window's
own connection the window froze for as long. A step of at least :data:`BIG` spans is written by
``gui/tasks.py``'s worker with a Store of its own (the busy cursor; after 0.4 s a dialog saying
what is under way, without Cancel: the transaction is all or nothing), the window painting
meanwhile. It stays one step of the undo history, and its ChangeSet is what the worker's store
returned, so the views apply it as any edit's. The window's own check for another program's
writes is told the write was its own. A refusal or failure is raised in the window's thread, as
the window's own store would have raised it; a project that cannot be opened for the worker is a
:class:`~annotator.core.errors.SaveError` (the step stays, as when the project is busy).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from annotator.core.errors import SaveError
from annotator.core.models import ChangeSet, StatusChange
from annotator.core.store import Store

BIG = 5_000  # spans: a step this large is written by the worker (~70 ms of the window's thread otherwise)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Busy", text)


def size(changeset: ChangeSet) -> int:
    """The spans and other rows a step writes (a compact status change: each of its spans)."""
    return sum(len(c) if isinstance(c, StatusChange) else 1 for c in changeset.changes)


def undoing(step_text: str, forward: bool) -> str:
    return (_tr("Redoing: {0}…") if forward else _tr("Undoing: {0}…")).format(step_text)


def deciding(status: str, count: int, label: str) -> str:
    text = _tr("Accepting {0} {1} suggestions…") if status == "accepted" else _tr("Rejecting {0} {1} suggestions…")
    return text.format(f"{count:,}", label).replace("  ", " ")  # no label: "Accepting 5,000 suggestions…"


def _open(folder: Any, _progress: Any) -> Store:
    store = Store.open(folder)
    store.defer_session_backup()  # the window's worker makes the session's backup; hourly ones stay the window's
    return store


def on_worker(window: QWidget | None, store: Store, title: str, name: str, *args: Any) -> Any:
    """``Store.<name>(*args)`` on the task worker's own Store of ``store``'s project; its result,
    or what it raised, raised here."""
    from annotator.gui import tasks

    if tasks.busy():  # a key pressed while another long write is under way (before its dialog shows)
        raise SaveError(f"{store.folder}: another long write is under way; try again when it is done")

    def job(worker: Store, _progress: Any, _cancelled: Any) -> tuple[bool, Any]:
        try:
            return True, getattr(worker, name)(*args)
        except Exception as e:  # noqa: BLE001 - raised again in the window's thread, for the caller to show
            return False, e

    outcome = tasks.run_task(window, title, store.folder, job, opener=_open)
    if outcome is None:  # the project could not be opened for the worker (said already)
        raise SaveError(f"{store.folder}: the project could not be opened to write {title}")
    ok, result = outcome
    if not ok:
        raise result
    reloading = getattr(window.window() if window is not None else None, "reloading", None)
    if reloading is not None:
        reloading.seen = store.data_version()  # the worker's commit is the window's own, not another program's
    return result


class Reverter:
    """The undo history's store: a big step undone or redone on the worker, any other on ``store``."""

    def __init__(self, store: Store, window: Callable[[], QWidget | None], title: Callable[[ChangeSet, bool], str]):
        self.store = store
        self._window = window
        self._title = title

    def revert(self, changeset: ChangeSet) -> bool | None:
        return self._write(changeset, False)

    def reapply(self, changeset: ChangeSet) -> bool | None:
        return self._write(changeset, True)

    def _write(self, changeset: ChangeSet, forward: bool) -> bool | None:
        """The store's answer (False: nothing to write); a big step's on the worker is not known: None."""
        name = "reapply" if forward else "revert"
        if size(changeset) < BIG:
            result: bool | None = getattr(self.store, name)(changeset)
            return result
        on_worker(self._window(), self.store, self._title(changeset, forward), name, changeset)
        return None
