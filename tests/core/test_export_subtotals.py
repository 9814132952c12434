"""A total and its parts stated with 其中 (完成投资300亿元，其中工业投资120亿元、基础设施投资80亿元): the
workbook's sums count the total and leave out its parts where the total is added to the same sum,
and Facts and Amounts name each part's total (part_of: the id of its row). Before, every sum
added 300 + 120 + 80."""
from __future__ import annotations

from dataclasses import asdict

import pytest
from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.export.label_sheets import summed
from annotator.core.export.rows import DocumentSpans
from annotator.core.export.subtotals import Subtotals, totals
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Annotation, Document, Link
from annotator.core.store import Store
from annotator.core.suggest.amount import AmountSuggester
from tests.sheets import table

YI = 10**8


def amounts(text: str, annotator: str = "") -> list[Annotation]:
    return [Annotation(i, 1, s.start, s.end, "AMOUNT", s.text, s.value, annotator=annotator)
            for i, s in enumerate(AmountSuggester().suggest(text), 1)]


def parts(text: str) -> dict[str, str]:
    """{part's text: its total's text} of the amounts the suggester finds in ``text``."""
    spans = amounts(text)
    found = totals(text, spans)
    return {a.text: found[(a.start, a.end, a.annotator)].text for a in spans if (a.start, a.end, a.annotator) in found}


def test_the_amounts_after_qizhong_are_parts_of_the_amount_before_it():
    assert parts("完成固定资产投资300亿元，其中工业投资120亿元、基础设施投资80亿元。另投资5亿元。") == {
        "120亿元": "300亿元", "80亿元": "300亿元"}
    # the real sentence of tianshui_2020: the nearest amount before 其中 is the total, not 603.75
    assert parts("全年新签约招商引资项目58项，总投资603.75亿元，新建和续建招商引资项目到位资金361.34亿元，"
                 "其中省外项目到位资金304.69亿元，增长41.72%，增速居全省第一。") == {"304.69亿元": "361.34亿元"}
    assert parts("投资20亿元，其中，工业10亿元") == {"10亿元": "20亿元"}  # 其中， as hechi_2015 writes it


def test_a_sentence_end_or_a_line_break_stops_the_parts():
    assert parts("生产总值702.5亿元，其中第一产业98.5亿元;第二产业增加值211亿元。") == {"98.5亿元": "702.5亿元"}
    assert parts("投资300亿元，其中工业120亿元；服务业80亿元。") == {"120亿元": "300亿元"}
    assert parts("投资300亿元。其中工业120亿元。") == {}  # the total stands in the sentence before
    assert parts("投资300亿元\n其中工业120亿元") == {}
    assert parts("投资300亿元！其中工业120亿元") == {}


def test_parts_never_add_up_to_more_than_their_total():
    # a figure of its own later in the sentence is no part: 120 + 200 would be more than 300
    assert parts("完成固定资产投资300亿元，其中工业投资120亿元，社会消费品零售总额200亿元。") == {"120亿元": "300亿元"}
    assert parts("投资50亿元，其中省外资金80亿元。") == {}  # larger than the total alone
    # the parts of a real GDP line add up to the total exactly, and rounded parts a little over it
    assert parts("生产总值702.5亿元，其中第一产业98.5亿元，第二产业211亿元，第三产业393亿元。") == {
        "98.5亿元": "702.5亿元", "211亿元": "702.5亿元", "393亿元": "702.5亿元"}
    assert parts("投资10亿元，其中工业3.4亿元、服务业6.65亿元。") == {"3.4亿元": "10亿元", "6.65亿元": "10亿元"}


def test_past_a_semicolon_the_parts_go_on_with_the_same_measure():
    # tianshui_2020: the three sectors' value added are parts of the GDP, each after a ；
    assert parts("全年预计实现生产总值702.5亿元，同比增长6.5%，其中第一产业增加值98.5亿元，增长5.8%;第二产业增加值"
                 "211亿元，增长7%;第三产业增加值393亿元，增长7.5%。") == {
        "98.5亿元": "702.5亿元", "211亿元": "702.5亿元", "393亿元": "702.5亿元"}
    # hechi_2015: 巴马's tourism revenue, after a ；, is a part of the city's (the total's measure)
    assert parts("旅游总收入147亿元，增长30%，其中，巴马长寿养生国际旅游区接待国内外游客851万人次，增长21%；"
                 "旅游总收入81亿元，增长30%。") == {"81亿元": "147亿元"}
    # another measure after the ；, or past the sentence's 。: no part
    assert parts("投资300亿元，其中工业投资120亿元；财政收入50亿元。") == {"120亿元": "300亿元"}
    assert parts("生产总值702.5亿元，其中第一产业增加值98.5亿元。第二产业增加值211亿元。") == {"98.5亿元": "702.5亿元"}


def test_qizhong_without_an_amount_before_it_makes_no_part():
    assert parts("实施项目50个，其中亿元以上项目20个、总投资80亿元。") == {}
    # a later 其中 of the sentence may still have a total: the 80亿元
    assert parts("实施项目50个，其中亿元以上项目20个、总投资80亿元，其中省外资金30亿元。") == {"30亿元": "80亿元"}
    assert parts("投资20亿元建设园区，30家企业参与其中，带动投资50亿元。") == {}  # 参与其中 lists no parts


def test_ranges_among_the_total_and_its_parts():
    # a range as the total: its lower end is the total (the upper end is never counted)
    assert parts("计划投资3-5亿元，其中工业1亿元。") == {"1亿元": "3"}
    # a range inside the parts: both ends are parts; and a part that is itself a range
    assert parts("投资30亿元，其中工业10-12亿元、服务业8亿元。") == {
        "10": "30亿元", "12亿元": "30亿元", "8亿元": "30亿元"}
    text = "计划投资3-5亿元，其中工业1-2亿元、其他5000万元。"
    ds = DocumentSpans(Document(1, "a.txt", "", text, sha256(text)), text, amounts(text))
    assert summed(ds) == 3 * YI  # the range once, its parts none; before: 3 + 1 + 0.5 = 4.5亿
    text = text.replace("其中", "另有")  # no parts: each range once, the rest added
    ds = DocumentSpans(Document(1, "a.txt", "", text, sha256(text)), text, amounts(text))
    assert summed(ds) == 4.5 * YI


def test_a_second_qizhong_in_the_sentence_adds_nothing_and_each_coder_has_own_totals():
    assert parts("投资300亿元，其中工业120亿元，其中新材料50亿元。") == {"120亿元": "300亿元", "50亿元": "300亿元"}
    text = "投资300亿元，其中工业120亿元。"
    li, wang = amounts(text, "li"), [a.with_(id=a.id + 10) for a in amounts(text, "wang")]
    found = totals(text, li + wang)
    assert found[(li[1].start, li[1].end, "li")] is li[0] and found[(wang[1].start, wang[1].end, "wang")] is wang[0]


def test_a_part_is_left_out_only_where_its_total_is_added():
    text = "利用外资5亿美元，其中港资3亿元。投资30亿元，其中工业10亿元。"
    spans = amounts(text)
    assert [a.text for a in spans] == ["5亿美元", "3亿元", "30亿元", "10亿元"]
    sub = Subtotals(text, spans)
    assert sub.total_of(spans[1]) is spans[0] and not sub.inside(spans[1])  # the total has no yuan: it is added
    assert sub.inside(spans[3])  # the document's sum adds the 30亿元
    rows = {spans[2].id: "湖里区", spans[3].id: "集美区"}
    assert not sub.inside(spans[3], lambda a: rows.get(a.id))  # another district's row does not have the 30
    assert sub.inside(spans[3], lambda a: "湖里区")
    assert not sub.inside(spans[3], lambda a: None)  # a total linked to no district is in no row


TEXT = ("全市完成固定资产投资300亿元，其中湖里区120亿元、集美区80亿元。"
        "湖里区推进松元产业园建设，总投资20亿元，其中今年完成5亿元。湖里区另安排资金2亿元。")
DISTRICTS = {"全市": ("厦门市", "350200"), "湖里区": ("湖里区", "350206"), "集美区": ("集美区", "350211")}
# amount -> (the district span it is linked to, by its text and occurrence; its project)
LINKS = {"300亿元": (("全市", 0), None), "120亿元": (("湖里区", 0), None), "80亿元": (("集美区", 0), None),
         "20亿元": (("湖里区", 1), "松元产业园"), "5亿元": (("湖里区", 1), "松元产业园"),
         "2亿元": (("湖里区", 2), None)}


def nth(text: str, needle: str, n: int) -> int:
    at = -1
    for _ in range(n + 1):
        at = text.index(needle, at + 1)
    return at


def build(folder) -> Store:
    """TEXT with its districts, the project and the six amounts, each linked by hand."""
    store = Store.create(folder)
    doc = store.add_document(Document(None, "a.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT))).id

    def add(start: int, text: str, label: str, value: dict | None = None) -> int:
        added = store.add_annotation(doc, start, start + len(text), label, value=value or {})
        return added.annotation_changes[0].after.id

    districts = {}
    for word, (name, code) in DISTRICTS.items():
        for n in range(TEXT.count(word)):
            districts[(word, n)] = add(nth(TEXT, word, n), word, "DISTRICT", {"name": name, "code": code})
    project = add(TEXT.index("松元产业园"), "松元产业园", "PROJECT")
    links = []
    for s in AmountSuggester().suggest(TEXT):
        amount = add(s.start, s.text, "AMOUNT", s.value)
        district, in_project = LINKS[s.text]
        links.append(Link(None, doc, amount, "district", districts[district]))
        if in_project:
            links.append(Link(None, doc, amount, "project", project))
    store.add_links(links)
    return store


@pytest.fixture
def book(tmp_path):
    with build(tmp_path / "p") as store:
        export(store, tmp_path / "out.xlsx")
    return load_workbook(tmp_path / "out.xlsx")


def test_the_sums_count_a_total_without_its_parts(book):
    amounts_ = table(book["Amounts"])
    assert {a["document_total_yuan"] for a in amounts_} == {322 * YI}  # 300 + 20 + 2; before: 527亿
    districts = {r["district"]: (r["amounts"], r["amount_sum_yuan"]) for r in table(book["Districts"])}
    # 湖里区's 120 is a part of 全市's 300, yet 湖里区 did invest it: its row adds it; its 5 is a part of its 20
    assert districts == {"厦门市": (1, 300 * YI), "湖里区": (3, 142 * YI), "集美区": (1, 80 * YI)}
    projects = {r["project"]: (r["amounts"], r["amount_sum_yuan"]) for r in table(book["Projects"])}
    assert projects == {"松元产业园": (1, 20 * YI)}  # before: 25亿, the 5 of its 20 added


def test_facts_and_amounts_name_the_total_so_an_analyst_sums_as_the_sheets_do(book):
    facts = [r for r in table(book["Facts"]) if r["label"] == "AMOUNT"]
    ids = {r["text"]: r["id"] for r in facts}
    assert {r["text"]: r["part_of"] for r in facts} == {
        "300亿元": None, "120亿元": ids["300亿元"], "80亿元": ids["300亿元"], "20亿元": None, "5亿元": ids["20亿元"],
        "2亿元": None}
    assert [a["part_of"] for a in table(book["Amounts"])] == [r["part_of"] for r in facts]
    by_id = {r["id"]: r for r in facts}

    def counted(r: dict, key: str | None) -> bool:  # the codebook's recipe: drop a part whose total is in the sum
        total = by_id.get(r["part_of"])
        return total is None or total["yuan"] is None or (key is not None and total[key] != r[key])

    by_district: dict[str, int] = {}
    by_project: dict[str, int] = {}
    for r in facts:
        if counted(r, "district_code"):
            by_district[r["district_code"]] = by_district.get(r["district_code"], 0) + r["yuan"]
        if r["project"] and counted(r, "project"):
            by_project[r["project"]] = by_project.get(r["project"], 0) + r["yuan"]
    assert by_district == {r["district_code"]: r["amount_sum_yuan"] for r in table(book["Districts"])}
    assert by_project == {r["project"]: r["amount_sum_yuan"] for r in table(book["Projects"])}
    assert sum(r["yuan"] for r in facts if counted(r, None)) == 322 * YI
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(book["Codebook"])}
    assert "其中" in codebook[("Facts", "part_of")] and "其中" in codebook[("Amounts", "part_of")]
    assert "其中" in codebook[("Districts", "amount_sum_yuan")] and "其中" in codebook[("Projects", "amount_sum_yuan")]


def test_a_workbook_with_or_without_part_of_is_read_back(tmp_path):
    with build(tmp_path / "p") as store:
        export(store, tmp_path / "new.xlsx")
        before = {a.id: asdict(a) for a in store.annotations()}
        again = import_annotations(store, [tmp_path / "new.xlsx"])
        assert (again.added, again.changed, again.rejected) == (0, 0, [])
        assert {a.id: asdict(a) for a in store.annotations()} == before
    wb = load_workbook(tmp_path / "new.xlsx")
    for title in ("Facts", "Amounts"):  # a workbook of an earlier version: no part_of
        ws = wb[title]
        ws.delete_cols([c.value for c in ws[1]].index("part_of") + 1)
    wb.save(tmp_path / "old.xlsx")
    for name in ("new.xlsx", "old.xlsx"):
        with Store.create(tmp_path / name.replace(".", "_")) as fresh:
            fresh.add_document(Document(None, "a.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT)))
            report = import_annotations(fresh, [tmp_path / name])
            assert report.rejected == [] and report.added == len(before), name
            assert sorted((a.start, a.label) for a in fresh.annotations()) == sorted(
                (a["start"], a["label"]) for a in before.values())


def test_an_export_finds_each_documents_parts_once(tmp_path, monkeypatch):
    """Facts, Districts, Projects and Amounts all ask which amounts are parts: a document's are found
    once for all of them (not per sheet, nor per row: a 400,000-character report has hundreds of 其中)."""
    import annotator.core.export.subtotals as subtotals_module

    calls: list[str] = []
    found = subtotals_module.totals

    def counted(text, spans):
        calls.append(text)
        return found(text, spans)

    monkeypatch.setattr(subtotals_module, "totals", counted)
    other = "全区投资10亿元，其中工业5亿元。"
    with build(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "b.txt", "报告二", other, sha256(other), char_count=len(other))).id
        for s in AmountSuggester().suggest(other):
            store.add_annotation(doc, s.start, s.end, "AMOUNT", value=s.value)
        export(store, tmp_path / "out.xlsx")
    assert sorted(calls) == sorted([TEXT, other])
    amounts_ = table(load_workbook(tmp_path / "out.xlsx")["Amounts"])
    assert {a["document_total_yuan"] for a in amounts_} == {322 * YI, 10 * YI}
