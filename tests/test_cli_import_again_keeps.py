"""What ``annotator import-again`` (and the window's Import again, the same core) keeps of a document
besides its accepted spans. Its done mark went: a document reviewed and marked done came back not done
after a fixed typo was read in, so that a coder going through 300 documents lost track of those done."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import run
from tests.test_cli_import_again import ADDED, REPORT, _project


def test_a_document_marked_done_stays_done(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    assert run(capsys, "done", folder, "--doc", "a.txt")[0] == 0
    (tmp_path / "a.txt").write_text(ADDED + REPORT + "a.txt", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ADDED + REPORT + "b.txt", encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder)
    assert code == 0, err
    assert out.splitlines() == ["a.txt: 2 of 2 accepted span(s) kept", "b.txt: 0 of 0 accepted span(s) kept"]
    with Store.open(folder) as store:
        assert {d.name: d.done for d in store.documents()} == {"a.txt": True, "b.txt": False, "c.txt": False}
