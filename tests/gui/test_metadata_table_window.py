"""Project › Import metadata table… (``annotator meta P --from TABLE`` in the window): the table goes
through the core on the background worker, the list shows the dates, the report is said (in
Chinese too); a refused table names its row in the error box and stores nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.core.errors import AnnotatorError
from annotator.core.metadata_table import apply_table
from annotator.core.store import Store
from annotator.gui import messages
from annotator.gui.dialogs import errors
from annotator.gui.models.document_list import DATE, DOC_ID_ROLE


def refusals(tmp: Path) -> list[str]:
    """Each refusal of core/metadata_table.py, made by the core (tests/gui/test_core_errors.py checks
    each has its rule in gui/core_errors.py)."""
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    tmp.mkdir(parents=True, exist_ok=True)
    tables = {"empty.csv": ",,\n", "nocolumn.csv": "date,year\n2024-01-01,2024\n",
              "unnamed.csv": "document,year\n,2024\n", "unknown.csv": "document,year\nnowhere.txt,2024\n",
              "twice.csv": "document,year\na.txt,2024\na,2025\n", "year.csv": "document,year\na.txt,二〇二四\n",
              "nokey.csv": "document,,year\na.txt,x,2024\n", "bad.xlsx": "not a workbook",
              "long.csv": "document,year\n\"" + "x" * 140_000 + "\",2024\n"}  # a cell over csv's field limit
    for name, text in tables.items():
        (tmp / name).write_text(text, encoding="utf-8")
    out = []
    with Store.create(tmp / "p") as store:
        store.add_document(Document(None, "a.txt", "", "滨州的报告。", sha256("滨州的报告。")))
        for name in [*tables, "absent.csv"]:
            with pytest.raises(AnnotatorError) as e:
                apply_table(store, tmp / name)
            out.append(str(e.value))
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("annotator.core.metadata_table.MAX_BYTES", 1)
            with pytest.raises(AnnotatorError) as e:
                apply_table(store, tmp / "empty.csv")
            out.append(str(e.value))
    return out


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def said(monkeypatch) -> list[tuple[str, str]]:
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    return boxes


def date_shown(window, name: str) -> str:
    model = window.panel.view.model()
    for row in range(model.rowCount()):
        if window.doc_model.name_of(model.index(row, 0).data(DOC_ID_ROLE)) == name:
            return model.index(row, DATE).data(Qt.ItemDataRole.DisplayRole)
    raise AssertionError(name)


def test_the_menu_action_sets_the_tables_metadata_and_the_list_shows_the_dates(window, store, qtbot, tmp_path,
                                                                              monkeypatch):
    """The table is applied on the background worker (tasks.SYNC is off here)."""
    table = tmp_path / "dates.csv"
    table.write_text("document,date,year,jurisdiction\na.txt,2024-01-15,2024,滨州市\nb,2015-01-20,,\n",
                     encoding="utf-8")
    choose(monkeypatch, table)
    boxes = said(monkeypatch)
    action = window.window_actions["import_metadata"]
    assert action in window.window_actions.menus["menu_project"].actions() and action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(boxes))
    meta = {d.name: d.metadata for d in store.documents()}
    assert meta["a.txt"] == {"date": "2024-01-15", "year": "2024", "jurisdiction": "滨州市"}
    assert meta["b.txt"] == {"date": "2015-01-20"} and meta["c.txt"] == {}
    assert date_shown(window, "a.txt") == "2024-01-15" and date_shown(window, "b.txt") == "2015-01-20"
    assert boxes == [("Import metadata table",
                      f"set 4 field(s) of 2 document(s) from dates.csv (0 already as given) in {window.store.folder}")]
    assert window.errors == [] and window.undo_stack.count() == 0  # not an undo step, as an import is not


def test_a_table_naming_an_unknown_document_shows_its_row_and_stores_nothing(window, store, qtbot, tmp_path,
                                                                              monkeypatch):
    table = tmp_path / "dates.csv"
    table.write_text("document,date\na.txt,2024-01-15\nnowhere.txt,2016-02-01\n", encoding="utf-8")
    choose(monkeypatch, table)
    boxes = said(monkeypatch)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, _details: shown.append((title, message))])
    window.window_actions["import_metadata"].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("Importing the metadata table",
                      f"{table}: row 3: the project holds no document 'nowhere.txt' (the document list shows "
                      "their names); nothing was stored")]
    assert all(d.metadata == {} for d in store.documents()) and boxes == []
    assert date_shown(window, "a.txt") == ""


def test_the_report_and_a_refusal_in_chinese(window, store, qtbot, tmp_path, monkeypatch):
    table = tmp_path / "年份.csv"
    table.write_text("文档,year\na.txt,2024\n", encoding="utf-8")
    boxes = said(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda _title, message, _details: shown.append(message)])
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["import_metadata"].text() == "导入元数据表(&D)…")
        window.commands.io.import_metadata(str(table))
        qtbot.waitUntil(lambda: bool(boxes))
        table.write_text("文档,year\na.txt,二〇二四\n", encoding="utf-8")
        window.commands.io.import_metadata(str(table))
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        window.commands.set_language("en")
    assert boxes == [("导入元数据表",
                      "已从 年份.csv 为 1 篇文档设置 1 个字段（0 个字段已与表中相同），"
                      f"标注工程：{window.store.folder}")]
    assert shown == [f"{table}：第 2 行：元数据 year（年份）须是 1800 到 2099 之间的数字年份，"
                     "而不是 '二〇二四'；未存入任何内容"]
    assert store.document(store.document_id_by_name("a.txt")).metadata == {"year": "2024"}


def test_greyed_without_a_project(window):
    window._close_project()
    assert not window.window_actions["import_metadata"].isEnabled()


def test_an_empty_or_binary_table_is_refused_in_chinese_too(window, store, qtbot, tmp_path, monkeypatch):
    """Its text did not decode (core/imports/text.py): the file's reason was left in English."""
    tables = {"empty.csv": b"", "blank.csv": b"  \n\n", "nul.csv": b"document,year\na.txt,2024\x00\x00\n",
              "binary.csv": b"\x00\x01\x02\x03" * 64}
    for name, data in tables.items():
        (tmp_path / name).write_bytes(data)
    shown: list[str] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda _title, message, _details: shown.append(message)])
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["import_metadata"].text() == "导入元数据表(&D)…")
        for name in tables:
            window.commands.io.import_metadata(str(tmp_path / name))
            qtbot.waitUntil(lambda: len(shown) == list(tables).index(name) + 1)  # noqa: B023
    finally:
        window.commands.set_language("en")
    assert shown[:3] == [f"{tmp_path / 'empty.csv'}：文件是空的", f"{tmp_path / 'blank.csv'}：没有文字（只有空白）",
                         f"{tmp_path / 'nul.csv'}：含有 2 个 NUL 字符（第一个在第 2 行第 11 列），文本中不应有；"
                         "请在文本编辑器中删除后重新导入"]
    assert shown[3].startswith(f"{tmp_path / 'binary.csv'}：似乎是二进制文件"), shown
    assert all(d.metadata == {} for d in store.documents())
