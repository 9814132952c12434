"""``annotator review P --accept|--reject --links --annotator NAME`` in a merged project: another coder's
suggested links (from li's spans, or of li's name) stay as li left them, and the report counts them; the
program's links between spans of no one's name are decided as before (``core/link_review.py``)."""
from __future__ import annotations

import pytest

from annotator.core.store import Store
from tests.cli_run import run
from tests.team_layers import as_merged

TEXT = "湖里区今年投资5亿元建设软件园。\n"


@pytest.fixture
def project(tmp_path, capsys):
    """li's 湖里区, 5亿元 and 软件园 (accepted) with li's suggested link 5亿元 → 湖里区 and the program's
    suggestion 软件园 → 湖里区 on li's span; the program's own 5亿元 → 湖里区 between its spans."""
    return build(tmp_path, capsys, team=True)


def build(tmp_path, capsys, team: bool):
    """The project of :func:`project`; ``team``: li one of its coders (a merge's), else a name no coder's."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "P"
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "a.txt")[0] == 0
    with Store.open(folder) as store:
        if team:
            as_merged(store, "li")  # li's layer a merge's
        doc = store.document_id_by_name("a.txt")
        ids = {}
        for who in ("li", ""):
            for start, end, label in ((0, 3, "DISTRICT"), (7, 10, "AMOUNT"), (12, 15, "PROJECT")):
                done = store.add_annotation(doc, start, end, label, status="accepted", annotator=who)
                ids[who, label] = done.annotation_changes[0].after.id
        store.add_link(ids["li", "AMOUNT"], "district", ids["li", "DISTRICT"], status="suggested", annotator="li")
        store.add_link(ids["li", "PROJECT"], "district", ids["li", "DISTRICT"], status="suggested")
        store.add_link(ids["", "AMOUNT"], "district", ids["", "DISTRICT"], status="suggested")
    return folder


def links(folder):
    with Store.open(folder) as store:
        spans = {a.id: a for a in store.iter_annotations()}
        return sorted((spans[k.source_id].annotator, spans[k.source_id].text, k.status, k.annotator)
                      for k in store.links())


@pytest.mark.parametrize("status", ["accept", "reject"])
def test_a_coders_suggested_links_stay_theirs_and_are_counted(project, capsys, status):
    code, out, _ = run(capsys, "review", project, f"--{status}", "--links", "--annotator", "tester")
    assert code == 0
    decided = f"{status}ed"
    assert out.startswith(f"{decided} 1 suggested link(s)")
    assert links(project) == [("", "5亿元", decided, "tester"),
                              ("li", "5亿元", "suggested", "li"), ("li", "软件园", "suggested", "")]
    assert ("left 2 suggested link(s) of other coders (li 2) as they are: "
            "a coder's decisions are changed in adjudication") in out


def test_the_coders_own_review_decides_their_links_and_the_programs(project, capsys):
    code, out, _ = run(capsys, "review", project, "--accept", "--links", "--annotator", "li")
    assert code == 0 and out.startswith("accepted 3 suggested link(s)") and "other coders" not in out
    assert links(project) == [("", "5亿元", "accepted", "li"),
                              ("li", "5亿元", "accepted", "li"), ("li", "软件园", "accepted", "li")]


@pytest.mark.parametrize("named", [True, False], ids=["--annotator tester", "no name"])
def test_where_li_is_no_coder_a_review_decides_lis_links_too(tmp_path, capsys, named):
    """li's name came from no merge nor named import (a review under that name, say): li's links are the
    user's to decide, with or without --annotator, as before the rule that keeps a coder's links theirs."""
    folder = build(tmp_path, capsys, team=False)
    code, out, _ = run(capsys, "review", folder, "--reject", "--links", *(["--annotator", "tester"] if named else []))
    assert code == 0 and out.startswith("rejected 3 suggested link(s)") and "other coders" not in out, out
    assert {status for _who, _text, status, _by in links(folder)} == {"rejected"}
