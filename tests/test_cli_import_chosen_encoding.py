"""A text file whose encoding could not be guessed, imported with the reading the user chose (in the window,
or with ``--encoding``), failed again at every later ``annotator import P FOLDER``: that import keys the file
without an encoding, found no such key, read the file and could not guess it. Now an import that asks no
reading passes over a file whose bytes the project read any way, said as a file already there; one that asks
a reading (``--encoding``, ``--keep-lines``) reads it as before unless it was read that way."""
from __future__ import annotations

from annotator.core.imports.documents import ALREADY, import_files
from annotator.core.store import Store
from tests.cli_run import run

LATIN = "caf\xe9 na\xefve r\xe9sum\xe9 " * 20  # no encoding told: refused unless one is given


def folder_with_an_undecided_file(tmp_path, capsys):
    project, folder = tmp_path / "p", tmp_path / "reports"
    folder.mkdir()
    (folder / "western.txt").write_bytes(LATIN.encode("latin-1"))
    (folder / "湖里.txt").write_text("厦门市湖里区政府工作报告\n全年投资55.1亿元。\n", encoding="utf-8")
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, folder)
    assert code == 3 and f"failed {folder / 'western.txt'}: " in err, (out, err)
    with Store.open(project) as store:  # as the window imports the reading chosen: that file, that encoding
        assert len(import_files(store, [folder / "western.txt"], encoding="cp1252").imported) == 1
    return project, folder


def test_a_file_imported_with_a_chosen_encoding_is_passed_over_by_the_next_folder_import(tmp_path, capsys):
    project, folder = folder_with_an_undecided_file(tmp_path, capsys)
    code, out, err = run(capsys, "import", project, folder)
    assert code == 0 and "failed" not in err, (out, err)
    assert f"skipped {folder / 'western.txt'}: {ALREADY}" in out + err
    with Store.open(project) as store:
        assert len(store.documents()) == 2


def test_a_reading_asked_for_reads_the_file_again(tmp_path, capsys):
    project, folder = folder_with_an_undecided_file(tmp_path, capsys)
    code, out, err = run(capsys, "import", project, folder, "--keep-lines")  # no encoding: the guess fails again
    assert code == 3 and f"failed {folder / 'western.txt'}: " in err, (out, err)
    code, out, err = run(capsys, "import", project, folder / "western.txt", "--encoding", "latin-1")  # read: the
    assert code == 0 and f"skipped {folder / 'western.txt'}: {ALREADY}" in out + err, (out, err)  # same text
    with Store.open(project) as store:
        (doc_id,) = [d.id for d in store.documents() if d.name == "western.txt"]
        assert [key.split(" ", 1)[1] for key in store.document_files(doc_id)] == [
            ".txt reflowed cp1252", ".txt reflowed iso8859-1"]  # the file read with latin-1 recorded on it
