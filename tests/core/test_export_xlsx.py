"""The Excel summary: sheets, typed cells, chart, frozen headers, filters, no formulas, district sums."""
from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator.core.export import facts as F
from annotator.core.export import label_sheets as L
from annotator.core.export import rows as R
from annotator.core.export import xlsx
from annotator.core.export.meta import MetaColumns
from annotator.core.export.sentences import Sentences
from annotator.core.export.sheets import YI_FORMAT
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from tests.sheets import table

TEXT = ("厦门市湖里区投资55.1亿元建设松元产业园。\n=1+1\n@SUM(A1)与-3亿元；"
        "集美区计划新增80家企业，引进5亿美元。")
SHEETS = ["About", "Facts", "Annotations", "Districts", "Projects", "Amounts", "Targets", "Links", "Documents",
          "Codebook"]


def span(store, doc, needle, label, value=None, status="accepted", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    store.add_annotation(doc.id, start, start + len(needle), label, value=value or {}, status=status,
                         annotator="li")


def build(folder: Path) -> Store:
    store = Store.create(folder)
    doc = store.add_document(Document(None, "report.txt", "湖里区报告", TEXT, sha256(TEXT), char_count=len(TEXT)))
    store.add_document(Document(None, "empty.txt", "空", "无标注。", sha256("无标注。"), char_count=4))
    span(store, doc, "厦门市", "DISTRICT", {"name": "厦门市", "code": "350200"})
    span(store, doc, "湖里区", "DISTRICT", {"name": "湖里区", "code": "350206"})
    span(store, doc, "55.1亿元", "AMOUNT", {"yuan": 5_510_000_000, "qualifier": None})
    span(store, doc, "松元产业园", "PROJECT")
    span(store, doc, "=1+1", "PROJECT")
    span(store, doc, "@SUM(A1)", "PROJECT")
    span(store, doc, "-3亿元", "AMOUNT", {"yuan": -300_000_000, "qualifier": None})
    span(store, doc, "集美区", "DISTRICT", {"name": "集美区", "code": "350211"})
    span(store, doc, "新增80家企业", "TARGET", {"quantity": 80, "unit": "家"})
    span(store, doc, "5亿美元", "AMOUNT", {"currency": "USD", "amount": 500_000_000})
    span(store, doc, "厦门", "DISTRICT", {"name": "厦门市"}, status="rejected")
    span(store, doc, "引进5亿美元", "TARGET", status="suggested")
    return store


@pytest.fixture
def store(tmp_path):
    s = build(tmp_path / "proj")
    yield s
    s.close()


def cells_by_header(ws) -> list[dict]:
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


@pytest.fixture
def book(store, tmp_path):
    out = tmp_path / "out.xlsx"
    summary = xlsx.write(store, out, statuses=["accepted"])
    assert "10 annotation(s)" in summary
    return load_workbook(out), out


def test_sheets_have_one_frozen_filtered_header_row(book):
    wb, _ = book
    assert wb.sheetnames == SHEETS
    meta = MetaColumns([])
    headers = {"Annotations": R.annotation_columns(meta), "Districts": L.DISTRICT_COLUMNS,
               "Projects": L.PROJECT_COLUMNS + meta.columns() + F.GUESSED_COLUMNS,
               "Amounts": L.AMOUNT_COLUMNS + meta.columns() + F.GUESSED_COLUMNS,
               "Targets": L.TARGET_COLUMNS + meta.columns() + F.GUESSED_COLUMNS}
    for ws in wb.worksheets:  # the chart sheet holds no table
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}", ws.title
        first = [c.value for c in next(ws.iter_rows(max_row=1))]
        if ws.title in headers:
            assert first == [c.header for c in headers[ws.title]]
        assert all(isinstance(h, str) and h for h in first)
        assert ws["A1"].font.bold


def test_annotations_sheet_holds_typed_values(book):
    wb, _ = book
    rows = cells_by_header(wb["Annotations"])
    assert len(rows) == 10  # accepted only: the suggested and rejected spans stay out
    by_text = {r["text"].value: r for r in rows}
    amount = by_text["55.1亿元"]
    assert amount["yuan"].value == 5_510_000_000 and amount["yuan"].data_type == "n"
    assert amount["yuan"].number_format == "#,##0"
    assert amount["yi"].value == pytest.approx(55.1) and amount["yi"].number_format == YI_FORMAT
    assert amount["sentence"].value == "厦门市湖里区投资55.1亿元建设松元产业园。"
    assert amount["sentence"].alignment.wrap_text
    district = by_text["湖里区"]
    assert district["district_code"].value == "350206" and district["district_code"].data_type == "s"
    assert district["district_name"].value == "湖里区"
    assert isinstance(district["created_utc"].value, datetime)
    assert isinstance(district["updated_utc"].value, datetime)
    assert district["created_utc"].is_date
    assert district["start_offset"].value == 3 and district["end_offset"].value == 6
    assert district["annotator"].value == "li" and district["status"].value == "accepted"
    assert isinstance(district["id"].value, int)
    target = by_text["新增80家企业"]
    assert target["quantity"].value == 80 and target["unit"].value == "家"
    usd = by_text["5亿美元"]
    assert usd["currency"].value == "USD" and usd["foreign_amount"].value == 500_000_000
    assert usd["yuan"].value is None


def test_text_that_looks_like_a_formula_stays_text(book):
    wb, out = book
    by_text = {r["text"].value: r for r in cells_by_header(wb["Annotations"])}
    for text in ("=1+1", "@SUM(A1)", "-3亿元"):
        assert by_text[text]["text"].value == text
        assert by_text[text]["text"].data_type == "s"
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
    values = load_workbook(out, data_only=True)
    assert "=1+1" in [r["project"] for r in table(values["Projects"])]


def test_districts_relate_amounts_and_projects_of_the_same_sentence_and_chart_them(book):
    wb, _ = book
    rows = {r["district"]: r for r in table(wb["Districts"])}
    assert rows["湖里区"]["mentions"] == 1 and rows["湖里区"]["documents"] == 1
    # 55.1亿元: 湖里区 (厦门市湖里区 governs its clause); -3亿元, no place in its sentence: the document's
    # jurisdiction, guessed from its title (湖里区报告) as the window shows it
    assert rows["湖里区"]["amount_sum_yuan"] == 5_510_000_000 - 300_000_000
    assert rows["湖里区"]["amount_sum_yi"] == pytest.approx(52.1)
    assert rows["湖里区"]["projects"] == 3 and rows["湖里区"]["project_names"].startswith("松元产业园")
    assert rows["湖里区"]["prefecture"] == "厦门市" and rows["湖里区"]["province"] == "福建省"
    assert rows["集美区"]["amount_sum_yuan"] is None and rows["集美区"]["targets"] == 1  # 5亿美元: no yuan
    assert rows["厦门市"]["district_code"] == "350200" and rows["厦门市"]["amount_sum_yuan"] is None
    assert list(rows)[0] == "湖里区"
    charts = wb["Districts"]._charts
    assert len(charts) == 1 and charts[0].tagname == "barChart"


def test_projects_amounts_and_targets_name_their_sentence_neighbours(book):
    wb, _ = book
    projects = {r["project"]: r for r in table(wb["Projects"])}
    assert projects["松元产业园"]["district"] == "湖里区"  # the nearer of 厦门市 and 湖里区
    assert projects["松元产业园"]["amount"] == "55.1亿元" and projects["松元产业园"]["yuan"] == 5_510_000_000
    assert projects["=1+1"]["district"] == "湖里区"  # the jurisdiction, guessed
    assert projects["@SUM(A1)"]["amount"] == "-3亿元"
    amounts = table(wb["Amounts"])
    assert [a["amount"] for a in amounts] == ["55.1亿元", "-3亿元", "5亿美元"]
    assert {a["document_total_yuan"] for a in amounts} == {5_510_000_000 - 300_000_000}
    assert amounts[0]["district"] == "湖里区" and amounts[0]["project"] == "松元产业园"
    assert amounts[2]["district"] == "集美区" and amounts[2]["currency"] == "USD"
    targets = table(wb["Targets"])
    assert targets == [{"target": "新增80家企业", "quantity": 80, "unit": "家", "base_quantity": 80, "base_unit": "家",
                        "district": "集美区",
                        "district_code": "350211", "project": None, "report_part": None,
                        "document": "report.txt", "sentence": "集美区计划新增80家企业，引进5亿美元。",
                        "start_offset": TEXT.index("新增"), "end_offset": TEXT.index("新增") + 7,
                        "id": targets[0]["id"], "title": "湖里区报告", "date": None, "year": None,
                        "source": None, "jurisdiction": None, "code_guessed": False}]


def test_documents_and_about(book, store):
    wb, _ = book
    docs = {r["document"]: r for r in table(wb["Documents"])}
    assert docs["report.txt"]["characters"] == len(TEXT) and docs["report.txt"]["title"] == "湖里区报告"
    assert docs["report.txt"]["n_district"] == 3 and docs["report.txt"]["n_amount"] == 3
    assert docs["report.txt"]["n_accepted"] == 10
    assert docs["report.txt"]["n_rejected"] == 1
    assert docs["empty.txt"]["n_project"] == 0 and docs["empty.txt"]["done"] is False
    about = {(r["section"], r["item"]): r["value"] for r in table(wb["About"])}
    assert about[("project", "name")] == "proj"
    assert isinstance(about[("export", "time (UTC)")], datetime)
    assert about[("export", "annotators")] == "li"
    assert about[("filter", "statuses")] == "accepted"
    assert about[("count", "TARGET suggested")] == 1
    assert ("label", "AMOUNT") in about


def test_filters_choose_statuses_labels_and_documents(store, tmp_path):
    out = tmp_path / "f.xlsx"
    xlsx.write(store, out, statuses=["accepted", "rejected"], labels=["DISTRICT"])
    rows = table(load_workbook(out)["Annotations"])
    assert sorted(r["text"] for r in rows) == ["厦门", "厦门市", "湖里区", "集美区"]
    empty = store.document_id_by_name("empty.txt")
    xlsx.write(store, out, doc_ids=[empty])
    wb = load_workbook(out)
    assert table(wb["Annotations"]) == [] and [r["document"] for r in table(wb["Documents"])] == ["empty.txt"]
    assert wb["Annotations"].auto_filter.ref == "A1:AC1"  # 29 columns


def test_column_widths_count_cjk_characters_double_and_are_capped(book):
    wb, _ = book
    ws = wb["Annotations"]
    widths = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[1]}
    assert widths["title"] >= 2 * len("湖里区报告")
    assert widths["sentence"] == 60
    assert all(w <= 60 for w in widths.values())


def test_a_failed_export_leaves_the_old_file(store, tmp_path, monkeypatch):
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"old")

    def boom(*a, **k):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(L, "target_rows", boom)
    with pytest.raises(RuntimeError):
        xlsx.write(store, out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep")] == []


def test_a_sheet_over_excels_row_limit_is_refused_with_a_message_and_no_file(store, tmp_path, monkeypatch):
    from annotator.core.errors import AnnotatorError
    from annotator.core.export import sheets

    monkeypatch.setattr(sheets, "MAX_ROWS", 3)  # a header and two rows
    out = tmp_path / "big.xlsx"
    with pytest.raises(AnnotatorError, match="sheet would hold more than 2 rows.*CSV"):
        xlsx.write(store, out, statuses=["accepted", "suggested", "rejected"])
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx" or p.name.startswith(".big")] == []



@pytest.mark.parametrize("chosen", [{}, {"doc_ids": [1]}])
def test_a_workbook_over_excels_row_limit_is_refused_before_any_row_is_built(store, tmp_path, monkeypatch, chosen):
    """2,044,655 suggestions of 5,000 reports exported to .xlsx were refused after 204.8 s of building
    a million rows; the spans are counted first (over an index), so the refusal comes at once."""
    from annotator.core.errors import AnnotatorError
    from annotator.core.export import sheets

    monkeypatch.setattr(sheets, "MAX_ROWS", 3)  # a header and two rows
    read: list[str] = []
    monkeypatch.setattr(store, "iter_annotations", lambda *a, **k: read.append("spans") or iter(()))
    monkeypatch.setattr(store, "document_texts", lambda *a, **k: read.append("texts") or iter(()))
    with pytest.raises(AnnotatorError, match="Annotations sheet would hold more than 2 rows.*CSV"):
        xlsx.write(store, tmp_path / "big.xlsx", statuses=["accepted", "suggested", "rejected"], **chosen)
    assert read == [] and not (tmp_path / "big.xlsx").exists()

def test_gold_corpus_district_sums_match_the_gold_files(tmp_path, corpus, corpus_gold):
    store = Store.create(tmp_path / "gold")
    texts = corpus
    golds = corpus_gold
    import_files(store, texts)
    report = import_annotations(store, golds)
    assert not report.rejected
    out = tmp_path / "gold.xlsx"
    xlsx.write(store, out)
    store.close()
    wb = load_workbook(out)
    rows = {r["district_code"] or r["district"]: r for r in table(wb["Districts"])}
    facts = table(wb["Facts"])

    mentions = 0
    for gold in golds:
        spans = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        mentions += sum(1 for s in spans if s["label"] == "DISTRICT" and (s.get("value") or {}).get("code") == "350206")
    huli = rows["350206"]
    assert mentions > 10 and huli["mentions"] == mentions and huli["documents"] == 2
    linked = [f["yuan"] for f in facts if f["label"] == "AMOUNT" and f["district_code"] == "350206" and f["yuan"]]
    assert linked and huli["amount_sum_yuan"] == sum(linked) and huli["amounts"] == len(linked)
    assert huli["amount_sum_yi"] == pytest.approx(sum(linked) / 1e8)
    # each amount counts for one district: the rows add up to the linked amounts of Facts
    assert sum(r["amount_sum_yuan"] or 0 for r in rows.values()) == sum(  # empty: none
        f["yuan"] for f in facts if f["label"] == "AMOUNT" and f["yuan"] and f["district_name"])


def test_the_sentence_splitter_is_a_plain_rule():
    s = Sentences("他说：“好。”然后走了！第二句;第三句\n第四句。。第五")
    assert [s.sentence(o) for o in (0, 7, 12, 16, 20, 26)] == [
        "他说：“好。”", "然后走了！", "第二句;", "第三句", "第四句。。", "第五"]
    assert Sentences("投资55.1亿元。").sentence(3) == "投资55.1亿元。"
    assert Sentences("").sentence(0) == ""


def test_fast_rows_write_the_same_cells_as_openpyxl_itself(store, tmp_path, monkeypatch):
    from annotator.core.export import sheets

    doc = store.document_id_by_name("report.txt")
    ann = next(a for a in store.annotations(doc) if a.text == "松元产业园")
    store.update_annotation(ann.id, note=" 前后空格 & <b>\r\n第二行\x07\ufffe ")
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    xlsx.write(store, fast, statuses=["accepted", "suggested", "rejected"])
    monkeypatch.setattr(sheets, "FAST_ROWS", False)
    xlsx.write(store, slow, statuses=["accepted", "suggested", "rejected"])
    a, b = load_workbook(fast), load_workbook(slow)
    for name in SHEETS:
        if name == "About":
            continue  # holds the export time
        cells_a = [[(c.value, c.data_type, c.number_format, c.alignment.wrap_text) for c in row]
                   for row in a[name].iter_rows()]
        cells_b = [[(c.value, c.data_type, c.number_format, c.alignment.wrap_text) for c in row]
                   for row in b[name].iter_rows()]
        assert cells_a == cells_b, name
        widths_a = {k: d.width for k, d in a[name].column_dimensions.items()}
        assert widths_a == {k: d.width for k, d in b[name].column_dimensions.items()}, name
        assert a[name].freeze_panes == b[name].freeze_panes == "A2", name
        assert a[name].auto_filter.ref == b[name].auto_filter.ref, name
        assert len(a[name]._charts) == len(b[name]._charts), name
        heights_a = {i: d.ht for i, d in a[name].row_dimensions.items() if d.ht}
        assert heights_a == {i: d.ht for i, d in b[name].row_dimensions.items() if d.ht}, name
        if name == "Annotations":
            assert heights_a  # the two-line note's row is taller
    notes = [r["note"] for r in table(a["Annotations"]) if r["text"] == "松元产业园"]
    assert notes == [" 前后空格 & <b>\r\n第二行\ufffd\ufffd "]


def test_about_counts_the_spans_that_carry_no_annotator_name(store, tmp_path):
    """The command line's review, suggestions accepted as they are, an import: spans without a name.
    About listed only the named coders ('li: 10 span(s)') for 11 exported spans, and its value
    named 'li' alone as if every span were li's."""
    store.add_annotation(2, 0, 2, "DISTRICT")
    out = tmp_path / "unnamed.xlsx"
    assert "11 annotation(s)" in xlsx.write(store, out, statuses=["accepted"])
    rows = {(r["section"], r["item"]): r for r in table(load_workbook(out)["About"])}
    assert rows[("export", "annotators")]["value"] == "li, (without a name)"
    assert rows[("export", "annotators")]["detail"] == "li: 10 span(s); without a name: 1 span(s)"
