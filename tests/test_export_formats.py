"""Export formats are declared once (annotator/core/export/formats.py); the command line and the
export dialog read that registry. A format added there alone is chosen by suffix and by name,
written, and offered in the dialog."""
from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.core.export import formats
from annotator.core.export.formats import ExportFormat, format_for
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TABLE = ExportFormat("table", "Plain table (.table)", (".table", ".tbl"), "annotator.core.export.csv:write",
                     "wrote a table of {result} row(s) to {out}")


@pytest.fixture
def with_table(monkeypatch):
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, TABLE))


@pytest.fixture
def project(tmp_path):
    text = "厦门市湖里区投资55.1亿元。"
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "a", text, sha256(text)))
        store.add_annotation(doc.id, 0, 3, "DISTRICT")
    return tmp_path / "p"


def test_suffixes_choose_the_format():
    assert [format_for(f"x{s}") for s in (".jsonl", ".XLSX", ".csv", ".conll", ".bio", ".txt", "")] == \
        ["jsonl", "xlsx", "csv", "conll", "conll", "jsonl", "jsonl"]


def test_a_format_added_to_the_registry_is_written_by_suffix_and_by_name(with_table, project, tmp_path, capsys):
    assert format_for(tmp_path / "x.tbl") == "table"
    assert main(["export", str(project), "-o", str(tmp_path / "x.tbl")]) == 0
    assert capsys.readouterr().out == f"wrote a table of 1 row(s) to {tmp_path / 'x.tbl'}\n"
    assert main(["export", str(project), "-o", str(tmp_path / "y.out"), "--format", "table"]) == 0
    assert (tmp_path / "y.out").read_text(encoding="utf-8-sig").startswith(
        "document,title,date,year,source,jurisdiction,label")
    with pytest.raises(SystemExit):
        main(["export", str(project), "-o", str(tmp_path / "z"), "--format", "nope"])
    assert "conll" in capsys.readouterr().err.split("choose from")[1].split("table")[0]  # the choices end with it


def test_the_export_dialog_offers_it(with_table, project, qtbot):
    from annotator.gui.dialogs.export_dialog import ExportDialog

    with Store.open(project) as store:
        dialog = ExportDialog(store)
        qtbot.addWidget(dialog)
        offered = [(dialog.format.itemData(i), dialog.format.itemText(i)) for i in range(dialog.format.count())]
        assert offered[-1] == ("table", "Plain table (.table)")
        dialog.set_format("table")
        assert dialog.chosen()["fmt"] == "table" and dialog.path.text().endswith("-export.table")


@pytest.mark.parametrize("name", ["book.xls", "book.ods", "facts.tsv", "facts.dta", "report.pdf"])
def test_a_file_named_for_a_format_annotator_does_not_write_is_refused(project, tmp_path, capsys, name):
    """`-o book.xls` (Excel's older suffix) wrote JSON lines into book.xls: Excel then refused the
    file, or showed one column of JSON."""
    out = tmp_path / name
    assert main(["export", str(project), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"annotator: error: {out}: ") and err.count("\n") == 1
    assert ".xlsx" in err and "--format" in err and not out.exists()
    assert main(["export", str(project), "-o", str(out), "--format", "csv"]) == 0  # chosen: as asked
    assert out.read_text(encoding="utf-8-sig").startswith("document,")


@pytest.mark.parametrize("name", ["facts.xlsx", "facts.conll", "facts.jsonl"])
def test_table_facts_into_a_file_named_for_another_format_is_refused(project, tmp_path, capsys, name):
    """`-o facts.xlsx --table facts` wrote a CSV file named .xlsx, which Excel refused to open;
    the same file named by --format xlsx was already an error."""
    out = tmp_path / name
    assert main(["export", str(project), "-o", str(out), "--table", "facts"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("annotator: error: --table facts is a CSV table") and str(out) in err
    assert ".csv" in err and err.count("\n") == 1 and not out.exists()
    for fine in ("facts.csv", "facts.txt", "facts"):  # a suffix that names no other format: as asked
        assert main(["export", str(project), "-o", str(tmp_path / fine), "--table", "facts"]) == 0
        assert (tmp_path / fine).read_text(encoding="utf-8-sig").startswith("document,year,")


@pytest.mark.parametrize("name,fmt", [("facts.xlsx", "facts"), ("book.csv", "xlsx"), ("spans.csv", "jsonl"),
                                      ("book.xlsx", "csv"), ("spans.conll", "doccano")])
def test_a_format_into_a_file_named_for_another_is_refused(project, tmp_path, capsys, name, fmt):
    """`-o facts.xlsx --format facts` wrote a CSV file named .xlsx (Excel refused to open it, pandas'
    read_excel failed), `-o book.csv --format xlsx` a workbook named .csv; `--table facts` was refused so."""
    out = tmp_path / name
    assert main(["export", str(project), "-o", str(out), "--format", fmt]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"annotator: error: {out}: is named for ") and err.count("\n") == 1
    assert f"--format {fmt}" in err and not out.exists()


@pytest.mark.parametrize("name,fmt", [("spans.jsonl", "doccano"), ("facts.csv", "facts"), ("spans.bio", "conll"),
                                      ("spans.txt", "csv")])
def test_a_format_into_a_file_of_its_own_or_an_unclaimed_suffix_is_written(project, tmp_path, capsys, name, fmt):
    out = tmp_path / name
    assert main(["export", str(project), "-o", str(out), "--format", fmt]) == 0 and out.exists()


def test_a_file_whose_name_names_no_format_is_said_to_hold_json_lines(project, tmp_path, capsys):
    """`annotator export P -o out.txt` wrote JSON lines into out.txt and said only "wrote 1 line(s)"."""
    assert main(["export", str(project), "-o", str(tmp_path / "out.txt")]) == 0
    out, err = capsys.readouterr()
    assert f"note: {tmp_path / 'out.txt'} holds JSON lines (jsonl): its name's ending names no format" in err
    assert out == f"wrote 1 line(s) to {tmp_path / 'out.txt'}\n"  # the note on standard error, not among it
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith('{"doc"')
    for name, fmt in (("a.jsonl", None), ("b.xlsx", None), ("c.txt", "jsonl")):
        assert main(["export", str(project), "-o", str(tmp_path / name), *(["--format", fmt] if fmt else [])]) == 0
        assert "holds JSON lines" not in "".join(capsys.readouterr())


def test_format_facts_with_table_annotations_is_refused(project, tmp_path, capsys):
    """`-o t.csv --format facts --table annotations` wrote the Facts table without a word."""
    out = tmp_path / "t.csv"
    assert main(["export", str(project), "-o", str(out), "--format", "facts", "--table", "annotations"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("annotator: error: --format facts writes the Facts table") and err.count("\n") == 1
    assert not out.exists()
    assert main(["export", str(project), "-o", str(out), "--table", "annotations"]) == 0  # alone: as before
    assert out.read_text(encoding="utf-8-sig").startswith("document,title,")
