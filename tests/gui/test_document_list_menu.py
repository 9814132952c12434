"""The document list's context menu (Rename document…, Remove document(s)…, Import the selected documents
again…) opened from the keyboard where Qt or the platform put it (a corner of the list, the middle of a cell),
not under the list's current row; a right-click on the empty room under the rows opened it all the same, and
Remove then removed the selected or the open document, which the user had not pointed at; a right-click on a
row not selected (with Ctrl or Shift held, or a request without a press) left the selection as it was, and
Remove removed the rows selected before. Now it opens as the spans table's does (gui/row_menu.py)."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu

from annotator.gui.models.document_list import NAME
from tests.gui.popups import entry, through_popup

ENGLISH = ["Rename document…", "Remo&ve document(s)…", "Import the open doc&ument again…"]
REMOVE = "Remo&ve document(s)…"


def through_menu(qtbot, window, open_it: Callable[[], object], take: str | None = None) -> dict:
    """Open the list's menu by ``open_it`` and take ``take`` in it; what it showed: its entries' texts, its
    position, the documents chosen while it was open ({} where no menu opened)."""
    seen: dict = {}

    def look(menu: QMenu) -> None:
        seen["texts"] = [a.text() for a in menu.actions() if not a.isSeparator()]
        seen["at"] = menu.pos()
        seen["chosen"] = window.commands.io.selected_documents()
        if take is not None:
            entry(menu, take).trigger()

    through_popup(qtbot, open_it, look)
    return seen


def row_of(window, name: str) -> int:
    proxy = window.panel.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, NAME).data() == name)


def names(store) -> list[str]:
    return sorted(d.name for d in store.documents())


@pytest.fixture
def asked(window) -> list[str]:
    """Remove's question, answered Yes (as tests/gui/test_project_io.py answers it)."""
    questions: list[str] = []
    window.confirm = lambda q: questions.append(q) or True
    return questions


def platform_menu_key(view) -> None:
    """The Menu key as X11 and Windows deliver it: a keyboard's context menu event to the focused list, at a
    point of the platform's choosing (here its corner, over the first row)."""
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(3, 3),
                                                   view.mapToGlobal(QPoint(3, 3))))


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier), (None, None)])
def test_the_menu_key_opens_it_under_the_current_row_and_remove_removes_that_document(
        window, store, qtbot, asked, key, modifier):
    view = window.panel.view
    window.open_document(store.document_id_by_name("a.txt"))
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    for _ in range(row_of(window, "c.txt") - view.currentIndex().row()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == row_of(window, "c.txt")
    row = view.visualRect(view.currentIndex())
    press = (lambda: qtbot.keyClick(view, key, modifier)) if key is not None else lambda: platform_menu_key(view)
    seen = through_menu(qtbot, window, press, REMOVE)
    assert seen.get("texts") == ENGLISH, seen
    under = view.viewport().mapToGlobal(QPoint(row.left(), row.bottom()))
    assert (seen["at"] - under).manhattanLength() <= 2, (seen["at"], under)  # at the row's foot, not elsewhere
    assert asked and "Remove 1 document(s) (c.txt)" in asked[0], asked
    assert names(store) == ["a.txt", "b.txt"]  # that document alone


def test_a_right_click_under_the_rows_opens_nothing_and_removes_nothing(window, store, qtbot, asked):
    view, proxy = window.panel.view, window.panel.proxy
    window.open_document(store.document_id_by_name("b.txt"))
    last = view.visualRect(proxy.index(proxy.rowCount() - 1, NAME))
    assert last.bottom() + 20 < view.viewport().height()
    under = QPoint(last.center().x(), last.bottom() + 20)
    seen = through_menu(qtbot, window, lambda: view.customContextMenuRequested.emit(under), REMOVE)
    assert seen == {} and asked == []
    assert names(store) == ["a.txt", "b.txt", "c.txt"]
    assert window.commands.io.selected_documents() == [store.document_id_by_name("b.txt")]


def right_click(view, point: QPoint, modifier: Qt.KeyboardModifier) -> None:
    """A right-click as X11 gives it: the press (Qt's list selects a row not selected under it, but not with Ctrl
    or Shift held), then the context menu's request (its release goes to the menu). Sent, not QTest's press: QTest
    would take the button as held down for the tests after this one."""
    viewport, right = view.viewport(), Qt.MouseButton.RightButton
    at, on_screen = QPointF(point), QPointF(viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseButtonPress, at, on_screen, right, right, modifier))
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point), modifier))


@pytest.mark.parametrize("modifier", [None, Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier,
                                      Qt.KeyboardModifier.ShiftModifier])
def test_a_right_click_on_a_row_not_selected_selects_it_first_and_remove_removes_that_one(
        window, store, qtbot, asked, modifier):
    """None: the menu's request alone, without a press (a test's; the spans table's tests ask so); else a press
    then the request (NoModifier: Qt's press selected the row already before, with Ctrl or Shift it did not)."""
    view, proxy = window.panel.view, window.panel.proxy
    a, c = store.document_id_by_name("a.txt"), store.document_id_by_name("c.txt")
    window.open_document(a)
    assert window.commands.io.selected_documents() == [a]
    point = view.visualRect(proxy.index(row_of(window, "c.txt"), NAME)).center()
    click = (lambda: view.customContextMenuRequested.emit(point)) if modifier is None else \
        lambda: right_click(view, point, modifier)
    seen = through_menu(qtbot, window, click, REMOVE)
    assert seen.get("chosen") == [c], seen
    assert asked and "Remove 1 document(s) (c.txt)" in asked[0], asked
    assert names(store) == ["a.txt", "b.txt"]  # the document pointed at, not the open one


def test_a_right_click_on_one_of_several_rows_selected_keeps_them(window, store, qtbot, asked):
    view, proxy = window.panel.view, window.panel.proxy
    a, c = store.document_id_by_name("a.txt"), store.document_id_by_name("c.txt")
    window.open_document(a)
    selection = view.selectionModel()
    selection.select(proxy.index(row_of(window, "c.txt"), NAME), selection.SelectionFlag.Select
                     | selection.SelectionFlag.Rows)
    point = view.visualRect(proxy.index(row_of(window, "c.txt"), NAME)).center()
    seen = through_menu(qtbot, window, lambda: view.customContextMenuRequested.emit(point), REMOVE)
    assert seen.get("chosen") == [a, c], seen  # both stay chosen
    assert "Import the selected doc&uments again…" in seen["texts"]  # named for the rows chosen
    assert asked and "Remove 2 document(s)" in asked[0]
    assert names(store) == ["b.txt"]
