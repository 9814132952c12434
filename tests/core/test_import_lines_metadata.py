"""A project sent as doccano JSONL or as Label Studio's JSON arrives with its documents' metadata: a new
document takes every key its line's ``meta`` (a task's ``data.meta``) gives — jurisdiction, title, source,
the user's own keys — by the rules of ``import --meta`` (``line_metadata.py``). Before, it took ``date`` and
``year`` alone, and a colleague lost the jurisdiction that decides the district codes and the links. A
document the project holds keeps its own metadata, takes the keys it has none of (a title other than its first
line too), and the report names what the file gives otherwise."""
from __future__ import annotations

import json

import pytest
from shared_data import require

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

FORMATS = {"doccano": "out.jsonl", "label-studio": "out.json"}
GIVEN = {"jurisdiction": "河池市 451200", "year": "2015", "source": "河池日报", "批次": "A1"}


def _report():
    return next(p for p in require("reports", "*.txt") if p.name == "hechi_2015.txt")


def _metadata(project) -> tuple[str, dict[str, object]]:
    with Store.open(project) as store:
        (doc,) = store.documents()
        return doc.title, store.document(doc.id).metadata


@pytest.fixture
def exported(tmp_path, request):
    """A real report imported with a jurisdiction, a year, a source, a key of the user's own and a title set
    since, exported in the format ``request.param`` names."""
    with Store.create(tmp_path / "P") as store:
        (doc,) = import_files(store, [_report()], metadata=GIVEN).imported
        store.set_document_metadata(doc.id, "title", "河池市2015年政府工作报告")
        out = tmp_path / FORMATS[request.param]
        export(store, out, request.param)
    return tmp_path / "P", out


@pytest.mark.parametrize("exported", FORMATS, indirect=True)
def test_a_new_project_gets_every_documents_metadata_back(exported, tmp_path):
    project, out = exported
    with Store.create(tmp_path / "Q") as store:
        report = import_annotations(store, [out])
        assert not report.rejected and not report.notes, (report.rejected, report.notes)
    title, metadata = _metadata(tmp_path / "Q")
    assert metadata == _metadata(project)[1] == {
        **GIVEN, "date": "2015-01-21", "title": "河池市2015年政府工作报告"}, metadata
    assert title == _metadata(project)[0]  # the text's own title: the stored one, as the first project's


@pytest.mark.parametrize("exported", FORMATS, indirect=True)
def test_a_document_the_project_holds_keeps_its_metadata_and_the_report_says_what_differs(exported, tmp_path):
    _project, out = exported
    with Store.create(tmp_path / "R") as store:
        import_files(store, [_report()], metadata={"jurisdiction": "宜州市", "year": "2015"})
        report = import_annotations(store, [out])
    _title, metadata = _metadata(tmp_path / "R")
    assert metadata == {"jurisdiction": "宜州市", "year": "2015", "date": "2015-01-21", "source": "河池日报",
                        "批次": "A1", "title": "河池市2015年政府工作报告"}, metadata  # the keys it had none of taken
    (note,) = [n for n in report.notes if "keep their metadata" in n]
    assert note.startswith(f"{out.name}: 1 document(s) the project holds keep their metadata, which the file "
                           "gives otherwise (hechi_2015.txt: "), note
    assert "jurisdiction '宜州市', the file's '河池市 451200'" in note and "source" not in note, note
    assert "title" not in note and "year" not in note, note
    assert any("took metadata" in n for n in report.notes), report.notes


def test_a_lines_metadata_goes_by_the_rules_of_import_meta(tmp_path):
    text = _report().read_text(encoding="utf-8")
    line = {"text": text, "label": [], "name": "hechi.txt",
            "meta": {"Jurisdiction": "河池币 451200", "year": "二〇一五", "title": "政府工作报告", "页数": 12,
                     "values": [[0, 3, "DISTRICT", {"code": "451200"}]], "district_links": [], "tags": ["a"]}}
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store.create(tmp_path / "S") as store:
        report = import_annotations(store, [path])
    _title, metadata = _metadata(tmp_path / "S")
    # the code's name for a typo, the date line's year for one refused, no title that is the text's own,
    # a number as text; the exports' values and links by name, a list: no metadata
    assert metadata == {"jurisdiction": "河池市 451200", "页数": "12", "date": "2015-01-21", "year": "2015"}, metadata
    assert "d.jsonl line 1: metadata year takes a year in digits from 1800 to 2099, not '二〇一五'; left out" \
        in report.notes, report.notes
    assert any(n.startswith("d.jsonl line 1: '河池币' is not the name of division 451200") for n in report.notes)
