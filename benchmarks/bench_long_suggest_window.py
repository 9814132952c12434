"""Run suggestions (F5) in the real window on the 400,000-character report, and Cancel during it.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_long_suggest_window.py [--repeat 3] [--cancel-after 1,2]

Builds (once, in the temp folder) a project of one document: the paragraphs of
``bench_long_document.py`` (the six shared reports joined to 400,000 characters), as imported, no
spans. Each run (a fresh copy) triggers Run suggestions with the project's settings (the shipped
seed) and prints when each step of the progress dialog showed, the event loop's longest turn, the
seconds until the job returned and what the store then holds; ``--cancel-after S``: a run more for
each S, Cancel clicked S seconds after the model's step shows (its first pass, or its second), and
how long after the click the job returned.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

from annotator.core.imports.text import sha256, title_of  # noqa: E402
from annotator.core.models import Document  # noqa: E402
from annotator.core.progress import MODEL, Step  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from benchmarks.bench_long_document import Turns, _long, _reports, isolated_app, opened_window  # noqa: E402


def build(folder: Path) -> Path:
    if not (folder / "project.sqlite").exists():
        text, _spans = _long("paragraphs", _reports())
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        with Store.create(tmp) as store:
            store.add_document(Document(None, "paragraphs.txt", title_of(text), text, sha256=sha256(text)))
            store.set_model_settings(retrain_after=0)
        tmp.rename(folder)
    return folder


def one_run(app: QApplication, source: Path, work: Path, cancel_after: float | None) -> None:
    from annotator.gui import tasks

    w = opened_window(source, work)
    marks: dict[str, float] = {}
    timer = QTimer(singleShot=True)

    def click() -> None:
        marks["click"] = time.perf_counter()
        for widget in app.topLevelWidgets():
            button = widget.findChild(QPushButton) if widget.windowTitle() == "Suggesting" else None
            if button is not None:
                button.click()
                return

    def hook(dialog, done, total, current) -> None:
        at = time.perf_counter() - marks["start"]
        print(f"  {at:6.2f} s  {dialog.value():4}/1000  {dialog.labelText().splitlines()[-1]}")
        if isinstance(current, Step) and current.doing == MODEL and "model" not in marks:
            marks["model"] = time.perf_counter()
            if cancel_after is not None:
                timer.start(int(cancel_after * 1000))

    timer.timeout.connect(click)
    tasks.PROGRESS_HOOKS.append(hook)
    marks["start"] = time.perf_counter()
    with Turns() as turns:
        w.window_actions["suggest"].trigger()
    ended = time.perf_counter()
    tasks.PROGRESS_HOOKS.remove(hook)
    print(f"  returned after {ended - marks['start']:.2f} s; the event loop's longest turn {turns.longest():.0f} ms")
    if "click" in marks:
        print(f"  Cancel clicked {marks['click'] - marks['model']:.2f} s into the model's step: "
              f"returned {ended - marks['click']:.2f} s after the click")
    with Store.open(work) as store:
        doc = store.documents()[0]
        print(f"  stored: {len(store.annotations(doc.id)):,} spans, {len(store.links()):,} links")
    w.close()
    w.store and w.store.close()
    w.deleteLater()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--cancel-after", default="", help="seconds after the model's step shows, comma-separated")
    args = p.parse_args()
    tmp = Path(tempfile.gettempdir())
    source = build(tmp / "annotator-long-suggest-v1")
    app = isolated_app()
    work = tmp / "annotator-long-suggest-run"
    for i in range(args.repeat):
        print(f"run {i + 1}:")
        one_run(app, source, work, None)
    for after in (float(s) for s in args.cancel_after.split(",") if s):
        print(f"cancelled {after} s into the model's step:")
        one_run(app, source, work, after)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":  # the window's child process is spawned: it imports this module again
    main()
