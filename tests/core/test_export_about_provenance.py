"""The About sheet says what a methods section needs: the program's and the schema's versions, which
suggesters and which model proposed the spans, how many of the exported accepted spans came from each
origin and how many a coder changed after they were proposed (a boundary moved, a relabel); and a
team's coders and gold layer. ``annotator stats`` counts the same origins."""
from __future__ import annotations

import hashlib
import json
import re

from openpyxl import load_workbook

import annotator
from annotator.core import resources
from annotator.core.export.formats import export
from annotator.core.provenance import RULES
from annotator.core.store import Store, migrations
from annotator.core.suggest import REGISTRY
from annotator.core.suggest.model.choice import SEED, choose
from annotator.core.suggest.model.crf import Params
from annotator.core.suggest.model.training import train_project
from annotator.core.suggest.runner import suggest_documents
from tests.cli_run import run
from tests.sheets import table

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。思明区投资3亿元建设软件园。集美区目标增长6%。"
FAST = Params(max_iterations=20)


def _at(piece: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(piece, after)
    return start, start + len(piece)


def _spans_of_every_origin(store: Store) -> None:
    """Eight accepted spans: gazetteer, amount, model, learned as proposed; two suggestions a coder
    changed (a boundary moved, a relabel); one made by hand; one imported. One open suggestion."""
    doc = store.document_id_by_name("a.txt")
    assert doc is not None

    def suggested(piece: str, label: str, origin: str, after: int = 0) -> int:
        cs = store.add_annotation(doc, *_at(piece, after), label, status="suggested", origin=origin, confidence=0.8)
        ann_id = cs.changes[-1].after.id
        assert ann_id is not None
        return ann_id

    accepted = [suggested("厦门市", "DISTRICT", "gazetteer"), suggested("55.1亿元", "AMOUNT", "amount"),
                suggested("3亿元", "AMOUNT", "model"), suggested("软件园", "PROJECT", "learned")]
    store.set_status(accepted, "accepted")
    moved = suggested("湖里", "DISTRICT", "gazetteer")  # the coder widens it to 湖里区
    store.update_annotation(moved, end=_at("湖里区")[1], status="accepted")
    relabelled = suggested("松元产业园", "DISTRICT", "model")  # the coder makes it a PROJECT
    store.relabel(relabelled, "PROJECT")
    store.label_span(doc, *_at("思明区"), "DISTRICT")  # by hand
    store.add_annotation(doc, *_at("集美区"), "DISTRICT", origin="imported")
    suggested("增长6%", "TARGET", "target")  # left open


def _about(store: Store, tmp_path, *statuses: str) -> dict[tuple[str, str], dict]:
    out = tmp_path / "out.xlsx"
    export(store, out, statuses=list(statuses) or ["accepted"])
    return {(r["section"], r["item"]): r for r in table(load_workbook(out)["About"])}


def test_the_about_sheet_counts_the_exported_spans_by_origin(make_project, open_store, tmp_path, capsys):
    folder = make_project({"a.txt": TEXT})
    store = open_store(folder)
    _spans_of_every_origin(store)
    about = _about(store, tmp_path)
    values = {item: about["origins", item]["value"] for section, item in about if section == "origins"}
    assert values == {
        "accepted spans": 8, "suggested, accepted as proposed": 4, "rules, accepted as proposed": 2,
        "learned, accepted as proposed": 1, "model, accepted as proposed": 1,
        "suggested, changed by a coder": 2, "made by hand": 1, "imported": 1, "adjudicated": 0}
    assert about["origins", "rules, accepted as proposed"]["detail"] == "25.0 % of 8; gazetteer 1, amount 1"
    assert about["origins", "suggested, accepted as proposed"]["detail"].startswith("50.0 % of 8")
    assert "not keep which suggester" in about["origins", "suggested, changed by a coder"]["detail"]
    assert ("team", "coders") not in about  # one coder's project: no team rows
    # the open suggestion is counted only when exported, in a row of its own
    with_open = _about(store, tmp_path, "accepted", "suggested")
    assert with_open["origins", "suggested spans"]["value"] == 1
    assert with_open["origins", "suggested spans"]["detail"] == "target 1"
    assert with_open["origins", "accepted spans"]["value"] == 8

    store.close()
    code, out, _err = run(capsys, "stats", folder, "--json")
    assert code == 0
    assert json.loads(out)["origins"] == {
        "suggested/target": 1, "accepted/gazetteer": 1, "accepted/amount": 1, "accepted/learned": 1,
        "accepted/model": 1, "accepted/suggestion-changed": 2, "accepted/manual": 1, "accepted/imported": 1}
    code, out, _err = run(capsys, "stats", folder)
    assert "  accepted: gazetteer 1, amount 1, learned 1, model 1, suggestion-changed 2, manual 1, imported 1\n" in out


def test_the_about_sheet_names_the_version_the_schema_and_the_model(make_project, open_store, tmp_path):
    store = open_store(make_project({"a.txt": TEXT}))
    _spans_of_every_origin(store)
    suggest_documents(store, model=choose(store).suggester)
    about = _about(store, tmp_path)
    assert about["program", "annotator version"]["value"] == annotator.__version__
    assert about["program", "project schema"]["value"] == migrations.SCHEMA_VERSION
    assert about["suggesters", "rules"]["value"] == "gazetteer, amount, project, target"
    sha = hashlib.sha256(resources.find(SEED).read_bytes()).hexdigest()[:12]
    assert about["suggesters", "seed model"]["value"] == f"{SEED} sha256 {sha}"
    assert "no training date" in about["suggesters", "seed model"]["detail"]
    assert about["suggesters", "project model"]["value"] == "none"
    assert about["suggesters", "model in use"]["value"].startswith("the shipped seed")
    assert about["suggesters", "last runs"]["value"] == "1 of 1 document(s) suggested"
    assert "and the model in use: 1; with the shipped seed: 0;" in about["suggesters", "last runs"]["detail"]

    report = train_project(store, FAST)
    about = _about(store, tmp_path)
    trained = about["suggesters", "project model"]["value"]
    assert re.fullmatch(r"trained 20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} UTC on .*", trained), trained
    assert f"on {sum(report.spans.values())} accepted span(s) of 1 document(s)" \
        in trained, trained
    assert about["suggesters", "model in use"]["value"].startswith("the project's, trained")
    # the document was last suggested with the seed, not with the model now in use
    assert "and the model in use: 0; with the shipped seed: 1;" in about["suggesters", "last runs"]["detail"]


def test_a_merged_projects_about_sheet_counts_its_coders_and_gold_layer(make_project, open_store, tmp_path):
    from annotator.core.team.adjudication import regions, take

    store = open_store(make_project({"a.txt": TEXT}))
    doc = store.document_id_by_name("a.txt")
    assert doc is not None
    for coder in ("li", "wang"):
        store.add_annotation(doc, *_at("厦门市"), "DISTRICT", annotator=coder)
    store.add_annotation(doc, *_at("湖里区"), "DISTRICT", annotator="li")
    about = _about(store, tmp_path)
    assert about["team", "coders"]["value"] == 2
    assert about["team", "gold layer"]["value"] == "none"
    for region in regions(store, doc, ["li", "wang"]):
        take(store, region, "li")
    about = _about(store, tmp_path)
    assert about["team", "gold layer gold"]["value"] == "adjudicated in 1 of 1 document(s)"
    assert about["team", "gold layer gold"]["detail"].startswith("2 accepted span(s) written by adjudication")
    assert about["origins", "adjudicated"]["value"] == 2


def test_the_codebook_names_the_about_sheets_sections(make_project, open_store, tmp_path):
    store = open_store(make_project({"a.txt": TEXT}))
    export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    sections = {r["section"] for r in table(wb["About"])}
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(wb["Codebook"])}
    assert {"program", "suggesters", "origins"} <= sections
    assert all(s in codebook["About", "section"] for s in sections), codebook["About", "section"]


def test_the_rules_named_are_the_suggesters_registered():
    assert RULES == tuple(REGISTRY)


def test_a_gold_jsonl_line_without_an_origin_is_counted_where_the_about_sheet_says(make_project, open_store,
                                                                                    tmp_path, capsys):
    """A gold JSONL line that names no origin is stored as manual (a span coded by hand elsewhere), so
    the About sheet counts it under "made by hand" and must say so there, not under "imported"."""
    folder = make_project({"a.txt": TEXT})
    gold = tmp_path / "gold.jsonl"
    start, end = _at("湖里区")
    line = {"doc": "a.txt", "start": start, "end": end, "label": "DISTRICT", "text": "湖里区"}
    gold.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    code, _out, err = run(capsys, "import-annotations", folder, gold)
    assert code == 0, err
    store = open_store(folder)
    about = _about(store, tmp_path)
    counted = [item for (section, item), row in about.items() if section == "origins" and row["value"] == 1
               and item not in ("accepted spans",)]
    assert counted == ["made by hand"]
    assert "gold JSONL line without an origin" in about["origins", "made by hand"]["detail"]
    assert "gold" not in about["origins", "imported"]["detail"]  # that row never counts one
