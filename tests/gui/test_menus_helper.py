"""``tests.gui.menus.menu_finder``, the way the tests walk the menu bar: it finds every submenu of the
window (``window.window_actions.menus`` among them) by the entry that opens it, says None of a plain entry,
and leaves the window's menus whole (``QAction.menu()`` on PySide6 6.9 and 6.10 deleted them:
"Internal C++ object (QMenu) already deleted" afterwards, or a crash)."""
from __future__ import annotations

import gc

import shiboken6

from tests.gui.menus import menu_finder


def test_every_submenu_is_found_by_its_entry_and_the_menus_stay(window):
    for _ in range(2):  # a second walk after the first's wrappers are gone
        menu_of = menu_finder()
        found = {}
        todo = [menu_of(a) for a in window.menuBar().actions()]
        while todo:
            menu = todo.pop()
            found[shiboken6.getCppPointer(menu)[0]] = menu
            todo += [m for a in menu.actions() if (m := menu_of(a)) is not None]
        del menu_of, todo, menu
        gc.collect()
        assert set(found) >= {shiboken6.getCppPointer(m)[0] for m in window.window_actions.menus.values()}
        assert all(shiboken6.isValid(m) for m in window.window_actions.menus.values())
    assert menu_finder()(window.window_actions.by_name["new_project"]) is None
    assert window.window_actions.menus["menu_recent"].title()  # still a menu with its words
