"""After a background task's progress dialog closes, the keys go where they went before it: a
second F5 right after a long Run suggestions did nothing (no widget had the focus)."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui import tasks


def test_the_focus_comes_back_after_the_progress_dialog(window, qtbot, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", False)  # the real worker and dialog
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)  # the dialog shown at once, as for a long job
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    shown = []

    def job(store, progress, cancelled):
        for i in range(5):
            progress(i, 5, f"step {i}")
            threading.Event().wait(0.05)  # work taking a moment (the dialog must show), not a timing check
        return "done"

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [lambda dialog, *_: shown.append(dialog.isVisible())])
    assert tasks.run_task(window, "Suggesting", window.store.folder, job) == "done"
    assert any(shown)  # the dialog was there and had the focus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # and the keys work at once
    assert window.selected_id is not None
