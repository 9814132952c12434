"""Counts in what the command line says are written 1,284, as its other messages write them: `documents`
said "1284 open suggestion(s)" and `stats` "characters: 13203"; the numbers a program reads (the
documents table, --json) stay plain."""
from __future__ import annotations

import json

from tests.cli_run import run


def test_counts_said_have_thousands_separators_and_the_table_and_json_stay_plain(tmp_path, capsys):
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    lines = [f"第{i + 1}项投资{i + 1}亿元。" for i in range(1100)]
    (tmp_path / "big.txt").write_text("\n".join(["厦门市政府工作报告", *lines]) + "\n", encoding="utf-8")
    assert run(capsys, "import", folder, tmp_path / "big.txt")[0] == 0
    assert run(capsys, "suggest", folder, "--label", "AMOUNT", "--no-links")[0] == 0
    [row] = json.loads(run(capsys, "documents", folder, "--json")[1])
    open_, characters = row["open"], row["characters"]
    assert open_ >= 1000 and characters >= 10000  # plain numbers in the JSON
    code, out, err = run(capsys, "documents", folder)
    assert code == 0 and err == f"1 document(s), 0 done, {open_:,} open suggestion(s)\n" and "," in err
    cells = out.splitlines()[1].split("\t")
    assert cells[3] == str(open_) and cells[5] == str(characters)  # the table: cut, awk, read_csv
    out = run(capsys, "stats", folder)[1]
    assert f"characters: {characters:,}" in out and f"AMOUNT/suggested: {open_:,}" in out
    assert f"(no name): {open_:,} span(s)" in out and f"amount {open_:,}" in out
    assert json.loads(run(capsys, "stats", folder, "--json")[1])["characters"] == characters
    # what review, export and done say (they said "accepted 1100 open suggestion(s)", "wrote 1100 line(s)")
    code, out, _err = run(capsys, "review", folder, "--accept")
    assert code == 0 and f"accepted {open_:,} open suggestion(s)" in out
    for fmt, said in [("jsonl", f"wrote {open_:,} line(s)"), ("csv", f"wrote {open_:,} row(s)"),
                      ("xlsx", f"{open_:,} annotation(s) in 1 document(s)"), ("conll", "1 document(s), 1,10")]:
        code, out, _err = run(capsys, "export", folder, "--format", fmt, "-o", tmp_path / f"out.{fmt}")
        assert code == 0 and said in out, (fmt, out)


def test_the_agreement_table_has_thousands_separators_and_its_json_and_file_stay_plain(tmp_path, capsys):
    """The agreement table's chars column read 13300 where ``stats`` says 13,300."""
    from tests.core.conftest import build_project

    text = "湖里区投资55.1亿元建设松元产业园。" * 700  # 13,300 characters
    folder = build_project(tmp_path / "team", {"a.txt": text}, [
        ("a.txt", 0, 3, "DISTRICT", {"annotator": "li"}), ("a.txt", 0, 2, "DISTRICT", {"annotator": "wang"}),
        ("a.txt", 5, 11, "AMOUNT", {"annotator": "li"}), ("a.txt", 5, 11, "AMOUNT", {"annotator": "wang"})])
    code, out, _err = run(capsys, "agreement", folder, "-o", tmp_path / "agreement.csv")
    assert code == 0
    overall = next(line.split() for line in out.splitlines() if " overall " in line)
    assert overall[3:7] == ["overall", "1", "13,300", "2/2"]  # li / wang overall docs chars spans
    assert "characters: 13,300" in run(capsys, "stats", folder)[1]
    rows = json.loads(run(capsys, "agreement", folder, "--json")[1])["rows"]
    assert {r["characters"] for r in rows} == {13300}
    assert ",13300," in (tmp_path / "agreement.csv").read_text(encoding="utf-8-sig")
