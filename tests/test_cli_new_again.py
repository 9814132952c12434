"""``annotator new P`` where P holds a project already exited 1 ("a project already exists here"), so that
README's ``annotator new P && annotator import P …`` stopped when run again. It now says the folder is a
project already and that nothing changed, and exits 0, as adding a coder or a label already there does;
the project is not written to (nor opened: an older one would be upgraded)."""
from __future__ import annotations

from annotator.paths import DB_FILENAME
from tests.cli_run import assert_user_error, run


def test_new_on_a_project_changes_nothing_says_so_and_exits_0(tmp_path, capsys):
    folder = tmp_path / "p"
    assert run(capsys, "new", folder)[0] == 0
    report = tmp_path / "a.txt"
    report.write_text("湖里区投资1亿元。\n", encoding="utf-8")
    assert run(capsys, "import", folder, report)[0] == 0
    before = (folder / DB_FILENAME).read_bytes()

    for command in ("new", "init"):
        assert run(capsys, command, folder) == (0, f"nothing changed: {folder} is a project already\n", "")
    assert (folder / DB_FILENAME).read_bytes() == before
    code, out, _err = run(capsys, "documents", folder)
    assert code == 0 and "a.txt" in out


def test_new_on_a_file_is_still_refused(tmp_path, capsys):
    file = tmp_path / "p"
    file.write_text("x", encoding="utf-8")
    assert_user_error(run(capsys, "new", file), f"{file}: is a file, not a folder")
