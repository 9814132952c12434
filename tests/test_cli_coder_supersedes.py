"""A coder's package coming back (``import-annotations P li.jsonl --annotator li``, or the copy's Label
Studio JSON): the program's suggestions the coder marked with other boundaries (松元产业园 where it
suggested 松元产业园二期, 厦门市湖里区 over 厦门市 and 湖里区) are removed, not left open in the lead's queue
beside the coder's span; the report counts them. Before, only the equal suggestion was decided."""
from __future__ import annotations

import pytest

from annotator.core.store import Store
from tests.cli_run import run

TEXT = "厦门市湖里区政府工作报告\n全年投资55.1亿元建设松元产业园二期。思明区、集美区同步推进。\n"


def at(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def statuses(folder) -> dict[tuple[str, str, str], str]:
    with Store.open(folder) as store:
        return {(a.label, a.text, a.annotator): a.status for a in store.annotations()}


def code_in_copy(folder) -> None:
    """li codes in their copy as the window does: a selection over the PROJECT suggestion reshapes it,
    one over two DISTRICT suggestions takes their place, the key on 思明区 accepts it."""
    with Store.open(folder) as store:
        doc = store.documents()[0].id
        spans = {(a.label, a.text): a for a in store.annotations(doc)}
        store.update_annotation(spans["PROJECT", "松元产业园二期"].id, start=at("松元产业园")[0],
                                end=at("松元产业园")[1], status="accepted", annotator="li")
        store.label_span(doc, *at("厦门市湖里区"), "DISTRICT", annotator="li")
        store.set_status([spans["DISTRICT", "思明区"].id], "accepted", annotator="li")


@pytest.mark.parametrize("exchange", ["li.jsonl", "li.json"])
def test_a_coders_spans_close_the_suggestions_they_overlap(tmp_path, capsys, exchange):
    lead, copy = tmp_path / "lead", tmp_path / "li"
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    assert run(capsys, "new", lead)[0] == 0
    assert run(capsys, "import", lead, tmp_path / "report.txt")[0] == 0
    assert run(capsys, "suggest", lead, "--no-links", "--model", "none")[0] == 0
    suggested = {(label, text) for label, text, _who in statuses(lead)}
    assert {("PROJECT", "松元产业园二期"), ("DISTRICT", "厦门市"), ("DISTRICT", "湖里区")} <= suggested
    assert run(capsys, "export-package", lead, "-o", tmp_path / "li.zip", "--with", "suggestions")[0] == 0
    assert run(capsys, "open-package", tmp_path / "li.zip", copy)[0] == 0
    code_in_copy(copy)
    assert run(capsys, "export", copy, "-o", tmp_path / exchange)[0] == 0

    code, out, _err = run(capsys, "import-annotations", lead, tmp_path / exchange, "--annotator", "li")
    assert code == 0, out
    assert ("removed 3 open suggestion(s) that a span of their label overlaps with other boundaries (the file "
            "decided that text)") in out
    assert f"{exchange}: stored 2 annotation(s), 1 suggestion(s) decided, 3 suggestion(s) superseded by its spans" \
        in out
    got = statuses(lead)
    assert got["PROJECT", "松元产业园", "li"] == got["DISTRICT", "厦门市湖里区", "li"] == "accepted"
    assert got["DISTRICT", "思明区", "li"] == "accepted"
    assert not {("PROJECT", "松元产业园二期", ""), ("DISTRICT", "厦门市", ""), ("DISTRICT", "湖里区", "")} & set(got)
    assert got["DISTRICT", "集美区", ""] == got["AMOUNT", "55.1亿元", ""] == "suggested"  # li left them open
    code, out, _err = run(capsys, "documents", lead)
    assert code == 0 and "\t3\t2\t0\t" in out.splitlines()[1], out  # accepted, open, rejected

    code, out, _err = run(capsys, "import-annotations", lead, tmp_path / exchange, "--annotator", "li")
    assert code == 0 and "removed" not in out and "superseded" not in out and "3 already in the project" in out


def test_label_studios_own_export_comes_back_over_the_suggestions(tmp_path, capsys):
    """The lead's tasks (``export P -o tasks.json``) coded in Label Studio, whose export names the coder
    by number alone (``"completed_by": 1``): no layer, so the coder's regions went to the suggestions' own
    and every one overlapping a suggestion of its label with other boundaries refused the whole task
    ("one annotator's spans of one label may not overlap"), exit 1. Now those suggestions are removed."""
    import json

    lead = tmp_path / "lead"
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    assert run(capsys, "new", lead)[0] == 0
    assert run(capsys, "import", lead, tmp_path / "report.txt")[0] == 0
    assert run(capsys, "suggest", lead, "--no-links", "--model", "none")[0] == 0
    assert run(capsys, "export", lead, "-o", tmp_path / "tasks.json", "--status", "accepted,suggested")[0] == 0
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    tasks[0]["annotations"] = [{"id": 7, "completed_by": 1, "was_cancelled": False, "result": [
        {"id": f"r{n}", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
         "value": {"start": at(piece)[0], "end": at(piece)[1], "text": piece, "labels": [label]}}
        for n, (piece, label) in enumerate([("松元产业园", "PROJECT"), ("厦门市湖里区", "DISTRICT")])]}]
    (tmp_path / "export.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")

    code, out, err = run(capsys, "import-annotations", lead, tmp_path / "export.json")
    assert code == 0, out + err
    assert "export.json: stored 2 annotation(s), 3 suggestion(s) superseded by its spans" in out
    got = statuses(lead)
    assert got["PROJECT", "松元产业园", ""] == got["DISTRICT", "厦门市湖里区", ""] == "accepted"
    assert not {("PROJECT", "松元产业园二期", ""), ("DISTRICT", "厦门市", ""), ("DISTRICT", "湖里区", "")} & set(got)
    assert got["DISTRICT", "思明区", ""] == "suggested"
