"""The manual and the command line agree: every command and option is in README.md, and every
option README.md shows after `annotator COMMAND` is one that command takes (as sqlite-utils'
tests/test_docs.py does for its commands)."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from annotator.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
# `annotator COMMAND …` with the lines that continue it (indented under it in a code block)
COMMAND_LINE = re.compile(r"annotator ([a-z][a-z-]*)([^`\n]*(?:\n {10,}[^\n]*)*)")


def _commands() -> dict[str, set[str]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    named = {a.dest for a in sub._choices_actions}  # not the aliases (init: new, said in a comment)
    return {name: {o for a in p._actions for o in a.option_strings} for name, p in sub.choices.items() if name in named}


def test_every_command_and_option_is_in_the_readme():
    missing = [f"annotator {name}" for name in _commands() if f"annotator {name}" not in README]
    missing += [f"{name} {option}" for name, options in _commands().items() for option in options
                if option.startswith("--") and option not in ("--help", "--output")
                and not re.search(re.escape(option) + r"(?![\w-])", README)]
    assert not missing


def test_every_option_the_readme_shows_is_one_its_command_takes():
    commands, shown, wrong = _commands(), 0, []
    for m in COMMAND_LINE.finditer(README):
        name, rest = m.group(1), m.group(2).split("#")[0]  # a comment after the command is prose
        if name not in commands:
            continue
        shown += 1
        wrong += [f"annotator {name} {o}" for o in re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)", rest)
                  if o not in commands[name]]
    assert shown > 40  # the README's command lines were found
    assert not wrong


def test_every_command_is_in_the_command_list_of_using_it():
    # suggest-links was named only in the section "Links": the list a new user reads lacked it
    start = README.index("## Using it")
    block = README[README.index("```", start) + 3:README.index("```", README.index("```", start) + 3)]
    listed = " ".join(line.split("#")[0] for line in block.splitlines() if line.startswith("annotator "))
    missing = [name for name in _commands()
               if not re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", listed)]
    assert "import-annotations" in listed and not missing


def test_every_document_suffix_import_reads_is_named_where_the_readme_lists_them():
    """Import reads .text too; README.md named only .txt, .md and .docx."""
    from annotator.core.imports import formats

    quick = next(line for line in README.splitlines() if line.startswith("annotator import myreports "))
    listing = README[README.index("- **Import** reads "):][:450]
    for suffix in formats.suffixes(formats.DOCUMENTS):
        assert suffix in quick.split("#")[1], (suffix, quick)
        assert f"`{suffix}`" in listing, (suffix, listing)


def _usage(heading: str) -> dict[str, str]:
    """The first code block after ``heading``: each command it names at the start of a line -> the
    options of its lines (those that continue it indented too; comments left out). A line naming
    several commands (``annotator export-package | open-package …``) gives each an empty usage."""
    start = README.index(heading)
    begin = README.index("```", start) + 3
    usage: dict[str, str] = {}
    name = ""
    for line in README[begin:README.index("```", begin)].splitlines():
        words = line.split("#")[0]
        if line.startswith("annotator "):
            names = re.findall(r"(?:^annotator|\|) ([a-z][a-z-]*)", words)
            name = names[0]
            for other in names[1:]:
                usage.setdefault(other, "")
            words = "" if names[1:] else words[len(f"annotator {name}"):]
        elif not line.startswith(" ") or not name:
            name = ""
            continue
        usage[name] = usage.get(name, "") + " " + words
    return usage


def test_every_command_and_option_using_it_lists_is_in_the_parser():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    listed = _usage("## Using it")
    assert {"new", "import", "suggest", "export", "review", "gui"} <= set(listed)  # the block was read
    assert sorted(set(listed) - set(sub.choices)) == []  # (sub.choices holds the aliases too: init)
    wrong = [f"annotator {name} {option}" for name, shown in listed.items()
             for option in re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)", shown)
             if option not in {o for a in sub.choices[name]._actions for o in a.option_strings}]
    assert wrong == []  # also on the lines that continue a command after a comment


def test_using_it_shows_every_option_of_each_command_on_its_own_lines():
    """`suggest --again`, `--no-links` and `evaluate --cross-validate`'s `--min-confidence`, `--iterations`,
    `--c1` were only in the prose of later sections: the list a new user reads lacked them. The coding
    team's commands, which Using it hands on to "A coding team", are checked in that section's list."""
    using, team = _usage("## Using it"), _usage("## A coding team")
    missing = []
    for name, options in _commands().items():
        shown = using.get(name, "").strip() or team.get(name, "")
        missing += [f"annotator {name} {option}" for option in sorted(options)
                    if option.startswith("--") and option not in ("--help", "--output")
                    and not re.search(r"(?<![\w-])" + re.escape(option) + r"(?![\w-])", shown)]
    assert missing == []
