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
import shutil
import tempfile
from importlib.resources.abc import Traversable
from pathlib import Path

from annotator.core import resources
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from annotator.paths import DB_FILENAME, demo_project

# the opening part of the article comes reviewed (*.reviewed.jsonl); the suggesters
# propose the rest, spans and then links as `annotator suggest` does, so the demo shows
# accepted spans, open suggestions and suggested links (the form's Links, the L key)


def ensure_demo(folder: Path | None = None) -> Path:
    """Build the demo project in ``folder`` (default: the user's data folder) if it is not
    there yet (atomically); return the folder."""
    folder = Path(folder) if folder is not None else demo_project()
    if (folder / DB_FILENAME).exists():
        return folder
    from annotator.core.suggest.links import suggest_spans_and_links

    files = resources.demo_files()  # checked before anything is created
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:  # the article beside the project, as after `annotator import`
        _copy(f, folder / f.name)
    articles = [folder / f.name for f in files if f.name.endswith(resources.ARTICLE_SUFFIXES)]
    reviewed = [folder / f.name for f in files if f.name.endswith(".reviewed.jsonl")]
    build = Path(tempfile.mkdtemp(prefix=".build-", dir=folder))
    try:
        with Store.create(build / "p") as store:
            import_files(store, articles)
            import_annotations(store, reviewed, annotator="demo")
            suggest_spans_and_links(store)
            store.checkpoint()
        target = folder / DB_FILENAME
        if not target.exists():
            os.replace(build / "p" / DB_FILENAME, target)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return folder


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
