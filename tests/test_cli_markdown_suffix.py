"""Reports saved as .markdown (an editor's other name for a Markdown file) were not imported from a folder:
`annotator import P reports/` skipped them (a folder of only .markdown reports: "no .docx, … or .txt file in
it"), and the window's file dialog did not show them. A .markdown file is now read as a .md one is, its
title its heading without the marks, and a folder of both is of one kind."""
from __future__ import annotations

import json

import pytest

from annotator.cli import build_parser
from annotator.core.store import Store
from tests.cli_run import run

REPORT = "# {0}政府工作报告\n\n——2024年1月15日在{0}第十一届人民代表大会第四次会议上\n\n各位代表：\n\n{0}投资3亿元。\n"


def test_a_folders_markdown_reports_are_imported_titled_by_their_headings(tmp_path, capsys):
    reports = tmp_path / "reports"
    (reports / "2024").mkdir(parents=True)
    (reports / "2024" / "binzhou.markdown").write_text(REPORT.format("滨州市"), encoding="utf-8")
    (reports / "hechi.MARKDOWN").write_text(REPORT.format("河池市"), encoding="utf-8")
    (reports / "jincheng.md").write_text(REPORT.format("晋城市"), encoding="utf-8")
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    code, out, err = run(capsys, "import", folder, reports)
    assert (code, out, err) == (0, "imported 3 document(s)\n", "")  # .md and .markdown: one kind, nothing named
    code, out, _err = run(capsys, "documents", folder, "--json")
    assert code == 0 and {d["name"]: d["title"] for d in json.loads(out)} == {
        "binzhou.markdown": "滨州市政府工作报告", "hechi.MARKDOWN": "河池市政府工作报告",
        "jincheng.md": "晋城市政府工作报告"}
    with Store.open(folder) as store:
        texts = {d.name: store.document(d.id).text for d in store.documents()}
    assert texts["binzhou.markdown"] == REPORT.format("滨州市")  # the marks kept in the text, offsets with them


def test_a_folder_of_only_markdown_reports_is_not_refused(tmp_path, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "binzhou.markdown").write_text(REPORT.format("滨州市"), encoding="utf-8")
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, reports) == (0, "imported 1 document(s)\n", "")


def test_the_help_and_the_messages_naming_what_import_reads_name_markdown(tmp_path, capsys):
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    (tmp_path / "empty").mkdir()
    code, _out, err = run(capsys, "import", folder, tmp_path / "empty")
    assert code == 1 and ".html, .markdown, .md, .mht" in err, err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["import", "--help"])
    assert ".txt, .md, .markdown, .text, .docx" in " ".join(capsys.readouterr().out.split())
