"""Exports of a merged project: one coder's layer by --annotator in every format, and the
workbook's Agreement sheet when two coders or more have exported spans."""
from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from annotator.core.errors import AnnotatorError
from annotator.core.export.formats import export, names

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"
SPANS = [("a.txt", 0, 6, "DISTRICT", {"annotator": "li", "value": {"code": "350206"}}),
         ("a.txt", 8, 14, "AMOUNT", {"annotator": "li"}),
         ("a.txt", 3, 6, "DISTRICT", {"annotator": "wang", "value": {"code": "350206"}}),
         ("a.txt", 8, 14, "AMOUNT", {"annotator": "wang"}),
         ("a.txt", 16, 21, "PROJECT", {"annotator": "wang"})]


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT, SPANS))


def test_annotator_selects_one_coders_spans_in_every_format(store, tmp_path):
    suffix = {"xlsx": ".xlsx", "csv": ".csv", "facts": ".csv", "conll": ".conll"}
    for fmt in names():
        out = tmp_path / f"out-{fmt}{suffix.get(fmt, '.jsonl')}"
        export(store, out, fmt, annotators=["wang"])
        assert out.exists(), fmt
    gold = [json.loads(line) for line in (tmp_path / "out-jsonl.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(g["start"], g["end"], g["label"]) for g in gold] == [(3, 6, "DISTRICT"), (8, 14, "AMOUNT"),
                                                                  (16, 21, "PROJECT")]
    doccano = json.loads((tmp_path / "out-doccano.jsonl").read_text(encoding="utf-8"))
    assert doccano["label"] == [[3, 6, "DISTRICT"], [8, 14, "AMOUNT"], [16, 21, "PROJECT"]]
    relations = json.loads((tmp_path / "out-doccano-relations.jsonl").read_text(encoding="utf-8"))
    assert len(relations["entities"]) == 3
    with open(tmp_path / "out-csv.csv", encoding="utf-8-sig") as f:
        assert {row["annotator"] for row in csv.DictReader(f)} == {"wang"}
    conll = (tmp_path / "out-conll.conll").read_text(encoding="utf-8")
    assert "松 B-PROJECT" in conll and "厦 O" in conll  # li's 厦门市湖里区 is not there
    ws = load_workbook(tmp_path / "out-xlsx.xlsx", read_only=True)["Annotations"]
    header, *rows = list(ws.values)
    assert {row[header.index("annotator")] for row in rows} == {"wang"}


def test_an_unknown_annotator_is_an_error_naming_the_known_ones(store, tmp_path):
    with pytest.raises(AnnotatorError, match="'li', 'wang'"):
        export(store, tmp_path / "out.jsonl", annotators=["zhao"])


def test_the_workbook_has_an_agreement_sheet_when_two_coders_have_spans(store, tmp_path):
    export(store, tmp_path / "both.xlsx")
    wb = load_workbook(tmp_path / "both.xlsx", read_only=True)
    assert wb.sheetnames[-2:] == ["Agreement", "Codebook"]
    header, *rows = list(wb["Agreement"].values)
    assert header[:3] == ("coders", "label", "documents")
    assert all(h.isascii() and h == h.lower() for h in header)
    # read-only openpyxl leaves out a row's empty trailing cells (its link columns: no coder linked)
    by = {(r[0], r[1]): dict(zip(header, r + (None,) * (len(header) - len(r)), strict=True)) for r in rows}
    overall = by[("li / wang", "overall")]
    assert (overall["exact_matches"], overall["spans"]) == (1, "2/3")
    assert overall["exact_f1"] == pytest.approx(2 * 1 / 5, abs=1e-4)
    assert by[("li / wang", "DISTRICT")]["overlap_f1"] == 1.0
    codebook = [r for r in wb["Codebook"].values if r[0] == "Agreement"]
    assert [r[1] for r in codebook] == list(header) and all(r[2] for r in codebook)
    about = {(r[0], r[1]): r[2] for r in wb["About"].values}
    assert about[("filter", "annotators")] == "all"
    export(store, tmp_path / "one.xlsx", annotators=["li"])
    one = load_workbook(tmp_path / "one.xlsx", read_only=True)
    assert "Agreement" not in one.sheetnames
    assert {(r[0], r[1]): r[2] for r in one["About"].values}[("filter", "annotators")] == "li"


def test_the_note_on_open_suggestions_counts_only_those_the_annotator_filter_would_export(make_project, open_store,
                                                                                         tmp_path):
    spans = [*SPANS, ("a.txt", 0, 3, "DISTRICT", {"status": "suggested"}),  # nobody's: the suggesters'
             ("a.txt", 0, 3, "DISTRICT", {"status": "suggested", "annotator": "wang"})]
    store = open_store(make_project(TEXT, spans, name="open"))
    everyone = export(store, tmp_path / "all.jsonl")
    assert "note: 2 open suggestion(s) were left out" in everyone
    wang = export(store, tmp_path / "wang.jsonl", annotators=["wang"])
    assert "note: 1 open suggestion(s) were left out" in wang  # wang's own; the suggesters' is not theirs
    li = export(store, tmp_path / "li.jsonl", annotators=["li"])
    assert "\nnote:" not in li  # `--status accepted,suggested --annotator li` would add nothing
    assert "wrote 2 line(s)" in export(store, tmp_path / "li2.jsonl", statuses=["accepted", "suggested"],
                                       annotators=["li"])


def test_an_export_of_several_annotators_says_which_spans_it_holds_once_for_each(store, tmp_path):
    """li and wang both marked 55.1亿元: the facts table held it twice (its sum doubled) and the export
    said nothing of it; the summary now names the spans so shared and how to export one layer."""
    line = export(store, tmp_path / "facts.csv", "facts")
    with open(tmp_path / "facts.csv", encoding="utf-8-sig") as f:
        amounts = [r for r in csv.DictReader(f) if r["label"] == "AMOUNT"]
    assert [(r["text"], r["start_offset"]) for r in amounts] == [("55.1亿元", "8")] * 2  # one fact, two rows
    assert ("note: 1 span(s) are exported once for each annotator who marked them ('li', 'wang'), so counts and "
            "sums take them more than once; --annotator NAME exports one annotator's") in line.splitlines()
    assert "once for each annotator" not in export(store, tmp_path / "wang.csv", "facts", annotators=["wang"])
    assert "once for each annotator" not in export(store, tmp_path / "d.jsonl", labels=["DISTRICT", "PROJECT"])


def test_spans_without_a_name_beside_a_named_layer_are_named_as_the_option_takes_them(make_project, open_store,
                                                                                      tmp_path):
    spans = [("a.txt", 8, 14, "AMOUNT", {}), ("a.txt", 8, 14, "AMOUNT", {"annotator": "gold"})]
    store = open_store(make_project(TEXT, spans, name="unnamed"))
    assert "them ('', 'gold': '' is no name)" in export(store, tmp_path / "all.xlsx")
