"""``--doc NAME`` naming no document of the project, and none close to it, said only "no document named
'X' in P" (a close one is named back: test_cli_review.py); it now names the command that lists the
names, one that runs as written (a folder with a space quoted), or says the project holds none yet."""
from __future__ import annotations

import re
import shlex

import pytest

from tests.cli_run import assert_user_error, project_of_two, run


@pytest.fixture
def project(tmp_path, capsys):
    folder = tmp_path / "年度 报告"  # a space: the command said is quoted
    project_of_two(tmp_path, capsys).rename(folder)
    return folder


@pytest.mark.parametrize("command", [("suggest-links", "--doc", "xyz.txt"), ("suggest", "--doc", "xyz.txt"),
                                     ("review", "--accept", "--doc", "xyz.txt"), ("done", "--doc", "xyz.txt"),
                                     ("rename", "xyz.txt", "new.txt")])
def test_a_name_with_none_close_says_how_to_list_them(project, capsys, command):
    name, *rest = command
    result = run(capsys, name, project, *rest)
    listing = f"annotator documents \"{project}\""
    assert_user_error(result, "no document named 'xyz.txt'", f"; list them with '{listing}'", code=None)
    assert "did you mean" not in result[2]
    said = re.search(r"list them with '(annotator [^']+)'", result[2])
    assert said is not None and said.group(1) == listing
    code, out, _err = run(capsys, *shlex.split(said.group(1))[1:])  # the command said lists the names
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()[1:]] == ["a.txt", "b.txt"], out


def test_a_close_name_is_still_named_back_alone(project, capsys):
    code, _out, err = run(capsys, "suggest-links", project, "--doc", "a")
    assert code == 1 and err.endswith("did you mean 'a.txt'?\n") and "annotator documents" not in err


def test_a_project_without_documents_says_it_holds_none(tmp_path, capsys):
    folder = tmp_path / "empty"
    assert run(capsys, "new", folder)[0] == 0
    assert_user_error(run(capsys, "export", folder, "-o", tmp_path / "x.jsonl", "--doc", "a.txt"),
                      f"no document named 'a.txt' in {folder}; it holds no documents yet "
                      f"('annotator import {folder} FILE_OR_DIR…' adds them)")
