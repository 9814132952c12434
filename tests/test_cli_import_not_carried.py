"""`annotator import-annotations` of a project's export in a format that cannot carry it whole says once, on
standard error, what the file could not bring and how to send a project whole (core/imports/not_carried.py);
before, it said what came and nothing else, and the colleague took the project for whole."""
from __future__ import annotations

from cli_run import ARTICLE, project_of_two, run

from annotator.core.store import Store


def test_a_label_studio_export_read_back_says_what_it_left_behind(tmp_path, capsys):
    folder = project_of_two(tmp_path, capsys)
    with Store.open(folder) as store:
        for name in ("a.txt", "b.txt"):
            doc = store.document_id_by_name(name)
            start = ARTICLE.index("湖里区")
            store.add_annotation(doc, start, start + 3, "DISTRICT", note="checked")
    out = tmp_path / "t.json"
    assert run(capsys, "export", folder, "-o", out)[0] == 0
    fresh = tmp_path / "fresh"
    assert run(capsys, "new", fresh)[0] == 0
    code, said, err = run(capsys, "import-annotations", fresh, out)
    assert code == 0 and "done mark" not in said
    assert [line for line in err.splitlines() if "done mark" in line] == [  # once, for two tasks
        "t.json: a Label Studio file has no rejected span or link, span note or done mark, nor the origin, confidence "
        "or reason of an accepted span; annotator export-package --with annotations keeps all but done marks"]
