"""``annotator agreement --annotators``: coders named apart or separated by commas, as the window's
Coders field and ``--status a,b`` take them; names with a space or in Chinese. One argument
"Li Ming,王芳" was taken as one coder of that name ("agreement needs two coders; the spans are by
'Li Ming', '王芳'")."""
from __future__ import annotations

import json

import pytest

from annotator.cli import main
from tests.core.conftest import build_project

TEXT = "湖里区投资55.1亿元建设松元产业园。"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("names", [["Li Ming", "王芳"], ["Li Ming,王芳"], ["Li Ming, 王芳"], ["Li Ming，王芳"],
                                   ["Li Ming、王芳"]])
def test_coders_named_apart_or_separated_by_commas(tmp_path, capsys, names):
    folder = build_project(tmp_path / "team", {"a.txt": TEXT}, [
        ("a.txt", 0, 3, "DISTRICT", {"annotator": "Li Ming"}), ("a.txt", 0, 2, "DISTRICT", {"annotator": "王芳"}),
        ("a.txt", 5, 11, "AMOUNT", {"annotator": "Li Ming"}), ("a.txt", 5, 11, "AMOUNT", {"annotator": "王芳"}),
        ("a.txt", 13, 18, "PROJECT", {"annotator": "zhao"})])  # a third coder, not asked for
    code, out, err = run(capsys, "agreement", folder, "--json", "--annotators", *names)
    assert code == 0, err
    result = json.loads(out)
    assert result["coders"] == ["Li Ming", "王芳"]
    overall = next(r for r in result["rows"] if r["label"] == "overall")
    assert (overall["spans"], overall["exact"], overall["exact_f1"]) == ([2, 2], 1, 0.5)


def test_adjudicate_takes_the_coders_separated_by_commas_too(tmp_path, capsys):
    folder = build_project(tmp_path / "team", {"a.txt": TEXT}, [
        ("a.txt", 5, 11, "AMOUNT", {"annotator": "Li Ming"}), ("a.txt", 5, 11, "AMOUNT", {"annotator": "王芳"})])
    code, out, err = run(capsys, "adjudicate", folder, "--coders", "Li Ming,王芳")
    assert code == 0, err
    assert "took 1 agreed span(s) of Li Ming, 王芳 into layer gold" in out
