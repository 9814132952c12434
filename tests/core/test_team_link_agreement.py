"""Link agreement of two coders, against a hand count: the facts both marked, their districts
(an unlinked fact concerns the jurisdiction) and projects; in the text table, --json (through
``annotator.cli.main``) and the workbook's Agreement sheet."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from annotator.cli import main
from annotator.core.team.agreement import OVERALL, project_agreement
from annotator.core.team.link_agreement import LinkCounts
from annotator.core.team.matching import overlap_pairs

TEXT = "湖里区政府工作报告\n湖里区投资55.1亿元建设松元产业园，集美区完成投资12亿元，新增企业20家，思明区引进项目3个。"
HULI, JIMEI, SIMING = {"code": "350206"}, {"code": "350211"}, {"code": "350203"}


def at(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


# both coders: the four DISTRICT spans (湖里区 twice: the title gives the jurisdiction), 55.1亿元,
# 12亿元, 20家; li also 3个 (wang missed it), li 松元产业园 where wang took 建设松元产业园 (overlap)
COMMON = [(at("湖里区"), "DISTRICT", HULI), (at("湖里区", 1), "DISTRICT", HULI), (at("集美区"), "DISTRICT", JIMEI),
          (at("思明区"), "DISTRICT", SIMING), (at("55.1亿元"), "AMOUNT", {}), (at("12亿元"), "AMOUNT", {}),
          (at("20家"), "TARGET", {})]
LI = [*COMMON, (at("松元产业园"), "PROJECT", {}), (at("3个"), "TARGET", {})]
WANG = [*COMMON, (at("建设松元产业园"), "PROJECT", {})]
# (coder, source, kind, target span or a district's value)
LINKS = [("li", "松元产业园", "district", ("湖里区", 1)), ("wang", "建设松元产业园", None, None),  # unlinked
         ("li", "55.1亿元", "district", ("湖里区", 1)),
         ("wang", "55.1亿元", "district", {"name": "湖里区", "code": "350206"}),
         ("li", "55.1亿元", "project", ("松元产业园", 0)), ("wang", "55.1亿元", "project", ("建设松元产业园", 0)),
         ("li", "12亿元", "district", ("集美区", 0)), ("wang", "12亿元", "district", ("集美区", 0)),
         ("li", "20家", "district", ("集美区", 0)), ("wang", "20家", "project", ("建设松元产业园", 0)),
         ("li", "3个", "district", ("思明区", 0))]


@pytest.fixture
def folder(make_project, open_store):
    spans = [("a.txt", s, e, label, {"annotator": who, "value": value})
             for who, mine in (("li", LI), ("wang", WANG)) for (s, e), label, value in mine]
    path = make_project(TEXT, spans)
    store = open_store(path)
    ids = {(a.annotator, TEXT[a.start:a.end], a.start): a.id for a in store.iter_annotations()}

    def span(who, needle, nth=0):
        return ids[(who, needle, at(needle, nth)[0])]
    for who, source, kind, target in LINKS:
        if kind is None:
            continue
        if isinstance(target, dict):
            store.add_link(span(who, source), kind, value=target, annotator=who)
        else:
            store.add_link(span(who, source), kind, span(who, *target), annotator=who)
    store.close()
    return path


def test_the_link_agreement_equals_the_hand_count(folder, open_store):
    """Facts both marked (paired by overlap): PROJECT 松元产业园 / 建设松元产业园, AMOUNT 55.1亿元 and
    12亿元, TARGET 20家; li's 3个 only li marked: not counted. The jurisdiction: 湖里区 (the title).

    district: 松元产业园 li → the second 湖里区, wang unlinked → the jurisdiction 湖里区: same (1/1);
      55.1亿元 li → 湖里区 span, wang → 湖里区 350206 by value: same; 12亿元 both → 集美区 (paired
      spans): same (2/2); 20家 li → 集美区, wang unlinked (湖里区): differs (0/1). Overall 3/4 = 0.75.
      Off the jurisdiction: 12亿元 (both 集美区, same) and 20家 (li 集美区, differs): 1/2.
    project (AMOUNT, TARGET only): 55.1亿元 li → 松元产业园, wang → 建设松元产业园, paired: same;
      12亿元 none by both: same (2/2); 20家 li none, wang → 建设松元产业园: differs (0/1). Overall 2/3.
      With a project: 55.1亿元 (same), 20家 (differs): 1/2.
    """
    result = project_agreement(open_store(folder))
    row = result.row(("li", "wang"), OVERALL)
    assert row.links == LinkCounts(district=4, district_same=3, district_off=2, district_off_same=1,
                                   project=3, project_same=2, project_given=2, project_given_same=1)
    assert result.row(("li", "wang"), "PROJECT").links == LinkCounts(1, 1, 0, 0, 0, 0, 0, 0)
    assert result.row(("li", "wang"), "AMOUNT").links == LinkCounts(2, 2, 1, 1, 2, 2, 1, 1)
    assert result.row(("li", "wang"), "TARGET").links == LinkCounts(1, 0, 1, 0, 1, 0, 1, 0)
    assert result.row(("li", "wang"), "DISTRICT").links is None
    assert row.as_dict()["links"]["district"] == {"compared": 4, "same": 3, "agreement": 0.75,
                                                  "off_jurisdiction": {"compared": 2, "same": 1, "agreement": 0.5}}


def test_no_link_by_either_coder_gives_no_link_figures(make_project, open_store):
    spans = [("a.txt", *at("55.1亿元"), "AMOUNT", {"annotator": who}) for who in ("li", "wang")]
    result = project_agreement(open_store(make_project(TEXT, spans)))
    assert all(r.links is None for r in result.rows)


def test_overlap_pairs_prefer_the_twin_span():
    # the largest matching, and a span marked alike by both coders is paired with its twin
    assert overlap_pairs([(0, 4), (3, 6)], [(2, 5), (0, 4)]) == [(0, 1), (1, 0)]
    assert overlap_pairs([(0, 4)], [(2, 5), (0, 4)]) == [(0, 1)]


def test_the_cli_text_and_json_and_the_workbook_sheet(folder, capsys, tmp_path):
    assert main(["agreement", str(folder)]) == 0
    text = capsys.readouterr().out
    assert "links of the PROJECT, AMOUNT and TARGET spans both coders marked" in text
    line = next(ln for ln in text.splitlines() if ln.startswith("li / wang") and "3/4" in ln)
    assert line.split() == ["li", "/", "wang", "overall", "3/4", "0.750", "1/2", "2/3", "0.667", "1/2"]
    assert main(["agreement", str(folder), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    target = next(r for r in rows if r["label"] == "TARGET")
    assert target["links"]["project"] == {"compared": 1, "same": 0, "agreement": 0.0,
                                          "given": {"compared": 1, "same": 0, "agreement": 0.0}}
    assert next(r for r in rows if r["label"] == "DISTRICT")["links"] is None

    assert main(["export", str(folder), "-o", str(tmp_path / "team.xlsx")]) == 0
    header, *cells = list(load_workbook(tmp_path / "team.xlsx", read_only=True)["Agreement"].values)
    sheet = {r[1]: dict(zip(header, r + (None,) * (len(header) - len(r)), strict=True)) for r in cells}
    assert [sheet[OVERALL][h] for h in header[13:]] == [4, 3, 0.75, 2, 1, 3, 2, 0.667, 2, 1]  # as printed: 0.667
    assert [sheet["PROJECT"][h] for h in ("district_links_same", "project_links_compared")] == [1, None]
    assert sheet["DISTRICT"]["district_links_compared"] is None
    assert "district_links_agreement" in [r[1] for r in load_workbook(tmp_path / "team.xlsx")["Codebook"].values]
