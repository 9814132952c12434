"""A Label Studio export names its coder by number alone (`"completed_by": 1`): imported without
--annotator, its spans go to no coder's layer (no annotator name), which agreement and adjudication
compare with no one. The import said nothing of it, and agreement then said the spans were by the other
coder alone; now the import says so in one line, and agreement and adjudication name the spans they leave aside."""
from __future__ import annotations

import json

from cli_run import ARTICLE, assert_user_error, project_of_two, run

NOTE = "not compared: 2 span(s) (accepted) in no coder's layer, with no annotator name"


def tasks(tmp_path, name: str, by, pieces: list[tuple[str, str]]):
    path = tmp_path / name
    path.write_text(json.dumps([{"data": {"text": ARTICLE + "a.txt", "name": "a.txt"}, "annotations": [
        {"completed_by": by, "result": [
            {"id": f"r{i}", "type": "labels", "value": {"start": ARTICLE.index(text),
                                                        "end": ARTICLE.index(text) + len(text), "labels": [label]}}
            for i, (text, label) in enumerate(pieces)]}]}], ensure_ascii=False), encoding="utf-8")
    return path


def test_a_coder_named_by_number_is_said_at_import_and_by_agreement_and_adjudication(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    numbered = tasks(tmp_path, "ls.json", 1, [("湖里区", "DISTRICT"), ("55.1亿元", "AMOUNT")])
    code, out, err = run(capsys, "import-annotations", folder, numbered)
    assert code == 0
    # a note, on standard error (it was on standard output, among the lines of what was stored)
    assert err == ("ls.json: its annotations name their coder by number alone (completed_by 1), so their spans are "
                   "in no coder's layer, which agreement and adjudication compare with no one; to make them a coder's, "
                   "take this import back (annotator restore) and import the file again with --annotator NAME\n"), err
    assert "by number alone" not in out and "ls.json: stored 2 annotation(s)\n" in out, out
    li = tasks(tmp_path, "li.json", {"id": 2, "email": "li"}, [("湖里区", "DISTRICT")])
    code, out, err = run(capsys, "import-annotations", folder, li)
    assert code == 0 and "by number alone" not in out + err  # named by its e-mail

    result = run(capsys, "agreement", folder)
    assert_user_error(result, "agreement needs two coders;", "are by 'li'; " + NOTE, "--annotator NAME")
    result = run(capsys, "adjudicate", folder)
    assert_user_error(result, "adjudicate needs two coders or more;", "has li (name them with --coders); " + NOTE)

    wang = tasks(tmp_path, "wang.json", {"email": "wang"}, [("湖里区", "DISTRICT")])
    assert run(capsys, "import-annotations", folder, wang)[0] == 0
    code, out, _err = run(capsys, "agreement", folder)
    assert code == 0 and out.startswith("agreement of li, wang on spans accepted") and NOTE in out, out
    code, out, _err = run(capsys, "agreement", folder, "--json")
    assert json.loads(out)["coders"] == ["li", "wang"] and json.loads(out)["unnamed_spans"] == 2


def test_named_with_annotator_the_spans_are_that_coders_and_nothing_is_said(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    numbered = tasks(tmp_path, "ls.json", 1, [("湖里区", "DISTRICT")])
    code, out, err = run(capsys, "import-annotations", folder, numbered, "--annotator", "zhang")
    assert code == 0 and "by number alone" not in out + err
    wang = tasks(tmp_path, "wang.json", {"email": "wang"}, [("湖里区", "DISTRICT")])
    assert run(capsys, "import-annotations", folder, wang)[0] == 0
    code, out, _err = run(capsys, "agreement", folder)
    assert code == 0 and out.startswith("agreement of wang, zhang") and "not compared: " not in out, out
