"""What an analyst opening the workbook and the facts CSV found (the export QA pass): a sum in
dollars shown as the yuan are, each fact of a coding team saying whose it is, the README's
district-year panel running as written."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator.core.export.formats import export
from tests.sheets import table

TEXT = "辽源市实际利用外资2.8亿美元，投资55.1亿元建设松元产业园。"
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def book(make_project, open_store, tmp_path):
    amount = {"value": {"currency": "USD", "amount": 280_000_000}}
    store = open_store(make_project(TEXT, [("a.txt", 0, 3, "DISTRICT", {"value": {"code": "220400"}}),
                                           ("a.txt", 9, 15, "AMOUNT", amount),
                                           ("a.txt", 18, 24, "AMOUNT", {"value": {"yuan": 5_510_000_000}})]))
    out = tmp_path / "out.xlsx"
    export(store, out)
    return load_workbook(out)


def test_a_foreign_amount_has_thousands_separators_as_yuan_have(book):
    for sheet in ("Facts", "Amounts", "Annotations"):
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        cells = [row[header.index("foreign_amount")] for row in ws.iter_rows(min_row=2)]
        dollars = [c for c in cells if c.value is not None]
        assert [c.value for c in dollars] == [280_000_000], sheet
        assert dollars[0].number_format == "#,##0", sheet  # 280,000,000, not 280000000
        yuan = [row[header.index("yuan")] for row in ws.iter_rows(min_row=2) if row[header.index("yuan")].value]
        assert yuan[0].number_format == dollars[0].number_format, sheet
    codebook = {(r["sheet"], r["column"]): r for r in table(book["Codebook"])}
    row = codebook["Facts", "foreign_amount"]
    assert row["type"] == "number" and "currency" in row["unit"]
    assert book["Codebook"].page_setup.fitToWidth == 1  # its unit column no wider: printed one page across


TEAM = "厦门市湖里区投资55.1亿元建设松元产业园。"
TEAM_SPANS = [("a.txt", 3, 6, "DISTRICT", {"annotator": "li", "value": {"code": "350206"}}),
              ("a.txt", 8, 14, "AMOUNT", {"annotator": "li", "value": {"yuan": 5_510_000_000}}),
              ("a.txt", 3, 6, "DISTRICT", {"annotator": "wang", "value": {"code": "350206"}}),
              ("a.txt", 8, 14, "AMOUNT", {"annotator": "wang", "value": {"yuan": 5_510_000_000}}),
              ("a.txt", 16, 21, "PROJECT", {"annotator": "wang"})]


def test_each_fact_of_a_coding_team_says_whose_it_is(make_project, open_store, tmp_path):
    store = open_store(make_project(TEAM, TEAM_SPANS))
    export(store, tmp_path / "team.xlsx")
    export(store, tmp_path / "facts.csv", "facts")
    wb = load_workbook(tmp_path / "team.xlsx")
    facts = table(wb["Facts"])
    # the same 55.1亿元 twice: the sum takes it twice unless the analyst keeps one coder's rows
    assert sorted((f["text"], f["annotator"]) for f in facts) == [
        ("55.1亿元", "li"), ("55.1亿元", "wang"), ("松元产业园", "wang")]
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted((r["text"], r["annotator"]) for r in rows) == sorted((f["text"], f["annotator"]) for f in facts)
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(wb["Codebook"])}
    assert codebook["Facts", "annotator"]
    assert [c.value for c in wb["Facts"][1]].index("annotator") == [c.value for c in wb["Facts"][1]].index("status") + 1
    assert_about_explains_every_sheet(wb)


def assert_about_explains_every_sheet(wb):
    explained = {r["item"] for r in table(wb["About"]) if r["section"] == "how to read"}
    assert set(wb.sheetnames) - {"About"} <= explained, set(wb.sheetnames) - explained


def test_the_about_sheet_says_how_to_read_every_sheet(book):
    assert_about_explains_every_sheet(book)


def readme_panel() -> str:
    """The README's district-year panel, as a reader copies it."""
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    (panel,) = [b for b in blocks if "unstack(\"year\")" in b]
    return "\n".join(line[2:] if line.startswith("  ") else line for line in panel.splitlines())


def test_the_readmes_panel_runs_as_written_and_gives_years_as_whole_numbers(make_project, open_store, tmp_path,
                                                                           monkeypatch):
    pd = pytest.importorskip("pandas")
    texts = {"r2023.txt": "2023年政府工作报告\n二、2023年工作安排\n今年湖里区投资20亿元建设松元产业园。",
             "r2024.txt": "2024年政府工作报告\n二、2024年工作安排\n今年思明区投资30亿元。",
             "article.txt": "湖里区新闻：投资5亿元。"}
    spans = []
    for name, text in texts.items():
        for needle, label, value in (("湖里区", "DISTRICT", {"code": "350206"}),
                                     ("思明区", "DISTRICT", {"code": "350203"}),
                                     ("20亿元", "AMOUNT", {"yuan": 2_000_000_000}),
                                     ("30亿元", "AMOUNT", {"yuan": 3_000_000_000}),
                                     ("5亿元", "AMOUNT", {"yuan": 500_000_000}), ("松元产业园", "PROJECT", {})):
            if needle in text:
                start = text.index(needle)
                spans.append((name, start, start + len(needle), label, {"value": value}))
    store = open_store(make_project(texts, spans))
    export(store, tmp_path / "facts.csv", "facts")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(readme_panel(), "README.md", "exec"), scope)  # noqa: S102 - the README's own snippet
    panel, long = scope["panel"], scope["long"]
    assert panel.plan_yuan.to_dict() == {("350206", 2023): 2_000_000_000, ("350203", 2024): 3_000_000_000}
    assert pd.api.types.is_integer_dtype(panel.index.get_level_values("year"))  # 2023, not 2023.0
    assert not long.plan_yuan.isna().any() and len(long) == 2  # a district-year without figures is no row
    assert (tmp_path / "panel.dta").exists()


QUOTED = "湖里区推进“东部旧改”，东部旧改项目加快建设，金砖TOD开工。"


def test_a_district_counts_a_project_named_with_and_without_quotes_once(make_project, open_store, tmp_path):
    """jincheng_2020 names 太行一号国家风景道 and “太行一号国家风景道”: one project_key, so one
    project of 晋城市 (the Districts sheet counted two, and listed both names)."""
    spans = [("a.txt", 0, 3, "DISTRICT", {"value": {"code": "350206"}})]
    for name in ("“东部旧改”", "东部旧改项目", "金砖TOD"):
        start = QUOTED.index(name)
        spans.append(("a.txt", start, start + len(name), "PROJECT"))
    store = open_store(make_project(QUOTED, spans))
    export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    (row,) = table(wb["Districts"])
    keys = {f["project_key"] for f in table(wb["Facts"]) if f["label"] == "PROJECT"}
    assert row["projects"] == len(keys) == 2
    assert row["project_names"] == "“东部旧改”、金砖TOD"  # each project by the name it first had


@pytest.mark.parametrize("fast", [True, False])
def test_a_figure_with_a_fraction_is_not_shown_rounded(make_project, open_store, tmp_path, monkeypatch, fast):
    """1.05美元 showed as 1 and 12.5元 as 13 (the whole-yuan format of the column): such a cell shows two
    decimals, its neighbours stay whole, and the value is the one stored."""
    from annotator.core.export import sheets

    monkeypatch.setattr(sheets, "FAST_ROWS", fast)
    text = "引进外资1.05美元，补贴12.5元，投资55.1亿元。"
    spans = [("a.txt", 4, 10, "AMOUNT", {"value": {"currency": "USD", "amount": 1.05}}),
             ("a.txt", 13, 18, "AMOUNT", {"value": {"yuan": 12.5}}),
             ("a.txt", 21, 27, "AMOUNT", {"value": {"yuan": 5_510_000_000}})]
    store = open_store(make_project(text, spans))
    export(store, tmp_path / "out.xlsx")
    ws = load_workbook(tmp_path / "out.xlsx")["Amounts"]
    header = [c.value for c in ws[1]]
    shown = {(c.value, c.number_format) for row in ws.iter_rows(min_row=2)
             for c in (row[header.index("yuan")], row[header.index("foreign_amount")]) if c.value is not None}
    assert shown == {(1.05, "#,##0.00"), (12.5, "#,##0.00"), (5_510_000_000, "#,##0")}


@pytest.mark.parametrize("fast", [True, False])
def test_a_target_in_its_base_unit_is_shown_grouped_not_in_e_notation(make_project, open_store, tmp_path,
                                                                     monkeypatch, fast):
    """base_quantity of 迈上万亿台阶 is 1,000,000,000,000: Excel's General format shows a number of
    more than 11 digits as 1E+12, so the column groups whole numbers; a fraction (5.5 %) shows as written."""
    from annotator.core.export import sheets

    monkeypatch.setattr(sheets, "FAST_ROWS", fast)
    text = "营收迈上1万亿元台阶，新增就业1.2万人，增长5.5%。"
    spans = [("a.txt", 2, 10, "TARGET", {"value": {"quantity": 1, "unit": "万亿元"}}),
             ("a.txt", 11, 19, "TARGET", {"value": {"quantity": 1.2, "unit": "万人"}}),
             ("a.txt", 20, 25, "TARGET", {"value": {"quantity": 5.5, "unit": "%"}})]
    store = open_store(make_project(text, spans))
    export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    for title in ("Targets", "Facts"):
        ws = wb[title]
        column = [c.value for c in ws[1]].index("base_quantity")
        shown = {(row[column].value, row[column].number_format) for row in ws.iter_rows(min_row=2)
                 if row[column].value is not None}
        assert shown == {(10**12, "#,##0"), (12_000, "#,##0"), (5.5, "General")}, title
