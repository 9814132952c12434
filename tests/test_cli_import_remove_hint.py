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
    code, out, _ = run(capsys, "import", folder, article, "--encoding", "gb18030")  # the wrong one, chosen
    warning = next(line for line in out.splitlines() if line.startswith("warning "))
    assert code == 0 and "annotator remove PROJECT --doc NAME" not in warning
    assert f'(annotator remove "{folder}" --doc "河池 报告.txt")' in warning, warning
    code, out, _ = run(capsys, "remove", folder, "--doc", "河池 报告.txt")  # the command as it says
    assert code == 0 and out.startswith("removed 1 document(s)")
    code, out, _ = run(capsys, "import", folder, article, "--encoding", "big5")
    assert code == 0 and "warning" not in out
