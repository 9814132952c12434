"""Showing an error to the user: one sentence, details folded away.

The message is shown in the interface's language: each line the core wrote (an error of opening a
project, of a write, of a label, a task's report) through :func:`annotator.gui.summaries.summary_text`,
so no caller has to translate the core's sentences; in English it stays as the core wrote it. A
translated message keeps the core's English sentence as its details (what SQLite said of a damaged
database is there, not in the Chinese sentence).

Tests intercept messages without a modal box: append a callable to :data:`HOOKS` (it gets
``(title, message, details)``; when any hook is present no box is shown), or monkeypatch
:func:`show_error`. The ``dialogs.errors.show_error`` lookup is made at call time by callers.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.gui.summaries import summary_text

Hook = Callable[[str, str, str], None]
HOOKS: list[Hook] = []


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    said = summary_text(message)
    if said != message and not details:  # the core's own sentence, with what SQLite said that the
        details = message  # translation leaves out (a damaged page's checks), under Show Details
    message = said
    if HOOKS:
        for hook in list(HOOKS):
            hook(title, message, details)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    from annotator.gui.messages import run

    run(box)  # its text wrapping within the screen, the keys back where they were when it closes
