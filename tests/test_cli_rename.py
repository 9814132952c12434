"""``annotator rename P OLD NEW``: a document imported as dup/a.txt kept that name in every export and
``--doc``; the command line had no way to rename it. Now it does, its spans kept; an unknown name is
answered with those likely meant, a taken one refused naming the document that holds it."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import ARTICLE, assert_user_error, run


def _project(tmp_path, capsys):
    folder = tmp_path / "p"
    (tmp_path / "dup").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dup" / "a.txt").write_text(ARTICLE + "思明区。\n", encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, tmp_path / "a.txt", tmp_path / "dup" / "a.txt")[0] == 0
    with Store.open(folder) as store:
        doc_id = store.document_id_by_name("dup/a.txt")
        store.add_annotation(doc_id, 3, 6, "DISTRICT")
    return folder, doc_id


def test_a_document_is_renamed_its_spans_kept_and_named_so_by_doc_after(tmp_path, capsys):
    folder, doc_id = _project(tmp_path, capsys)
    assert run(capsys, "rename", folder, "dup/a.txt", "厦门_湖里_2023.txt") == (
        0, "renamed dup/a.txt to 厦门_湖里_2023.txt\n", "")
    with Store.open(folder) as store:
        assert store.document_id_by_name("厦门_湖里_2023.txt") == doc_id
        assert [a.text for a in store.annotations(doc_id)] == ["湖里区"]
    code, out, _err = run(capsys, "done", folder, "--doc", "厦门_湖里_2023.txt")
    assert code == 0 and out.startswith("marked 1 document(s) done")


def test_an_unknown_name_is_answered_with_those_likely_meant_a_taken_one_refused(tmp_path, capsys):
    folder, _doc_id = _project(tmp_path, capsys)
    assert_user_error(run(capsys, "rename", folder, "a.txt", "b.txt"), "no document named 'a.txt'",
                      "did you mean", "dup/a.txt")
    taken = next(name for name in ("p/a.txt", f"{tmp_path.name}/a.txt") if _named(folder, name))
    assert_user_error(run(capsys, "rename", folder, "dup/a.txt", taken),
                      f"cannot rename 'dup/a.txt' to '{taken}'", "is named so already")
    assert_user_error(run(capsys, "rename", folder, "dup/a.txt", ""), "cannot be empty")
    assert run(capsys, "rename", folder, "dup/a.txt", "dup/a.txt") == (
        0, "nothing changed: dup/a.txt is named so already\n", "")
    assert _named(folder, "dup/a.txt")


def _named(folder, name: str) -> bool:
    with Store.open(folder) as store:
        return store.document_id_by_name(name) is not None
