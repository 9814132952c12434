"""Where `annotator stats` counts imported spans, as README.md says: a gold JSONL line (or a doccano
line) without an origin is `manual` (made by hand elsewhere; the JSONL export leaves out the origin of
a span made by hand, so an export imported back stays so), a workbook row that names no origin is
`imported`. The QA pass read "imported" in README's list of origins and took the shared reports'
gold, `manual 1030` in `stats`, for a miscount; README now says which file gives which."""
from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import load_workbook

from tests.cli_run import ARTICLE, run

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def origins(capsys, folder) -> dict[str, int]:
    code, out, _err = run(capsys, "stats", folder, "--json")
    assert code == 0
    return json.loads(out)["origins"]


def new_project(tmp_path, capsys, name):
    folder = tmp_path / name
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "a.txt")[0] == 0
    return folder


def test_gold_without_an_origin_is_made_by_hand_and_a_workbook_row_without_one_imported(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    start = ARTICLE.index("湖里区")
    gold = tmp_path / "a.gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": start, "end": start + 3, "label": "DISTRICT",
                                "text": "湖里区", "value": {"name": "湖里区", "code": "350206"}},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    first = new_project(tmp_path, capsys, "first")
    assert run(capsys, "import-annotations", first, gold)[0] == 0
    assert origins(capsys, first) == {"accepted/manual": 1}
    code, out, _err = run(capsys, "stats", first)
    assert code == 0 and "  accepted: manual 1\n" in out and "manual: made by hand" in out

    book = tmp_path / "out.xlsx"
    assert run(capsys, "export", first, "-o", book)[0] == 0
    wb = load_workbook(book)
    sheet = wb["Annotations"]
    column = [c.value for c in sheet[1]].index("origin") + 1
    sheet.cell(2, column).value = None  # a row typed into the sheet, or a workbook of another program
    wb.save(book)
    second = new_project(tmp_path, capsys, "second")
    assert run(capsys, "import-annotations", second, book)[0] == 0
    assert origins(capsys, second) == {"accepted/imported": 1}


def test_the_readme_says_so_where_it_lists_the_origins():
    about = README[README.index("`imported` (a workbook row that names no origin)"):][:400]
    assert re.search(r"gold JSONL or doccano line\s+without an `origin`.*counts as `made by hand` \(`manual`\)",
                     about, re.S), about
