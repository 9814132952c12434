"""Workbooks coming back from Excel: formulas are read as values only, macro workbooks never run."""
from __future__ import annotations

import zipfile

import pytest

from annotator.core.annotation_import import import_annotations
from annotator.core.errors import AnnotatorError
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.text import sha256

openpyxl = pytest.importorskip("openpyxl")
pytest.importorskip("annotator.core.export.xlsx_import")

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "p")
    doc = s.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
    s.add_annotation(doc.id, 3, 6, "DISTRICT", note="原注")
    yield s
    s.close()


def workbook(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Annotations"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def stored_strings(store):
    return [x for a in store.annotations() for x in (a.label, a.status, a.note, a.text, *map(str, a.value.values()))]


def test_formulas_are_never_stored_as_text_or_evaluated(store, tmp_path):
    ann_id = store.annotations()[0].id
    path = workbook(tmp_path / "in.xlsx", [["id", "label", "status", "note"],
                                            [ann_id, "DISTRICT", "accepted", '=HYPERLINK("http://x","y")'],
                                            ["=1+1", "=A1", "accepted", "=cmd|' /C calc'!A0"]])
    try:
        report = import_annotations(store, [path])
    except AnnotatorError:
        report = None
    assert not any(s.startswith(("=", "+", "@", "-cmd")) for s in stored_strings(store))
    assert store.integrity_check() == "ok"
    if report is not None:
        assert any(n == 3 for _, n, _ in report.rejected)  # the formula id row is refused by number


def test_a_workbook_with_a_vba_project_part_is_read_as_values_or_refused(store, tmp_path):
    ann_id = store.annotations()[0].id
    path = workbook(tmp_path / "macro.xlsx", [["id", "label", "status", "note"],
                                               [ann_id, "DISTRICT", "accepted", "改过"]])
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\x00" * 512)
    try:
        import_annotations(store, [path])
    except AnnotatorError as e:
        assert str(path) in str(e)
    assert store.integrity_check() == "ok"
    assert store.annotations()[0].note in ("原注", "改过")


def test_an_xlsm_file_is_refused_clearly(store, tmp_path):
    path = workbook(tmp_path / "macro.xlsm", [["id", "note"], [1, "x"]])
    with pytest.raises(AnnotatorError) as info:
        import_annotations(store, [path])
    assert str(path) in str(info.value)
    assert store.annotations()[0].note == "原注"
