"""Showing an error to the user: one sentence, details folded away.

The message is shown in the interface's language: each line the core wrote (an error of opening a
project, of a write, of a label, a task's report) through :func:`annotator.gui.summaries.summary_text`,
so no caller has to translate the core's sentences; in English it stays as the core wrote it, but for
advice for a terminal, where the window names its menu. A message translated into another language keeps
under Show Details the same in English, labelled as such, to quote in a bug report: as the English window
says it (what SQLite said of a damaged database is there, not in the Chinese sentence; the window's menus,
not the command line's commands). The English window shows no such details: its sentence is the English.

Tests intercept messages without a modal box: append a callable to :data:`HOOKS` (it gets
``(title, message, details)``; when any hook is present no box is shown), or monkeypatch
:func:`show_error`. The ``dialogs.errors.show_error`` lookup is made at call time by callers.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.gui.i18n import SOURCE_LANGUAGE, current_language, in_english
from annotator.gui.summaries import summary_text

Hook = Callable[[str, str, str], None]
HOOKS: list[Hook] = []


def english_details(message: str) -> str:
    """What a translated error box keeps under Show Details: ``message`` as the English window says it, under
    a line saying what it is."""
    with in_english():
        english = summary_text(message)
    return QCoreApplication.translate("Errors", "The same in English, to quote in a bug report:") + "\n" + english


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    said = summary_text(message)
    if said != message and not details and current_language() != SOURCE_LANGUAGE:
        details = english_details(message)  # with what SQLite said that the translation leaves out
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
