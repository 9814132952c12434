"""A municipality is its own prefecture, itself as well as its districts: a Beijing report's city-wide
figure, linked to 北京市, had an empty prefecture in Facts and Districts while its districts' figures
had 北京市, so a sum by prefecture (pandas groupby, Stata collapse) left the city's own amounts out,
unlike a prefecture-level city's (滨州市's own figures have prefecture 滨州市)."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.divisions import division
from annotator.core.export.formats import export
from annotator.core.models import Link
from annotator.core.store import Store
from tests.sheets import table

TEXT = "北京市全年完成投资800亿元。东城区完成投资120亿元。滨州市完成投资90亿元。"


def test_a_municipality_itself_has_itself_as_prefecture_so_a_sum_by_prefecture_counts_its_own_figures(
        make_project, tmp_path):
    assert division("110000").prefecture == "北京市" and division("110000").county is None
    assert division("371600").prefecture == "滨州市" and division("370000").prefecture is None
    folder = make_project({"a.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        links = []
        for name, code, amount, yuan in (("北京市", "110000", "800亿元", 800), ("东城区", "110101", "120亿元", 120),
                                         ("滨州市", "371600", "90亿元", 90)):
            at = TEXT.index(name)
            place = store.add_annotation(doc, at, at + 3, "DISTRICT", status="accepted",
                                         value={"name": name, "code": code}).annotation_changes[0].after.id
            at = TEXT.index(amount)
            fact = store.add_annotation(doc, at, at + len(amount), "AMOUNT", status="accepted",
                                        value={"yuan": yuan * 10**8}).annotation_changes[0].after.id
            links.append(Link(None, doc, fact, "district", place))
        store.add_links(links)
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    by_prefecture: dict[str, int] = {}
    for f in table(wb["Facts"]):
        by_prefecture[f["prefecture"]] = by_prefecture.get(f["prefecture"], 0) + f["yuan"]
    assert by_prefecture == {"北京市": 920 * 10**8, "滨州市": 90 * 10**8}
    districts = {r["district_code"]: (r["level"], r["province"], r["prefecture"]) for r in table(wb["Districts"])}
    assert districts["110000"] == ("province", "北京市", "北京市")
    assert districts["110101"] == ("county", "北京市", "北京市")
