"""Where no value was compared (PROJECT spans carry none; a label whose matched spans give no value), the
printed table shows "-" for values_same, but the workbook's Agreement sheet and ``agreement -o`` (.xlsx,
.csv) wrote 0 and 0, which pandas reads as a comparison made with nothing agreeing. Now those cells are
empty (NaN in pandas), as the table's "-"; where values were compared the counts stay."""
from __future__ import annotations

import pandas as pd

from annotator.cli import main
from tests.core.test_team_link_agreement import folder  # noqa: F401 — the fixture: two coders, spans and links


def printed_values(capsys, folder) -> dict[str, str]:  # noqa: F811
    """values_same of each label as ``annotator agreement`` prints it."""
    assert main(["agreement", str(folder)]) == 0
    out = capsys.readouterr().out.split("\n\n")[0]  # the spans' table, before the links'
    return {cells[3]: cells[-1] for line in out.splitlines() if line.startswith("li / wang")
            for cells in [line.split()]}


def test_no_value_compared_is_an_empty_cell_as_the_tables_dash(folder, tmp_path, capsys):  # noqa: F811
    printed = printed_values(capsys, folder)
    assert printed["PROJECT"] == "-" and printed["DISTRICT"] != "-", printed  # DISTRICT: codes compared
    assert main(["export", str(folder), "-o", str(tmp_path / "team.xlsx")]) == 0
    assert main(["agreement", str(folder), "-o", str(tmp_path / "agreement.xlsx")]) == 0
    assert main(["agreement", str(folder), "-o", str(tmp_path / "agreement.csv")]) == 0
    capsys.readouterr()
    sheets = {"workbook": pd.read_excel(tmp_path / "team.xlsx", sheet_name="Agreement"),
              "-o .xlsx": pd.read_excel(tmp_path / "agreement.xlsx", sheet_name="Agreement"),
              "-o .csv": pd.read_csv(tmp_path / "agreement.csv", encoding="utf-8-sig")}
    for name, sheet in sheets.items():
        rows = sheet.set_index("label")
        for label, shown in printed.items():
            compared, same = rows.loc[label, "values_compared"], rows.loc[label, "values_same"]
            if shown == "-":
                assert pd.isna(compared) and pd.isna(same), (name, label, compared, same)
            else:
                assert f"{int(same)}/{int(compared)}" == shown, (name, label, compared, same, shown)
