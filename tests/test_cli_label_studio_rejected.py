"""`annotator export P -o t.json --status accepted,rejected` wrote the rejected spans (and links) among a
task's annotations: Label Studio has no rejected status, so the file imported back gave them as ACCEPTED.
Now Label Studio's file leaves them out and the summary says how many, and why; the export dialog says so
before the export (tests/gui/dialogs/test_export_dialog_rejected.py)."""
from __future__ import annotations

import json

from cli_run import ARTICLE, project_of_two, run

from annotator.core.store import Store


def _decided(folder) -> None:
    """a.txt: 湖里区 accepted, 思明区 and 集美区 rejected, a rejected district link from 松元产业园 to 湖里区."""
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        ids = {}
        for text, label, status in (("湖里区", "DISTRICT", "accepted"), ("思明区", "DISTRICT", "rejected"),
                                    ("集美区", "DISTRICT", "rejected"), ("松元产业园", "PROJECT", "accepted")):
            start = ARTICLE.index(text)
            store.add_annotation(doc, start, start + len(text), label, status=status)
            ids[text] = next(a.id for a in store.annotations(doc) if a.text == text)
        store.add_link(ids["松元产业园"], "district", ids["湖里区"], status="rejected")


def test_rejected_spans_are_left_out_of_label_studio_tasks_and_said(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    _decided(folder)
    out = tmp_path / "t.json"
    code, said, err = run(capsys, "export", folder, "-o", out, "--status", "accepted,rejected")
    assert code == 0 and "note" not in said  # the note on standard error, not among what was written
    assert ("note: 2 rejected span(s) and 1 rejected link(s) were left out: Label Studio has no rejected status, "
            "so they would come back accepted when the file is imported") in err.splitlines()
    tasks = json.loads(out.read_text(encoding="utf-8"))
    (annotation,) = tasks[0]["annotations"]
    assert sorted(r["value"]["text"] for r in annotation["result"]) == ["松元产业园", "湖里区"]  # no relation

    fresh = tmp_path / "fresh"
    assert run(capsys, "new", fresh)[0] == 0
    assert run(capsys, "import-annotations", fresh, out)[0] == 0
    with Store.open(fresh) as store:
        doc = store.document_id_by_name("a.txt")
        assert sorted((a.text, a.status) for a in store.annotations(doc)) == [("松元产业园", "accepted"),
                                                                                ("湖里区", "accepted")]
        assert store.links(doc) == []

    code, said, err = run(capsys, "export", folder, "-o", tmp_path / "only.json", "--status", "accepted")
    assert code == 0 and "were left out" not in said + err  # nothing left out: nothing said
