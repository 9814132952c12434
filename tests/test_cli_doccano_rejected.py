"""`annotator export P --format doccano --status accepted,rejected` wrote the rejected spans among a line's
labels: doccano has no status, so the file imported back gave them as ACCEPTED, and one overlapping an accepted
span of its label got the whole line refused (5 of the 7 documents of a project read back). Now doccano's lines
(and doccano-relations', with their rejected links) leave them out and the summary says how many, and why, as
Label Studio's export does (tests/test_cli_label_studio_rejected.py)."""
from __future__ import annotations

import json

from cli_run import ARTICLE, project_of_two, run

from annotator.core.store import Store

WHY = "doccano has no rejected status, so they would come back accepted when the file is imported"


def _decided(folder) -> None:
    """a.txt: 湖里区 accepted and 厦门市湖里区 (over it) rejected, 思明区 rejected, 松元产业园 accepted with a rejected
    district link to 湖里区 and an accepted one to 厦门市."""
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        ids = {}
        for text, label, status in (("湖里区", "DISTRICT", "accepted"), ("厦门市湖里区", "DISTRICT", "rejected"),
                                    ("思明区", "DISTRICT", "rejected"), ("松元产业园", "PROJECT", "accepted"),
                                    ("厦门市", "DISTRICT", "accepted")):
            start = ARTICLE.index(text)
            value = {"name": "湖里区", "code": "350206"} if text.endswith("湖里区") else {}
            store.add_annotation(doc, start, start + len(text), label, value=value, status=status)
            ids[text] = next(a.id for a in store.annotations(doc) if a.text == text)
        store.add_link(ids["松元产业园"], "district", ids["湖里区"], status="rejected")
        store.add_link(ids["松元产业园"], "district", ids["厦门市"])


def _read_back(tmp_path, capsys, out, name):
    fresh = tmp_path / name
    assert run(capsys, "new", fresh)[0] == 0
    code, said, err = run(capsys, "import-annotations", fresh, out)
    assert code == 0 and "rejected" not in err, err  # no line refused
    with Store.open(fresh) as store:
        doc = store.document_id_by_name("a.txt")
        spans = sorted((a.text, a.status) for a in store.annotations(doc))
        links = [(store.annotation(k.source_id).text, store.annotation(k.target_id).text)
                 for k in store.links(doc)]
    return spans, links


def test_rejected_spans_are_left_out_of_doccano_lines_and_said(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    _decided(folder)
    out = tmp_path / "d.jsonl"
    code, said, err = run(capsys, "export", folder, "-o", out, "--format", "doccano", "--status",
                          "accepted,rejected")
    assert code == 0 and "note" not in said  # the note on standard error, not among what was written
    assert f"note: 2 rejected span(s) were left out: {WHY}" in err.splitlines()
    line = next(x for x in map(json.loads, out.read_text(encoding="utf-8").splitlines()) if x["name"] == "a.txt")
    assert sorted(ARTICLE[s:e] for s, e, _label in line["label"]) == ["厦门市", "松元产业园", "湖里区"]
    assert sorted(ARTICLE[s:e] for s, e, _label, _value in line["meta"]["values"]) == ["湖里区"]
    spans, _links = _read_back(tmp_path, capsys, out, "fresh")  # the line was refused: 湖里区 overlaps 厦门市湖里区
    assert spans == [("厦门市", "accepted"), ("松元产业园", "accepted"), ("湖里区", "accepted")]

    code, said, err = run(capsys, "export", folder, "-o", tmp_path / "only.jsonl", "--format", "doccano")
    assert code == 0 and "were left out" not in said + err  # nothing left out: nothing said


def test_rejected_spans_and_links_are_left_out_of_doccano_relations(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    _decided(folder)
    out = tmp_path / "r.jsonl"
    code, said, err = run(capsys, "export", folder, "-o", out, "--format", "doccano-relations", "--status",
                          "accepted,rejected")
    assert code == 0
    assert f"note: 2 rejected span(s) and 1 rejected link(s) were left out: {WHY}" in err.splitlines()
    spans, links = _read_back(tmp_path, capsys, out, "fresh")
    assert spans == [("厦门市", "accepted"), ("松元产业园", "accepted"), ("湖里区", "accepted")]
    assert links == [("松元产业园", "厦门市")]  # the rejected link to 湖里区 came back accepted
