"""A project sent as gold JSONL arrives with its documents' metadata. The gold lines name their documents
without the text, so a colleague imports the reports first and then the file: its lines' ``meta`` (where
the export writes each document's) was not read at all, and the jurisdiction that decides the district codes
and links, the source and the user's own keys stayed behind without a word. A document the project holds now
takes the keys it has no value for, keeps those it gives another value, and the report says both
(``core/imports/line_metadata.py``)."""
from __future__ import annotations

import pytest
from shared_data import require

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

GIVEN = {"jurisdiction": "河池市 451200", "source": "河池日报", "批次": "A1"}


def _report():
    return next(p for p in require("reports", "*.txt") if p.name == "hechi_2015.txt")


def _metadata(project) -> dict[str, object]:
    with Store.open(project) as store:
        (doc,) = store.documents()
        return store.document(doc.id).metadata


@pytest.fixture(params=["jsonl", "doccano"])
def exported(tmp_path, request):
    """The report with metadata and one span, exported as gold JSONL or doccano lines."""
    with Store.create(tmp_path / "P") as store:
        (doc,) = import_files(store, [_report()], metadata=GIVEN).imported
        store.add_annotation(doc.id, 13, 16, "DISTRICT")
        out = tmp_path / "out.jsonl"
        export(store, out, request.param)
    return tmp_path / "P", out


def test_the_reports_imported_first_take_the_metadata_of_the_gold_file(exported, tmp_path):
    project, out = exported
    with Store.create(tmp_path / "Q") as store:
        import_files(store, [_report()])
        report = import_annotations(store, [out])
    assert _metadata(tmp_path / "Q") == _metadata(project) == {**GIVEN, "date": "2015-01-21", "year": "2015"}
    (note,) = [n for n in report.notes if "took metadata" in n]
    assert note == (f"{out.name}: 1 document(s) the project holds took metadata they had none of from the file "
                    "(jurisdiction, source, 批次)"), note


def test_a_key_the_document_gives_another_value_stays_and_is_named(exported, tmp_path):
    _project, out = exported
    with Store.create(tmp_path / "R") as store:
        import_files(store, [_report()], metadata={"jurisdiction": "宜州市"})
        report = import_annotations(store, [out])
    assert _metadata(tmp_path / "R") == {"jurisdiction": "宜州市", "source": "河池日报", "批次": "A1",
                                         "date": "2015-01-21", "year": "2015"}
    (kept,) = [n for n in report.notes if "keep their metadata" in n]
    assert "jurisdiction '宜州市', the file's '河池市 451200'" in kept and "source" not in kept, kept
