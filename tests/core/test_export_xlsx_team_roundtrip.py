"""A merged team project's workbook imported into a fresh project keeps each span's origin: the
adjudicated gold layer stays a gold layer, so the agreement there is the coders' as in the source.
Before, every added row's span came in with origin ``imported``: the gold layer became one more
coder, compared with each of them in every row of the agreement."""
from __future__ import annotations

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.team.adjudication import take_agreed
from annotator.core.team.agreement import project_agreement

TEXT = "湖里区投资55.1亿元建设松元产业园，思明区计划新增30家企业。"


def test_a_team_workbook_read_into_a_fresh_project_keeps_origins_and_the_gold_layer(tmp_path):
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT))).id
        for coder in ("li", "wang"):
            store.add_annotation(doc, 0, 3, "DISTRICT", value={"name": "湖里区", "code": "350206"},
                                 annotator=coder, origin="gazetteer")
            store.add_annotation(doc, 5, 11, "AMOUNT", value={"yuan": 5_510_000_000}, annotator=coder,
                                 origin="model")
        store.add_annotation(doc, 13, 18, "PROJECT", annotator="li")
        take_agreed(store, doc, ["li", "wang"])
        export(store, tmp_path / "team.xlsx")
        before = sorted((a.label, a.start, a.annotator, a.origin) for a in store.annotations(doc))
        agreed = project_agreement(store).as_dict()
    with Store.create(tmp_path / "q") as fresh:
        doc = fresh.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT))).id
        import_annotations(fresh, [tmp_path / "team.xlsx"])
        assert sorted((a.label, a.start, a.annotator, a.origin) for a in fresh.annotations(doc)) == before
        assert fresh.adjudicated_layers() == {"gold"}
        assert project_agreement(fresh).as_dict()["coders"] == ["li", "wang"]
        assert project_agreement(fresh).as_dict() == agreed
