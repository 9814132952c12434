"""The command line says so before an older project's upgrade takes long (schema 11's search index:
seconds on a large project), once, on standard error; what the command prints stays as it was."""
from __future__ import annotations

from annotator.core.store.migrations import SCHEMA_VERSION
from tests.cli_run import run
from tests.core.conftest import old_project
from tests.core.test_schema_v11 import v10_project


def test_a_schema_10_project_says_it_builds_the_search_index_once(tmp_path, capsys):
    # (it named the step, schema 11, though the project went on to the last schema)
    folder = tmp_path / "v10"
    v10_project(folder)
    code, out, err = run(capsys, "stats", folder)
    assert code == 0, err
    assert err == f"annotator: upgrading {folder} to schema {SCHEMA_VERSION} (once): building the search index …\n"
    assert "3" in out  # the three documents
    code, out_again, err = run(capsys, "stats", folder)  # upgraded: nothing more said
    assert (code, err, out_again) == (0, "", out)


def test_a_new_project_says_nothing_of_an_upgrade(tmp_path, capsys):
    code, _out, err = run(capsys, "new", tmp_path / "p")
    assert (code, err) == (0, "")


def test_a_schema_1_project_says_its_upgrade_in_one_line(tmp_path, capsys):
    # (two lines, each "(once)": schema 5's step moves the texts and builds a search index, 11's another)
    folder = tmp_path / "v1"
    old_project(folder, 1, "INSERT INTO documents(name, title, text, sha256, char_count) "
                           "VALUES ('a.txt', 't', '湖里区建设', 'x', 5)")
    code, _out, err = run(capsys, "stats", folder)
    assert code == 0, err
    assert err == (f"annotator: upgrading {folder} to schema {SCHEMA_VERSION} (once): "
                   "moving the documents' texts and building the search index …\n")
