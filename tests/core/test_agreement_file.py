"""``annotator agreement P -o FILE``: the agreement table as a .csv (UTF-8 with a byte-order mark, as
the other CSV exports) or an .xlsx made as the workbook's sheets are (frozen header, filter, widths,
number formats), with the printed table's figures, the spans' and the links'."""
from __future__ import annotations

import csv
import re

from openpyxl import load_workbook

from annotator.cli import main
from annotator.core.team.agreement_table import SHEET_COLUMNS
from tests.core.test_team_link_agreement import folder  # noqa: F401 — the fixture: two coders, spans and links

HEADERS = [h for h, _k, _m in SHEET_COLUMNS]


def printed(capsys, *args) -> tuple[int, list[list[str]], list[list[str]], str]:
    """The exit code, the spans' table and the links' table (rows of cells, no header), the rest."""
    code = main(["agreement", *map(str, args)])
    out, err = capsys.readouterr()
    tables: list[list[list[str]]] = []
    for line in out.splitlines():
        if line.startswith("coders "):
            tables.append([])
        elif tables and line.strip() and not line.startswith(("links of", "(a fact", "wrote ")):
            if not line.startswith(("not compared", "documents")):
                tables[-1].append(re.split(r"\s{2,}", line.strip()))
    return code, tables[0], tables[1], out + err


def as_printed(row: dict[str, str]) -> tuple[list[str], list[str]]:
    """A file's row as the printed tables show it ("-" for an empty cell)."""
    def cell(h: str) -> str:
        return row[h] if row[h] not in ("", None) else "-"

    def share(same: str, n: str) -> str:
        return f"{row[same]}/{row[n]}" if row[n] not in ("", None, "0") else "-"

    spans = [cell(h) for h in ("coders", "label", "documents", "characters", "spans", "exact_matches", "exact_f1",
                               "overlap_matches", "overlap_f1", "kappa", "alpha")]
    spans.append(share("values_same", "values_compared"))
    links = [row["coders"], row["label"], share("district_links_same", "district_links_compared"),
             cell("district_links_agreement"), share("off_jurisdiction_same", "off_jurisdiction_compared"),
             share("project_links_same", "project_links_compared"), cell("project_links_agreement"),
             share("with_project_same", "with_project_compared")]
    return spans, links


def test_the_agreement_table_written_as_csv_and_xlsx_has_the_printed_figures(folder, tmp_path, capsys):  # noqa: F811
    code, spans, links, said = printed(capsys, folder)
    assert code == 0 and len(spans) == 5 and len(links) == 4  # overall and four labels; overall and three

    out = tmp_path / "附录 agreement.csv"
    code, spans_again, links_again, said = printed(capsys, folder, "-o", out)
    assert code == 0 and (spans_again, links_again) == (spans, links)
    assert said.splitlines()[-1] == f"wrote the agreement table to {out}: 5 row(s)"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # as the other CSV exports: Excel reads it as UTF-8
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == HEADERS
    shown = [as_printed(r) for r in rows]
    assert [s for s, _l in shown if s[2] != "0"] == spans
    assert [ln for _s, ln in shown if ln[2] != "-" or ln[4] != "-"] == links
    assert rows[0]["kappa"] == spans[0][9] and re.fullmatch(r"0\.\d{4}", rows[0]["kappa"])

    book = tmp_path / "agreement.xlsx"
    code, *_rest, said = printed(capsys, folder, "-o", book)
    assert code == 0 and said.splitlines()[-1] == f"wrote the agreement table to {book}: 5 row(s)"
    wb = load_workbook(book)
    assert wb.sheetnames == ["Agreement", "Notes"]
    ws = wb["Agreement"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{ws.cell(1, len(HEADERS)).column_letter}6"
    assert [c.value for c in ws[1]] == HEADERS and ws["A1"].font.b
    assert all(ws.column_dimensions[ws.cell(1, i + 1).column_letter].width >= 8 for i in range(len(HEADERS)))
    cells = {h: ws.cell(2, i + 1) for i, h in enumerate(HEADERS)}
    assert cells["kappa"].number_format == "0.0000" and cells["district_links_agreement"].number_format == "0.000"
    assert cells["documents"].number_format == "0" and isinstance(cells["kappa"].value, float)
    for values, row in zip(ws.iter_rows(min_row=2, values_only=True), rows, strict=True):
        as_text = {h: ("" if v is None else f"{v:.{4 if f == '0.0000' else 3}f}" if f.startswith("0.0") else str(v))
                   for h, v, f in zip(HEADERS, values, [cells[h].number_format for h in HEADERS], strict=True)}
        assert as_text == row  # the same figures as the CSV, so as the printed table
    notes = [r[0] for r in wb["Notes"].iter_rows(values_only=True)]
    assert notes[1] == "agreement of li, wang on spans accepted"
    assert notes[2].startswith("kappa and alpha per character")
    assert any(n.startswith("district_links_agreement: ") for n in notes)


def test_a_file_of_another_kind_is_refused_before_the_work(folder, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "agreement.txt"
    code = main(["agreement", str(folder), "-o", str(out)])
    out_text, err = capsys.readouterr()
    assert code != 0 and out_text == "" and not out.exists()
    assert err.strip() == (f"annotator: error: {out}: the agreement table is written as .csv or .xlsx; name the file "
                           "so (-o agreement.xlsx); nothing was written")
