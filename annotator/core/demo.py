"""The demo project: built on first open from the article that ships in projects/demo/."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from annotator.core.annotation_import import import_annotations
from annotator.core.importer import import_files
from annotator.core.store import Store
from annotator.paths import DB_FILENAME, DEMO_PROJECT

# the opening part of the article comes reviewed (projects/demo/*.reviewed.jsonl); the
# suggesters propose the rest, so the demo shows accepted spans and open suggestions


def ensure_demo(folder: Path = DEMO_PROJECT) -> Path:
    """Build the demo database if it is not there yet (atomically); return the folder."""
    folder = Path(folder)
    if (folder / DB_FILENAME).exists():
        return folder
    from annotator.core.suggest.runner import suggest_documents

    articles = sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".md", ".docx"))
    build = Path(tempfile.mkdtemp(prefix=".build-", dir=folder))
    try:
        with Store.create(build / "p") as store:
            import_files(store, articles)
            import_annotations(store, sorted(folder.glob("*.reviewed.jsonl")), annotator="demo")
            suggest_documents(store)
            store.checkpoint()
        target = folder / DB_FILENAME
        if not target.exists():
            os.replace(build / "p" / DB_FILENAME, target)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return folder
