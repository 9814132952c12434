"""A report imported from Markdown (.md) had its heading's mark in its title: `# 政府工作报告`. The title is the
heading (政府工作报告; `## … ##` and a line in bold alike), the text stays as imported, its offsets with it. Only a
Markdown file's: a plain-text report whose first line opens with # lost the mark from its title too; it keeps it."""
from __future__ import annotations

import json

import pytest

from annotator.core.imports.titles import title_of
from annotator.core.store import Store
from tests.cli_run import run

REPORT = ("# 政府工作报告\n\n——2024年1月15日在滨州市第十一届人民代表大会第四次会议上\n\n"
          "各位代表：\n\n滨州市投资3亿元。\n")


def test_an_imported_markdown_reports_title_is_its_heading_and_its_text_stays(tmp_path, capsys):
    (tmp_path / "report.md").write_text(REPORT, encoding="utf-8")
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "report.md")[0] == 0
    code, out, _err = run(capsys, "documents", folder, "--json")
    (doc,) = json.loads(out)
    assert code == 0 and doc["title"] == "政府工作报告", doc
    with Store.open(folder) as store:
        (d,) = store.documents()
        assert store.document(d.id).text == REPORT  # the mark kept in the text: offsets as the file has them


@pytest.mark.parametrize("text,title,as_written", [
    ("## 政府工作报告 ##\n正文", "政府工作报告", "## 政府工作报告 ##"),
    ("#\n# 2024年政府工作报告\n", "2024年政府工作报告", "#"),  # an empty heading is no title
    ("**滨州市政府工作报告**\n", "滨州市政府工作报告", "**滨州市政府工作报告**"),
    ("——2015年1月21日在河池市第三届人民代表大会第六次会议上\n## 河池市2015年政府工作报告\n",
     "河池市2015年政府工作报告", "## 河池市2015年政府工作报告"),
    ("#1号线开通运营\n", "#1号线开通运营", "#1号线开通运营"),  # no space after the mark: no heading
    ("####### 七个\n", "####### 七个", "####### 七个"),  # Markdown's headings have six levels
])
def test_markdown_marks_are_not_the_titles(text, title, as_written):
    assert title_of(text, markdown=True) == title
    assert title_of(text) == as_written  # any other text's title: its line as written


def test_a_plain_text_reports_first_line_opening_with_a_hash_is_its_title_as_written(tmp_path, capsys):
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    for name in ("report.txt", "report.md"):
        text = f"# 湖里区政府工作报告（{name}）\n\n各位代表：\n\n全年投资55.1亿元。\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run(capsys, "import", folder, tmp_path / name)[0] == 0
    code, out, _err = run(capsys, "documents", folder, "--json")
    assert code == 0 and {d["name"]: d["title"] for d in json.loads(out)} == {
        "report.txt": "# 湖里区政府工作报告（report.txt）", "report.md": "湖里区政府工作报告（report.md）"}
    with Store.open(folder) as store:
        assert [store.document(d.id).text.split("\n")[0] for d in store.documents()] == [
            "# 湖里区政府工作报告（report.txt）", "# 湖里区政府工作报告（report.md）"]
