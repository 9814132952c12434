"""A colleague given a workbook exported with --label AMOUNT imports it into a project of the same reports:
its Links sheet names the DISTRICT spans the amounts are linked to, which the workbook left out, and every such
row was refused ("no DISTRICT span at 0-3 … to link", exit 3). Now the amount is linked to its district by
name and code, as a link to a district no span names; into the project it came from, the link stays the span's."""
from __future__ import annotations

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.models import Link
from annotator.core.store import Store

TEXT = "湖里区投资55.1亿元。"


def _project(make_project):
    folder = make_project({"a.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        district = store.add_annotation(doc, 0, 3, "DISTRICT", value={"name": "湖里区", "code": "350206"},
                                        status="accepted").annotation_changes[0].after
        amount = store.add_annotation(doc, 5, 12, "AMOUNT", value={"yuan": 5_510_000_000},
                                      status="accepted").annotation_changes[0].after
        store.add_links([Link(None, doc, amount.id, "district", district.id)])
    return folder


def test_a_workbook_of_amounts_alone_links_them_to_their_districts_by_name(make_project, tmp_path):
    mine = _project(make_project)
    book = tmp_path / "amounts.xlsx"
    with Store.open(mine) as store:
        export(store, book, labels=["AMOUNT"])
    theirs = make_project({"a.txt": TEXT}, name="theirs")
    with Store.open(theirs) as store:
        report = import_annotations(store, [book])
        doc = store.document_id_by_name("a.txt")
        assert [a.label for a in store.annotations(doc)] == ["AMOUNT"]
        links = store.links(doc_ids=[doc])
    assert report.rejected == []
    assert [(link.kind, link.target_id, link.value) for link in links] == \
        [("district", None, {"name": "湖里区", "code": "350206"})]
    with Store.open(mine) as store:  # back into its own project: the link to the span is kept
        import_annotations(store, [book])
        doc = store.document_id_by_name("a.txt")
        assert [link.target_id is not None for link in store.links(doc_ids=[doc])] == [True]
