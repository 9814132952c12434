"""Scoring links against gold *.links.jsonl: district accuracy (code, else name), recall on
spans whose district is not the jurisdiction, P/R/F1 of project links; and the command line."""
from __future__ import annotations

import json

from annotator import cli
from annotator.core.evaluate_links import evaluate_links

TEXT = "湖里区投资55.1亿元建设松元产业园，集美区新增企业20家。"


def gold_lines(tmp_path):
    rows = [{"doc": "a.txt", "start": 5, "end": 11, "label": "AMOUNT",
             "district": {"name": "湖里区", "code": "350206"}, "project": [13, 18]},
            {"doc": "a.txt", "start": 13, "end": 18, "label": "PROJECT",
             "district": {"name": "湖里区", "code": "350206"}, "project": None},
            {"doc": "a.txt", "start": 22, "end": 29, "label": "TARGET",
             "district": {"name": "集美区", "code": None}, "project": None}]
    path = tmp_path / "a.links.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def test_links_are_scored_by_district_and_project(make_project, open_store, tmp_path, capsys):
    folder = make_project(TEXT, spans=[
        ("a.txt", 0, 3, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
        ("a.txt", 5, 11, "AMOUNT"), ("a.txt", 13, 18, "PROJECT"),
        ("a.txt", 19, 22, "DISTRICT", {"value": {"name": "集美区", "code": "350211"}}),
        ("a.txt", 22, 29, "TARGET")])
    store = open_store(folder)
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"])
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"], status="suggested")
    store.add_link(ids["松元产业园"], "district", value={"name": "厦门市", "code": "350200"})
    store.add_link(ids["新增企业20家"], "district", ids["集美区"])  # gold has the name only
    gold = gold_lines(tmp_path)
    result = evaluate_links(store, [gold], ["accepted", "suggested"])
    assert result["district"] == {"spans": 3, "right": 2, "accuracy": 2 / 3}
    assert result["district_not_jurisdiction"]["right"] == 1
    assert result["project"]["tp"] == 1 and result["project"]["f1"] == 1.0
    assert evaluate_links(store, [gold], ["accepted"])["project"]["tp"] == 0
    store.close()
    assert cli.main(["evaluate", str(folder), "--links", str(gold), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["links"]["district"]["right"] == 2
    assert cli.main(["evaluate", str(folder), "--links", str(gold)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any("project links" in line for line in out)
    # the rows per document came under the project links' line with no word of what they count
    at = out.index("  district right per document:")
    assert out[at + 1].split() == ["a.txt", "2", "/", "3", "0.667"]


def test_no_gold_project_links_and_none_predicted_is_not_known_not_zero(make_project, open_store, tmp_path, capsys):
    """A links file without a project (liaoyuan_2015's) on a project where none was suggested: the
    project links' P, R and F1 are n/a (JSON null), not "P 0.000 R 0.000 F1 0.000" (all wrong); so is
    the recall off the jurisdiction when every span is the jurisdiction's."""
    folder = make_project(TEXT, spans=[("a.txt", 0, 3, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
                                       ("a.txt", 5, 11, "AMOUNT")])
    store = open_store(folder)
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"])
    store.close()
    gold = tmp_path / "a.links.jsonl"
    line = {"doc": "a.txt", "start": 5, "end": 11, "label": "AMOUNT", "project": None,
            "district": {"name": "湖里区", "code": "350206"}}
    gold.write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["evaluate", str(folder), "--links", str(gold), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)["links"]
    assert result["project"] == {"gold": 0, "pred": 0, "tp": 0, "p": None, "r": None, "f1": None}
    assert result["district"]["accuracy"] == 1.0 and result["district_not_jurisdiction"]["accuracy"] is None
    assert cli.main(["evaluate", str(folder), "--links", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "P n/a  R n/a  F1 n/a" in out and "recall   n/a" in out and "0.000" not in out


def test_a_project_link_the_gold_does_not_have_scores_precision_zero_and_recall_unknown(
        make_project, open_store, tmp_path):
    folder = make_project(TEXT, spans=[("a.txt", 5, 11, "AMOUNT"), ("a.txt", 13, 18, "PROJECT")])
    store = open_store(folder)
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"])
    gold = tmp_path / "a.links.jsonl"
    line = {"doc": "a.txt", "start": 5, "end": 11, "label": "AMOUNT", "project": None,
            "district": {"name": "湖里区", "code": "350206"}}
    gold.write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    project = evaluate_links(store, [gold], ["accepted"])["project"]
    assert (project["pred"], project["p"], project["r"], project["f1"]) == (1, 0.0, None, 0.0)
