"""Project › Coding team › Coders… (``gui/dialogs/coders_dialog.py``): the window showed no one who the
project's coders were, and nothing changed them. The dialog lists them (how and when they came in, their
layer's spans) and the other names; Remove (or Delete) takes the chosen coders off and Add… makes a name
one, each change written at once (checked on a second connection) and said under the list. A coder
removed keeps their spans, which the user then edits in place (a note typed goes on li's span, not on a
copy of the user's); in Chinese it says all of it in Chinese."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from annotator.core.store import Store
from annotator.gui.dialogs.coders_dialog import CodersDialog
from tests.gui.conftest import DOCS, build_project
from tests.gui.test_project_io import Answers
from tests.gui.test_spans_of_no_coder import type_note
from tests.team_layers import merged_copy

TEXT = DOCS[0][1]


@pytest.fixture
def project(tmp_path) -> Path:
    return team_project(tmp_path / "team")


def team_project(folder: Path) -> Path:
    """conftest's project, li's and wang's copies of a.txt merged (湖里区 each) and a span of the user's."""
    build_project(folder)
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        start = TEXT.index("湖里区")
        for who in ("li", "wang"):
            merged_copy(store, who, doc, [(start, start + 3, "DISTRICT", {})])
        store.add_annotation(doc, TEXT.index("集美区"), TEXT.index("集美区") + 3, "DISTRICT", annotator="tester")
    return folder


def cells(dialog: CodersDialog) -> list[list[str]]:
    """The list's rows, but the time each came in."""
    table = dialog.table
    return [[table.item(row, col).text() for col in range(table.columnCount()) if col != 2]
            for row in range(table.rowCount())]


def click_row(dialog: CodersDialog, row: int) -> None:
    table = dialog.table
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


def asked(handler) -> QTimer:
    """``handler`` given Add…'s question once it shows (a timer of its own: the one whose turn clicked Add…
    is not called again inside it)."""
    timer = QTimer(interval=20)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog) and box.isVisible():
            timer.stop()
            handler(box)

    timer.timeout.connect(look)
    timer.start()
    return timer


def typed(name: str):
    """Types ``name`` over what Add…'s question proposes and presses Enter."""
    def answer(box) -> None:
        edit = box.focusWidget()
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, name)
        QTest.keyClick(edit, Qt.Key.Key_Return)
    return answer


def test_the_coders_are_listed_and_one_removed_is_the_users_to_edit(window, store, qtbot):
    seen: dict[str, object] = {}

    def use(dialog) -> None:
        assert isinstance(dialog, CodersDialog)
        seen["rows"] = cells(dialog)
        seen["others"] = dialog.others.text()
        assert not dialog.remove_button.isEnabled()  # no coder chosen yet
        click_row(dialog, 0)
        dialog.remove_button.click()
        seen["after"], seen["said"], seen["store"] = cells(dialog), dialog.said.text(), store.coders()
        seen["others after"] = dialog.others.text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with Answers(use):
        window.team.coders_action.trigger()
    assert seen["rows"] == [["li", "merged", "1", "0", "0"], ["wang", "merged", "1", "0", "0"]]
    assert seen["others"] == ("Other annotator names, no coder's (edited in place): no name (5 span(s)), "
                              "tester (1 span(s))")
    assert seen["after"] == [["wang", "merged", "1", "0", "0"]] and seen["store"] == ("wang",)  # written at once
    assert seen["said"] == "li is no coder now: their 1 span(s) stay where they are, in the layer li, yours to edit " \
                           "in place."
    assert "li (1 span(s))" in str(seen["others after"])
    (li,) = store.annotations(window.doc_id, annotators=["li"])
    window.select_annotation(li.id)
    type_note(window, qtbot, "checked")
    assert window.errors == []
    a = store.annotation(li.id)  # li's span itself took it, yours now (as a solo project's): no copy beside it
    assert (a.note, a.annotator) == ("checked", "tester")
    assert [b.annotator for b in store.annotations(window.doc_id) if b.text == "湖里区"] == ["tester", "wang"]


def test_add_makes_a_name_a_coder_and_says_whether_it_has_spans(window, store, qtbot):
    said: list[str] = []
    offered: list[list[str]] = []

    def offer(box) -> None:
        offered.append(list(box.comboBoxItems()))
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Return)

    def use(dialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)  # a key's shortcut acts in the active window (late under load)
        click_row(dialog, 1)
        QTest.keyClick(dialog.table, Qt.Key.Key_Delete)  # wang off, by the key
        said.append(dialog.said.text())
        timer = asked(offer)
        dialog.add_button.click()  # wang back, chosen from the names offered
        said.append(dialog.said.text())
        timer = asked(typed("zhao"))
        dialog.add_button.click()  # a name of no span
        timer.stop()
        said.append(dialog.said.text())
        said.append("|".join(row[0] for row in cells(dialog)))
        dialog.buttons.rejected.emit()

    with Answers(use):
        window.team.coders_action.trigger()
    assert offered == [["wang"]]  # not the user's own name, nor no one's
    assert said == ["wang is no coder now: their 1 span(s) stay where they are, in the layer wang, yours to edit in "
                    "place.",
                    "wang is a coder now: their 1 span(s) stay as wang left them, your edits of them going to a copy "
                    "of your own.",
                    "zhao is a coder now; no span holds that name yet (a merge or an import under it brings theirs).",
                    "li|wang|zhao"]
    assert store.coders_by_how() == {"li": "merge", "wang": "added", "zhao": "added"}


def test_the_dialog_in_chinese(window, store, qtbot):
    seen: list[str] = []

    def use(dialog) -> None:
        click_row(dialog, 0)
        dialog.remove_button.click()
        seen.extend([dialog.windowTitle(), dialog.note.text(), dialog.said.text(), dialog.others.text(),
                     dialog.add_button.text(), dialog.remove_button.text(), *cells(dialog)[0],
                     *(dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount()))])
        dialog.reject()

    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.team.coders_action.text() == "编码员(&C)…")
        with Answers(use):
            window.team.coders_action.trigger()
    finally:
        window.commands.set_language("en")
    assert seen[0] == "编码员"
    for text in seen:
        assert not any(word in text for word in ("coder", "span", "name", "merged", "Add", "Remove")), text
    assert store.coders() == ("wang",)


def test_a_read_only_projects_coders_are_shown_not_changed(window, qtbot, tmp_path, monkeypatch):
    """(Root ignores file permissions: the store's writability probe says no, as test_read_only_dialogs.py has it.)"""
    from annotator.core.store import read_only

    folder = team_project(tmp_path / "snapshot")  # the same team, in a folder of its own
    probe = read_only.can_write
    monkeypatch.setattr(read_only, "can_write", lambda path: probe(path) and not (
        Path(path) == folder or folder in Path(path).parents))
    assert window.open_project(folder) and window.store.read_only
    seen = []

    def use(dialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)  # else the key's shortcut would not act, read-only or not
        click_row(dialog, 0)
        QTest.keyClick(dialog.table, Qt.Key.Key_Delete)
        seen.extend([len(cells(dialog)), dialog.read_only_note.isVisible(), dialog.add_button.isEnabled(),
                     dialog.remove_button.isEnabled()])
        dialog.reject()

    with Answers(use):
        window.team.coders_action.trigger()
    assert seen == [2, True, False, False] and window.errors == []
    with Store.open(folder, read_only_ok=True) as store:
        assert store.coders() == ("li", "wang")


def test_the_entry_is_greyed_without_a_project(qtbot, settings):
    from annotator.gui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.team.menu.aboutToShow.emit()
    assert w.store is None and not w.team.coders_action.isEnabled()


def test_the_keys_go_back_to_the_article_after_it(window, qtbot):
    with Answers(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape)):
        window.team.coders_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
