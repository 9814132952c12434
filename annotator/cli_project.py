"""The project folder and the documents a command line names, checked before they are used.

- A misspelt folder (``annotator stats myreport`` beside ``myreports/``) said only "myreport: no such
  project folder"; :func:`check_exists` names the project folder beside it that was likely meant, as a
  misspelt command or option is answered (cli_args.py).
- The folder where the demo ships (``projects/demo`` of README's first command): ``annotator export
  projects/demo`` said it was no project and to run ``annotator new`` there, which made an empty project in
  the checkout beside the demo's files (while ``annotator gui projects/demo`` kept opening the demo). The
  command line now works on the demo project the window opens (:func:`demo_instead`), and ``new`` refuses
  the demo's own folder (:func:`check_not_demo`).
- ``annotator new P`` where P holds a project already exited 1 ("a project already exists here"), so that
  README's ``annotator new P && annotator import P …`` stopped when run again; it now says that nothing was
  changed and exits 0, as adding a coder or a label already there does (:func:`new_project`).
- A document named by ``--doc`` that the project does not hold is answered with the names likely meant
  (:func:`doc_ids`); with none close, it said nothing more: it now names the command that lists them
  (``annotator documents P``), or says the project holds none yet."""
from __future__ import annotations

import difflib
import os
import sys
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.paths import DB_FILENAME, as_argument

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


def check_window_project(path: str | None) -> None:
    """``annotator gui P`` where P is not there: the error, with the project beside it likely meant, before Qt
    starts (without a display it said only that the display was missing, and with one a window opened on
    nothing); the user's demo folder, built on the window's first open, is not asked to be there."""
    if path is None:
        return
    check_exists(path)
    from annotator.paths import is_user_demo, project_folder

    if not project_folder(path).exists() and not is_user_demo(path):
        raise AnnotatorError(f"{path}: no such project folder")


def demo_instead(path: str) -> str:
    """``path``, or the demo project's folder in the user's data folder (built on first use, as the window
    does, and said on stderr) when ``path`` is where the demo ships or a copy of it without a database."""
    from annotator.core.resources import is_demo_source

    if not is_demo_source(path):
        return path
    from annotator.demo import ensure_demo

    folder = str(ensure_demo())
    print(f"annotator: {path} is where the demo ships; working on the demo project in {as_argument(folder)}",
          file=sys.stderr, flush=True)
    return folder


def check_not_demo(path: str) -> None:
    """Refuse ``annotator new`` in the folder the demo ships in (it would make an empty project there)."""
    from annotator.core.resources import MissingResource, demo_source

    try:
        source = demo_source()
        shipped = isinstance(source, Path) and Path(path).resolve() == source.resolve()
    except (MissingResource, OSError):
        return
    if shipped:
        raise AnnotatorError(f"{path}: is where the demo ships, not a place for a project; nothing was made. "
                             f"'annotator gui {as_argument(path)}' opens the demo; 'annotator new myreports' "
                             "makes a project of your own")


def new_project(path: str) -> int:
    """``annotator new``: a project made in ``path``; one there already is left as it is, said, not an error."""
    from annotator.core.store import Store

    check_not_demo(path)
    try:
        there = (Path(path) / DB_FILENAME).is_file()
    except OSError:  # a name longer than the file system takes: the store's creation says so
        there = False
    if there:  # (not opened: an older one would be upgraded)
        print(f"nothing changed: {path} is a project already")
        return 0
    from annotator.cli_place import place_warning
    from annotator.cli_warn import warn

    with Store.create(path) as store:
        print(f"created project {store.folder} with labels {', '.join(store.label_names())}")
        warn(place_warning(store))
    return 0


def doc_ids(store: Any, names: list[str] | None) -> list[int] | None:
    if not names:
        return None
    ids = []
    for name in dict.fromkeys(names):  # a name given twice is one document
        doc_id = store.document_id_by_name(name)
        if doc_id is None:
            given = Path(name).name.casefold()  # reports/jincheng_2020.txt: the file's path, not its name
            names_here = [e.name for e in store.document_entries()]
            near = [n for n in names_here  # jincheng_2020 for jincheng_2020.txt
                    if n.casefold() in (given, given + Path(n).suffix.casefold())]
            if not near and len(given) >= 2:  # binzhou for binzhou_2024.txt (or 2024 for two of them)
                near = [n for n in names_here if given in n.casefold()][:4]
            raise AnnotatorError(f"no document named {name!r} in {store.folder}{_hint(store, near, names_here)}")
        ids.append(doc_id)
    return ids


def _hint(store: Any, near: list[str], names_here: list[str]) -> str:
    """After "no document named X in P": the names likely meant, else how to list them (it said nothing),
    else that the project holds none."""
    if near:
        return f"; did you mean {' or '.join(map(repr, near[:3]))}{' …' if len(near) > 3 else ''}?"
    if not names_here:
        return f"; it holds no documents yet ('annotator import {as_argument(store.folder)} FILE_OR_DIR…' adds them)"
    return f"; list them with 'annotator documents {as_argument(store.folder)}'"
