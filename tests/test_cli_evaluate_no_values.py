"""`annotator evaluate P --gold …` on gold lines that give no `value` printed the heading "values of the spans
matched by overlap …" and its column header with no row under them; now one plain sentence. With values, the
table is as it was; --json is unchanged (each label's value: compared 0, accuracy null)."""
from __future__ import annotations

import json

from tests.cli_run import ARTICLE, project_of_two, run

NO_VALUES = ("No values were compared: no gold span matched by overlap gives a value (a district's code or name, "
             "an amount's yuan, a target's quantity and unit).")


def test_gold_without_values_gets_a_sentence_not_an_empty_table(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    at = ARTICLE.index("湖里区")
    line = {"doc": "a.txt", "start": at, "end": at + 3, "label": "DISTRICT", "text": "湖里区"}
    (tmp_path / "bare.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(capsys, "import-annotations", folder, tmp_path / "bare.jsonl")[0] == 0

    code, out, err = run(capsys, "evaluate", folder, "--gold", tmp_path / "bare.jsonl")
    assert code == 0 and "values of the spans matched" not in out and "compared" not in out.splitlines()[-2], out
    assert out.splitlines()[-2:] == ["", NO_VALUES]
    code, out, _err = run(capsys, "evaluate", folder, "--gold", tmp_path / "bare.jsonl", "--json")
    assert json.loads(out)["labels"]["DISTRICT"]["value"] == {"compared": 0, "correct": 0, "accuracy": None}

    valued = tmp_path / "valued.jsonl"  # the same span with its value: the table, with its row
    valued.write_text(json.dumps({**line, "value": {"name": "湖里区", "code": "350206"}}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    code, out, err = run(capsys, "evaluate", folder, "--gold", valued)
    table = out[out.index("values of the spans matched by overlap"):].splitlines()
    assert code == 0 and NO_VALUES not in out and table[1].split() == ["label", "compared", "correct", "accuracy"]
    assert [row.split()[0] for row in table[2:]] == ["DISTRICT", "overall"], out
