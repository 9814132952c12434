"""A misspelt project folder on the command line (``annotator stats myreport`` beside ``myreports/``):
said only "myreport: no such project folder"; :func:`check_exists` names the project folder beside it
that was likely meant, as a misspelt command or option is answered (cli_args.py)."""
from __future__ import annotations

import difflib
import os
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.paths import DB_FILENAME

SHOWN = 3  # near-named projects named at most


def near_projects(path: str | Path) -> list[Path]:
    """The project folders (folders holding project.sqlite) beside ``path`` whose names are close to its
    name, closest first; none when ``path`` exists or its parent folder cannot be read."""
    path = Path(path)
    parent = path.parent
    if not path.name or path.exists() or not parent.is_dir():
        return []
    try:
        names = [entry.name for entry in os.scandir(parent) if entry.is_dir()]
    except OSError:
        return []
    folded = {name.casefold(): name for name in names}
    if not folded:  # nothing beside it (difflib refuses to look for no match at all)
        return []
    close = difflib.get_close_matches(path.name.casefold(), list(folded), n=len(folded), cutoff=0.75)
    found = [parent / folded[name] for name in close]
    return [folder for folder in found if (folder / DB_FILENAME).is_file()][:SHOWN]


def check_exists(path: str | Path) -> None:
    """Nothing when ``path`` exists or no near-named project lies beside it (the store then says what is
    wrong); else the error naming the projects likely meant."""
    near = near_projects(path)
    if near:
        meant = " or ".join(f"'{folder}'" for folder in near)
        raise AnnotatorError(f"{path}: no such project folder; did you mean {meant}?")
