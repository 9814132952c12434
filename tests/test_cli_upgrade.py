"""The command line says so before an older project's upgrade takes long (schema 11's search index:
seconds on a large project), once, on standard error; what the command prints stays as it was. After
any upgrade it says from which schema to which, where the backup of the project as it was is, and that
older annotator versions can no longer open it (a v12 project was upgraded without a word)."""
from __future__ import annotations

from annotator.core.store import backup
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
    assert err == (f"annotator: upgrading {folder} to schema {SCHEMA_VERSION} (once): building the search index …\n"
                   + upgraded(folder, 10))
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
                   "moving the documents' texts and building the search index …\n" + upgraded(folder, 1))


def upgraded(folder, old: int) -> str:
    """What is said after the upgrade of ``folder`` from schema ``old``: its one backup, on disk."""
    [kept] = backup.list_backups(folder)
    assert kept.name.endswith(f"-{backup.MIGRATION}{old}.sqlite") and kept.is_file()
    return (f"annotator: upgraded {folder} from schema {old} to schema {SCHEMA_VERSION}; the project as it was is "
            f"kept in {kept}\n"
            f"annotator: annotator versions older than this one can no longer open it (they refuse schema "
            f"{SCHEMA_VERSION}): update annotator wherever the project is opened\n")


def test_a_quick_upgrade_says_what_was_done_once_where_the_backup_is_and_who_cannot_open_it(tmp_path, capsys):
    # (a schema 12 project was upgraded without a word: a colleague's older annotator then refused it)
    folder = tmp_path / "v12"
    old_project(folder, 12)
    code, out, err = run(capsys, "export", folder, "-o", "-")
    assert (code, out) == (0, ""), err
    assert err == upgraded(folder, 12) + "wrote 0 line(s) to standard output\n"  # the data alone on stdout
    code, _out, err = run(capsys, "stats", folder)
    assert (code, err) == (0, "")
