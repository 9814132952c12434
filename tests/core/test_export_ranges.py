"""A range of money (3-5亿元) is proposed as two amounts, both ends sums of money: the workbook's
totals count it once, at its lower bound (the guide's reading of a range of a target), while Facts
and Amounts keep a row for each end."""
from __future__ import annotations

import csv

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.export.ranges import upper_ends
from annotator.core.models import Annotation
from annotator.core.store import Store
from annotator.core.suggest.amount import AmountSuggester
from tests.sheets import table as _table

TEXT = "湖里区今年计划总投资3-5亿元建设松元产业园，另安排2亿元，力争由1亿元增加到4亿元。"


def test_the_upper_end_of_a_range_is_found_between_two_amounts_and_a_separator_only():
    found = AmountSuggester().suggest(TEXT)
    assert [s.text for s in found] == ["3", "5亿元", "2亿元", "1亿元", "4亿元"]
    spans = [Annotation(i, 1, s.start, s.end, "AMOUNT", s.text, s.value) for i, s in enumerate(found, 1)]
    assert [TEXT[s:e] for s, e, _who in sorted(upper_ends(TEXT, spans))] == ["5亿元"]  # 增加到 is no range
    spaced = "投资3000万 至 5000万元"
    spans = [Annotation(i, 1, s.start, s.end, "AMOUNT", s.text, s.value)
             for i, s in enumerate(AmountSuggester().suggest(spaced), 1)]
    assert [spaced[s:e] for s, e, _who in upper_ends(spaced, spans)] == ["5000万元"]


def exported(make_project, tmp_path, **also: str) -> None:
    """TEXT with 湖里区 and its five amounts accepted, exported to out.xlsx (and ``also``: a file
    name for each table, ``facts="facts.csv"``)."""
    folder = make_project({"a.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        store.add_annotation(doc, 0, 3, "DISTRICT", status="accepted", value={"name": "湖里区", "code": "350206"})
        for s in AmountSuggester().suggest(TEXT):
            store.add_annotation(doc, s.start, s.end, "AMOUNT", status="accepted", value=s.value)
        export(store, tmp_path / "out.xlsx")
        for table, name in also.items():
            export(store, tmp_path / name, table=table)


def test_the_sums_count_a_range_once_at_its_lower_bound(make_project, tmp_path):
    exported(make_project, tmp_path)
    wb = load_workbook(tmp_path / "out.xlsx")
    rows = list(wb["Districts"].iter_rows(values_only=True))
    district = dict(zip(rows[0], rows[1], strict=True))
    assert district["amount_sum_yuan"] == (3 + 2 + 1 + 4) * 10**8  # not 15亿: 5亿元 is the range's upper end
    assert district["amounts"] == 4
    amounts = [dict(zip(r[0], row, strict=True)) for r in [list(wb["Amounts"].iter_rows(values_only=True))]
               for row in r[1:]]
    assert [a["yuan"] for a in amounts] == [3 * 10**8, 5 * 10**8, 2 * 10**8, 10**8, 4 * 10**8]  # a row each end
    assert {a["document_total_yuan"] for a in amounts} == {10 * 10**8}
    facts = list(wb["Facts"].iter_rows(values_only=True))
    assert sum(1 for r in facts[1:] if r[facts[0].index("label")] == "AMOUNT") == 5


def test_facts_and_amounts_mark_the_ends_of_a_range_so_an_analyst_sums_as_the_sheets_do(make_project, tmp_path):
    """An analyst who sums Facts' yuan by district (pandas groupby, Stata collapse) gets the
    Districts sheet's amount_sum_yuan once the rows whose range_end is upper are dropped; without
    the column nothing in Facts told which row was a range's upper end (15亿 against 10亿)."""
    exported(make_project, tmp_path, facts="facts.csv")
    wb = load_workbook(tmp_path / "out.xlsx")
    facts = [r for r in _table(wb["Facts"]) if r["label"] == "AMOUNT"]
    assert [(r["text"], r["range_end"]) for r in facts] == [
        ("3", "lower"), ("5亿元", "upper"), ("2亿元", None), ("1亿元", None), ("4亿元", None)]  # 增加到 is no range
    sums: dict[str, int] = {}
    for r in facts:
        if r["range_end"] != "upper":
            sums[r["district_code"]] = sums.get(r["district_code"], 0) + r["yuan"]
    districts = {r["district_code"]: r["amount_sum_yuan"] for r in _table(wb["Districts"])}
    assert sums == districts == {"350206": 10 * 10**8}
    amounts = _table(wb["Amounts"])
    assert [a["range_end"] for a in amounts] == ["lower", "upper", None, None, None]
    assert sum(a["yuan"] for a in amounts if a["range_end"] != "upper") == amounts[0]["document_total_yuan"]
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in _table(wb["Codebook"])}
    assert "upper" in codebook[("Facts", "range_end")] and "upper" in codebook[("Amounts", "range_end")]
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["range_end"] for r in rows if r["label"] == "AMOUNT"] == ["lower", "upper", "", "", ""]


def test_each_coders_range_counts_once_in_a_merged_projects_export(make_project, tmp_path):
    """A merged team's export holds li's, wang's and the gold's 3 and 5亿元 side by side: the ranges were
    looked for among all of them at once, li's 3 followed by wang's 3, so no 5亿元 was an upper end and
    every layer's range added 8亿 to the sums (range_end empty). Each layer's range is its own now; a
    coder who marked 5亿元 alone (no range of theirs) keeps it a sum."""
    folder = make_project({"a.txt": TEXT})
    three, five = TEXT.index("3-5亿元"), TEXT.index("5亿元")
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        for who in ("li", "wang", "gold", "zhao"):
            store.add_annotation(doc, 0, 3, "DISTRICT", value={"name": "湖里区", "code": "350206"}, annotator=who)
            if who != "zhao":
                store.add_annotation(doc, three, three + 1, "AMOUNT", value={"yuan": 3 * 10**8}, annotator=who)
            store.add_annotation(doc, five, five + 3, "AMOUNT", value={"yuan": 5 * 10**8}, annotator=who)
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    facts = [r for r in _table(wb["Facts"]) if r["label"] == "AMOUNT"]
    assert sorted((r["annotator"], r["text"], r["range_end"]) for r in facts) == [
        ("gold", "3", "lower"), ("gold", "5亿元", "upper"), ("li", "3", "lower"), ("li", "5亿元", "upper"),
        ("wang", "3", "lower"), ("wang", "5亿元", "upper"), ("zhao", "5亿元", None)]
    districts = {r["district_code"]: r["amount_sum_yuan"] for r in _table(wb["Districts"])}
    assert districts == {"350206": (3 + 3 + 3 + 5) * 10**8}  # each range at its lower end, zhao's 5亿元 whole
    assert {a["document_total_yuan"] for a in _table(wb["Amounts"])} == {14 * 10**8}
