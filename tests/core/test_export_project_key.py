"""The same project over several years' reports, named 松元产业园, 松元产业园区, 松元园区: Facts and
Projects give it one ``project_key``, so a panel follows it (a groupby on the key)."""
from __future__ import annotations

import csv

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.export.project_key import project_key
from annotator.core.store import Store
from tests.sheets import table


def test_names_written_differently_share_a_key_and_other_names_keep_theirs():
    names = ("松元产业园", "松元产业园区", "松元园区", "“松元产业园”项目", "松元 产业园")
    assert {project_key(n) for n in names} == {"松元园"}
    assert project_key("ＡＢ产业园") == "AB园"  # full-width letters folded
    assert project_key("南丹工业园区") == project_key("南丹工业园") == "南丹工业园"
    assert project_key("都安澄江湿地公园") != project_key("都安澄江国家湿地公园")  # not guessed alike
    assert project_key("园区") == "园区" and project_key("项目") == "项目" and project_key(None) is None


def test_facts_and_projects_carry_the_key_across_documents(make_project, tmp_path):
    """Before, Projects and Facts had the name as written, three names for one park over three years."""
    texts = {f"report_{y}.txt": f"今年，湖里区推进{name}建设，完成投资{n}亿元。"
             for y, name, n in ((2019, "松元产业园", 3), (2020, "松元产业园区", 4), (2021, "松元园区", 5))}
    folder = make_project(texts)
    with Store.open(folder) as store:
        for doc_name, text in texts.items():
            doc = store.document_id_by_name(doc_name)
            start, end = text.index("推进") + 2, text.index("建设")
            p = store.add_annotation(doc, start, end, "PROJECT", status="accepted")
            a = text.index("完成投资") + 4
            store.add_annotation(doc, a, len(text) - 1, "AMOUNT", status="accepted",
                                 value={"yuan": int(text[a]) * 10**8})
            assert p is not None
        export(store, tmp_path / "out.xlsx")
        export(store, tmp_path / "facts.csv", table="facts")
    wb = load_workbook(tmp_path / "out.xlsx")
    assert [(r["project"], r["project_key"], r["year"]) for r in table(wb["Projects"])] == [
        ("松元产业园", "松元园", 2019), ("松元产业园区", "松元园", 2020), ("松元园区", "松元园", 2021)]
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as f:
        facts = list(csv.DictReader(f))
    by_key: dict[str, float] = {}
    for r in facts:
        if r["label"] == "AMOUNT":
            by_key[r["project_key"]] = by_key.get(r["project_key"], 0) + float(r["yuan"])
    assert by_key == {"松元园": 12 * 10**8}  # each year's amount is for its project (the rules' link)
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(wb["Codebook"])}
    assert "松元园区" in codebook[("Facts", "project_key")]
