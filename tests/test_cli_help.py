"""`annotator COMMAND --help` as a researcher reads it: what the command does (the summary of
`annotator --help`), what `project` is, and examples that work when copied: every example parses
as the command it illustrates, and the session of `annotator --help` runs as written."""
from __future__ import annotations

import argparse
import shlex

import pytest

from annotator.cli import build_parser
from annotator.cli_help import EXAMPLES, WORKFLOW
from tests.cli_run import ARTICLE, run


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    named = {a.dest for a in sub._choices_actions}  # not the aliases (init: new)
    return {name: command for name, command in sub.choices.items() if name in named}


@pytest.mark.parametrize("name", sorted(commands()))
def test_each_command_says_what_it_does_what_project_is_and_shows_examples(name, capsys):
    with pytest.raises(SystemExit) as ended:
        build_parser().parse_args([name, "--help"])
    assert ended.value.code == 0
    text = capsys.readouterr().out
    summary = next(a.help for a in build_parser()._subparsers._group_actions[0]._choices_actions if a.dest == name)
    assert " ".join(summary.split()) in " ".join(text.split()), text  # the summary, not only the usage line
    assert "examples:\n  annotator " + name in text, text
    if " project" in text.split("\n\n")[0]:  # a command on a project says what the argument is
        assert "the project folder" in text, text
    for line in text.splitlines():  # no positional argument or option left unexplained
        words = line.split()
        assert not (len(words) == 1 and line.startswith("  ") and not line.startswith("   ")
                    and words[0] not in ("-h, --help",)), f"{name}: {line!r} has no help"


@pytest.mark.parametrize("name,example", [(n, e) for n, lines in EXAMPLES.items() for e in lines])
def test_every_example_parses_as_its_command(name, example):
    words = shlex.split(example)
    assert words[:2] == ["annotator", name]
    args = build_parser().parse_args(words[1:])
    assert args.command == name


def test_the_session_of_annotator_help_runs_as_written(tmp_path, capsys, monkeypatch):
    """new, import, suggest, (the window), export: typed in a folder holding reports/."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for example in WORKFLOW:
        words = shlex.split(example)[1:]
        if words[0] == "gui":
            continue
        code, out, err = run(capsys, *words)
        assert code == 0, (example, out, err)
    assert (tmp_path / "myreports.xlsx").is_file()


def test_the_examples_of_labels_run_one_after_the_other(tmp_path, capsys, monkeypatch):
    """--move POLICY came after --change POLICY --rename 政策: copied in order, it said no label 'POLICY'."""
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "new", "myreports")[0] == 0
    for example in EXAMPLES["labels"]:
        code, out, err = run(capsys, *shlex.split(example)[1:])
        assert code == 0, (example, out, err)
    assert run(capsys, "labels", "myreports")[1].splitlines()[1].startswith("政策 ")  # moved to the top


def test_init_makes_a_project_as_new_does(tmp_path):
    # the word other tools use (git init, doccano init): not "invalid choice"
    from annotator.cli import main
    from annotator.core.store import Store

    assert main(["init", str(tmp_path / "p")]) == 0
    with Store.open(tmp_path / "p") as store:
        assert [label.name for label in store.labels()] == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET"]


def test_a_value_beginning_with_a_dash_is_said_how_to_give(tmp_path, capsys):
    """A document named -思明.txt: ``--doc -思明.txt`` failed with argparse's "expected one argument"
    alone; the error now says how to give it (``--doc=-思明.txt``), and a missing value says nothing more."""
    import pytest

    from annotator.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["meta", str(tmp_path), "k=v", "--doc", "-思明.txt"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.endswith("argument --doc: expected one argument (-思明.txt is read as an option: give a value "
                        "that begins with - as --doc=-思明.txt)")
    with pytest.raises(SystemExit):
        main(["import", str(tmp_path), "--encoding"])
    assert capsys.readouterr().err.strip().endswith("argument --encoding: expected one argument")


def test_gui_says_what_it_opens_without_a_project(capsys):
    """`annotator gui --help` said only "the project folder": not that without one it opens the project
    opened last, else the demo (README: "annotator gui [PROJECT_DIR] # also: plain `annotator`")."""
    with pytest.raises(SystemExit):
        build_parser().parse_args(["gui", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "left out: the project opened last, else the demo project" in text
    assert "a coder's package .zip" in text and "examples: annotator gui myreports annotator gui" in text
