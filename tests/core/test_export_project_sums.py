"""The Projects sheet gives each project's total beside its first amount: an analyst who sums Facts'
yuan by project (range upper ends left out, as the sheets do) gets its amount_sum_yuan. Before,
the sheet had only the first amount (20亿元 of a project with 20亿元 and 5亿元), under a Codebook
meaning, "the amount in yuan", that read like the project's amount."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.models import Link
from annotator.core.store import Store
from annotator.core.suggest.amount import AmountSuggester
from tests.sheets import table

TEXT = "湖里区推进松元产业园建设，总投资20亿元，今年完成投资5亿元。东渡港区计划投资3-5亿元。新建湖里公园。"


def test_projects_sum_all_their_amounts_as_a_facts_groupby_does(make_project, tmp_path):
    folder = make_project({"a.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        store.add_annotation(doc, 0, 3, "DISTRICT", value={"name": "湖里区", "code": "350206"})
        projects = {name: store.add_annotation(doc, TEXT.index(name), TEXT.index(name) + len(name), "PROJECT")
                    .annotation_changes[0].after.id for name in ("松元产业园", "东渡港区", "湖里公园")}
        links = []
        for s in AmountSuggester().suggest(TEXT):
            amount = store.add_annotation(doc, s.start, s.end, "AMOUNT", value=s.value).annotation_changes[0].after
            links.append(Link(None, doc, amount.id, "project",
                              projects["松元产业园" if s.start < TEXT.index("东渡") else "东渡港区"]))
        store.add_links(links)
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    facts = [r for r in table(wb["Facts"]) if r["label"] == "AMOUNT"]
    assert [(r["text"], r["project"], r["range_end"]) for r in facts] == [
        ("20亿元", "松元产业园", None), ("5亿元", "松元产业园", None),
        ("3", "东渡港区", "lower"), ("5亿元", "东渡港区", "upper")]
    by_project: dict[str, int] = {}
    for r in facts:
        if r["range_end"] != "upper":
            by_project[r["project"]] = by_project.get(r["project"], 0) + r["yuan"]
    rows = {r["project"]: r for r in table(wb["Projects"])}
    assert {p: r["amount_sum_yuan"] for p, r in rows.items()} == {**by_project, "湖里公园": None}
    assert by_project == {"松元产业园": 25 * 10**8, "东渡港区": 3 * 10**8}
    assert [(r["amount"], r["yuan"], r["amounts"], r["amount_sum_yi"]) for r in rows.values()] == [
        ("20亿元", 20 * 10**8, 2, 25), ("3-5亿元", 3 * 10**8, 1, 3), (None, None, 0, None)]
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(wb["Codebook"])}
    assert "first" in codebook[("Projects", "yuan")] and "amount_sum_yuan" in codebook[("Projects", "yuan")]
