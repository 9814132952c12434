"""A failed save's line in the status bar goes as soon as a later edit is saved.

The window shows a write the disk refused ("… could not write (database or disk is full); nothing
was saved") in the status bar for 15 s. Space freed and the next key saved within those seconds, the
bar went on saying "nothing was saved" over an edit that was saved.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def follow(window: MainWindow) -> None:
    """Say the window's failed edits (``MainWindow._on_failed``), each until the next edit is saved."""
    bar, said = window.statusBar(), [""]

    def failed(message: str) -> None:
        window._on_failed(message)
        said[0] = bar.currentMessage()

    def saved(_changeset: Any) -> None:
        if said[0] and bar.currentMessage() == said[0]:
            bar.clearMessage()
        said[0] = ""

    window.ops.failed.connect(failed)
    window.ops.changed.connect(saved)
