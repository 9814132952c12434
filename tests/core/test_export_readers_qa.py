"""What a researcher reading every export with pandas found (the second export QA pass): the
year in the JSON exports' ``meta`` a number, as in the tables; the README's advice to R and pandas
on the codes and whole numbers; Excel told the codes are text on purpose;
a span's sentence holding the span."""
from __future__ import annotations

import csv
import json
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from annotator.core.export import sheets
from annotator.core.export.formats import export

TEXTS = {"given.txt": "湖里区投资55.1亿元。", "r2021.txt": "2021年思明区政府工作报告\n思明区投资3亿元。"}
SPANS = [("given.txt", 0, 3, "DISTRICT", {"value": {"code": "350206"}}),
         ("given.txt", 5, 11, "AMOUNT", {"value": {"yuan": 5_510_000_000}}),
         ("r2021.txt", 15, 18, "DISTRICT", {"value": {"code": "350203"}}),
         ("r2021.txt", 20, 23, "AMOUNT", {"value": {"yuan": 300_000_000}})]


@pytest.fixture
def store(make_project, open_store):
    store = open_store(make_project(TEXTS, SPANS))
    store.set_document_metadata(store.document_id_by_name("given.txt"), "year", "2024")  # as --meta year=2024
    store.set_document_metadata(store.document_id_by_name("r2021.txt"), "source", "厦门日报")  # year: its title's
    return store


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "doccano-relations"])
def test_the_year_in_the_json_exports_is_a_number_whether_given_or_read_off_the_title(store, tmp_path, fmt):
    """``meta.year`` was the text "2024" for a year given with --meta (the store keeps it as text) but the
    number 2021 for one read off the title, so pandas' ``json_normalize`` gave a column of both; the
    tables and ``annotator documents --json`` give numbers."""
    out = tmp_path / "out.jsonl"
    export(store, out, fmt)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    years = {line.get("doc", line.get("name")): line["meta"]["year"] for line in lines}
    assert years == {"given.txt": 2024, "r2021.txt": 2021}
    assert all(type(y) is int for y in years.values())


README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_says_how_r_keeps_the_codes_as_text_and_pandas_whole_numbers_whole():
    """readr's ``read_csv`` and base R's ``read.csv`` read the CSV's codes (digits) as numbers; the README
    told R only the encoding and ``guess_max``. pandas reads a whole-number column with empty cells as
    float64: the README now names ``dtype_backend="numpy_nullable"``, which the next test runs."""
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert 'colClasses = c(district_code = "character")' in text
    assert 'col_types = cols(district_code = "c")' in text
    assert 'import excel using BOOK.xlsx, sheet("Facts") firstrow' in text  # Stata: text cells stay text
    assert 'dtype_backend="numpy_nullable"' in text


def test_pandas_reads_part_of_and_yuan_as_whole_numbers_as_the_readme_says(make_project, open_store, tmp_path):
    pd = pytest.importorskip("pandas")
    text = "全市完成投资300亿元，其中工业投资120亿元。湖里区投资55.1亿元，松元产业园开工。"
    spans = [(n, text.index(t), text.index(t) + len(t), label, {"value": v}) for n, t, label, v in (
        ("a.txt", "300亿元", "AMOUNT", {"yuan": 30_000_000_000}),
        ("a.txt", "120亿元", "AMOUNT", {"yuan": 12_000_000_000}),
        ("a.txt", "湖里区", "DISTRICT", {"code": "350206"}),
        ("a.txt", "55.1亿元", "AMOUNT", {"yuan": 5_510_000_000}),
        ("a.txt", "松元产业园", "PROJECT", {}))]
    store = open_store(make_project(text, spans))
    export(store, tmp_path / "out.xlsx")
    export(store, tmp_path / "facts.csv", "facts")
    for f in (pd.read_excel(tmp_path / "out.xlsx", sheet_name="Facts", dtype={"district_code": str},
                            dtype_backend="numpy_nullable"),
              pd.read_csv(tmp_path / "facts.csv", dtype={"district_code": str}, dtype_backend="numpy_nullable")):
        assert str(f.part_of.dtype) == "Int64" and str(f.yuan.dtype) == "Int64"
        by_text = f.set_index("text")
        assert by_text.yuan["55.1亿元"] == 5_510_000_000 and by_text.part_of["120亿元"] == by_text.id["300亿元"]
        assert pd.isna(by_text.part_of["300亿元"]) and by_text.district_code["55.1亿元"] == "350206"


def sheet_xml(book: Path, title: str) -> str:
    with zipfile.ZipFile(book) as z:
        names = re.findall(r'<sheet [^>]*name="([^"]+)"', z.read("xl/workbook.xml").decode())
        return z.read(f"xl/worksheets/sheet{names.index(title) + 1}.xml").decode()


@pytest.mark.parametrize("fast", [True, False])
def test_excel_is_told_the_division_codes_are_text_on_purpose(make_project, open_store, tmp_path, monkeypatch, fast):
    """Excel put a green triangle on every district_code cell ("number stored as text") and offered to
    convert the codes to numbers (and on any other text of digits: the span 3 of 3-5亿元); each sheet now
    lists its table's cells as ignored for that check (every number is written as a number)."""
    monkeypatch.setattr(sheets, "FAST_ROWS", fast)
    text = "湖里区投资55.1亿元建设松元产业园。"
    store = open_store(make_project(text, [("a.txt", 0, 3, "DISTRICT", {"value": {"code": "350206"}}),
                                           ("a.txt", 5, 11, "AMOUNT", {"value": {"yuan": 5_510_000_000}}),
                                           ("a.txt", 13, 18, "PROJECT")]))
    out = tmp_path / "out.xlsx"
    export(store, out)
    wb = load_workbook(out)
    for title in ("Facts", "Annotations", "Districts", "Projects", "Amounts", "Codebook"):
        ws = wb[title]
        xml = sheet_xml(out, title)
        (ignored,) = re.findall(r'<ignoredError sqref="([^"]+)" numberStoredAsText="1"/>', xml)
        assert ignored == f"A2:{get_column_letter(ws.max_column)}{ws.max_row}", title  # the codes among them
        tail = re.sub(r"<sheetData>.*</sheetData>", "", xml, flags=re.S)  # the schema's order: after the
        assert tail.index("<pageSetup") < tail.index("<ignoredErrors>")  # print setup, before a chart
        assert "<drawing" not in tail or tail.index("<ignoredErrors>") < tail.index("<drawing")
    assert "ignoredErrors" not in sheet_xml(out, "Links")  # no rows: nothing to say


SUMS = "厦门市完成投资300亿元，其中湖里区120亿元。思明区完成投资50亿元，其中工业投资20亿元。湖里区计划投资3-5亿元。"


def readme_recipe() -> tuple[str, str, str]:
    """The README's three steps that sum the facts as the Districts sheet does (ranges once, 其中 parts out)."""
    text = " ".join(README.read_text(encoding="utf-8").split())
    t = re.search(r'`(t = f\.set_index\("id"\))`', text)
    part = re.search(r"`(part = f\.part_of\.map\(t\.yuan\)\.notna\(\) & \(f\.part_of\.map\(t\.district_code\) "
                     r"== f\.district_code\))`", text)
    kept = re.search(r'`(f\[\(f\.range_end != "upper"\) & ~part\])` sums as the Districts sheet', text)
    assert t and part and kept, "the README's recipe for the Districts sheet's sums changed: change this test too"
    return t.group(1), part.group(1), kept.group(1)


def test_the_readmes_recipe_sums_the_facts_as_the_districts_sheet_does(make_project, open_store, tmp_path):
    """A range counted once at its lower end, a part of a total of the same district left out, a part of
    another district's total kept: the README's pandas recipe, run as written, gives the sheet's sums (its
    short form, ranges alone, would count 思明区's 其中 part twice: the README now says where it holds)."""
    pd = pytest.importorskip("pandas")
    spans = []
    for needle, label, value, nth in (("厦门市", "DISTRICT", {"code": "350200"}, 0),
                                      ("300亿元", "AMOUNT", {"yuan": 30_000_000_000}, 0),
                                      ("湖里区", "DISTRICT", {"code": "350206"}, 0),
                                      ("120亿元", "AMOUNT", {"yuan": 12_000_000_000}, 0),
                                      ("思明区", "DISTRICT", {"code": "350203"}, 0),
                                      ("50亿元", "AMOUNT", {"yuan": 5_000_000_000}, 0),
                                      ("20亿元", "AMOUNT", {"yuan": 2_000_000_000}, 1),
                                      ("湖里区", "DISTRICT", {"code": "350206"}, 1),
                                      ("3", "AMOUNT", {"yuan": 300_000_000}, 1),
                                      ("5亿元", "AMOUNT", {"yuan": 500_000_000}, 0)):
        start = -1
        for _ in range(nth + 1):
            start = SUMS.index(needle, start + 1)
        spans.append(("a.txt", start, start + len(needle), label, {"value": value}))
    store = open_store(make_project(SUMS, spans))
    store.set_document_metadata(store.document_id_by_name("a.txt"), "jurisdiction", "厦门市 350200")  # the 300's
    export(store, tmp_path / "out.xlsx")
    book = tmp_path / "out.xlsx"
    sheet = pd.read_excel(book, sheet_name="Districts", dtype={"district_code": str})
    expected = dict(zip(sheet.district_code, sheet.amount_sum_yuan, strict=True))
    assert expected == {"350200": 30_000_000_000, "350206": 12_300_000_000, "350203": 5_000_000_000}
    scope = {"f": pd.read_excel(book, sheet_name="Facts", dtype={"district_code": str})}
    for step in readme_recipe():
        name, _, expression = step.rpartition(" = ") if " = " in step else ("kept", "", step)
        scope[name] = eval(expression, scope)  # noqa: S307 - the README's own pandas
    assert scope["kept"].groupby("district_code").yuan.sum().to_dict() == expected
    f = scope["f"]
    short = f[f.range_end != "upper"].groupby("district_code").yuan.sum().to_dict()
    assert short["350203"] == 7_000_000_000  # the ranges alone: the part counted with its total
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert "yuan.sum()` gives the Districts sheet's sums where no total is stated with 其中" in text


def test_the_sentence_of_a_span_across_a_sentence_end_holds_the_whole_span(make_project, open_store, tmp_path):
    """tianshui_2020's PROJECT 敦煌行?丝绸之路国际旅游节 (its · lost to a ?) stood in a ``sentence`` cut at the ?:
    the row's sentence did not hold its own span. The cell now holds the sentences the span stands in."""
    text = "争取2020年丝绸之路（敦煌）国际文化博览会暨敦煌行?丝绸之路国际旅游节在天水举办。下一句。"
    name = "敦煌行?丝绸之路国际旅游节"
    start = text.index(name)
    store = open_store(make_project(text, [("a.txt", start, start + len(name), "PROJECT")]))
    export(store, tmp_path / "out.csv")
    export(store, tmp_path / "out.xlsx")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["sentence"] == "争取2020年丝绸之路（敦煌）国际文化博览会暨敦煌行?丝绸之路国际旅游节在天水举办。"
    header, cells = list(load_workbook(tmp_path / "out.xlsx")["Projects"].iter_rows(max_row=2, values_only=True))
    assert cells[header.index("sentence")] == row["sentence"]


def test_the_about_sheet_tells_a_colleague_how_to_read_the_facts_in_pandas_r_and_stata(store, tmp_path):
    """A colleague handed the workbook has no README: the About sheet now says how to keep the codes as
    text in pandas, R and Stata, and its pandas call, run as written, does."""
    pd = pytest.importorskip("pandas")
    out = tmp_path / "out.xlsx"
    export(store, out)
    about = {(r[0], r[1]): r[2] for r in load_workbook(out)["About"].iter_rows(min_row=2, values_only=True)}
    note = about["how to read", "pandas, R, Stata"]
    assert "readxl::read_excel" in note and 'import excel using f, sheet("Facts") firstrow' in note
    call = re.search(r"pandas: (pd\.read_excel\(.*?\)); \(", note)
    assert call, note
    f = eval(call.group(1), {"pd": pd, "f": out, "str": str})  # noqa: S307 - the About sheet's own pandas
    assert f.district_code.tolist() == ["350206", "350203"] and str(f.year.dtype) == "Int64"
    assert f.yuan.tolist() == [5_510_000_000, 300_000_000] and str(f.yuan.dtype) == "Int64"


def test_a_projects_first_amount_given_as_a_range_shows_the_range(make_project, open_store, tmp_path):
    """The Projects sheet showed amount 3 beside yuan 300,000,000 for 计划投资3-5亿元建设湖里创新园: the text of the
    range's lower end alone. It shows the range as written; yuan stays its lower bound, as the sums count it."""
    text = "湖里区计划投资3-5亿元建设湖里创新园。"
    spans = [("a.txt", 0, 3, "DISTRICT", {"value": {"code": "350206"}}),
             ("a.txt", 7, 8, "AMOUNT", {"value": {"yuan": 300_000_000}}),
             ("a.txt", 9, 12, "AMOUNT", {"value": {"yuan": 500_000_000}}),
             ("a.txt", 14, 19, "PROJECT")]
    store = open_store(make_project(text, spans))
    export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    header, row = list(wb["Projects"].iter_rows(max_row=2, values_only=True))
    got = dict(zip(header, row, strict=True))
    assert (got["project"], got["amount"], got["yuan"]) == ("湖里创新园", "3-5亿元", 300_000_000)
    assert (got["amounts"], got["amount_sum_yuan"]) == (1, 300_000_000)
    amounts = [r[:2] for r in wb["Amounts"].iter_rows(min_row=2, values_only=True)]
    assert amounts == [("a.txt", "3"), ("a.txt", "5亿元")]  # each span's own text there, as in Facts
