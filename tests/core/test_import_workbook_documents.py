"""A workbook imported into another project (a colleague's, a fresh one holding the same reports) brings its
Documents sheet's metadata and done marks: before, only its spans and links came, and the metadata (the
jurisdiction that decides codes and links, the source, the user's own keys) and the done marks stayed behind
without a word (``core/imports/xlsx_documents.py``). In the workbook's own project they are the project's own."""
from __future__ import annotations

from shared_data import require

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

GIVEN = {"jurisdiction": "河池市 451200", "source": "河池日报", "批次": "A1"}


def _report():
    return next(p for p in require("reports", "*.txt") if p.name == "hechi_2015.txt")


def _exported(tmp_path):
    with Store.create(tmp_path / "P") as store:
        (doc,) = import_files(store, [_report()], metadata=GIVEN).imported
        store.add_annotation(doc.id, 13, 16, "DISTRICT")
        store.set_document_done(doc.id, True)
        out = tmp_path / "book.xlsx"
        export(store, out, "xlsx")
    return out


def test_a_fresh_project_gets_the_workbooks_metadata_and_done_marks(tmp_path):
    out = _exported(tmp_path)
    with Store.create(tmp_path / "Q") as store:
        import_files(store, [_report()])
        report = import_annotations(store, [out])
        (doc,) = store.documents()
        assert store.document(doc.id).metadata == {**GIVEN, "date": "2015-01-21", "year": "2015"}
        assert store.document(doc.id).done
    assert f"{out.name}: marked 1 document(s) done, as its Documents sheet has them" in report.notes, report.notes
    assert any(n.startswith(f"{out.name}: 1 document(s) the project holds took metadata") for n in report.notes)


def test_its_own_project_keeps_its_own_metadata_and_marks(tmp_path):
    out = _exported(tmp_path)
    with Store.open(tmp_path / "P") as store:
        (doc,) = store.documents()
        store.set_document_metadata(doc.id, "source", None)
        store.set_document_done(doc.id, False)
        report = import_annotations(store, [out])
        assert "source" not in store.document(doc.id).metadata and not store.document(doc.id).done
    assert not any("done" in n or "metadata" in n for n in report.notes), report.notes
