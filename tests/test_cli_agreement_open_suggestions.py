"""The program's open suggestions (``annotator suggest``) are in no coder's layer too (no annotator name).
``annotator agreement --status accepted,suggested`` said of them "not compared: N span(s) … made or
imported without one … import it with --annotator NAME": advice for a coder's work imported without a
name, wrong for the program's own suggestions. Now they are named as what they are, and the advice is
given only for the spans really made or imported without a coder (core/team/unnamed.py)."""
from __future__ import annotations

import json

from cli_run import ARTICLE, assert_user_error, project_of_two, run

SUGGESTIONS = "open suggestion(s) of the program are not a coder's work: not compared"


def gold(tmp_path, name: str, pieces: list[tuple[str, str]]):
    path = tmp_path / name
    path.write_text("".join(json.dumps({"doc": "a.txt", "start": ARTICLE.index(text),
                                        "end": ARTICLE.index(text) + len(text), "label": label, "text": text},
                                       ensure_ascii=False) + "\n" for text, label in pieces), encoding="utf-8")
    return path


def two_coders_and_suggestions(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    for coder in ("A", "B"):
        file = gold(tmp_path, f"{coder}.jsonl", [("湖里区", "DISTRICT")])
        assert run(capsys, "import-annotations", folder, file, "--annotator", coder)[0] == 0
    code, out, _err = run(capsys, "suggest", folder, "--model", "none")
    assert code == 0 and "new suggestion(s)" in out, out
    return folder, unnamed(capsys, folder)


def unnamed(capsys, folder) -> int:
    """The spans of no annotator name, as ``annotator stats`` counts them."""
    code, out, _err = run(capsys, "stats", folder)
    (line,) = [x for x in out.splitlines() if x.startswith("annotator (no name): ")]
    return int(line.split()[3])


def test_the_programs_open_suggestions_are_named_as_such_without_the_advice(tmp_path, capsys):
    folder, n = two_coders_and_suggestions(tmp_path, capsys)
    code, out, _err = run(capsys, "agreement", folder, "--status", "accepted,suggested")
    assert code == 0 and out.startswith("agreement of A, B on spans accepted, suggested"), out
    assert out.splitlines()[-1] == f"{n} {SUGGESTIONS}", out
    assert "--annotator NAME" not in out and "made or imported without one" not in out, out
    # short of two coders, the same: no advice to import the program's suggestions under a name
    result = run(capsys, "agreement", folder, "--status", "accepted,suggested", "--annotators", "A")
    assert_user_error(result, "agreement needs two coders;", f"are by 'A', 'B'; {n} {SUGGESTIONS}")
    assert "--annotator NAME" not in result[2]
    # accepted alone (the default): the open suggestions are no spans compared, nothing is said of them
    code, out, _err = run(capsys, "agreement", folder)
    assert code == 0 and "not compared" not in out and "suggestion" not in out, out
    code, out, _err = run(capsys, "agreement", folder, "--status", "accepted,suggested", "--json")
    assert (json.loads(out)["unnamed_spans"], json.loads(out)["open_suggestions"]) == (0, n), out


def test_a_coders_work_without_a_name_keeps_the_advice_beside_the_suggestions(tmp_path, capsys):
    folder, _n = two_coders_and_suggestions(tmp_path, capsys)
    numbered = gold(tmp_path, "ls.jsonl", [("松元产业园", "PROJECT")])  # imported without --annotator
    assert run(capsys, "import-annotations", folder, numbered)[0] == 0  # (it removes a suggestion it overlaps)
    n = unnamed(capsys, folder) - 1  # every span of no name but the imported one is the program's open suggestion
    code, out, _err = run(capsys, "agreement", folder, "--status", "accepted,suggested")
    assert code == 0, out
    assert out.splitlines()[-2:] == [
        "not compared: 1 span(s) (accepted, suggested) in no coder's layer, with no annotator name (made or "
        "imported without one, as a Label Studio export naming its coder by number alone: import it with "
        "--annotator NAME)", f"{n} {SUGGESTIONS}"], out
    code, out, _err = run(capsys, "agreement", folder, "--status", "accepted,suggested", "--json")
    assert (json.loads(out)["unnamed_spans"], json.loads(out)["open_suggestions"]) == (1, n), out
