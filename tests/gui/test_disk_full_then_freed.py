"""A disk that was full while the window saved, then freed: the next key saves, and the window stops
saying that nothing was saved (on a real 3 MB tmpfs filled to the last byte, the status bar went on
saying "could not write (database or disk is full); nothing was saved" for 15 s over the accept that
the freed disk had saved)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_disk_full_zh import _FullWindowConnection


def test_the_edit_after_space_is_freed_is_saved_and_the_failure_is_no_longer_said(window, store, qtbot,
                                                                                    monkeypatch):
    view, bar = window.text_view, window.statusBar()
    real = window.store.conn
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = window.selected_id
    monkeypatch.setattr(window.store, "conn", _FullWindowConnection(real))  # the disk full
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert store.annotation(first).status == "suggested"
    assert window.ann_model.row(window.ann_model.row_of(first)).status == "suggested"  # shown as stored
    assert "disk is full" in bar.currentMessage() and "nothing was saved" in bar.currentMessage()
    assert len(window.errors) == 1
    monkeypatch.setattr(window.store, "conn", real)  # space freed: the same key again, no restart
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert store.annotation(first).status == "accepted"
    assert "nothing was saved" not in bar.currentMessage()
    assert len(window.errors) == 1
