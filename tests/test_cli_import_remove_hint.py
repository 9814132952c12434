"""A doubtful encoding's warning names the command that takes the document out as it can be typed:
this project and this document, not ``annotator remove PROJECT --doc NAME``."""
from __future__ import annotations

from tests.cli_run import run

TRADITIONAL = "二零一五年河池市政府工作報告，全市生產總值增長百分之八，財政收入穩步增長。" * 3


def test_the_warning_names_this_project_and_this_document(tmp_path, capsys):
    folder = tmp_path / "my reports"
    assert run(capsys, "new", folder)[0] == 0
    article = tmp_path / "河池 报告.txt"
    article.write_bytes(TRADITIONAL.encode("big5"))
    code, out, err = run(capsys, "import", folder, article, "--encoding", "gb18030")  # the wrong one, chosen
    assert out == "imported 1 document(s)\n"  # the warning on standard error
    warning = next(line for line in err.splitlines() if line.startswith("warning "))
    assert code == 0 and "annotator remove PROJECT --doc NAME" not in warning
    assert f'(annotator remove "{folder}" --doc "河池 报告.txt")' in warning, warning
    code, out, _ = run(capsys, "remove", folder, "--doc", "河池 报告.txt")  # the command as it says
    assert code == 0 and out.startswith("removed 1 document(s)")
    code, out, err = run(capsys, "import", folder, article, "--encoding", "big5")
    assert code == 0 and "warning" not in out + err


def test_notes_imported_beside_the_reports_are_named_with_the_command_that_takes_one_out(tmp_path, capsys):
    """`annotator import P reports/` of the shared reports folder read its notes (LINKS.md, SOURCES-A.md)
    as reports too and said only "imported 9 document(s)"; the window's status bar named them."""
    folder, reports = tmp_path / "my reports", tmp_path / "reports"
    reports.mkdir()
    for i, city in enumerate(("滨州市", "河池市", "晋城市")):
        (reports / f"report_{i}.txt").write_text(f"{city}政府工作报告。全市完成投资55.1亿元。\n", encoding="utf-8")
    (reports / "LINKS.md").write_text("# 资料来源\n\n每份报告都取自该市人民政府网站。\n", encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    code, out, err = run(capsys, "import", folder, reports)
    assert code == 0 and out == "imported 4 document(s)\n"  # what was imported alone, the note on standard error
    assert err.splitlines() == [
        f"note: 1 of them is not a .txt file: LINKS.md; 'annotator remove \"{folder}\" --doc NAME' takes out one "
        "imported by mistake"]
    assert run(capsys, "remove", folder, "--doc", "LINKS.md")[0] == 0
    (reports / "more.txt").write_text("十堰市政府工作报告。\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", folder, reports / "more.txt")
    assert code == 0 and out == "imported 1 document(s)\n"  # one kind: nothing more said
    (reports / "SOURCES.md").write_text("# 来源\n\n政府网站。\n", encoding="utf-8")
    (reports / "last.txt").write_text("河池市政府工作报告。\n", encoding="utf-8")
    code, out, err = run(capsys, "import", folder, reports)  # the report is not the odd one beside two notes
    assert code == 0 and "note: 2 of them are not .txt files: LINKS.md, SOURCES.md;" in err and "last.txt" not in err
    assert "note" not in out


def test_annotation_files_in_a_folder_imported_are_said_to_be_passed_over(tmp_path, capsys):
    """The shared reports folder holds each report's *.gold.jsonl beside it: import read the reports and
    said nothing of the gold, which goes in with another command."""
    folder, reports = tmp_path / "p", tmp_path / "reports"
    (reports / "2024").mkdir(parents=True)
    (reports / "a.txt").write_text("滨州市政府工作报告。全市完成投资55.1亿元。\n", encoding="utf-8")
    (reports / "a.gold.jsonl").write_text("", encoding="utf-8")
    (reports / "2024" / "b.links.jsonl").write_text("", encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    code, out, err = run(capsys, "import", folder, reports)
    assert code == 0 and out == "imported 1 document(s)\n" and err.splitlines() == [
        f"note: {reports} also holds 2 annotation file(s) (.jsonl), which import does not read: "
        f"'annotator import-annotations {folder} FILE…' reads them"]
    code, out, err = run(capsys, "import", folder, reports / "a.txt")  # a file given: nothing to say
    assert code == 0 and "note" not in out + err


def test_a_folder_mixing_kinds_on_purpose_is_not_named_as_imported_by_mistake(tmp_path, capsys):
    """A researcher's folder of .txt, .docx and saved pages was told "note: 6 of them are not .txt files: …
    takes out one imported by mistake": only a few files beside more of one kind are named."""
    from tests.mixed_files import mixed_folder

    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    code, out, _ = run(capsys, "import", folder, mixed_folder(tmp_path / "reports", txt=3, docx=3, html=3))
    assert code == 0 and out == "imported 9 document(s): 3 text, 3 Word, 3 web page(s)\n", out  # counted, not named
