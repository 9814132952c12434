"""A pause in the typing searches every document off the window's thread (a two-character word such
as 松元 cannot use the trigram index: every text is read, 300-380 ms of the window's thread for 4,704
reports); a key typed meanwhile stops that search and its hits are never shown."""
from __future__ import annotations

import threading

from dialog_helpers import add_doc
from PySide6.QtCore import Qt

from annotator.core.store import Store
from annotator.gui.dialogs.search_dialog import SearchDialog
from tests.gui.conftest import type_chinese


def test_a_pause_in_the_typing_searches_off_the_window_s_thread(qtbot, store, monkeypatch):
    add_doc(store, "a.txt", "松元产业园一期建成。")
    add_doc(store, "b.txt", "海沧区没有这个词，松元有。")
    searched: list[threading.Thread] = []
    search = Store.search_documents
    monkeypatch.setattr(Store, "search_documents",
                        lambda self, *a, **k: searched.append(threading.current_thread()) or search(self, *a, **k))
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_chinese(dialog.query, "松元")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 2)
    assert searched and threading.main_thread() not in searched
    assert [dialog.results.topLevelItem(i).text(0) for i in range(2)] == ["a.txt", "b.txt"]
    assert dialog.count.text().startswith("2 found in 2 document")


def test_typing_on_stops_the_search_under_way_and_its_hits_are_not_shown(qtbot, store, monkeypatch):
    add_doc(store, "a.txt", "松元产业园一期建成。")
    add_doc(store, "b.txt", "海沧区建成软件园。")
    started, go_on, stopped = threading.Event(), threading.Event(), []
    search = Store.search_documents

    def slow(self, needle, limit=1000, cancelled=None):
        if needle == "松元":  # held until the user types on
            started.set()
            go_on.wait(10)
            stopped.append(cancelled is not None and cancelled())
        return search(self, needle, limit, cancelled)

    monkeypatch.setattr(Store, "search_documents", slow)
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_chinese(dialog.query, "松元")
    qtbot.waitUntil(started.is_set)  # under way in the worker: the window goes on taking keys
    qtbot.keyClick(dialog.query, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Backspace)
    type_chinese(dialog.query, "软件园")
    go_on.set()
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1)
    assert dialog.results.topLevelItem(0).text(0) == "b.txt"
    assert stopped == [True]  # told to stop: the texts after it are not read
    assert [dialog.results.topLevelItem(i).text(2) for i in range(dialog.results.topLevelItemCount())] == ["软件园"]


def test_enter_before_the_pause_searches_off_the_window_s_thread_and_opens_the_first_hit(qtbot, store, monkeypatch):
    add_doc(store, "a.txt", "海沧区建成软件园。")
    doc = add_doc(store, "b.txt", "今年松元产业园建成。")
    searched: list[threading.Thread] = []
    search = Store.search_documents
    monkeypatch.setattr(Store, "search_documents",
                        lambda self, *a, **k: searched.append(threading.current_thread()) or search(self, *a, **k))
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    type_chinese(dialog.query, "松元")
    with qtbot.waitSignal(dialog.hit_activated, timeout=5000) as opened:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
        assert dialog.busy()  # the window goes on while the worker searches
    assert opened.args == [doc, 2, 4]
    assert searched == [t for t in searched if t is not threading.main_thread()] and searched
