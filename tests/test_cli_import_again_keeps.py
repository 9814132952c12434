"""What ``annotator import-again`` (and the window's Import again, the same core) keeps of a document
besides its accepted spans. Its done mark went: a document reviewed and marked done came back not done
after a fixed typo was read in, so that a coder going through 300 documents lost track of those done."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import run
from tests.test_cli_import_again import ADDED, REPORT, _project, again, suggest_again


def test_a_document_marked_done_stays_done(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    assert run(capsys, "done", folder, "--doc", "a.txt")[0] == 0
    (tmp_path / "a.txt").write_text(ADDED + REPORT + "a.txt", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ADDED + REPORT + "b.txt", encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder)
    assert code == 0, err
    assert out.splitlines() == [again(tmp_path, "a.txt", 2, 2), again(tmp_path, "b.txt", 0, 0),
                                suggest_again(folder)]
    with Store.open(folder) as store:
        assert {d.name: d.done for d in store.documents()} == {"a.txt": True, "b.txt": False, "c.txt": False}


def test_a_rejected_suggestion_stays_rejected_where_its_text_is_and_is_not_proposed_again(tmp_path, capsys):
    """The rejections went with the open suggestions: 27 TARGET suggestions rejected on 滨州's PDF were all
    proposed again by the next ``annotator suggest`` once the re-saved PDF was read in."""
    folder = _project(tmp_path, capsys)  # 思明区 an open DISTRICT suggestion of a.txt
    assert run(capsys, "review", folder, "--reject", "--doc", "a.txt")[0] == 0
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        start = REPORT.index("开工建设")
        store.add_annotation(doc, start, start + 4, "PROJECT", status="rejected")  # its text edited below
    (tmp_path / "a.txt").write_text(ADDED + REPORT.replace("开工建设", "建成投产") + "a.txt", encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder, "--doc", "a.txt")
    assert (code, out, err) == (0, again(tmp_path, "a.txt", 2, 2) + f"\n{suggest_again(folder)}\n", "")
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        assert [(a.text, a.start, a.status) for a in store.annotations(doc)] == [
            ("湖里区", len(ADDED), "accepted"), ("松元产业园二期", len(ADDED) + REPORT.index("松元"), "accepted"),
            ("思明区", len(ADDED) + REPORT.index("思明区"), "rejected")]
        assert ("DISTRICT", "思明区") in store.rejected_entries()
        assert ("PROJECT", "开工建设") not in store.rejected_entries()  # its text is no longer there


def test_a_document_removed_by_another_program_between_its_reading_and_its_write_is_a_line(tmp_path, capsys,
                                                                                          monkeypatch):
    """``NAME: not replaced: …`` (the write refused: the document removed or replaced meanwhile by another
    window or program) is said of that document, and the others are read again all the same."""
    from annotator.core.imports import again_many

    folder = _project(tmp_path, capsys)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ADDED + REPORT + name, encoding="utf-8")
    real = again_many.read_source

    def read_then_removed_elsewhere(store, doc_id, *args, **kwargs):
        reread = real(store, doc_id, *args, **kwargs)
        if store.document(doc_id).name == "a.txt":
            assert run(capsys, "remove", folder, "--doc", "a.txt")[0] == 0  # another program, meanwhile
            capsys.readouterr()
        return reread

    monkeypatch.setattr(again_many, "read_source", read_then_removed_elsewhere)
    code, out, err = run(capsys, "import-again", folder)
    assert code == 3
    assert out == again(tmp_path, "b.txt", 0, 0) + f"\n{suggest_again(folder)}\n"
    assert err.splitlines()[:2] == [
        "a.txt: not replaced: the document was removed meanwhile in another window or program",
        f"c.txt: source file missing ({tmp_path / 'c.txt'})"]
    assert err.splitlines()[-1].startswith("annotator: partly done: 1 document(s) not imported again")
    with Store.open(folder) as store:
        assert sorted(d.name for d in store.documents()) == ["b.txt", "c.txt"]
