"""The demo project: built on first open, in the user's data folder, from the article that
ships with the package (``projects/demo/`` of the checkout, ``annotator.projects`` installed).

Nothing is written where the article ships: the files are copied to the data folder
(:func:`annotator.paths.demo_project`) and the database is built there.

It lives beside :mod:`annotator.paths`, outside the core: it uses the core's importers and
suggesters like the command line does, and the core never imports it (pyproject.toml,
``[tool.importlinter]``).
"""
from __future__ import annotations

import os
import tempfile
from importlib.resources.abc import Traversable
from pathlib import Path

from annotator.core import resources
from annotator.core.errors import AnnotatorError
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from annotator.core.working_folders import remove_dead_working_folders, working_folder
from annotator.paths import DB_FILENAME, demo_project

# the opening part of the article comes reviewed (*.reviewed.jsonl); the suggesters
# propose the rest, spans and then links as `annotator suggest` does, so the demo shows
# accepted spans, open suggestions and suggested links (the form's Links, the L key)

VERSION = 2  # what a demo built now carries (meta "demo"): 2 its suggested links; none: built before
META_KEY = "demo"


def ensure_demo(folder: Path | None = None) -> Path:
    """Build the demo project in ``folder`` (default: the user's data folder) if it is not
    there yet (atomically); return the folder. A demo an older version built, that the user has
    not worked in, is built again: it carries what the shipped demo now does (see :func:`_untouched`)."""
    folder = Path(folder) if folder is not None else demo_project()
    target = folder / DB_FILENAME
    if target.exists():
        remove_dead_working_folders(folder)  # a build killed after it moved the database into place left it
        old = _outdated_and_untouched(folder)
        if old is not None:
            _build(folder, replace=old)
        return folder
    _build(folder)
    return folder


def _build(folder: Path, replace: tuple | None = None) -> None:
    """The demo built in a temporary folder and moved into ``folder``: where there is none yet,
    or (``replace``) over an old one, when the new one holds the same documents, labels and
    reviewed spans (the same article) and nobody opened the old one meanwhile."""
    from annotator.core.suggest.links import suggest_spans_and_links

    files = resources.demo_files()  # checked before anything is created
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:  # the article beside the project, as after `annotator import`
        _copy(f, folder / f.name)
    articles = [folder / f.name for f in files if f.name.endswith(resources.ARTICLE_SUFFIXES)]
    reviewed = [folder / f.name for f in files if f.name.endswith(".reviewed.jsonl")]
    with working_folder("demo", folder) as build:  # (one a killed build left goes with the next: ensure_demo)
        with Store.create(build / "p") as store:
            import_files(store, articles)
            import_annotations(store, reviewed, annotator="demo", coder=False)  # the user's to edit: no team's
            suggest_spans_and_links(store)
            store.set_meta(META_KEY, str(VERSION))
            built = _shape(store)
            store.checkpoint()
        target = folder / DB_FILENAME
        if replace is None and not target.exists():
            os.replace(build / "p" / DB_FILENAME, target)
        elif replace is not None and replace == built and not _in_use(target):
            os.replace(build / "p" / DB_FILENAME, target)


def _outdated_and_untouched(folder: Path) -> tuple | None:
    """The shape of the demo in ``folder`` (:func:`_shape`) when an older version built it and
    the user has not worked in it; else None (a demo of this version, one the user changed, one
    that does not open: the window says why when it opens it)."""
    if _in_use(folder / DB_FILENAME):
        return None
    try:
        with Store.open(folder) as store:
            version = store.get_meta(META_KEY)
            if version.isdigit() and int(version) >= VERSION:
                return None
            return _shape(store) if _untouched(store) else None
    except AnnotatorError:
        return None


def _untouched(store: Store) -> bool:
    """Nothing in the project but what building the demo put there: its reviewed spans (annotator
    "demo", added by hand: origin manual) and open suggestions (no annotator), none edited since
    (``updated_at``), no note; no link (built before links came with the demo; a user's or F5's
    otherwise), no document marked done or given metadata, no label guide written."""
    for a in store.annotations():
        made = (a.annotator == "demo" and a.origin == "manual" and a.status == "accepted") or \
            (a.annotator == "" and a.status == "suggested")
        if not made or a.note or a.updated_at != a.created_at:
            return False
    if store.links() or store.label_guides():
        return False
    return not any(doc.done or doc.metadata for doc in store.documents())


def _shape(store: Store) -> tuple:
    """What must be the same in an old demo and a new one for the new to replace it: the
    documents' texts, the labels, the reviewed spans."""
    documents = tuple(sorted((d.name, d.sha256) for d in store.documents()))
    labels = tuple((label.name, label.color, label.shortcut) for label in store.labels())
    reviewed = tuple(sorted((a.document_id, a.start, a.end, a.label) for a in store.annotations()
                            if a.annotator == "demo"))
    return documents, labels, reviewed


def _in_use(db: Path) -> bool:
    """A write-ahead log beside the database: a program has it open (or was killed with it open)."""
    return any(db.with_name(db.name + suffix).exists() for suffix in ("-wal", "-shm"))


def _copy(source: Traversable, target: Path) -> None:
    """Copy a shipped file to ``target`` unless it is there (whole or not at all)."""
    if target.exists():
        return
    fd, tmp = tempfile.mkstemp(prefix=".copy-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(source.read_bytes())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
