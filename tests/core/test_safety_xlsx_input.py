"""Workbooks coming back from Excel: formulas are read as values only, macro workbooks never run."""
from __future__ import annotations

import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import AnnotatorError, ImportFileError
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

openpyxl = pytest.importorskip("openpyxl")
xlsx_import = pytest.importorskip("annotator.core.imports.xlsx_package")

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


# ------------------------------------------------------------ hostile cells, bombs
@pytest.mark.parametrize("cell", [1e20, -1e20, 2**63, -1, 0, 1e308, "1e20", "99999999999999999999999"])
def test_an_id_cell_out_of_range_refuses_the_row_by_number(store, tmp_path, cell):
    ann_id = store.annotations()[0].id
    path = workbook(tmp_path / "ids.xlsx", [["id", "note"], [cell, "坏"], [ann_id, "好"]])
    report = import_annotations(store, [path])
    assert [n for _, n, _ in report.rejected] == [2] and "id" in report.rejected[0][2]
    assert store.annotations()[0].note == "好"


cell_values = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                        st.text(max_size=20).map(lambda t: "".join(c for c in t if c.isprintable())),
                        st.datetimes().filter(lambda d: d.year >= 1900))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.tuples(cell_values, cell_values, cell_values, cell_values), min_size=1, max_size=4))
def test_any_cell_values_are_applied_or_refused_by_row_never_a_traceback(store, tmp_path, cells):
    ann_id = store.annotations()[0].id
    rows = [[ann_id if i == 0 and c[0] is None else c[0], *c[1:]] for i, c in enumerate(cells)]
    path = tmp_path / "cells.xlsx"
    try:
        workbook(path, [["id", "start", "yuan", "亿元"], *rows])
    except (ValueError, TypeError):
        return  # openpyxl cannot write this value (e.g. a datetime out of Excel's range)
    report = import_annotations(store, [path])
    assert all(isinstance(n, int) and why and "\n" not in why for _, n, why in report.rejected)
    assert store.integrity_check() == "ok"


def shared_strings_bomb(path, entries: int, unit: bytes = b"<si/>"):
    """A workbook whose shared-strings part holds ``entries`` strings: tiny packed, slow unpacked."""
    plain = workbook(path.with_suffix(".plain.xlsx"), [["id", "note"], [1, "x"]])
    sst = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
           b'2006/main">' + unit * entries + b"</sst>")
    with zipfile.ZipFile(plain) as z, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "[Content_Types].xml" and b"sharedStrings" not in data:
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if info.filename != "xl/sharedStrings.xml":
                out.writestr(info.filename, data)
        out.writestr("xl/sharedStrings.xml", sst)
    return path


@pytest.mark.parametrize("unit", [b"<si/>", b"<si><t>a</t></si>", b"<x:si><x:t>a</x:t></x:si>"])
def test_a_shared_strings_bomb_is_refused_before_openpyxl_loads_it(store, tmp_path, unit):
    path = shared_strings_bomb(tmp_path / "bomb.xlsx", xlsx_import.MAX_XLSX_STRINGS + 1, unit)
    assert path.stat().st_size < 100_000
    with pytest.raises(ImportFileError, match="shared strings; refused as a possible zip bomb") as info:
        import_annotations(store, [path])
    assert str(path) in str(info.value)
    assert store.annotations()[0].note == "原注"


def test_shared_strings_are_counted_across_read_pieces(tmp_path):
    unit = b"<si><t>" + b"a" * 1000 + b"</t></si>"  # entries fall across the 1 MB pieces
    path = shared_strings_bomb(tmp_path / "many.xlsx", 3000, unit)
    with zipfile.ZipFile(path) as z:
        assert xlsx_import._count_entries(z, z.getinfo("xl/sharedStrings.xml"), 10**6) == 3000


def test_parts_over_the_size_limits_are_refused(store, tmp_path, monkeypatch):
    path = shared_strings_bomb(tmp_path / "big.xlsx", 10, b"<si><t>" + b"a" * 4000 + b"</t></si>")
    monkeypatch.setattr(xlsx_import, "MAX_XLSX_PART", 20_000)
    with pytest.raises(ImportFileError, match="xl/sharedStrings.xml unpacks to"):
        import_annotations(store, [path])
    monkeypatch.setattr(xlsx_import, "MAX_XLSX_UNCOMPRESSED", 20_000)
    with pytest.raises(ImportFileError, match=r"unpacks to 0\.\d MB \(over 0\.0 MB\)"):
        import_annotations(store, [path])


def test_a_workbook_whose_zip_directory_claims_another_zip_version_is_refused(store, tmp_path):
    path = workbook(tmp_path / "version.xlsx", [["id", "note"], [1, "x"]])
    data = path.read_bytes()
    at = data.index(b"PK\x01\x02") + 6
    path.write_bytes(data[:at] + (99).to_bytes(2, "little") + data[at + 2:])
    with pytest.raises(ImportFileError, match="cannot open") as info:
        import_annotations(store, [path])
    assert str(path) in str(info.value)
