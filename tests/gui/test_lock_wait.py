"""The window's edit kept waiting by another program's write (`annotator` on the command line): the
status bar says so with the wait cursor while it waits, and the edit is saved once the lock comes."""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui import lock_wait
from annotator.paths import DB_FILENAME

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_ctrl_d_waiting_for_the_command_line_says_so_then_saves(window, store, qtbot):
    other = sqlite3.connect(str(store.folder / DB_FILENAME), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the command line's write under way
    seen: list[tuple[str, bool]] = []
    entered = threading.Event()
    said = window.store.waiting

    @contextmanager
    def waiting():
        with said():
            seen.append((window.statusBar().currentMessage(), QApplication.overrideCursor() is not None))
            entered.set()
            yield

    window.store.waiting = waiting

    def release_once_waiting() -> None:
        entered.wait(30)
        other.execute("COMMIT")

    t = threading.Thread(target=release_once_waiting)
    t.start()
    first = window.doc_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Ctrl)
    t.join(30)
    other.close()
    assert seen == [(lock_wait.message(window.store), True)]
    assert "Waiting for another program that is writing to project" in seen[0][0]
    assert store.document(first).done  # saved after the wait
    assert QApplication.overrideCursor() is None  # the cursor is back
    assert window.statusBar().currentMessage() != seen[0][0]


def test_the_message_is_in_chinese_in_the_chinese_window(window, qapp):
    from annotator.gui import i18n

    assert i18n.install_translator(qapp, "zh_CN")  # the language is set back after each test (conftest)
    said = lock_wait.message(window.store)
    assert said.startswith("正在等待另一个程序写完标注工程 project")
