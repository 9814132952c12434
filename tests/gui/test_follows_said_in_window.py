"""What the window says when the open district suggestions follow the metadata: a jurisdiction that decides
nothing (厦门市: no 鼓楼区 there) put the tables' first back while the status bar said they were "now coded in
the jurisdiction"; a table of years recoded nothing; Edit › Accept all in the project › DISTRICT accepted
codes the tables' order chose without a word."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.suggest.runner import propose
from tests.gui.conftest import add_document
from tests.gui.test_accept_all_beside_cli import accept_all
from tests.gui.test_jurisdiction_follows_in_window import codes, open_suggested
from tests.gui.test_jurisdiction_typo import said_in_chinese, type_jurisdiction

WUWEI = "无为县要加快发展，全县新增就业1万人。\n"


@pytest.fixture(autouse=True)
def this_checkouts_translations(monkeypatch):
    """The Chinese of this checkout's .qm (the editable install's resources may be another checkout's)."""
    from annotator.gui import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS", Path(__file__).resolve().parents[2] / "resources" / "translations")


def test_a_jurisdiction_that_decides_nothing_is_said_so_in_english_and_chinese(window, store, qtbot):
    doc = open_suggested(window, store, qtbot)
    type_jurisdiction(qtbot, window, "福州市")
    assert codes(store, doc) == ["350102", "350102"]
    type_jurisdiction(qtbot, window, "厦门市")
    assert codes(store, doc) == ["320106", "320106"]  # the tables' first again
    said = window.statusBar().currentMessage()
    assert said == ("2 open district suggestion(s) now coded by the tables' order: the jurisdiction does not "
                    "decide"), said
    type_jurisdiction(qtbot, window, "福州市")
    said = said_in_chinese(qtbot, window, "厦门市")
    assert codes(store, doc) == ["320106", "320106"]
    assert said == "2 条待审的地区建议已改回取区划表中第一个所得的代码：辖区无法确定是哪一个", said


def test_a_table_of_years_recodes_the_former_units_and_the_report_says_so_in_chinese(window, store, qtbot,
                                                                                    tmp_path, monkeypatch):
    from tests.gui.test_metadata_table_window import choose, said

    doc = add_document(store, "ww.txt", WUWEI)
    store.add_suggestions(doc, [s for s in propose(WUWEI, labels=["DISTRICT"]) if s.label == "DISTRICT"])
    table = tmp_path / "meta.csv"
    table.write_text("document,year\nww.txt,2005\n", encoding="utf-8")
    choose(monkeypatch, table)
    boxes = said(monkeypatch)
    window.commands.set_language("zh_CN")
    try:
        window.window_actions["import_metadata"].trigger()
        qtbot.waitUntil(lambda: bool(boxes))
    finally:
        window.commands.set_language("en")
    assert [a.reason for a in store.annotations(doc, labels=["DISTRICT"])] == ["former unit: 无为县 341422 (2000–2010)"]
    assert boxes[0][1].splitlines()[1:] == ["1 条待审的地区建议已按文档的年份重新编码"], boxes


def test_accept_all_district_says_how_many_codes_the_tables_order_chose_before_it_accepts(window, store, qtbot):
    doc = open_suggested(window, store, qtbot)
    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) or True
    accept_all(window, "DISTRICT")
    assert len(asked) == 1 and asked[0].endswith(
        "2 of them keep a code the tables' order chose (several units share the name): give the document's "
        "jurisdiction first, or check them once accepted"), asked
    qtbot.waitUntil(lambda: [a.status for a in store.annotations(doc, labels=["DISTRICT"])] == ["accepted"] * 2)


def test_accept_all_district_in_the_jurisdiction_asks_as_before(window, store, qtbot):
    doc = open_suggested(window, store, qtbot)
    type_jurisdiction(qtbot, window, "福州市")
    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) or True
    accept_all(window, "DISTRICT")
    assert len(asked) == 1 and "tables' order" not in asked[0], asked
    qtbot.waitUntil(lambda: [a.status for a in store.annotations(doc, labels=["DISTRICT"])] == ["accepted"] * 2)


def test_accept_all_district_asks_it_in_chinese_too(window, store, qtbot):
    open_suggested(window, store, qtbot)
    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) or False  # No: nothing accepted
    menu = window.window_actions.menus["menu_accept_project"]
    (action,) = [a for a in menu.actions() if a.text().replace("&", "") == "DISTRICT"]
    window.commands.set_language("zh_CN")
    try:
        action.trigger()
    finally:
        window.commands.set_language("en")
    assert len(asked) == 1 and asked[0].endswith(
        "其中 2 条的代码是取区划表中第一个所得（多个单位同名）：请先填写文档的辖区，或在接受后核对"), asked
    assert not store.annotations(labels=["DISTRICT"], statuses=["accepted"])
