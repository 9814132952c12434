"""README.md's example of a coding team ("A coding team", on the six shared reports), run as a new user
copies it: each command of its block as written (../shared/ read as the shared data folder), in an empty
folder; every command succeeds and `annotator agreement team` prints the table the README shows.

The block lacked `annotator review suggester --accept`: the suggestions imported came in open, so the merge
brought nothing ("suggester holds no accepted or rejected span") and `agreement` refused with one coder."""
from __future__ import annotations

import glob
import shlex
from pathlib import Path

from shared_data import require, shared_dir

from tests.cli_run import run

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
INTRO = "(`python scripts/team_reports_example.py` runs these commands and prints both tables):"


def _blocks() -> tuple[list[str], list[str]]:
    """The commands of the example (split at &&, comments left out) and the lines of the table after them."""
    start = README.index(INTRO)
    first = README.index("```\n", start) + 4
    end = README.index("```\n", first)
    second = README.index("```\n", end + 4) + 4
    commands = [part.strip() for line in README[first:end].splitlines()
                for part in line.split("#")[0].split("&&") if part.strip()]
    table = README[second:README.index("```\n", second)].splitlines()
    return commands, table


def _words(command: str) -> list[str]:
    words = shlex.split(command)
    assert words[0] == "annotator", command
    out: list[str] = []
    for word in words[1:]:
        if word.startswith("../shared/"):  # the shell's glob, on the shared data folder
            out += sorted(glob.glob(str(shared_dir() / word.removeprefix("../shared/"))))
        else:
            out.append(word)
    return out


def test_the_team_example_runs_as_written_and_prints_its_table(tmp_path, capsys, monkeypatch):
    require("reports", "*.gold.jsonl")
    commands, table = _blocks()
    assert commands[-1] == "annotator agreement team" and table[0].startswith("coders ")
    monkeypatch.chdir(tmp_path)
    out = ""
    for command in commands:
        code, out, err = run(capsys, *_words(command))
        assert code == 0, (command, out, err)
    printed = out.splitlines()
    assert printed[printed.index(table[0]):] == table
