"""A newcomer's slips on the command line are answered with what was meant: a misspelt command said
"invalid choice: 'sugest' (choose from 'new', 'init', … 25 names)", the project folder given without its
command (`annotator myreports`) said the same, and a misspelt option only "unrecognized arguments"."""
from __future__ import annotations

import pytest

from tests.cli_run import assert_user_error, run


def _refused(capsys, *words) -> str:
    with pytest.raises(SystemExit) as stop:
        run(capsys, *words)
    assert stop.value.code == 2  # the command's words could not be read
    return capsys.readouterr().err


def test_a_misspelt_command_names_the_one_meant(tmp_path, capsys):
    err = _refused(capsys, "sugest", tmp_path / "p")
    assert "annotator: error: 'sugest' is not a command: did you mean 'suggest'?" in err
    assert "'exprot' is not a command: did you mean 'export'?" in _refused(capsys, "exprot", tmp_path / "p")
    assert "'annotator --help' lists the commands" in _refused(capsys, "frobnicate")
    assert "did you mean" not in _refused(capsys, "myreports", tmp_path / "p")  # no such folder here: not 'import'
    for typed, meant in (("stat", "stats"), ("imprt", "import"), ("documnets", "documents"), ("evalute", "evaluate")):
        assert f"did you mean '{meant}'?" in _refused(capsys, typed)
    assert not (tmp_path / "p").exists()


def test_a_folder_given_as_the_command_says_how_to_open_it(tmp_path, capsys):
    folder = tmp_path / "我的 报告"
    assert run(capsys, "new", folder)[0] == 0
    err = _refused(capsys, folder)
    assert f"'{folder}' is not a command: to open the folder {folder} in the window: annotator gui \"{folder}\"" in err


def test_a_misspelt_option_names_the_one_meant(tmp_path, capsys):
    assert run(capsys, "new", tmp_path / "p")[0] == 0
    err = _refused(capsys, "suggest", tmp_path / "p", "--lable", "AMOUNT")
    assert "unrecognized arguments: --lable AMOUNT (did you mean --label?)" in err
    err = _refused(capsys, "export", tmp_path / "p", "-o", tmp_path / "x.xlsx", "--stauts=accepted")
    assert "(did you mean --status?)" in err and not (tmp_path / "x.xlsx").exists()
    assert "did you mean" not in _refused(capsys, "stats", tmp_path / "p", "--zzz")


def test_a_misspelt_project_folder_names_the_project_beside_it(tmp_path, capsys):
    assert run(capsys, "new", tmp_path / "myreports")[0] == 0
    (tmp_path / "myreportz").mkdir()  # a near-named folder that holds no project is not meant
    for words in (("stats", tmp_path / "myreport"), ("documents", tmp_path / "myreport", "--json"),
                  ("gui", tmp_path / "myreport"),  # answered before a window opens
                  ("export", tmp_path / "MyReport", "-o", tmp_path / "x.xlsx"), ("restore", tmp_path / "myreport")):
        assert_user_error(run(capsys, *words), f"{words[1]}: no such project folder; did you mean "
                                               f"'{tmp_path / 'myreports'}'?")
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "myreport").exists()
    assert_user_error(run(capsys, "stats", tmp_path / "elsewhere"), "elsewhere: no such project folder")
    assert "did you mean" not in run(capsys, "stats", tmp_path / "elsewhere")[2]
