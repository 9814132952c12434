"""A coder's line that gives its span's value empty on purpose (``"value": {}``: an amount whose
sum the coder left out, a span whose value was cleared in the window, as ``annotator export`` then
writes it) had its value computed again on import, as if the line gave none: the export of one
project imported into another brought back the yuan the coder had cleared. A value given as {} now
stays empty; a line without ``value`` (or with null) still gets the one computed from the text."""
from __future__ import annotations

import json

from tests.cli_run import run

TEXT = "湖里区完成投资55.1亿元，招商引资3245.7万元，力争新增企业20家。\n"


def line(piece: str, label: str, **value) -> str:
    start = TEXT.index(piece)
    return json.dumps({"doc": "a.txt", "start": start, "end": start + len(piece), "label": label, "text": piece,
                       **value}, ensure_ascii=False) + "\n"


def project(tmp_path, capsys, name: str):
    folder = tmp_path / name
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0 and run(capsys, "import", folder, tmp_path / "a.txt")[0] == 0
    return folder


def values(capsys, folder, *status: str) -> dict[str, dict]:
    code, out, _err = run(capsys, "export", folder, "-o", "-", "--format", "jsonl", "--status", ",".join(status))
    assert code == 0
    return {row["text"]: row["value"] for row in map(json.loads, out.splitlines())}


def test_a_value_given_empty_stays_empty_and_a_line_without_one_gets_it_computed(tmp_path, capsys):
    folder = project(tmp_path, capsys, "first")
    gold = tmp_path / "coder.jsonl"
    gold.write_text(line("55.1亿元", "AMOUNT", value={}) + line("湖里区", "DISTRICT", value={})
                    + line("3245.7万元", "AMOUNT") + line("新增企业20家", "TARGET", value=None), encoding="utf-8")
    code, out, err = run(capsys, "import-annotations", folder, gold)
    assert code == 0, err
    assert "computed the value of 2 span(s) from the text" in out + err
    got = values(capsys, folder, "accepted")
    assert got["55.1亿元"] == {} and got["湖里区"] == {}
    assert got["3245.7万元"]["yuan"] == 32_457_000 and got["新增企业20家"]["quantity"] == 20
    # its export, imported into another project, comes back as it was
    exported = tmp_path / "export.jsonl"
    assert run(capsys, "export", folder, "-o", exported, "--format", "jsonl")[0] == 0
    other = project(tmp_path, capsys, "second")
    assert run(capsys, "import-annotations", other, exported)[0] == 0
    assert values(capsys, other, "accepted") == got


def test_a_line_giving_an_empty_value_decides_a_suggestion_with_it_empty(tmp_path, capsys):
    folder = project(tmp_path, capsys, "suggested")
    assert run(capsys, "suggest", folder, "--label", "AMOUNT", "--no-links")[0] == 0
    assert values(capsys, folder, "suggested")["55.1亿元"]["yuan"] == 5_510_000_000
    gold = tmp_path / "coder.jsonl"
    gold.write_text(line("55.1亿元", "AMOUNT", value={}) + line("3245.7万元", "AMOUNT"), encoding="utf-8")
    assert run(capsys, "import-annotations", folder, gold)[0] == 0
    got = values(capsys, folder, "accepted")
    assert got["55.1亿元"] == {} and got["3245.7万元"]["yuan"] == 32_457_000  # the suggestion's, kept
