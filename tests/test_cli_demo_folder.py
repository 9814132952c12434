"""The folder where the demo ships (README's ``annotator gui projects/demo``) given to the command line:
``annotator export projects/demo`` said it was no project and to run ``annotator new`` there, which made an
empty project in the checkout beside the demo's files while the window went on opening the demo. A command
now works on the demo project the window opens, and ``new`` refuses the demo's own folder."""
from __future__ import annotations

import shutil

from annotator.core.resources import demo_source
from annotator.paths import DATA_DIR_ENV, DB_FILENAME
from tests.cli_run import assert_user_error, run


def test_a_command_on_the_demo_folder_works_on_the_demo_project_the_window_opens(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    shipped = demo_source()
    code, out, err = run(capsys, "stats", shipped)
    assert code == 0, err
    assert "documents: 1" in out and "is where the demo ships; working on the demo project in" in err, (out, err)
    assert (tmp_path / "data" / "demo" / DB_FILENAME).is_file()
    assert not (shipped / DB_FILENAME).exists()  # nothing written where it ships
    workbook = tmp_path / "demo.xlsx"
    assert run(capsys, "export", shipped, "-o", workbook)[0] == 0 and workbook.stat().st_size > 0


def test_a_copy_of_the_demo_folder_is_the_demo_too(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    copy = tmp_path / "projects" / "demo"
    shutil.copytree(demo_source(), copy)
    code, out, _err = run(capsys, "documents", copy)
    assert code == 0 and "海沧区2024年政府工作报告解读" in out, out
    assert not (copy / DB_FILENAME).exists()


def test_new_refuses_the_folder_the_demo_ships_in(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    shipped = demo_source()
    assert_user_error(run(capsys, "new", shipped), "is where the demo ships", "nothing was made",
                      "annotator new myreports")
    assert not (shipped / DB_FILENAME).exists()
    mine = tmp_path / "mine"  # a project of one's own still made anywhere else
    assert run(capsys, "new", mine)[0] == 0 and (mine / DB_FILENAME).is_file()
