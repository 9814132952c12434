"""Checks of what the command line was given, made before a command reads or writes anything:
an empty path (an unset shell variable), the project named after a file (arguments swapped),
a folder standing for its gold files. Each mistake is one :class:`AnnotatorError` line."""
from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.paths import DB_FILENAME, as_argument

# the arguments that name a file or folder, as the messages say them
PATH_ARGUMENTS = {"project": "the project folder", "target": "the project folder", "files": "a file or folder",
                  "sources": "a source", "output": "-o", "package": "the package", "folder": "the new project folder",
                  "backup": "the backup", "gold": "--gold", "links": "--links"}


def no_empty_paths(args: argparse.Namespace) -> None:
    """An empty path is refused: Path("") is the current folder, so `annotator import P "$FILES"` with
    $FILES unset imported the whole folder one was in, and `annotator new ""` made a project there."""
    for name, what in PATH_ARGUMENTS.items():
        value = getattr(args, name, None)
        if value == "" or (isinstance(value, list) and "" in value):
            raise AnnotatorError(f"{what} is an empty name (an unset shell variable?); nothing was done")


PROJECT_ARGUMENTS = ("project", "target", "sources")  # a project's folder (merge's sources: or a zip)


def projects_as_folders(args: argparse.Namespace) -> None:
    """A project's database given where a project goes (``annotator stats P/project.sqlite``, tab-completed or
    dragged) stands for its folder, for every command, and the messages name the folder: one place for the
    command line (``Store.open`` and the window take the file as well, :func:`annotator.paths.project_folder`)."""
    from annotator.paths import project_folder

    for name in PROJECT_ARGUMENTS:
        value = getattr(args, name, None)
        if isinstance(value, str) and value:
            setattr(args, name, str(project_folder(value)))
        elif isinstance(value, list):
            setattr(args, name, [str(project_folder(v)) if isinstance(v, str) and v else v for v in value])


def project_first(project: str, paths: Sequence[str], usage: str) -> None:
    """Arguments swapped (``annotator import FILE PROJECT``) said only that FILE is no project: say
    that the project comes first when ``project`` is none and one of ``paths`` is one."""
    if (Path(project) / DB_FILENAME).exists():
        return
    for path in paths:
        if (Path(path) / DB_FILENAME).is_file():
            raise AnnotatorError(f"{path} is a project and {project} is not: the project comes first ({usage})")


def in_folders(paths: list[str], suffix: str, option: str) -> list[str]:
    """The files given, a folder among them standing for its ``*suffix`` files (``--gold
    ../shared/reports``: the folder's *.gold.jsonl; it said "Is a directory")."""
    files = []
    for path in paths:
        if not Path(path).is_dir():
            files.append(path)
            continue
        found = sorted(str(p) for p in Path(path).glob(f"*{suffix}") if p.is_file())
        if not found:
            raise AnnotatorError(f"{path}: a folder with no {suffix} file in it; give {option} the files")
        files += found
    return files


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """``parser.parse_args(argv)``, with an optional positional given after an option read as
    such: argparse fills all of a command's positionals at once, so ``annotator meta P --all
    year=2024`` said "unrecognized arguments: year=2024" where ``meta P year=2024 --all`` worked
    (as do the examples of ``meta --help``). Anything still left over is refused as before."""
    _known_command(parser, argv)
    args, extras = parser.parse_known_args(argv)
    if not extras:
        return args
    command = _subparser(parser, getattr(args, "command", None))
    if command is not None:
        for action in command._actions:
            if (not action.option_strings and action.nargs == "?" and getattr(args, action.dest, None) is None
                    and extras and not extras[0].startswith("-")):
                setattr(args, action.dest, extras.pop(0))
    if extras:
        (command or parser).error(f"unrecognized arguments: {' '.join(extras)}{_once_each(command, argv, extras)}"
                                  f"{_meant_option(command, extras)}")
    return args


def _known_command(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> None:
    """A word that is no command said "invalid choice: 'sugest' (choose from 'new', 'init', … 25 names)":
    say the command it is close to, or, for a folder (``annotator myreports``: the project given without
    its command), that ``annotator gui FOLDER`` opens it."""
    words = list(argv) if argv is not None else sys.argv[1:]
    commands = next((a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    if not words or words[0].startswith("-") or commands is None or words[0] in commands:
        return
    word = words[0]
    close = difflib.get_close_matches(word, list(commands), n=1, cutoff=0.75)  # not import for myreports
    if Path(word).is_dir():
        hint = f"to open the folder {word} in the window: annotator gui {as_argument(word)}"
    elif close:
        hint = f"did you mean '{close[0]}'?"
    else:
        hint = "'annotator --help' lists the commands"
    parser.error(f"'{word}' is not a command: {hint}")


def _meant_option(command: argparse.ArgumentParser | None, extras: list[str]) -> str:
    """`` (did you mean --label?)`` for a misspelt option left over (``--lable``), else ''."""
    if command is None:
        return ""
    options = [o for a in command._actions for o in a.option_strings if o.startswith("--")]
    for word in extras:
        if word.startswith("--"):
            close = difflib.get_close_matches(word.split("=")[0], options, n=1, cutoff=0.75)
            if close:
                return f" (did you mean {close[0]}?)"
    return ""


def _once_each(command: argparse.ArgumentParser | None, argv: Sequence[str] | None, extras: list[str]) -> str:
    """A hint where the first value left over followed an option given once for each value
    (``remove P --doc a.txt b.txt``: b.txt was left over), else ''."""
    words = list(argv) if argv is not None else sys.argv[1:]
    if command is None or extras[0] not in words:
        return ""
    at = words.index(extras[0])
    option = words[at - 2] if at >= 2 else ""
    once = {o for a in command._actions if isinstance(a, argparse._AppendAction) for o in a.option_strings}
    if option not in once:
        return ""
    return f" ({option} takes one value: give it once for each, {option} {words[at - 1]} {option} {extras[0]})"


def _subparser(parser: argparse.ArgumentParser, name: str | None) -> argparse.ArgumentParser | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and name in action.choices:
            found: argparse.ArgumentParser = action.choices[name]
            return found
    return None
