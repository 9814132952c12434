"""Every kind of bad annotation file imported through the Chinese window (Project › Import
annotations…, the file chooser and the options dialog answered): each line the window shows is
Chinese, but for the file's names, its keys and the values it holds (quoted as the file has them)."""
from __future__ import annotations

import json
import re
import types
import zipfile

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from annotator.core.imports.zip_package import OLE
from annotator.gui import annotation_summaries, core_errors, i18n, messages
from annotator.gui import core_errors_annotations as rules_of
from annotator.gui.core_errors_annotations import annotation_rules
from annotator.gui.dialogs import errors
from annotator.gui.dialogs.annotation_import_dialog import AnnotationImportDialog
from annotator.gui.line_reasons import _rules as line_rules
from annotator.gui.line_reasons import line_reason
from annotator.gui.main_window import MainWindow
from tests.core.test_zip_package_parts import bad_crc, workbook

A = "厦门市湖里区计划投资55.1亿元建设松元产业园。\n力争新增80家国家级高新技术企业，集美区新增10家规上工业企业。\n"
C = "展望新的一年，翔安区将打造20个创新发展共同体。\n"
XA = C.index("翔安区")


def gold(**fields) -> dict:
    return {"doc": "c.txt", "start": XA, "end": XA + 3, "label": "DISTRICT", "text": "翔安区", "value": {}, **fields}


# (file name, its lines): each a kind of bad line the import of annotations rejects
GOLD_LINES = [
    "not json at all",
    "[1, 2]",
    json.dumps({"doc": "c.txt", "start": XA}),
    json.dumps(gold(doc="nowhere.txt")),
    json.dumps(gold(value=3)),
    json.dumps(gold(start="7")),
    json.dumps(gold()).replace(f'"start": {XA}', '"start": ' + "9" * 5000),  # Python's own words, "sys.set_int_…"
    json.dumps(gold(label=3)),
    json.dumps(gold(confidence=2)),
    json.dumps(gold(reason=3)),
    json.dumps(gold(links="x")),
    json.dumps(gold(links=[{"kind": "nearby"}])),
    json.dumps(gold(links=[{"kind": "district", "start": "0", "end": 3}])),
    json.dumps(gold(links=[{"kind": "district", "district": 3}])),
    json.dumps(gold(text="思明区"), ensure_ascii=False),
    json.dumps(gold(start=40, end=90)),
    json.dumps(gold(label="POLICY")),
    json.dumps(gold(status="maybe")),
    json.dumps(gold(label="AMOUNT", start=0, end=2, text="展望", links=[{"kind": "district", "start": XA,
                                                                         "end": XA + 3, "label": "DISTRICT"}]),
               ensure_ascii=False),
    json.dumps({"doc": "a.txt", "start": 0, "end": 3, "label": "AMOUNT", "text": "厦门市",
                "links": [{"kind": "project", "start": 30, "end": 35}]}, ensure_ascii=False),
    json.dumps({"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "厦门市",
                "value": {"code": 3.5}}, ensure_ascii=False),
]
DOCCANO_LINES = [
    json.dumps({"text": "", "label": [[0, 1, "DISTRICT"]]}),
    json.dumps({"text": "思明区\r\n", "label": [[0, 3, "DISTRICT"]]}, ensure_ascii=False),
    json.dumps({"text": "思明区", "label": [[0]]}, ensure_ascii=False),
    json.dumps({"text": "思明区", "label": [[0, 30, "DISTRICT"]]}, ensure_ascii=False),
    json.dumps({"text": "思明区湖里区", "label": [[0, 3, "POLICY"], [3, 6, "POLICY"]]}, ensure_ascii=False),
    json.dumps({"text": "思明区", "entities": [{"id": 1, "label": "DISTRICT", "start_offset": 0, "end_offset": 3}],
                "relations": "x"}, ensure_ascii=False),
    json.dumps({"text": "思明区", "entities": [{"id": 1, "label": "DISTRICT", "start_offset": 0, "end_offset": 3}],
                "relations": [{"id": 5, "type": "nearby", "from_id": 1, "to_id": 1}]}, ensure_ascii=False),
    json.dumps({"text": "思明区", "entities": [{"id": 1, "label": "DISTRICT", "start_offset": 0, "end_offset": 3}],
                "relations": [{"id": 5, "type": "district", "from_id": 1, "to_id": 9}]}, ensure_ascii=False),
    json.dumps({"text": "思明区", "entities": [{"id": 1, "label": "DISTRICT", "start_offset": 0, "end_offset": 3}],
                "meta": {"district_links": [[0, 3]]}}, ensure_ascii=False),
    json.dumps({"text": "思明区", "entities": [{"id": 1, "label": "DISTRICT", "start_offset": "a", "end_offset": 3}],
                "relations": []}, ensure_ascii=False),
    json.dumps({"text": "思明区", "label": [[0, 3, "DISTRICT"]],
                "meta": {"values": [[0, 3, "DISTRICT", {"code": 3.5}]]}}, ensure_ascii=False),
]
LINKS_LINES = [
    json.dumps({"doc": "c.txt", "label": "DISTRICT", "start": XA, "end": XA + 3, "district": 3}),
    json.dumps({"doc": "c.txt", "label": "AMOUNT", "start": 0, "end": 2, "project": "x"}),
    json.dumps({"doc": "nowhere.txt", "label": "AMOUNT", "start": 0, "end": 2, "project": [3, 5]}),
    json.dumps({"doc": "c.txt", "label": "AMOUNT", "start": 0, "end": 2, "project": [3, 5]}),
    json.dumps({"doc": "c.txt", "label": "AMOUNT", "start": "0", "end": 2, "project": [3, 5]}),
]


@pytest.fixture
def shown(window, monkeypatch, sync_tasks):
    """What the Chinese window shows after an import: its error boxes, informations and warnings."""
    seen: list[str] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, details: seen.append(message)])
    monkeypatch.setattr(window, "show_error", types.MethodType(MainWindow.show_error, window))
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: seen.append(text))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: seen.append(text))
    monkeypatch.setattr(AnnotationImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.commands.set_language("zh_CN")
    yield seen
    window.commands.set_language("en")


def import_through_the_menu(window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    window.window_actions["import_annotations"].trigger()


# English a Chinese line may keep: the file's keys and columns, its sheets, the values it holds (statuses,
# labels, link kinds), names of formats and programs, a command, and what the system or a library said
NAMES = {"doc", "text", "label", "links", "relations", "district_links", "start", "end", "LABEL", "district", "project",
         "null", "kind", "type", "name", "code", "value", "confidence", "reason", "status", "annotator", "document",
         "yuan", "yi", "note", "id", "to_label", "to_start", "to_end", "from_start", "entities", "Annotations", "Links",
         "quantity", "start_offset", "end_offset", "district_code", "suggested", "accepted", "rejected", "DISTRICT",
         "PROJECT", "AMOUNT", "POLICY", "JSON", "Lines", "UTF", "GB", "Big",  # (encodings: GB18030, Big5)
         "BOM", "Excel", "LibreOffice", "Word", "WPS", "doccano", "xls", "None", "zip", "xlsx", "json", "jsonl", "csv",
         "txt",
         "UTC", "import", "File", "not", "a", "file", "No", "such", "or", "directory",
         "tester"}  # the user's name, which the window imports under: a name, said as it is
# "File is not a zip file" (zipfile), FileNotFoundError, a part's bad CRC (zipfile): as the library said them
LIBRARY = ("File is not a zip file", "No such file or directory", "BadZipFile: Bad CRC-32 for file")


def english_left(line: str, *folders) -> set[str]:
    """The English words of ``line`` that are none of :data:`NAMES`, the paths and the quoted values left out."""
    rest = line
    for folder in folders:
        rest = re.sub(re.escape(str(folder)) + r"\S*?(?=[\s：]|$)", " ", rest)
    rest = re.sub(r"[\w.-]+\.(?:jsonl|json|xlsx|csv|txt)\b", " ", rest)  # a file's name
    rest = re.sub(r"\bxl/[\w/.]+", " ", rest)  # a part of a workbook's zip
    rest = re.sub(r"'[^']*'|\"[^\"]*\"|\{[^{}]*\}|\[[^\[\]]*\]", " ", rest)  # reprs of the file's values
    for said in LIBRARY:
        rest = rest.replace(said, " ")
    return set(re.findall(r"[A-Za-z_]{2,}", rest)) - NAMES


def said_in_chinese(texts: list[str], *folders) -> None:
    for text in texts:
        for line in text.splitlines():
            assert not english_left(line, *folders), line


def exported(window, folder):
    from annotator.core.export.formats import export
    from annotator.core.store import Store
    out = folder / "export.xlsx"
    with Store.open(window.store.folder) as s:
        export(s, out, statuses=("accepted", "suggested"))
    return out


def workbook_cases():
    """(name, change of the exported workbook)"""
    def cell(sheet, row, column, value):
        def change(wb):
            ws = wb[sheet]
            header = [c.value for c in ws[1]]
            ws.cell(row, header.index(column) + 1, value)
        return change

    def both(*changes):
        def change(wb):
            for c in changes:
                c(wb)
        return change

    def link_row(**cells):
        def change(wb):
            ws = wb["Links"]
            header = [c.value for c in ws[1]]
            ws.append([cells.get(h) for h in header])
        return change

    def drop(sheet):
        return lambda wb: wb.remove(wb[sheet])

    def clear(wb):
        ws = wb["Annotations"]
        ws.delete_rows(1, ws.max_row)

    def no_id(wb):
        ws = wb["Annotations"]
        ws.delete_cols(1, ws.max_column)
        ws.append(["x", "y"])
        ws.append([1, 2])

    return [
        ("id999", cell("Annotations", 2, "id", 999)),
        ("idtwice", cell("Annotations", 3, "id", 1)),
        ("conf", cell("Annotations", 3, "confidence", "abc")),
        ("status", cell("Annotations", 4, "status", "maybe")),
        ("start", cell("Annotations", 5, "start_offset", 1)),
        ("yuan", cell("Annotations", 3, "yuan", "abc")),
        ("formula", cell("Annotations", 3, "yuan", "=1+1")),
        ("disagree", both(cell("Annotations", 3, "yi", 5))),
        ("label", cell("Annotations", 2, "label", "POLICY")),
        ("nodoc", both(cell("Annotations", 2, "id", None), cell("Annotations", 2, "document", "zz.txt"))),
        ("nostart", both(cell("Annotations", 2, "id", None), cell("Annotations", 2, "start_offset", None))),
        ("swapped", both(cell("Annotations", 2, "id", None), cell("Annotations", 2, "start_offset", 5))),
        ("stale", both(cell("Annotations", 2, "updated_utc", __import__("datetime").datetime(2000, 1, 1)),
                       cell("Annotations", 2, "status", "accepted"))),
        ("code", cell("Annotations", 2, "district_code", "=A1")),
        ("emptytext", both(cell("Annotations", 2, "id", None), cell("Annotations", 2, "label", None))),
        ("link1", link_row(document="a.txt", kind="project", from_label="AMOUNT", from_start=10, from_end=16)),
        ("link2", link_row(document="a.txt", kind="district", from_label="AMOUNT", from_start=0, from_end=2,
                           district_name="x")),
        ("link3", link_row(kind="district", from_label="AMOUNT", from_start=10, from_end=16)),
        ("link4", link_row(document="a.txt", from_label="AMOUNT", from_start=10, from_end=16)),
        ("link5", link_row(document="a.txt", kind="district", from_label="AMOUNT", from_start="x", from_end=16)),
        ("nosheet", drop("Annotations")),
        ("emptysheet", clear),
        ("noid", no_id),
    ]


def patterns(rules) -> set[str]:
    return {p for p, _t, _k in rules}


# the rules of a whole workbook refused: its sheets (met by the test of workbooks), a zip this program cannot open
# or a damaged zip archive (not made here: a damaged .xlsx is), a possible zip bomb and a folder
# (test_annotation_import_reasons_zh.py)
WORKBOOK_FILES = {p for p in patterns(rules_of._files()) if "sheet" in p or "cannot open" in p or "damaged" in p
                  or "zip bomb" in p or "is a folder" in p}
# rows a workbook of this project cannot hold as exported (refused as a changed offset first), and values typed
# into a workbook as the form takes them, said in Chinese by the test after the workbooks' own (the core's own tests
# make the rows: tests/core/test_xlsx_typed_corrections.py, test_xlsx_typed_words.py, and the Chinese of the last two:
# tests/gui/test_workbook_typed_reasons_zh.py); the yuan and 亿元 disagreeing is left to the core's tests
TYPED = ("are needed", "times in its document", "not in its document", "80万", "division code", "commas",
         "sum with its unit", "both carry", "two places", "carries the unit", "is negative")
UNREACHED_ROWS = {p for p in patterns(rules_of._rows()) if "swapped" in p or "disagree" in p or any(
    t in p for t in TYPED)}


def zipped(path, *names) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name in names:
            z.writestr(name, "<x/>")


def test_every_bad_annotation_file_is_said_in_chinese(window, shown, tmp_path, monkeypatch):
    """Gold lines, doccano lines, links lines and whole files the import refuses: each line the window
    shows is Chinese, and each reason the core gave was said by a rule (none left in English)."""
    reasons: list[str] = []
    said = annotation_summaries.line_reason
    monkeypatch.setattr(annotation_summaries, "line_reason", lambda text: reasons.append(text) or said(text))
    c = "展望新的一年，翔安区将打造20个创新发展共同体。\n"
    b_amount = "3245.7万元"
    b_start = "海沧区𠀀溪镇完成投资3245.7万元。同安区推进“智慧集美”平台建设。\n".index(b_amount)
    files = {"bad.gold.jsonl": "\n".join(GOLD_LINES), "bad.doccano.jsonl": "\n".join(DOCCANO_LINES),
             "bad.links.jsonl": "\n".join(LINKS_LINES),
             "open.links.jsonl": json.dumps({"doc": "b.txt", "label": "AMOUNT", "start": b_start,
                                            "end": b_start + len(b_amount), "project": None}),
             "empty.jsonl": "", "t.csv": "doc,start\n", "t.txt": "翔安区"}
    assert c.index("翔安区") == XA
    for name, text in files.items():
        (tmp_path / name).write_text(text + "\n" if text else "", encoding="utf-8")
    (tmp_path / "zip.jsonl").write_bytes(b"PK\x03\x04 not JSON")
    (tmp_path / "bytes.xlsx").write_bytes(b"not a workbook")
    zipped(tmp_path / "word.xlsx", "word/document.xml")
    zipped(tmp_path / "other.xlsx", "a.txt")
    (tmp_path / "locked.xlsx").write_bytes(OLE + b"\0" * 600)  # a password-protected workbook, an old .xls
    (tmp_path / "cut.xlsx").write_bytes(workbook(tmp_path / "whole.xlsx").read_bytes()[:80])
    bad_crc(workbook(tmp_path / "crc.xlsx"), "xl/sharedStrings.xml", b"<sst>" + "<si><t>松元</t></si>".encode() * 40
            + b"</sst>")
    for name in [*files, "zip.jsonl", "bytes.xlsx", "word.xlsx", "other.xlsx", "gone.xlsx", "gone.jsonl",
                 "locked.xlsx", "cut.xlsx", "crc.xlsx"]:
        import_through_the_menu(window, monkeypatch, tmp_path / name)
    assert len(shown) == len(files) + 9
    # a Chinese comma between what was stored (the two lines whose link cannot be stored are rejected whole)
    assert shown[0].splitlines()[1] == "已存入：0 条标注，更改 1 条。"
    said_in_chinese(shown, tmp_path)
    text = "\n".join(shown)
    assert "是设有密码的工作簿，或改名为 .xlsx 的旧版 .xls 文件" in text
    assert "是损坏的 .xlsx 工作簿：无法读取其中的 xl/sharedStrings.xml" in text
    unknown = [r for r in reasons if not any(re.fullmatch(p, r) for p, _t, _k in line_rules() + core_errors.rules())]
    assert not unknown
    unmet = {p for p, _t, _k in annotation_rules() if not any(re.fullmatch(p, r) for r in reasons)}
    assert unmet <= patterns(rules_of._rows()) | WORKBOOK_FILES, unmet  # each met by the test of workbooks


def test_every_bad_row_of_a_workbook_is_said_in_chinese(window, shown, tmp_path, monkeypatch):
    """The rows of an exported workbook the import refuses (a formula with no computed value, a column
    that cannot change, an unknown id, a stale row, the Links sheet's) and workbooks refused whole."""
    import openpyxl

    reasons: list[str] = []
    said = annotation_summaries.line_reason
    monkeypatch.setattr(annotation_summaries, "line_reason", lambda text: reasons.append(text) or said(text))
    source = exported(window, tmp_path)
    for name, change in workbook_cases():
        wb = openpyxl.load_workbook(source)
        change(wb)
        wb.save(tmp_path / f"{name}.xlsx")
        import_through_the_menu(window, monkeypatch, tmp_path / f"{name}.xlsx")
    assert len(shown) == len(workbook_cases())
    reasons = [re.sub(r"^\w+ sheet: ", "", r) for r in reasons]
    unmet = {p for p, _t, _k in rules_of._rows() if not any(re.fullmatch(p, r) for r in reasons)}
    assert unmet == UNREACHED_ROWS  # met by the test after this one but one
    text = "\n".join(shown)
    assert "yuan 中是公式 =1+1，没有计算出的值（写入该工作簿的程序不计算公式）" in text
    assert "start_offset 不能在工作簿中更改（10 -> 1）；请在程序中移动或重新标注" in text  # as the sheet heads it
    said_in_chinese(shown, tmp_path)


def test_the_reasons_of_a_row_without_its_offsets_are_chinese(qapp):
    from annotator.core.imports import xlsx_rows

    whys = []
    for row in ({}, {"start": 5, "end": 3}, {"text": "3亿元"}, {"text": "5亿元"}):
        with pytest.raises(xlsx_rows.RowRefused) as e:
            xlsx_rows.offsets(row, lambda: "集美区投资3亿元，海沧区投资3亿元。")
        whys.append(str(e.value))
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        assert [line_reason(w) for w in whys] == ["需要 start_offset 和 end_offset 才能在文档中找到该标注",
                                                  "位置 5-3 前后颠倒或为负数",
                                                  "文本 '3亿元' 在其文档中出现了 2 次（位置 5, 14）；"
                                                  "请填写其 start_offset 和 end_offset",
                                                  "文本 '5亿元' 不在其文档中；请填写其 start_offset 和 end_offset"]
    finally:
        assert i18n.install_translator(qapp, "en")


def test_the_reasons_of_a_value_typed_into_a_workbook_are_chinese(qapp):
    # a sum, count or code that is none, a 万 count beside a 万 unit, a name and code of two places
    from annotator.core.fields import CellError, read_number
    from annotator.core.imports import xlsx_rows

    whys = []
    for label, row in (("AMOUNT", {"yuan": "abc"}), ("TARGET", {"quantity": "many"}),
                       ("DISTRICT", {"district code": "35020"}), ("AMOUNT", {"亿元": "abc"}),
                       ("TARGET", {"quantity": "3万", "unit": "万亩"})):
        with pytest.raises(CellError) as e:
            xlsx_rows.row_value({}, row, label)
        whys.append(str(e.value))
    with pytest.raises(CellError) as e:
        read_number("5,5", "confidence")
    whys.append(str(e.value))
    with pytest.raises(CellError) as e:
        xlsx_rows.changes(types.SimpleNamespace(label="DISTRICT", status="accepted", note="", updated_at="",
                                                value={"name": "湖里区", "code": "350206"}),
                          {"district name": "鼓楼区"})
    whys.append(str(e.value))
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        said = [line_reason(w) for w in whys]
    finally:
        assert i18n.install_translator(qapp, "en")
    assert said[0] == "字段 yuan 必须是以元计的整数金额：5510000000 或 55.1亿元，而不是 'abc'"
    assert said[-1] == ("地区名称 '鼓楼区' 与地区代码 '350206'（湖里区）指向两个地方；请填写与名称相符的代码，"
                        "或清空其中之一")
    for line in said:
        assert not english_left(line), line
