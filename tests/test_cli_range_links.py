"""The panel's report, end to end as the user ran it: a project with 今年湖里区计划投资3-5亿元建设
松元产业园。, ``annotator suggest``, everything accepted, exported to .xlsx. The range 3-5亿元 is
two amounts and the sums count it once, at its lower end; the link suggester linked only the upper
end (5亿元) to 松元产业园, so the Projects sheet showed the project with 5亿元 but ``amounts`` 0 and
an empty sum. Both ends are now linked to the project: one amount, 3亿 summed."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.cli_run import run
from tests.sheets import table

TEXT = "今年湖里区计划投资3-5亿元建设松元产业园。\n"


@pytest.mark.parametrize("model", [["--model", "none"], []])  # the rules alone, and beside the shipped seed
def test_a_suggested_range_sums_once_for_its_project_after_everything_is_accepted(tmp_path, capsys, model):
    folder, article = tmp_path / "p", tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    for args in (["new", folder], ["import", folder, article], ["suggest", folder, *model],
                 ["review", folder, "--accept"], ["review", folder, "--accept", "--links"],
                 ["export", folder, "-o", tmp_path / "out.xlsx"]):
        code, _out, err = run(capsys, *args)
        assert code == 0, (args, err)
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)
    (project,) = table(book["Projects"])
    assert (project["project"], project["district"], project["amounts"], project["amount_sum_yuan"]) == (
        "松元产业园", "湖里区", 1, 3 * 10**8)  # the range once, at its lower end
    ends = {(r["from_text"], r["kind"]): r["to_text"] for r in table(book["Links"]) if r["from_label"] == "AMOUNT"}
    assert ends == {("3", "project"): "松元产业园", ("5亿元", "project"): "松元产业园",
                    ("3", "district"): "湖里区", ("5亿元", "district"): "湖里区"}
    amounts = {r["amount"]: (r["project"], r["range_end"]) for r in table(book["Amounts"])}
    assert amounts == {"3": ("松元产业园", "lower"), "5亿元": ("松元产业园", "upper")}
