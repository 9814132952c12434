"""Where annotator keeps what it writes (no Qt, no I/O at import).

Nothing is ever written into the installed package or a checkout: the demo project is
built in the user's data folder on first start (:func:`annotator.demo.ensure_demo`);
settings live in Qt's settings store for organisation and application "annotator". The
files that ship with the program are read through :mod:`annotator.core.resources`.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "annotator"
DB_FILENAME = "project.sqlite"
# overrides the data folder (tests, a portable install)
DATA_DIR_ENV = "ANNOTATOR_DATA_DIR"


def project_folder(path: str | Path) -> Path:
    """``path``, or the folder of the project database it names: ``P/project.sqlite`` (double-clicked,
    tab-completed, dropped on the window) stands for ``P``; so it does when ``P`` is a folder without that
    file (then said to be no project, by its folder's name)."""
    path = Path(path)
    if path.name != DB_FILENAME:
        return path
    try:
        named = path.is_file() or (not path.exists() and path.parent.is_dir())
    except OSError:  # a name longer than the file system takes: said by the store, as given
        return path
    return path.parent if named else path


def data_dir() -> Path:
    """The user's data folder: ``$ANNOTATOR_DATA_DIR`` if set, else ``~/.local/share/annotator``
    (Linux, or ``$XDG_DATA_HOME/annotator``), ``~/Library/Application Support/annotator``
    (macOS), ``%LOCALAPPDATA%\\annotator`` (Windows). Not created here."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def demo_project() -> Path:
    """The demo project's folder in the user's data folder."""
    return data_dir() / "demo"


def is_user_demo(folder: str | Path) -> bool:
    """True for the demo project's folder in the user's data folder."""
    try:
        return Path(folder).resolve() == demo_project().resolve()
    except OSError:
        return False


_PLAIN = re.compile(r"[\w@%+=:,./\\-]+")  # characters no shell reads specially (\w: Chinese too)


def as_argument(path: str | Path) -> str:
    """``path`` as a command the messages suggest writes it: as it is, or in double quotes when it
    holds a space or a character a shell reads ('annotator gui 工程 一' opened 工程; double quotes
    work in sh, PowerShell and cmd alike)."""
    text = str(path)
    return text if _PLAIN.fullmatch(text) else f'"{text}"'
