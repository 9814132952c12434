"""`annotator import P reports/ > imported.txt`: the files that failed and the warnings went to standard
output with the report, while the exit-3 summary went to standard error; now standard output holds what
was imported and standard error the files to look at, each once; the files skipped (a .doc without LibreOffice,
a link leading outside the folder, a text already there) went to standard output still: now to standard error,
as do the line of the files an import stopped (or was cancelled) before."""
from __future__ import annotations

import os

import pytest

from tests.cli_run import run

ARTICLE = "滨州市2024年政府工作报告。全市完成投资55.1亿元，建设松元产业园。\n"
TRADITIONAL = "二零一五年河池市政府工作報告，全市生產總值增長百分之八，財政收入穩步增長。" * 3


def test_failed_files_and_warnings_go_to_standard_error(tmp_path, capsys):
    project, reports = tmp_path / "p", tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(ARTICLE, encoding="gb18030")
    (reports / "empty.txt").write_bytes(b"")
    (reports / "河池.txt").write_bytes(TRADITIONAL.encode("big5"))
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, reports, "--encoding", "gb18030",  # 河池.txt is Big5: a warning
                         "--meta", "jurisdiction=湖里县 350206")
    assert code == 3 and out == "imported 2 document(s)\n", out
    warning, bad_name, failed, summary = err.splitlines()
    # --meta's, before the import
    assert warning.startswith("annotator: warning: '湖里县' is not the name of division 350206")
    assert bad_name.startswith(f"warning {reports / '河池.txt'}: read as gb18030, but ")
    assert failed == f"failed {reports / 'empty.txt'}: the file is empty"
    assert summary.startswith("annotator: partly done: 1 file(s) failed (it, ") and summary.endswith(
        "; 2 document(s) imported (a 'failed' line above names each)")


def test_one_file_that_fails_is_said_once(tmp_path, capsys):
    """The error line names the file and why: the 'failed' line would say it again, on the same stream."""
    project, empty = tmp_path / "p", tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run(capsys, "new", project)[0] == 0
    assert run(capsys, "import", project, empty) == (
        1, "imported 0 document(s)\n", f"annotator: error: {empty}: the file is empty; nothing was imported\n")


@pytest.mark.skipif(os.name == "nt", reason="a symbolic link needs privileges on Windows")
def test_skipped_files_go_to_standard_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_SOFFICE", "")  # no LibreOffice: a .doc is skipped
    project, reports, outside = tmp_path / "p", tmp_path / "reports", tmp_path / "outside.txt"
    reports.mkdir()
    (reports / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (reports / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    outside.write_text(ARTICLE + "另一份。\n", encoding="utf-8")
    (reports / "outside.txt").symlink_to(outside)
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, reports)
    assert code == 0 and out == "imported 1 document(s)\n", out
    assert [line.split(":")[0] for line in err.splitlines()] == [
        f"skipped {reports / 'outside.txt'}", f"skipped {reports / 'old.doc'}"], err
    code, out, err = run(capsys, "import", project, reports / "a.txt")  # a text already there
    assert (code, out, err) == (0, "imported 0 document(s)\n",
                                f"skipped {reports / 'a.txt'}: the same text is already in the project\n")


def test_the_files_a_stopped_or_cancelled_import_left_unread_go_to_standard_error(folder_of_five, capsys,
                                                                                    monkeypatch):
    """The stopped and cancelled lines are about files not imported: they went to standard output, so
    `annotator import P dir > imported.txt` hid on the terminal's side neither what was left nor why."""
    from annotator.core.imports import documents
    from tests.test_cli_stops import failing_after

    project, articles = folder_of_five
    capsys.readouterr()
    real = documents.import_files
    monkeypatch.setattr(documents, "import_files", lambda *a, **k: real(  # cancelled after two files
        *a, **k, cancelled=lambda: k["report"].imported[1:] != []))
    code, out, err = run(capsys, "import", project, articles)
    assert out == "imported 2 document(s)\n", out
    assert err.splitlines()[0] == "cancelled: the files not yet read were not imported", err
    monkeypatch.setattr(documents, "import_files", real)
    failing_after(monkeypatch, 0, "database or disk is full")  # the third file's write refused: two not tried
    code, out, err = run(capsys, "import", project, articles)
    assert code == 1 and out == "imported 0 document(s)\n", out
    *skipped, stopped, error = err.splitlines()
    assert [line.split(":")[0] for line in skipped] == [f"skipped {articles / f'a{i}.txt'}" for i in range(2)]
    assert stopped == ("stopped: the project could not be written to, so 2 file(s) after it were not tried; the "
                       "documents imported before it are stored, each whole")
    assert error.startswith("annotator: error: ") and "database or disk is full" in error
