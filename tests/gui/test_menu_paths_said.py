"""What the window says of its own menus is its menus: every menu path a message or hint names
("Project › Coding team › Open a package…", 标注工程 › 训练模型), in English and in its Chinese,
is an entry of the menu bar in that language (the hand-out said "Team › Open a package…", a menu
the window does not have)."""
from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.gui.menus import menu_finder

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "annotator_zh_CN.ts"
TOP = {"en": ("Project", "Edit", "View", "Help"), "zh_CN": ("标注工程", "编辑", "视图", "帮助")}
# a path: the word(s) before its first ›, then its entries
CHAINS = {"en": re.compile(r"([\w']+)((?: › [\w']+(?:\(s\))?(?: [\w']+(?:\(s\))?)*…?)+)"),  # (Remove document(s)…)
          "zh_CN": re.compile(r"([^\s“”（）()，。；：、›]+)((?: › [^›…（）()“”，。；、\s]+…?)+)")}
# said short where the whole path is plain: Edit › Reject all in this document (in the project) › Links
SHORT = {"all › Links", "全部拒绝 › 关联"}


def _said() -> dict[str, set[str]]:
    """The menu paths named in the window's strings (the English sources and their translations),
    each from a menu of the menu bar; a path that starts elsewhere ("Team › …") is kept as it is."""
    said: dict[str, set[str]] = {"en": set(), "zh_CN": set()}
    for message in ElementTree.parse(TS).getroot().iter("message"):
        texts = {"en": message.findtext("source") or "", "zh_CN": message.findtext("translation") or ""}
        for language, text in texts.items():
            for before, chain in CHAINS[language].findall(text):
                top = next((t for t in TOP[language] if before.endswith(t)), None)
                path = (top or before) + chain
                if path not in SHORT:
                    said[language].add(path.rstrip("…"))
    return said


def _entries(window) -> set[str]:
    def plain(text: str) -> str:
        return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…")

    entries: set[str] = set()
    menu_of = menu_finder()

    def walk(menu, path: list[str]) -> None:
        for action in menu.actions():
            here = [*path, plain(action.text())]
            entries.add(" › ".join(here))
            if menu_of(action):
                walk(menu_of(action), here)
    for action in window.menuBar().actions():
        walk(menu_of(action), [plain(action.text())])
    return entries


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_menu_path_the_window_names_is_one_of_its_menus(window, qtbot, language):
    said = _said()[language]
    assert len(said) >= 4  # the hand-out's two, New project, Train the model …
    try:
        window.commands.set_language(language)
        qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() ==
                        {"en": "&Project", "zh_CN": "标注工程(&P)"}[language])
        assert said - _entries(window) == set()
    finally:
        window.commands.set_language("en")
