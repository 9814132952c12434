"""``annotator import-again P --from DIR``: a researcher who moved the report folder (a new machine, a renamed
drive, a colleague's copy of the project) got "source file missing" for every document, and the command
refused ("no document … has its source file where it was imported from"). Now the files not where they were
imported from are looked for under DIR, read again from there, their spans kept, their source files recorded
there; a name two files under DIR have, neither where the path puts it, stays missing with a line saying so."""
from __future__ import annotations

import shutil

from annotator.core.store import Store
from tests.cli_run import assert_user_error, run
from tests.test_cli_import_again import ADDED, REPORT


def _project(tmp_path, capsys):
    """reports/2020/a.txt (湖里区 accepted), reports/2021/b.txt, reports/2021/x/c.txt imported."""
    folder, old = tmp_path / "p", tmp_path / "A" / "reports"
    paths = [old / "2020" / "a.txt", old / "2021" / "b.txt", old / "2021" / "x" / "c.txt"]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(REPORT + path.name, encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, *paths)[0] == 0
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        store.add_annotation(doc, REPORT.index("湖里区"), REPORT.index("湖里区") + 3, "DISTRICT", annotator="li")
    return folder, old


def _sources(folder):
    with Store.open(folder) as store:
        return {d.name: d.source_path for d in store.documents()}


def test_documents_read_again_from_the_folder_they_moved_to(tmp_path, capsys):
    folder, old = _project(tmp_path, capsys)
    new = tmp_path / "B"
    shutil.move(old, new)
    assert_user_error(run(capsys, "import-again", folder), "has its source file where it was imported from")
    (new / "2020" / "a.txt").write_text(ADDED + REPORT + "a.txt", encoding="utf-8")

    code, out, err = run(capsys, "import-again", folder, "--from", new)

    assert (code, err) == (0, "")
    a = (new / "2020" / "a.txt").resolve()
    assert f"a.txt imported again from {a} (found by --from): 1 of 1 accepted span(s) kept" in out
    assert f"b.txt (found as {(new / '2021' / 'b.txt').resolve()}): reads the same" in out
    assert f"3 document(s) read from {new}: their source files are recorded there" in out
    assert _sources(folder) == {"a.txt": str(a), "b.txt": str((new / "2021" / "b.txt").resolve()),
                                "c.txt": str((new / "2021" / "x" / "c.txt").resolve())}
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        assert store.document(doc).text == ADDED + REPORT + "a.txt"
        assert [(s.text, s.status) for s in store.annotations(doc)] == [("湖里区", "accepted")]
    assert run(capsys, "import-again", folder)[1].count("reads the same") == 3  # recorded where they are now


def test_a_name_two_files_have_stays_missing_said(tmp_path, capsys):
    folder, old = _project(tmp_path, capsys)
    new = tmp_path / "B"
    shutil.move(old, new)
    (new / "2021" / "x" / "c.txt").rename(new / "2021" / "c.txt")  # not where its path puts it ...
    shutil.copy(new / "2021" / "c.txt", new / "2020" / "c.txt")  # ... and two of that name

    code, out, err = run(capsys, "import-again", folder, "--from", new, "--dry-run")

    assert code == 3 and "c.txt: source file missing (" in err
    assert f"; 2 files named c.txt under {new} (" in err and "which one is not known" in err
    assert "(dry run: their files not recorded there)" in out
    assert _sources(folder)["a.txt"] == str((old / "2020" / "a.txt").resolve())  # a dry run records nothing
    code, out, err = run(capsys, "import-again", folder, "--from", new)
    assert code == 3 and "2 document(s) read from" in out and "c.txt: source file missing" in err


def test_only_missing_files_are_looked_for(tmp_path, capsys):
    folder, old = _project(tmp_path, capsys)
    new = tmp_path / "B"
    shutil.copytree(old, new)
    (new / "2020" / "a.txt").write_text(ADDED + REPORT + "a.txt", encoding="utf-8")  # the copy, not read

    code, out, _err = run(capsys, "import-again", folder, "--from", new)

    assert code == 0 and out.count("reads the same") == 3 and "found as" not in out
    assert _sources(folder)["a.txt"] == str((old / "2020" / "a.txt").resolve())


def test_a_folder_that_is_not_there_is_refused(tmp_path, capsys):
    folder, _old = _project(tmp_path, capsys)
    assert_user_error(run(capsys, "import-again", folder, "--from", tmp_path / "nowhere"),
                      "nowhere: no such folder (--from)")
