"""``annotator coders``: who the project's coders are, how and when they came in and what their layers
hold; ``--add`` and ``--remove`` change them, each at once (``core/store/coders.py``). A coder removed
keeps their spans where they are, the user's to edit from then on; a name that is no coder is refused
as every command refuses a user's mistake. ``import-annotations --annotator NAME`` records NAME."""
from __future__ import annotations

import json
import re

from annotator.core.store import Store
from annotator.core.store.labelling import coders_span
from tests.cli_run import ARTICLE, assert_user_error, project_of_two, run


def span(text: str, label: str = "DISTRICT", **fields) -> dict:
    start = ARTICLE.index(text)
    return {"doc": "a.txt", "start": start, "end": start + len(text), "label": label, "text": text, **fields}


def jsonl(path, *spans) -> str:
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in spans), encoding="utf-8")
    return str(path)


def coder_copy(tmp_path, capsys, lead, name: str, *spans: dict):
    """``name``'s copy of ``lead`` (a package opened), their ``spans`` imported under their name, merged back."""
    assert run(capsys, "export-package", lead, "-o", tmp_path / f"{name}.zip")[0] == 0
    assert run(capsys, "open-package", tmp_path / f"{name}.zip", tmp_path / name)[0] == 0
    with Store.open(tmp_path / name) as copy:
        doc = copy.document_id_by_name("a.txt")
        for s in spans:
            copy.add_annotation(doc, s["start"], s["end"], s["label"], annotator=name, status=s.get("status",
                                                                                                    "accepted"))
    assert run(capsys, "merge", lead, tmp_path / name)[0] == 0


def coders(folder):
    with Store.open(folder) as store:
        return store.coders_by_how()


def test_the_coders_are_listed_with_how_when_and_their_spans(tmp_path, capsys):
    lead = project_of_two(tmp_path, capsys)
    coder_copy(tmp_path, capsys, lead, "li", span("湖里区"), span("思明区", status="rejected"))
    path = jsonl(tmp_path / "wang.jsonl", span("湖里区"), span("集美区"))
    assert run(capsys, "import-annotations", lead, path, "--annotator", "王芳")[0] == 0  # NAME recorded
    assert run(capsys, "import-annotations", lead, jsonl(tmp_path / "mine.jsonl", span("厦门市")))[0] == 0
    code, out, err = run(capsys, "coders", lead)
    assert code == 0 and not err
    when = r"\d{4}-\d\d-\d\d \d\d:\d\d"  # (the local time it was recorded)
    assert [re.sub(when, "WHEN", line) for line in out.splitlines()[:4]] == [
        "coder    came in           when              accepted/open/rejected",
        "li       merge             WHEN  1/0/1",
        "王芳     import            WHEN  2/0/0",
        "a coder's spans stay as they left them: your edits of them go to a copy of your own"]
    assert "other annotator names, no coder's (their spans are edited in place): (no name) 1/0/0" in out
    code, out, _ = run(capsys, "coders", lead, "--json")
    listed = json.loads(out)
    assert [(c["name"], c["how"], c["spans"]) for c in listed["coders"]] == [
        ("li", "merge", {"accepted": 1, "rejected": 1}), ("王芳", "import", {"accepted": 2})]
    assert listed["other_layers"] == {"": {"accepted": 1}}


def test_a_coder_removed_keeps_their_spans_which_are_then_yours_to_edit(tmp_path, capsys):
    lead = project_of_two(tmp_path, capsys)
    coder_copy(tmp_path, capsys, lead, "li", span("湖里区"))
    coder_copy(tmp_path, capsys, lead, "wang", span("湖里区"))
    code, out, _ = run(capsys, "coders", lead, "--remove", "li")
    assert code == 0
    assert out.splitlines()[0] == (f"removed coder li from {lead}: their 1 span(s) stay where they are, in the layer "
                                   "li, now yours to edit in place (no copy is made); merging li's work again, or "
                                   "--add li, makes them a coder again")
    assert "other annotator names, no coder's (their spans are edited in place): li 1/0/0" in out
    with Store.open(lead) as store:
        assert store.coders() == ("wang",)
        (li,) = store.annotations(annotators=["li"])  # where it was
        assert li.text == "湖里区" and li.status == "accepted" and not coders_span(li, "tester", store.coders())


def test_removing_a_name_that_is_no_coder_is_refused_and_changes_nothing(tmp_path, capsys):
    lead = project_of_two(tmp_path, capsys)
    coder_copy(tmp_path, capsys, lead, "li", span("湖里区"))
    assert_user_error(run(capsys, "coders", lead, "--remove", "li", "--remove", "zhao"),
                      f"not a coder of {lead}: zhao (its coders: li); nothing was changed")
    assert_user_error(run(capsys, "coders", lead, "--remove", "li", "--add", "li"),
                      "li given to both --add and --remove")
    assert_user_error(run(capsys, "coders", lead, "--add", " "), "a coder needs a name")
    assert coders(lead) == {"li": "merge"}


def test_adding_a_coder_with_spans_or_none_and_one_there_already(tmp_path, capsys):
    lead = project_of_two(tmp_path, capsys)
    coder_copy(tmp_path, capsys, lead, "li", span("湖里区"))
    assert run(capsys, "coders", lead, "--remove", "li")[0] == 0
    code, out, _ = run(capsys, "coders", lead, "--add", "li", "--add", "zhao")
    assert code == 0
    assert out.splitlines()[:2] == [
        f"added coder li to {lead}: their 1 span(s) stay as li left them (your edits of them go to a copy of your own)",
        f"added coder zhao to {lead}: no span holds the name zhao yet (a merge or an import under that name brings "
        "theirs)"]
    code, out, _ = run(capsys, "coders", lead, "--add", "zhao")
    assert code == 0 and out.splitlines()[0] == f"nothing changed: zhao is a coder of {lead} already (added by name)"
    assert coders(lead) == {"li": "added", "zhao": "added"}
    code, out, err = run(capsys, "coders", lead, "--add", "wu", "--json")  # the JSON alone on standard output
    assert [c["name"] for c in json.loads(out)["coders"]] == ["li", "wu", "zhao"] and err.startswith("added coder wu")


def test_a_project_with_no_coders_says_how_they_come_in(tmp_path, capsys):
    lead = project_of_two(tmp_path, capsys)
    code, out, _ = run(capsys, "coders", lead)
    assert code == 0 and out == f"{lead} has no coders (a merge, an import under a name or --add NAME records them)\n"
