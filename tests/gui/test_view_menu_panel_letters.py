"""The View menu's Adjudication and Statistics entries have an access letter (A, T), before their
panel is made, after, and after a change of language; the docks' titles show no "&"."""
from __future__ import annotations

import re

import pytest

ENTRIES = {"en": ("&Adjudication", "S&tatistics"), "zh_CN": ("裁定(&A)", "统计(&T)")}
TITLES = {"en": ("Adjudication", "Statistics"), "zh_CN": ("裁定", "统计")}


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _entries(window) -> tuple[str, str]:
    docks = window.docks
    texts = []
    for name in ("adjudication", "statistics"):
        made = docks.made.get(name)
        texts.append(made.toggleViewAction().text() if made is not None else docks.entries[name].text())
    return texts[0], texts[1]


def _no_clash(window) -> None:
    letters = [_letter(a.text()) for a in window.window_actions.menus["menu_view"].actions()
               if a.isVisible() and not a.isSeparator()]
    letters = [x for x in letters if x]
    assert len(letters) == len(set(letters)), letters


@pytest.mark.parametrize("first", ["en", "zh_CN"])
def test_the_panels_entries_keep_their_letters(window, qtbot, first):
    other = "zh_CN" if first == "en" else "en"
    view = window.window_actions.menus["menu_view"]
    try:
        window.commands.set_language(first)
        qtbot.waitUntil(lambda: _entries(window) == ENTRIES[first])  # before the panels are made
        _no_clash(window)
        window.docks.get("adjudication"), window.docks.get("statistics")
        assert _entries(window) == ENTRIES[first]  # the panels' own entries
        assert window.statistics.toggleViewAction() in view.actions()
        assert (window.adjudication.windowTitle(), window.statistics.windowTitle()) == TITLES[first]
        _no_clash(window)
        window.commands.set_language(other)
        qtbot.waitUntil(lambda: window.statistics.windowTitle() == TITLES[other][1])
        assert _entries(window) == ENTRIES[other]
        assert (window.adjudication.windowTitle(), window.statistics.windowTitle()) == TITLES[other]
        _no_clash(window)
    finally:
        window.commands.set_language("en")


def test_alt_v_then_t_shows_the_statistics(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    view = window.window_actions.menus["menu_view"]
    window.activateWindow()
    view.popup(window.mapToGlobal(window.rect().center()))  # as Alt+V opens it
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, "t")
    qtbot.waitUntil(lambda: "statistics" in window.docks.made and window.statistics.isVisible())
    view.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, "t")  # the panel's own entry, made now: hides it
    qtbot.waitUntil(lambda: not window.statistics.isVisible())
