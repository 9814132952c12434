"""A coding team on the command line: hand out packages, code, merge, agree, export one coder."""
from __future__ import annotations

import json
import subprocess
import sys

from annotator.cli import main
from annotator.core.store import Store

ARTICLE = "厦门市湖里区政府工作报告\n全年投资55.1亿元建设松元产业园。思明区、集美区同步推进。\n"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err


def code_as(folder, coder, spans):
    """A coder codes in their project: accepted spans with their name."""
    with Store.open(folder) as store:
        doc = store.documents()[0].id
        for needle, label in spans:
            start = ARTICLE.index(needle)
            store.add_annotation(doc, start, start + len(needle), label, annotator=coder)


def test_hand_out_code_merge_agree_export(tmp_path, capsys):
    lead = tmp_path / "lead"
    article = tmp_path / "report.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, "new", lead)[0] == 0
    assert run(capsys, "import", lead, article, "--meta", "year=2023")[0] == 0
    assert run(capsys, "suggest", lead, "--no-links")[0] == 0

    code, out, _ = run(capsys, "export-package", lead, "-o", tmp_path / "li.zip", "--doc", "report.txt",
                       "--with", "suggestions")
    assert code == 0 and "1 document(s)" in out and "suggestions" in out
    assert run(capsys, "export-package", lead, "-o", tmp_path / "wang.zip")[0] == 0
    for coder in ("li", "wang"):
        code, out, _ = run(capsys, "open-package", tmp_path / f"{coder}.zip", tmp_path / coder)
        assert code == 0 and "opened" in out
    code_as(tmp_path / "li", "li", [("湖里区", "DISTRICT"), ("55.1亿元", "AMOUNT"), ("思明区", "DISTRICT")])
    code_as(tmp_path / "wang", "wang", [("厦门市湖里区", "DISTRICT"), ("55.1亿元", "AMOUNT"), ("思明区", "DISTRICT")])

    code, out, _ = run(capsys, "merge", lead, tmp_path / "li", tmp_path / "wang")
    assert code == 0
    assert f"from {tmp_path / 'li'}: 0 document(s) added, 1 matched; 3 span(s) added (li: 3)" in out
    code, out, _ = run(capsys, "merge", lead, tmp_path / "li")  # again: nothing new
    assert "0 span(s) added, 3 already there" in out

    code, out, _ = run(capsys, "agreement", lead, "--json")
    result = json.loads(out)
    assert result["coders"] == ["li", "wang"]
    overall = next(r for r in result["rows"] if r["label"] == "overall")
    assert (overall["exact"], overall["spans"], overall["exact_f1"]) == (2, [3, 3], round(4 / 6, 4))
    code, out, _ = run(capsys, "agreement", lead, "--label", "AMOUNT", "--annotators", "li", "wang")
    assert code == 0 and "li / wang  AMOUNT" in out and "kappa and alpha per character" in out

    out_file = tmp_path / "wang.jsonl"
    assert run(capsys, "export", lead, "-o", out_file, "--annotator", "wang")[0] == 0
    lines = [json.loads(x) for x in out_file.read_text(encoding="utf-8").splitlines()]
    assert [x["text"] for x in lines] == ["厦门市湖里区", "55.1亿元", "思明区"]
    code, out, _ = run(capsys, "stats", lead, "--annotator", "li")
    assert code == 0 and "annotator li: 3 span(s)" in out and "annotator wang" not in out
    stats = json.loads(run(capsys, "stats", lead, "--json")[1])
    assert stats["annotators"]["wang"] == {"AMOUNT/accepted": 1, "DISTRICT/accepted": 2}


def test_team_mistakes_are_one_line(tmp_path, capsys):
    lead = tmp_path / "lead"
    run(capsys, "new", lead)
    for args, words in ((("agreement", lead), "two coders"),
                        (("agreement", lead, "--status", "maybe"), "unknown status"),
                        (("agreement", lead, "--annotators", "li", "zhao"), "no spans"),
                        (("merge", lead, tmp_path / "nowhere"), "no such"),
                        (("merge", lead, lead), "merged into"),
                        (("export-package", lead, "-o", tmp_path / "x.zip"), "no documents"),
                        (("open-package", tmp_path / "x.zip", tmp_path / "y"), "no such package"),
                        (("export", lead, "-o", tmp_path / "o.jsonl", "--annotator", "zhao"), "zhao")):
        code, _, err = run(capsys, *args)
        assert code == 1 and err.startswith("annotator: error: ") and err.count("\n") == 1, (args, err)
        assert words in err and "Traceback" not in err


def test_commands_are_listed_in_help():
    out = subprocess.run([sys.executable, "-m", "annotator", "--help"], capture_output=True, text=True).stdout
    for command in ("export-package", "open-package", "merge", "agreement"):
        assert command in out
