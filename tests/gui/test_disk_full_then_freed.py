"""A disk that was full while the window saved, then freed: the next key saves, and the window stops
saying that nothing was saved (on a real 3 MB tmpfs filled to the last byte, the status bar went on
saying "could not write (database or disk is full); nothing was saved" for 15 s over the accept that
the freed disk had saved)."""
from __future__ import annotations

import sqlite3

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


def test_suggestions_stored_before_the_disk_refused_their_links_are_not_called_lost(window, store, qtbot, monkeypatch,
                                                                                    sync_tasks):
    """Run suggestions on a disk that filled up after the span suggestions were stored: the window showed
    them (reloaded) under "could not write (database or disk is full); nothing was saved"."""
    from annotator.core.store import links as store_links
    from annotator.gui.dialogs import errors

    said: list[str] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda _title, message, _details: said.append(message)])

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    before, real = len(store.annotations(window.doc_id)), store_links.LinkQueries.add_links
    monkeypatch.setattr(store_links.LinkQueries, "add_links", full)
    window.window_actions["suggest"].trigger()
    assert len(store.annotations(window.doc_id)) > before and not store.links()  # the spans' suggestions stored
    assert len(window.ann_model.rows()) == len(store.annotations(window.doc_id))  # and shown
    message, = said
    assert message.startswith(f"{store.path}: could not write (database or disk is full); nothing was saved — of "
                              "the link suggestions; the span suggestions are stored"), message
    monkeypatch.setattr(store_links.LinkQueries, "add_links", real)  # space freed: the same action suggests their links
    window.window_actions["suggest"].trigger()
    assert store.links()
