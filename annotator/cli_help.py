"""What ``annotator COMMAND --help`` says beyond the options: the command's one-line summary (the
same as in ``annotator --help``) as its description, what the positional arguments are, and
examples that run as they are copied (tests/test_cli_help.py parses every one of them).

``explain(parser)`` is applied to the finished parser, so the modules that build the commands
(cli.py, cli_io.py, cli_team.py, cli_coders.py, cli_review.py, cli_model.py) keep only their options."""
from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import NoReturn

from annotator.core.imports import formats

# the first command of each block makes the project the others use, as a session would
EXAMPLES: dict[str, tuple[str, ...]] = {
    "new": ("annotator new myreports",),
    "import": ("annotator import myreports reports/",
               "annotator import myreports 2024/*.txt --meta source=厦门日报 --meta date=2024-01-05",
               "annotator import myreports old_report.txt --encoding gb18030",
               "annotator import myreports 2019/*.doc 2019/*.wps"),
    "import-annotations": ("annotator import-annotations myreports checked.xlsx",
                           "annotator import-annotations myreports gold/*.gold.jsonl gold/*.links.jsonl "
                           "--annotator gold"),
    "import-again": ("annotator import-again myreports --dry-run",
                     "annotator import-again myreports --doc report.pdf",
                     "annotator import-again myreports --doc report.txt --force"),
    "export": ("annotator export myreports -o myreports.xlsx",
               "annotator export myreports -o facts.csv --table facts",
               "annotator export myreports -o all.jsonl --status accepted,suggested"),
    "suggest": ("annotator suggest myreports",
                "annotator suggest myreports --jobs 2",
                "annotator suggest myreports --doc report.txt --label AMOUNT --replace"),
    "suggest-links": ("annotator suggest-links myreports",),
    "evaluate": ("annotator evaluate myreports --gold gold/ --links gold/",
                 "annotator evaluate myreports --cross-validate --json"),
    "stats": ("annotator stats myreports", "annotator stats myreports --annotator li --json"),
    "export-package": ("annotator export-package myreports -o li.zip --with suggestions",),
    "open-package": ("annotator open-package li.zip li",),
    "merge": ("annotator merge myreports li wang.zip",),
    "agreement": ("annotator agreement myreports --annotators li wang",
                  "annotator agreement myreports -o agreement.xlsx"),
    "coders": ("annotator coders myreports", "annotator coders myreports --remove li",
               "annotator coders myreports --add zhao"),
    "documents": ("annotator documents myreports --not-done", "annotator documents myreports --json"),
    "review": ("annotator review myreports --accept --label DISTRICT --label AMOUNT",
               "annotator review myreports --reject --origin model --below 0.5",
               "annotator review myreports --accept --links --kind district"),
    "done": ("annotator done myreports --doc report.txt", "annotator done myreports --all --not"),
    "meta": ('annotator meta myreports "jurisdiction=湖里区 350206" --doc report.txt',
             "annotator meta myreports year=2024 --all",
             "annotator meta myreports --from dates.csv"),
    "rename": ("annotator rename myreports report.txt 厦门_湖里_2023.txt",),
    "remove": ("annotator remove myreports --doc report.txt",),
    "methods": ("annotator methods myreports", "annotator methods myreports --lang zh --doc report.txt"),
    "adjudicate": ("annotator adjudicate myreports --coders li wang",),
    "train": ("annotator train myreports",),
    "model-settings": ("annotator model-settings myreports",
                       "annotator model-settings myreports --model project --min-confidence 0.6"),
    "labels": ("annotator labels myreports",
               'annotator labels myreports --add POLICY --key 5 --description "a named policy (乡村振兴战略)"',
               "annotator labels myreports --move POLICY --to 1",
               "annotator labels myreports --change POLICY --rename 政策 --color '#e15759'"),
    "restore": ("annotator restore myreports --list", "annotator restore myreports"),
    "shared": ("annotator shared myreports", "annotator shared myreports --not"),
    "gui": ("annotator gui myreports", "annotator gui"),
}
WORKFLOW = (EXAMPLES["new"] + EXAMPLES["import"][:1] + EXAMPLES["suggest"][:1] + EXAMPLES["gui"][:1]
            + EXAMPLES["export"][:1])

POSITIONAL = {"project": "the project folder (it holds project.sqlite)",
              "import files": f"{formats.listed(formats.ordered(formats.DOCUMENTS))} files, or folders (read to any "
                              "depth)",
              "import-annotations files": "gold *.gold.jsonl or *.links.jsonl, doccano .jsonl, Label Studio's JSON "
                                          "export .json, or a workbook .xlsx exported by annotator",
              "target": "the project folder the coders' work goes into (an existing project)",
              "gui project": "the project folder (it holds project.sqlite), or a coder's package .zip to unpack and "
                             "open; left out: the project opened last, else the demo project"}
OPTIONS = {"--json": "one JSON document in place of the text (json.load or jq reads it whole)",
           "--accept": "accept them", "--reject": "reject them",
           "--status": "the status the spans are stored with (default accepted), but for a JSONL line that gives "
                       "its own (an export's suggestions stay suggestions)"}


class Parser(argparse.ArgumentParser):
    """The command line's parser (its commands' too): a value that begins with - (a file named
    -思明.txt) is read as an option, and argparse says only "expected one argument"; the error says how
    to give such a value (``--doc=-思明.txt``)."""

    _argv: list[str] = []

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None) -> tuple[argparse.Namespace, list[str]]:
        self._argv = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(self._argv, namespace)

    def error(self, message: str) -> NoReturn:
        m = re.match(r"argument (\S+?)(?:/\S+)*: expected one argument$", message)
        if m:
            for option in m.group(1).split("/"):
                if option in self._argv[:-1]:
                    value = self._argv[self._argv.index(option) + 1]
                    if value.startswith("-"):
                        message += (f" ({value} is read as an option: give a value that begins with - "
                                    f"as {option}={value})")
                    break
        super().error(message)


def epilog(lines: tuple[str, ...]) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def explain(parser: argparse.ArgumentParser) -> None:
    """Give every command its summary as description, its positional arguments and a few options
    their meaning where they have none, and its examples (the whole parser: the usual session)."""
    from annotator.cli_exit import HELP

    parser.epilog = ("a session, from your reports to a workbook:\n" + "\n".join(f"  {line}" for line in WORKFLOW)
                     + "\n\n" + HELP)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    summaries = {a.dest: a.help for a in sub._choices_actions}
    for name, command in sub.choices.items():
        summary = command.description or summaries.get(name)
        command.description = textwrap.fill(summary, 78) if summary else None  # the epilog's lines stay as written
        command.formatter_class = argparse.RawDescriptionHelpFormatter
        if name in EXAMPLES:
            command.epilog = epilog(EXAMPLES[name])
        for action in command._actions:
            if isinstance(action, argparse._AppendAction) and action.help and "repeat" not in action.help:
                action.help += "; repeat the option for more: --doc a.txt --doc b.txt" if action.dest == "doc" \
                    else "; repeat the option for more"
            if action.help is not None:
                continue
            if not action.option_strings:
                action.help = POSITIONAL.get(f"{name} {action.dest}", POSITIONAL.get(action.dest))
            else:
                action.help = next((OPTIONS[o] for o in action.option_strings if o in OPTIONS), None)
