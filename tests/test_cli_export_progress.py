"""`annotator export P -o out.xlsx` of 5,000 reports wrote for 46 s with nothing on the terminal; it now
shows the document it reads on one line of standard error, cleared when it is done, on a terminal only
(a pipe or a file gets the lines said, as before)."""
from __future__ import annotations

import io
import sys

from annotator.cli import main
from tests.test_cli_review import run

ARTICLE = "湖里区投资55.1亿元建设松元产业园。"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _project(tmp_path, capsys):
    folder, report = tmp_path / "p", tmp_path / "湖里区报告.txt"
    report.write_text(ARTICLE, encoding="utf-8")
    for args in (("new", folder), ("import", folder, report), ("suggest", folder, "--model", "none"),
                 ("review", folder, "--accept")):
        assert run(capsys, *args)[0] == 0
    return folder


def test_export_on_a_terminal_says_the_document_it_reads_then_clears_the_line(tmp_path, capsys, monkeypatch):
    folder = _project(tmp_path, capsys)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["export", str(folder), "-o", str(tmp_path / "out.xlsx")]) == 0
    said = terminal.getvalue()
    assert said.startswith("\rexport: reading 湖里区报告.txt")
    wide = len("export: reading ") + 2 * len("湖里区报告") + len(".txt")  # a Chinese character takes two columns
    assert said.endswith("\r" + " " * wide + "\r")  # the line cleared
    assert capsys.readouterr().out.startswith(f"wrote {tmp_path / 'out.xlsx'}: ")


def test_export_into_a_pipe_writes_no_progress(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    code, out, err = run(capsys, "export", folder, "-o", tmp_path / "out.csv")
    assert code == 0 and err == "" and out.startswith("wrote ")
