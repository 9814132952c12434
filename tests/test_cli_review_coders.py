"""``annotator review P --accept|--reject --annotator NAME`` in a merged project: a coder's open
suggestions stay in the coder's layer as the coder left them (``Store.decide_as``, as the window's
Accept all). An acceptance gives NAME their own accepted copy; a rejection leaves the coder's
suggestion open; the report says how many of the coders' spans were copied or left."""
from __future__ import annotations

import json

import pytest

from annotator.core.store import Store
from tests.cli_run import run

TEXT = "湖里区今年投资5亿元建设软件园。\n"


@pytest.fixture
def project(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "P"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "a.txt")[0] == 0
    line = {"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "湖里区", "status": "suggested"}
    (tmp_path / "li.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(capsys, "import-annotations", folder, tmp_path / "li.jsonl", "--annotator", "li")[0] == 0
    return folder


def layers(folder):
    with Store.open(folder) as store:
        return sorted((a.annotator, a.text, a.status) for a in store.iter_annotations())


def test_an_accept_copies_a_coders_open_suggestion_into_the_reviewers_layer(project, capsys):
    code, out, _ = run(capsys, "review", project, "--accept", "--annotator", "tester")
    assert code == 0
    assert layers(project) == [("li", "湖里区", "suggested"), ("tester", "湖里区", "accepted")]
    assert "1 open suggestion(s) of other coders (li 1) stay theirs: 1 copied into tester's layer, accepted" in out


def test_a_reject_leaves_a_coders_open_suggestion_as_it_is(project, capsys):
    code, out, _ = run(capsys, "review", project, "--reject", "--annotator", "tester")
    assert code == 0
    assert layers(project) == [("li", "湖里区", "suggested")]
    assert out.startswith("rejected 0 open suggestion(s)")
    assert "(li 1) stay theirs: 1 left as they are (a coder's decisions are changed in adjudication)" in out


def test_the_programs_suggestions_are_decided_in_place_beside_them(project, capsys):
    assert run(capsys, "suggest", project, "--no-links", "--model", "none")[0] == 0
    code, out, _ = run(capsys, "review", project, "--reject", "--label", "AMOUNT", "--annotator", "tester")
    assert code == 0 and out.startswith("rejected 1 open suggestion(s)") and "stay theirs" not in out
    assert ("tester", "5亿元", "rejected") in layers(project)
