"""The files that ship inside the package, read through :mod:`importlib.resources`.

The checkout keeps them at its top level (``resources/``, ``projects/demo/``); pyproject.toml
maps them into the package as ``annotator.resources`` and ``annotator.projects``, so an
editable install, a wheel and a frozen build find them the same way. Every resource is read
here. A file that is not there raises :class:`MissingResource`, one line naming the file -
never an empty list that would quietly change what the suggesters propose.
"""
from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.paths import DB_FILENAME

PACKAGE = "annotator.resources"
PROJECTS_PACKAGE = "annotator.projects"
DEMO = "demo"
ARTICLE_SUFFIXES = (".txt", ".md", ".docx")


class MissingResource(AnnotatorError):
    """A file that should ship with annotator is not there: the installation is incomplete."""


def _missing(what: str, where: object = None) -> MissingResource:
    place = f" ({where})" if where is not None else ""
    return MissingResource(f"missing resource file {what}{place}: the installation is incomplete, "
                           "reinstall annotator")


def _package(package: str) -> Traversable:
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        raise _missing(package.replace(".", "/") + "/") from None


def _where(name: str) -> str:
    return f"{PACKAGE.replace('.', '/')}/{name}"


def find(name: str) -> Traversable:
    """The shipped file or folder ``name``, or ``name.gz`` where only the compressed copy ships."""
    root = _package(PACKAGE)
    item = root.joinpath(*name.split("/"))
    if item.is_file() or item.is_dir():
        return item
    compressed = root.joinpath(*(name + ".gz").split("/"))
    if compressed.is_file():
        return compressed
    raise _missing(_where(name), item)


def path(name: str) -> Path:
    """A file-system path of the shipped file or folder ``name`` (for Qt, for cache keys)."""
    item = find(name)
    if not isinstance(item, Path):  # a zip import: annotator does not run from one
        raise MissingResource(f"resource file {name} is not on the file system ({item}): "
                              "install annotator unzipped")
    return item


def read_text(name: str) -> str:
    """The UTF-8 text of the shipped file ``name`` (``name.gz`` is decompressed)."""
    item = find(name)
    if item.name.endswith(".gz"):
        import gzip  # only the dictionaries are compressed: not at the window's start

        with item.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            return f.read()
    return item.read_text(encoding="utf-8")


def read_optional(folder: str, name: str) -> str | None:
    """The UTF-8 text of ``folder/name`` where that file ships, else None (a label's guide: not
    every label has one). The folder itself must ship."""
    item = find(folder).joinpath(name)
    return item.read_text(encoding="utf-8") if item.is_file() else None


# ---------------------------------------------------------------- the demo
def demo_source() -> Traversable:
    """The shipped demo folder (its articles and ``*.reviewed.jsonl``)."""
    folder = _package(PROJECTS_PACKAGE).joinpath(DEMO)
    if not folder.is_dir():
        raise _missing(f"{PROJECTS_PACKAGE.replace('.', '/')}/{DEMO}/", folder)
    return folder


def demo_files() -> list[Traversable]:
    """The demo's articles and reviewed spans, by name; at least one article and one jsonl."""
    folder = demo_source()
    files = sorted((f for f in folder.iterdir() if f.is_file()
                    and (f.name.endswith(ARTICLE_SUFFIXES) or f.name.endswith(".reviewed.jsonl"))),
                   key=lambda f: f.name)
    where = f"{PROJECTS_PACKAGE.replace('.', '/')}/{DEMO}"
    if not any(f.name.endswith(ARTICLE_SUFFIXES) for f in files):
        raise _missing(f"{where}/*.txt", folder)
    if not any(f.name.endswith(".reviewed.jsonl") for f in files):
        raise _missing(f"{where}/*.reviewed.jsonl", folder)
    return files


def is_demo_source(folder: str | Path) -> bool:
    """True for the shipped demo folder itself (``projects/demo`` of a checkout), or a copy of it
    without a database (a checkout's ``projects/demo`` where annotator is installed from a wheel or
    with pipx: ``annotator gui projects/demo`` said it was no project and to run ``annotator new``
    in it), which is never opened as a project: the demo is built in the user's data folder instead."""
    try:
        source = demo_source()
    except MissingResource:
        return False
    here = Path(folder)
    try:
        if isinstance(source, Path) and here.resolve() == source.resolve():
            return True
        if not here.is_dir() or (here / DB_FILENAME).exists():
            return False
        files = demo_files()
        return all((here / f.name).is_file() and (here / f.name).read_bytes() == f.read_bytes() for f in files)
    except (OSError, MissingResource):
        return False
