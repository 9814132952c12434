"""Tables ready for analysis: document metadata on every export, the long Facts table, Districts
keyed by division code with the units above it, ASCII snake_case columns with a Codebook, codes
that read back as text (issue 14)."""
from __future__ import annotations

import csv as pycsv
import json
import re
from datetime import datetime

import pytest
from openpyxl import load_workbook

from annotator.cli import main
from annotator.core.divisions import division, find
from annotator.core.errors import AnnotatorError
from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from tests.sheets import table

FUZHOU = "2024年福州市鼓楼区政府工作报告：鼓楼区投资12亿元建设东街口商圈。计划新增30家高新技术企业。"
NANJING = "南京市鼓楼区投资8亿元建设江东商务区。全年完成投资5万元。"
META_FZ = {"date": "2024-01-10", "source": "福州日报", "jurisdiction": "350102", "编号": "FZ-1"}
META_NJ = {"year": "2023", "source": "南京日报", "jurisdiction": "南京市"}


def add(store, doc, needle, label, value=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    store.add_annotation(doc.id, start, start + len(needle), label, value=value or {})


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "proj")
    fz = s.add_document(Document(None, "fz.txt", "福州市鼓楼区2024年政府工作报告", FUZHOU, sha256(FUZHOU),
                                 char_count=len(FUZHOU), metadata=META_FZ))
    nj = s.add_document(Document(None, "nj.txt", "南京鼓楼", NANJING, sha256(NANJING), char_count=len(NANJING),
                                 metadata=META_NJ))
    fz, nj = (Document(**{**d.__dict__, "text": t}) for d, t in ((fz, FUZHOU), (nj, NANJING)))
    add(s, fz, "鼓楼区", "DISTRICT", {"name": "鼓楼区", "code": "350102"}, nth=1)
    add(s, fz, "12亿元", "AMOUNT", {"yuan": 1_200_000_000})
    add(s, fz, "东街口商圈", "PROJECT")
    add(s, fz, "新增30家高新技术企业", "TARGET", {"quantity": 30, "unit": "家"})
    add(s, nj, "鼓楼区", "DISTRICT", {"name": "鼓楼区", "code": "320106"})
    add(s, nj, "8亿元", "AMOUNT", {"yuan": 800_000_000})
    add(s, nj, "江东商务区", "PROJECT")
    add(s, nj, "5万元", "AMOUNT", {"yuan": 50_000})
    add(s, nj, "南京市", "DISTRICT", {"name": "南京市"})  # a name without a code
    yield s
    s.close()


@pytest.fixture
def book(store, tmp_path):
    out = tmp_path / "out.xlsx"
    export(store, out)
    return load_workbook(out)


# --------------------------------------------------------------- divisions
def test_divisions_give_the_units_above_a_code():
    fz, nj = division("350102"), division("320106")
    assert (fz.name, fz.province, fz.prefecture, fz.county) == ("鼓楼区", "福建省", "福州市", "鼓楼区")
    assert (nj.name, nj.province, nj.prefecture) == ("鼓楼区", "江苏省", "南京市")
    assert division("110101").prefecture == "北京市"  # a municipality is its own prefecture
    assert division("999999") is None and division(None) is None
    assert find("鼓楼区") is None and find("厦门市").code == "350200" and find("350206").name == "湖里区"


# ------------------------------------------------------------------ Facts
def test_facts_rows_carry_year_district_code_and_the_units_above(book):
    facts = table(book["Facts"])
    assert [f["label"] for f in facts] == ["AMOUNT", "PROJECT", "TARGET", "AMOUNT", "PROJECT", "AMOUNT"]
    fz_amount, fz_project, fz_target, nj_amount, _nj_project, small = facts
    assert fz_amount["year"] == 2024 and nj_amount["year"] == 2023  # from date; from the metadata year
    assert fz_amount["district_code"] == "350102" and fz_amount["prefecture"] == "福州市"
    assert fz_amount["province"] == "福建省" and fz_amount["county"] == "鼓楼区"
    # 鼓楼区投资12亿元建设东街口商圈: the sum is the project's, and 鼓楼区 (the clause's subject) the project's
    assert fz_amount["project"] == "东街口商圈" and fz_amount["link"] == "project"
    assert fz_amount["yuan"] == 1_200_000_000 and fz_project["project"] == "东街口商圈"
    # no district in its sentence: the document's jurisdiction (metadata, a code)
    assert fz_target["district_code"] == "350102" and fz_target["link"] == "jurisdiction"
    assert (fz_target["quantity"], fz_target["unit"]) == (30, "家")
    assert nj_amount["district_code"] == "320106" and nj_amount["prefecture"] == "南京市"
    # the jurisdiction 南京市, a name only one unit has, gives its code
    assert small["district_code"] == "320100" and small["link"] == "jurisdiction"
    assert fz_amount["source"] == "福州日报" and fz_amount["date"] == datetime(2024, 1, 10)  # a date cell
    assert all(isinstance(f["district_code"], str) for f in facts)
    assert book["Facts"]["N2"].data_type == "s" and book["Facts"]["N2"].number_format == "@"  # district_code


def test_two_gulou_districts_stay_two_rows_and_a_name_without_code_is_its_own(book):
    rows = table(book["Districts"])
    gulou = {r["district_code"]: r for r in rows if r["district_name"] == "鼓楼区"}
    assert set(gulou) == {"350102", "320106"}
    assert gulou["350102"]["amount_sum_yuan"] == 1_200_000_000 and gulou["350102"]["prefecture"] == "福州市"
    assert gulou["320106"]["amount_sum_yuan"] == 800_000_000 and gulou["320106"]["province"] == "江苏省"
    assert {gulou[c]["district"] for c in gulou} == {"鼓楼区 (福州市)", "鼓楼区 (南京市)"}
    assert gulou["350102"]["targets"] == 1 and gulou["350102"]["keyed_by"] == "code"
    named = [r for r in rows if r["keyed_by"] == "name"]
    assert [(r["district_name"], r["district_code"], r["mentions"]) for r in named] == [("南京市", None, 1)]
    coded = {r["district_code"]: r for r in rows if r["keyed_by"] == "code"}
    assert coded["320100"]["amount_sum_yuan"] == 50_000  # the jurisdiction's, found in the gazetteer


def test_metadata_reaches_every_export(store, book, tmp_path):
    expected = {"title": "福州市鼓楼区2024年政府工作报告", "date": datetime(2024, 1, 10), "year": 2024,
                "source": "福州日报", "jurisdiction": "350102"}
    for sheet in ("Annotations", "Facts", "Projects", "Amounts", "Targets", "Documents"):
        rows = [r for r in table(book[sheet]) if r["document"] == "fz.txt"]
        assert rows, sheet
        for r in rows:
            assert {k: r[k] for k in expected} == expected, sheet
    extra = [c.value for c in book["Annotations"][1] if str(c.value).startswith("meta_")]
    assert len(extra) == 1 and re.fullmatch(r"meta_[a-z0-9_]+", extra[0])
    assert [r[extra[0]] for r in table(book["Documents"])] == ["FZ-1", None]

    for table_name in ("annotations", "facts"):
        out = tmp_path / f"{table_name}.csv"
        export(store, out, "facts" if table_name == "facts" else "csv")
        with open(out, encoding="utf-8-sig", newline="") as f:
            rows = [r for r in pycsv.DictReader(f) if r["document"] == "fz.txt"]
        assert rows and all(r["source"] == "福州日报" and r["year"] == "2024" and r["date"] == "2024-01-10"
                            for r in rows), table_name
    export(store, tmp_path / "gold.jsonl")
    lines = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines[0]["meta"] == {"title": expected["title"], **META_FZ, "year": 2024}
    export(store, tmp_path / "doccano.jsonl", "doccano")
    docs = [json.loads(line) for line in (tmp_path / "doccano.jsonl").read_text(encoding="utf-8").splitlines()]
    assert docs[1]["meta"]["source"] == "南京日报" and docs[1]["meta"]["year"] == 2023
    start = NANJING.index("8亿元")
    assert [start, start + 3, "AMOUNT", {"yuan": 800_000_000}] in docs[1]["meta"]["values"]


# ----------------------------------------------------- names and codebook
STATA_RESERVED = {"end", "in", "if", "int", "long", "float", "double", "byte", "using", "with", "_n", "_all"}


def test_columns_are_ascii_snake_case_and_the_codebook_lists_each(book):
    listed = {(r["sheet"], r["column"]): r for r in table(book["Codebook"])}
    for ws in book.worksheets:
        if ws.title in ("About", "Codebook"):
            continue
        for c in ws[1]:
            name = c.value
            assert re.fullmatch(r"[a-z][a-z0-9_]{0,31}", name), (ws.title, name)
            assert name not in STATA_RESERVED, (ws.title, name)
            row = listed[(ws.title, name)]
            assert row["meaning"] and row["type"], (ws.title, name)
    assert listed[("Facts", "yuan")]["unit"] == "yuan"
    assert listed[("Facts", "district_code")]["type"].startswith("text")


def test_the_facts_csv_reads_in_pandas_with_the_code_as_text(store, tmp_path, capsys):
    out = tmp_path / "facts.csv"
    assert main(["export", str(store.folder), "-o", str(out), "--table", "facts"]) == 0
    assert "wrote 6 fact(s)" in capsys.readouterr().out
    pd = pytest.importorskip("pandas")
    df = pd.read_csv(out, encoding="utf-8-sig", dtype={"district_code": str})
    assert list(df["district_code"]) == ["350102", "350102", "350102", "320106", "320106", "320100"]
    assert df["year"].tolist() == [2024, 2024, 2024, 2023, 2023, 2023]
    assert df.loc[df["label"] == "AMOUNT", "yuan"].sum() == 2_000_050_000
    assert "end_offset" in df.columns and "end" not in df.columns


def test_codes_stay_text_in_the_workbook(book):
    for sheet, column in (("Facts", "district_code"), ("Districts", "district_code"),
                          ("Annotations", "district_code")):
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        cells = [row[header.index(column)] for row in ws.iter_rows(min_row=2) if row[header.index(column)].value]
        assert cells and all(c.data_type == "s" and isinstance(c.value, str) for c in cells), sheet


# -------------------------------------------------------------- filters
@pytest.mark.parametrize("option,value,why", [("--label", "DISTRCT", "no label 'DISTRCT'"),
                                              ("--status", "acepted", "unknown status 'acepted'")])
def test_an_unknown_label_or_status_is_an_error(store, tmp_path, capsys, option, value, why):
    out = tmp_path / "x.csv"
    assert main(["export", str(store.folder), "-o", str(out), option, value]) == 1
    assert why in capsys.readouterr().err and not out.exists()
    with pytest.raises(AnnotatorError):
        export(store, out, labels=["NOPE"])


# ----------------------------------------------------------- stored links
def test_stored_links_decide_the_district_and_project_of_facts(store, tmp_path):
    by_text = {a.text: a for a in store.annotations()}
    nj_amount, small = by_text["8亿元"], by_text["5万元"]
    # 5万元 stands alone in its sentence: a link by hand gives it 南京市鼓楼区 and 江东商务区
    nj_gulou = next(a for a in store.annotations(small.document_id) if a.text == "鼓楼区")
    store.add_link(small.id, "district", nj_gulou.id)
    store.add_link(small.id, "project", by_text["江东商务区"].id, status="suggested", origin="attribute")
    # a district no span names, by its value; a rejected link changes nothing
    store.add_link(nj_amount.id, "district", value={"name": "南京市", "code": "320100"}, origin="jurisdiction")
    store.add_link(by_text["12亿元"].id, "district", value={"name": "福州市", "code": "350100"}, status="rejected")
    out = tmp_path / "linked.xlsx"
    export(store, out)
    facts = {f["text"]: f for f in table(load_workbook(out)["Facts"])}
    assert (facts["5万元"]["district_code"], facts["5万元"]["project"], facts["5万元"]["link"]) == \
        ("320106", "江东商务区", "manual")
    assert (facts["8亿元"]["district_code"], facts["8亿元"]["prefecture"], facts["8亿元"]["link"]) == \
        ("320100", "南京市", "jurisdiction")
    assert (facts["12亿元"]["district_code"], facts["12亿元"]["link"]) == ("350102", "project")  # no links: the rules
    districts = {r["district_code"]: r for r in table(load_workbook(out)["Districts"])}
    assert districts["320100"]["amount_sum_yuan"] == 800_000_000
    assert districts["320106"]["amount_sum_yuan"] == 50_000


# ------------------------------------------------------------------ layout
def test_a_reader_sees_heights_widths_small_sums_labels_and_a_print_setup(store, tmp_path):
    from annotator.core.export import sheets

    doc = store.add_document(Document(None, "long.txt", "长", "x", sha256("x"), char_count=1))
    long_sentence = "鼓楼区" + "推进城市更新和产业升级，" * 40 + "投资3亿元。"
    text = "。\n" * 400 + long_sentence + "=" * 40_000 + "。"
    doc = store.add_document(Document(None, "late.txt", "晚" * 18, text, sha256(text), char_count=len(text)))
    start = text.index("3亿元")
    store.add_annotation(doc.id, start, start + 3, "AMOUNT", value={"yuan": 300_000_000})
    start = text.index("=" * 40_000)
    store.add_annotation(doc.id, start, start + 40_000, "PROJECT")
    out = tmp_path / "layout.xlsx"
    summary = export(store, out)
    assert "totalling 23.00 亿元" in summary
    wb = load_workbook(out)
    facts = wb["Facts"]
    header = [c.value for c in facts[1]]
    col = {name: facts.cell(1, i + 1).column_letter for i, name in enumerate(header)}
    # widths fit every row (the long title comes after all others) and the bold header
    assert facts.column_dimensions[col["title"]].width >= 2 * 18
    assert facts.column_dimensions[col["district_code"]].width >= len("district_code") * 1.1
    # a wrapped cell of many lines gets the height for them; a one-line row keeps the default
    heights = {r: facts.row_dimensions[r].height for r in range(2, facts.max_row + 1)}
    tall = [r for r in heights if facts[f"{col['text']}{r}"].value == "3亿元"]
    assert tall and heights[tall[0]] >= 3 * sheets.LINE_HEIGHT
    # no cell over Excel's limit; the cut one says so
    cut = [c.value for row in facts.iter_rows() for c in row if isinstance(c.value, str) and len(c.value) > 30_000]
    assert cut and all(len(v) <= sheets.MAX_CELL and "characters in all" in v for v in cut)
    # small sums in 亿元 keep their digits: 5万元 is 0.0005
    amounts = wb["Amounts"]
    yi = [c for c in amounts[1] if c.value == "yi"][0].column_letter
    small = [amounts[f"{yi}{r}"] for r in range(2, amounts.max_row + 1)
             if amounts[f"{yi}{r}"].value and amounts[f"{yi}{r}"].value < 0.01]
    assert small and small[0].number_format == sheets.YI_FORMAT
    # print: fitted to as many pages across as the columns need at a readable size (26 columns on
    # one page printed unreadably small), header row on every page, the first column too when wide
    for ws in wb.worksheets:
        assert ws.print_title_rows == "$1:$1" or ws.print_title_rows == "1:1", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        total = sum(ws.column_dimensions[c].width for c in ws.column_dimensions)
        pages = ws.page_setup.fitToWidth
        assert total / pages <= sheets.PAGE_CHARS * sheets.SHRINK, ws.title  # no page shrunk further
        assert pages == 1 or total / (pages - 1) > sheets.PAGE_CHARS * sheets.SHRINK, ws.title  # no page more
        assert (ws.print_title_cols is not None) == (pages > 1), ws.title
    assert wb["Facts"].page_setup.fitToWidth >= 2 and wb["About"].page_setup.fitToWidth == 1
    # the chart names every district it shows and labels each bar with its value
    (chart,) = wb["Districts"]._charts
    assert chart.x_axis.tickLblSkip == 1 and chart.dataLabels.showVal


def test_money_says_small_sums_in_wan():
    from annotator.core.export.label_sheets import money

    assert money(5_510_000_000) == "55.10 亿元" and money(50_000) == "5.00 万元" and money(0) == "0.00 亿元"


def test_widths_are_measured_over_all_rows(tmp_path):
    from openpyxl import Workbook

    from annotator.core.export.rows import Column
    from annotator.core.export.sheets import SheetWriter

    wb = Workbook(write_only=True)
    writer = SheetWriter(wb, "T", (Column("name"), Column("n", "int")))
    writer.extend([["a", i] for i in range(2000)])
    writer.append(["湖里区松元产业园", 1])  # the 2001st row is the widest
    assert writer.close() == 2001
    wb.save(tmp_path / "t.xlsx")
    ws = load_workbook(tmp_path / "t.xlsx")["T"]
    assert ws.column_dimensions["A"].width >= 16 and ws["A2002"].value == "湖里区松元产业园"
    assert ws.max_row == 2002 and ws.auto_filter.ref == "A1:B2002"


def test_fast_rows_measure_the_widths_the_plain_path_measures(tmp_path, monkeypatch):
    """The fast path measures only where a value could widen its column; randomised against the
    plain path, which measures every value."""
    import random
    from datetime import datetime

    from openpyxl import Workbook

    from annotator.core.export import sheets
    from annotator.core.export.rows import Column

    rng = random.Random(3)
    pieces = ["a", "湖里区", "x\ny", "  ", "松元产业园二期工程", "&<>", "ab" * 30, "\n", "é"]

    def value():
        kind = rng.randrange(8)
        if kind == 0:
            return None
        if kind == 1:
            return rng.choice([0, 1, -1, 999, 1000, -1000]) * rng.choice([1, 10, 10**5, 10**9, 10**20])
        if kind == 2:
            return rng.choice([0.0005, 9.9999999999, 0.1, -2.5, 1e15, 123456.789, -0.0, float("nan")]) * \
                rng.choice([1, 10, 1000])
        if kind == 3:
            return "".join(rng.choice(pieces) for _ in range(rng.randrange(4)))
        if kind == 4:
            return datetime(2024, 1, 2, 3, 4, 5)
        if kind == 5:
            return rng.random() < 0.5
        return rng.choice([rng.randrange(10**rng.randrange(1, 9)), rng.random() * 10**rng.randrange(6)])

    columns = tuple(Column(h, k) for h, k in [("", "text"), ("n", "int"), ("yi", "yi"), ("w", "wrap"),
                                                ("when", "date"), ("x", "number"), ("t", "text")])
    mixed = [[value() if c.kind != "date" else rng.choice([None, datetime(2024, 1, 2)]) for c in columns]
             for _ in range(3000)]
    # each value a little wider than the one before: one skipped wrongly would leave its column narrower
    ints = sorted({10**k + d for k in range(21) for d in (-1, 0)})
    floats = sorted({10**k + d for k in range(-4, 17) for d in (-1e-9, -0.001, 0, 0.25)})
    texts = ["湖" * n + "a" * m for n in range(25) for m in (0, 1)]
    growing = [[texts[i % len(texts)], ints[i % len(ints)], floats[i % len(floats)], None, None,
                floats[-1 - i % len(floats)], "x\n" + "区" * (i % 30)] for i in range(len(floats))]
    for rows in (mixed, growing):
        widths = {}
        for fast in (True, False):
            monkeypatch.setattr(sheets, "FAST_ROWS", fast)
            wb = Workbook(write_only=True)
            writer = sheets.SheetWriter(wb, "T", columns)
            writer.extend(rows)
            writer.close()
            wb.save(tmp_path / f"{fast}.xlsx")
            ws = load_workbook(tmp_path / f"{fast}.xlsx")["T"]
            widths[fast] = {k: d.width for k, d in ws.column_dimensions.items()}
            assert ws.max_row == len(rows) + 1
        assert widths[True] == widths[False] and len(widths[True]) == len(columns)


def test_a_number_within_its_room_is_no_wider_than_its_column():
    from annotator.core.export.sheet_xml import _float_room, _int_room
    from annotator.core.export.sheets import display_width

    for tenths in range(0, 450, 3):
        width = tenths / 10
        room = _int_room(width)
        assert room == 0 or display_width(int(room) - 1) <= width < display_width(int(room) * 10 - 1)
        room = _float_room(width)
        below = [v for v in (room - 1e-9, room - 0.001, room - 0.5, room * (1 - 1e-15)) if 0 <= v < room]
        assert room == 0 or all(display_width(v) <= width for v in below), (width, room)


def test_a_jurisdiction_given_as_name_and_code():
    from annotator.core.export.facts import jurisdiction_of
    from annotator.core.export.rows import DocumentSpans

    def place(given):
        doc = Document(1, "d", "t", "", metadata={"jurisdiction": given} if given else {})
        return jurisdiction_of(DocumentSpans(doc, "", []))

    assert place("湖里区 350206").cells == ["350206", "湖里区", "福建省", "厦门市", "湖里区"]
    assert place("350102").cells[1:3] == ["鼓楼区", "福建省"]
    assert place("鼓楼区").cells == [None, "鼓楼区", None, None, None]  # two units of that name
    assert place("某某新区 999999").cells[:2] == ["999999", "某某新区"] and place(None) is None


def test_a_title_given_with_meta_is_the_title_of_every_table(tmp_path):
    """`annotator import P r.txt --meta title=…`: the window lists that title, and so does every
    table (they showed the report's first line, ——2024年1月15日在滨州市…会议上)."""
    text = "——2024年1月15日在滨州市第十二届人民代表大会第三次会议上\n滨州市投资40亿元建设滨州港。"
    s = Store.create(tmp_path / "proj")
    doc = s.add_document(Document(None, "binzhou.txt", text.split("\n")[0], text, sha256(text),
                                  char_count=len(text), metadata={"title": "滨州市政府工作报告", "year": "2024"}))
    doc = Document(**{**doc.__dict__, "text": text})
    add(s, doc, "40亿元", "AMOUNT", {"yuan": 4_000_000_000})
    add(s, doc, "滨州港", "PROJECT")
    out = tmp_path / "out.xlsx"
    export(s, out)
    wb = load_workbook(out)
    for sheet in ("Annotations", "Facts", "Projects", "Amounts", "Documents"):
        assert {r["title"] for r in table(wb[sheet])} == {"滨州市政府工作报告"}, sheet
    assert [c.value for c in wb["Documents"][1]].count("title") == 1
    s.close()
