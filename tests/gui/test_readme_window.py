"""The manual and the window agree: every key of README.md's key table is a shortcut of the
window, and every menu entry it names (*Menu › Entry*) is in the menu bar."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction

from tests.gui.menus import menu_finder

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
ARROWS = {"←": "Left", "→": "Right"}
NOT_ACTIONS = {"Esc", "Ctrl"}  # Esc leaves a field (focus.py); `Ctrl` alone: "with Ctrl by a word"


def _key_table() -> str:
    start = README.index("| key | does |")
    return README[start:README.index("\n\n", start)]


def _readme_keys() -> set[str]:
    keys = set()
    for row in _key_table().splitlines()[2:]:
        first = row.split("|")[1]
        for key in re.findall(r"`([^`]+)`", first):
            if key in NOT_ACTIONS or re.fullmatch(r"\d", key):  # label keys: the project's labels, below
                continue
            keys.add("".join(ARROWS.get(c, c) for c in key))
    return keys


def _menu_entries(window) -> set[str]:
    entries = set()
    menu_of = menu_finder()

    def walk(menu, path):
        for action in menu.actions():
            text = path + [action.text().replace("&", "").rstrip("…")]
            entries.add(" › ".join(text))
            if menu_of(action):
                walk(menu_of(action), text)
    for action in window.menuBar().actions():
        walk(menu_of(action), [action.text().replace("&", "")])
    return entries


def test_every_key_of_the_readme_is_a_shortcut_of_the_window(window):
    bound = {seq.toString() for action in window.findChildren(QAction) for seq in action.shortcuts()}
    bound |= {"Delete" for seq in bound if seq == "Del"}
    keys = _readme_keys()
    assert {"N", "Alt+Shift+Left", "Ctrl+Shift+S", "F1"} <= keys  # the table was read
    assert keys - bound == set()
    assert {str(n) for n in range(1, len(window.window_actions.labels()) + 1)} <= bound  # `1`–`9`: one a label


def test_every_menu_entry_the_readme_names_is_in_the_menu_bar(window):
    named = {" ".join(m.split()).rstrip("…") for m in re.findall(r"\*((?:Project|Edit|View|Help) › [^*]+)\*", README)}
    assert len(named) >= 5
    assert named - _menu_entries(window) == set()


def test_every_shortcut_of_the_window_is_in_the_readme(window):
    """The other way round: a key added to the window is in the manual's table (the Guide editor's
    Ctrl+S: in the paragraph after it); the platform's Quit key is the desktop's own."""
    from annotator.gui.widgets.docks import PANELS

    for panel in PANELS:
        window.docks.get(panel.name)
    quit_keys = {seq.toString() for seq in window.window_actions["quit"].shortcuts()}
    bound = {seq.toString() for action in window.findChildren(QAction) if action.associatedObjects()
             for seq in action.shortcuts() if not seq.isEmpty()} - quit_keys
    said = _readme_keys() | {"Return", "Del", "Ctrl+S"} | {label.shortcut for label in window.window_actions.labels()}
    assert "; with `Ctrl` by a word" in _key_table()  # the boundary keys' Ctrl+Alt+… forms
    said |= {f"Ctrl+{key}" for key in said if key.startswith("Alt+")}
    after = README[README.index("| key | does |"):]
    assert "`Ctrl+S` saves it" in after[:after.index("\n## ")]
    assert {"N", "F1", "Ctrl+Shift+J", "Ctrl+Alt+Shift+Right"} <= bound  # the window's keys were read
    assert bound - said == set()


def test_the_screenshot_caption_names_the_keys_of_the_panels_it_shows():
    """The picture at the top shows the Guide and the Statistics, which a first start does not open:
    its caption says the keys that do, and they are the panels' own."""
    from annotator.gui.widgets.docks import PANELS

    caption = re.search(r"!\[([^\]]*)\]\(docs/screenshot\.png\)", README).group(1)
    shown = dict(re.findall(r"the (\w+) \(([^)]+)\)", caption))
    assert {"Guide", "Statistics"} <= set(shown)
    keys = {p.name: p.key for p in PANELS}
    assert shown["Guide"] == keys["guide"] and shown["Statistics"] == keys["statistics"]


def test_annotator_alone_opens_the_demo_in_any_folder(tmp_path, monkeypatch, settings, qapp):
    """README's first command, `annotator gui projects/demo`, names the checkout's folder: installed from a
    wheel, elsewhere it said "projects/demo: no such project folder". Installing says what works anywhere."""
    import sys

    from PySide6.QtWidgets import QApplication

    from annotator.cli import main
    from annotator.gui import app as app_module
    from annotator.paths import DATA_DIR_ENV, demo_project

    installing = README[README.index("## Installing"):README.index("## Where your files live")]
    assert "Then `annotator` alone opens the window on the demo project, in any folder" in installing
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    settings.last_project = ""
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    opened = []

    def fake_exec():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible())
        opened.append(window.store.folder if window.store else None)
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    font = qapp.font()
    try:
        assert main([]) == 0
    finally:
        qapp.setFont(font)  # run() sets the interface's font: not for the tests after
    assert opened == [demo_project()]
