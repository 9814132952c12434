"""What went wrong, said in the status bar: a failed save's line, gone as soon as a later edit is
saved; a typed value the form refuses; a session backup that failed (the bar's warning).

The window shows a write the disk refused ("… could not write (database or disk is full); nothing
was saved") in the status bar for 15 s. Space freed and the next key saved within those seconds, the
bar went on saying "nothing was saved" over an edit that was saved.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.ops import Ops


def refusals(window: MainWindow) -> None:
    """A typed value the form refuses (``AnnotationForm.value_refused``) said in the status bar for 15 s, the
    sentence cleared once its field shows a stored value again (unless another message took its place)."""
    window.form.value_refused.connect(lambda message: window.statusBar().showMessage(message, 15000))

    def gone(message: str) -> None:
        if window.statusBar().currentMessage() == message:
            window.statusBar().clearMessage()

    window.form.refusal_gone.connect(gone)


def backups(window: MainWindow) -> None:
    """A session backup that failed (``SessionBackup.done``) shown by the status bar's warning, naming its folder."""
    def done(folder: str, error: str) -> None:
        if error:
            window.backup_warning.show_error(error, Path(folder))

    window.session_backup.done.connect(done)


def follow(window: MainWindow, ops: Ops) -> None:
    """Say the failed edits of the window's ``ops`` (``MainWindow._on_failed``), each until the next edit is saved."""
    bar, said = window.statusBar(), [""]

    def failed(message: str) -> None:
        window._on_failed(message)
        said[0] = bar.currentMessage()

    def saved(_changeset: Any) -> None:
        if said[0] and bar.currentMessage() == said[0]:
            bar.clearMessage()
        said[0] = ""

    ops.failed.connect(failed)
    ops.changed.connect(saved)
