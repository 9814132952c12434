"""Metadata of many documents from one table (annotator meta P --from TABLE): CSV in UTF-8 or
GB18030, or an .xlsx workbook; an empty cell leaves a field; all rows or none are stored."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from annotator.core.errors import AnnotatorError, ImportFileError
from annotator.core.imports.text import sha256
from annotator.core.metadata_table import apply_table
from annotator.core.models import Document
from annotator.core.store import Store
from tests.cli_run import run


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "p") as s:
        for name in ("滨州2024.txt", "hechi_2015.txt", "tianshui_2020.txt"):
            text = f"{name}的报告。"
            s.add_document(Document(None, name, "", text, sha256(text)))
        yield s


def metadata(store):
    return {d.name: d.metadata for d in store.documents()}


def test_a_csv_saved_by_excel_in_gbk_sets_each_documents_fields(store, tmp_path):
    table = tmp_path / "dates.csv"
    table.write_bytes("文档,date,Year,jurisdiction,source\n"
                      "滨州2024.txt,2024-01-15,2024,滨州市 371600,滨州日报\n"
                      "hechi_2015,2015-01-20,２０１５,,\n".encode("gb18030"))
    report = apply_table(store, table)
    got = metadata(store)
    assert got["滨州2024.txt"] == {"date": "2024-01-15", "year": "2024", "jurisdiction": "滨州市 371600",
                                   "source": "滨州日报"}
    assert got["hechi_2015.txt"] == {"date": "2015-01-20", "year": "2015"}  # found by its stem; empty cells left
    assert got["tianshui_2020.txt"] == {}
    assert (report.documents, report.fields, report.unchanged) == (2, 6, 0)
    again = apply_table(store, table)
    assert (again.fields, again.unchanged) == (0, 6)


def test_a_workbook_gives_dates_and_years_as_text(store, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "date", "year"])
    sheet.append(["tianshui_2020.txt", dt.datetime(2020, 1, 8), 2020.0])
    table = tmp_path / "meta.xlsx"
    book.save(table)
    apply_table(store, table)
    assert metadata(store)["tianshui_2020.txt"] == {"date": "2020-01-08", "year": "2020"}


@pytest.mark.parametrize("rows, said", [
    ("document,year\nhechi_2015.txt,2015\nnowhere.txt,2016\n", "row 3: the project holds no document 'nowhere.txt'"),
    ("document,year\nhechi_2015.txt,二〇一五\n", "row 2: metadata year takes a year in digits"),
    ("document,year\nhechi_2015.txt,2015\nhechi_2015,2016\n", "row 3: 'hechi_2015' is named in row 2 too"),
])
def test_one_bad_row_stores_nothing_and_names_the_row(store, tmp_path, rows, said):
    table = tmp_path / "t.csv"
    table.write_text(rows, encoding="utf-8-sig")
    with pytest.raises(AnnotatorError) as e:
        apply_table(store, table)
    assert str(e.value).startswith(f"{table}: {said}") and str(e.value).endswith("nothing was stored")
    assert all(m == {} for m in metadata(store).values())


def test_a_table_without_a_document_column_is_refused_in_one_line(store, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("file name,year\na,2015\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no column names the documents"):
        apply_table(store, table)


def test_the_command_line_sets_them_and_says_how_many(tmp_path, capsys):
    folder = tmp_path / "p"
    with Store.create(folder) as s:
        s.add_document(Document(None, "a.txt", "", "湖里区。", sha256("湖里区。")))
    table = tmp_path / "dates.csv"
    table.write_text("document\tdate\na.txt\t2024-01-05\n", encoding="utf-8")
    code, out, err = run(capsys, "meta", str(folder), "--from", str(table))
    assert code == 0 and out.startswith("set 1 field(s) of 1 document(s) from dates.csv"), (out, err)
    with Store.open(folder) as s:
        assert s.documents()[0].metadata == {"date": "2024-01-05"}
    code, _out, err = run(capsys, "meta", str(folder), "year=2024", "--from", str(table))
    assert code != 0 and "either KEY=VALUE" in err


def _book_with(tmp_path, part: str, change) -> object:
    """A good table saved by openpyxl, its ``part`` rewritten by ``change`` (bytes -> bytes)."""
    import zipfile

    book = Workbook()
    book.active.append(["document", "year"])
    book.active.append(["hechi_2015.txt", 2015])
    good, table = tmp_path / "good.xlsx", tmp_path / "t.xlsx"
    book.save(good)
    with zipfile.ZipFile(good) as z, zipfile.ZipFile(table, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            out.writestr(info, change(data) if info.filename == part else data)
    return table


@pytest.mark.parametrize("part, change", [  # what fuzzing found (a traceback, or a message on three lines)
    ("xl/worksheets/sheet1.xml", lambda d: d[:d.index(b"<row r=\"2\"") + 20]),  # cut off: ParseError
    ("xl/worksheets/sheet1.xml", lambda d: d.replace(b'r="B1"', b'r="99999999999999999999"')),  # ValueError
    ("xl/workbook.xml", lambda d: d[:d.index(b"<sheets>")] + d[d.index(b"</sheets>") + 9:]),  # no sheet: IndexError
    ("xl/worksheets/sheet1.xml", lambda d: d.replace(b'<dimension ref="A1:B2"/>', b'<dimension ref="-1"/>')),
])
def test_a_damaged_workbook_is_refused_in_one_line_naming_it(store, tmp_path, part, change):
    table = _book_with(tmp_path, part, change)
    with pytest.raises(ImportFileError) as e:
        apply_table(store, table)
    said = str(e.value)
    assert said.startswith(f"{table}: not an Excel workbook that can be read (") and "\n" not in said, said
    assert all(m == {} for m in metadata(store).values())


def test_a_table_is_read_only_to_its_first_refused_row(store, tmp_path):
    """An .xlsx of a few MB unpacked to a million rows was read whole before its second row was refused:
    minutes and half a gigabyte (its end here is cut off: read, it said the workbook was damaged)."""
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>hechi_2015.txt</t></is></c></row>'
                   for n in range(3, 20_000))
    table = _book_with(tmp_path, "xl/worksheets/sheet1.xml", lambda d: d.replace(b'"A1:B2"', b'"A1:B20000"')
                       .replace(b"</sheetData>", rows.encode() + b'<row r="20000"><c '))
    with pytest.raises(AnnotatorError) as e:
        apply_table(store, table)
    assert str(e.value) == f"{table}: row 3: 'hechi_2015.txt' is named in row 2 too; nothing was stored"


def test_a_cell_with_a_line_break_under_no_column_name_is_said_on_one_line(store, tmp_path):
    book = Workbook()
    book.active.append(["document", None])
    book.active.append(["hechi_2015.txt", "第一行\n第二行"])
    book.save(table := tmp_path / "t.xlsx")
    with pytest.raises(AnnotatorError) as e:
        apply_table(store, table)
    assert str(e.value) == (f"{table}: row 2: a metadata field needs a key before '=', not '=第一行\\n第二行'; "
                            "nothing was stored")


def test_a_shared_strings_bomb_is_refused_before_its_rows_are_read(store, tmp_path):
    """A table of a few kB whose shared strings unpack to millions is refused as a possible zip bomb, in one
    line naming it, before openpyxl loads a string of it; no document's fields change."""
    from annotator.core.imports import xlsx_package
    from tests.core.test_safety_xlsx_input import shared_strings_bomb

    table = shared_strings_bomb(tmp_path / "meta.xlsx", xlsx_package.MAX_XLSX_STRINGS + 1)
    assert table.stat().st_size < 100_000
    with pytest.raises(ImportFileError) as e:
        apply_table(store, table)
    said = str(e.value)
    assert said.startswith(f"{table}: not an Excel workbook that can be read (") and "\n" not in said, said
    assert "refused as a possible zip bomb" in said and "choose the workbook annotator exported" not in said
    assert all(m == {} for m in metadata(store).values())


def test_a_workbook_annotator_exported_gives_its_documents_metadata_to_a_colleagues_project(store, tmp_path):
    """The hand-off: a colleague imports the same reports and the workbook's spans; `meta --from BOOK.xlsx`
    read the About sheet and said it had no document column, so source, jurisdiction and the project's own
    keys were lost. Now the Documents sheet gives them, each meta_… column under its key, not the counts."""
    from annotator.core.export import xlsx

    given = {"source": "滨州日报", "jurisdiction": "滨州市 371600", "批次": "007", "Coder Note": "=1+1\nsecond line",
             "date": "2024-01-15"}
    ids = {d.name: d.id for d in store.documents()}
    for key, value in given.items():
        store.set_document_metadata(ids["滨州2024.txt"], key, value)
    store.set_document_metadata(ids["hechi_2015.txt"], "source", "河池日报")
    book = tmp_path / "book.xlsx"
    xlsx.write(store, book, statuses=["accepted"])
    with Store.create(tmp_path / "colleague") as theirs:
        for name in ids:
            text = f"{name}的报告。"
            theirs.add_document(Document(None, name, "", text, sha256(text)))
        apply_table(theirs, book)
        got = metadata(theirs)
    for name, fields in metadata(store).items():
        assert {k: v for k, v in got[name].items() if k not in ("title", "year")} == fields, name
    assert got["滨州2024.txt"]["year"] == "2024"
