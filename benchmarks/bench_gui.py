"""How fast the window feels (run on demand, not a test).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--repeat 5]

1. start: a fresh ``python`` process imports the GUI, creates the app and the window on
   the demo project and quits after the article's first paint (wall time of the process).
2. open: the window opens a 200,000-character document carrying 10,000 spans, until its
   text view has painted it (the part in view formatted). "formatted" (no goal) goes on
   until the rest of the document is formatted too, when the view does that in the
   background (``TextView.is_formatting``).
3. label key: a selection in that document, the label key pressed (QTest.keyClick on the
   text view) until the span is committed (a row in the store, seen from a second
   connection) and the view has painted it.

Goals: 1.5 s / 0.5 s / 50 ms. The user's settings are not touched (temporary QSettings).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOALS = {"start": 1.5, "open": 0.5, "label key": 0.050}
DOC_CHARS = 200_000
SPANS = 10_000

START_SCRIPT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QSettings
settings_dir = sys.argv[1]
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
from annotator.gui.app import create_app
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
app = create_app(["annotator"])
window = MainWindow(Settings())
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.text_view.text:
            app.quit()
        return False
spy = FirstPaint()
window.text_view.viewport().installEventFilter(spy)
window.show()
window.open_project(sys.argv[2])
app.exec()
"""


# ------------------------------------------------------------------ helpers
def set_temp_settings() -> str:
    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="annotator-bench-settings-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    return folder


def big_project() -> tuple[Path, int, int]:
    """A fresh copy of the big project, built once per schema into the temp folder (slow to build)."""
    import shutil

    from annotator.core.store import Store, migrations
    from annotator.paths import DB_FILENAME

    cache = Path(tempfile.gettempdir()) / f"annotator-bench-{DOC_CHARS}-{SPANS}-v{migrations.SCHEMA_VERSION}"
    if not (cache / DB_FILENAME).exists():
        shutil.rmtree(cache, ignore_errors=True)
        t0 = time.perf_counter()
        build_big_project(cache)
        print(f"(built the big project in {time.perf_counter() - t0:.1f} s; cached in {cache})")
    folder = Path(tempfile.mkdtemp(prefix="annotator-bench-")) / "p"
    folder.mkdir()
    shutil.copy2(cache / DB_FILENAME, folder / DB_FILENAME)
    with Store.open(folder) as store:
        small, big = (store.document_id_by_name(n) for n in ("small.txt", "big.txt"))
    return folder, small, big


def build_big_project(folder: Path) -> tuple[int, int]:
    """A project with a small document and a 200,000-character one carrying 10,000 spans."""
    from annotator.core.imports.text import sha256, title_of
    from annotator.core.models import Document, Suggestion
    from annotator.core.store import Store

    sentence = "海沧区推进东孚智能制造产业园建设，完成投资12.4亿元，力争新增国家级高新技术企业50家。\n"
    text = (sentence * (DOC_CHARS // len(sentence) + 1))[:DOC_CHARS]
    pieces = [("DISTRICT", "海沧区"), ("PROJECT", "东孚智能制造产业园"), ("AMOUNT", "12.4亿元"),
              ("TARGET", "新增国家级高新技术企业50家")]
    spans: list[Suggestion] = []
    for i in range(len(text) // len(sentence) + 1):
        base = i * len(sentence)
        for label, piece in pieces:
            start = base + sentence.index(piece)
            if start + len(piece) <= len(text) and len(spans) < SPANS:
                spans.append(Suggestion(start, start + len(piece), label, piece, confidence=0.8,
                                        reason="bench", origin="bench"))
    with Store.create(folder) as store:
        small_text = "集美区新增就业。\n"
        small = store.add_document(Document(None, "small.txt", "small", small_text, sha256(small_text)))
        big = store.add_document(Document(None, "big.txt", title_of(text), text, sha256(text)))
        # last first: the store's overlap check scans spans starting before the new one's end
        store.add_suggestions(big.id, spans[::-1])
        ids = [a.id for a in store.annotations(big.id)]
        store.set_status(ids[::2], "accepted", annotator="bench")  # half accepted, half open
        assert len(ids) == min(SPANS, len(spans)), len(ids)
        store.checkpoint()
    return small.id, big.id


def wait_painted(app, widget, timeout: float = 10.0) -> None:
    """Process events until ``widget`` has received a paint event."""
    from PySide6.QtCore import QEvent, QObject

    painted = []

    class Spy(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    spy = Spy()
    widget.installEventFilter(spy)
    widget.update()
    deadline = time.perf_counter() + timeout
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()  # the paint itself ran inside the call that delivered the event
    widget.removeEventFilter(spy)


# ------------------------------------------------------------------ measures
def bench_start(repeat: int) -> list[float]:
    from annotator.demo import ensure_demo

    demo = str(ensure_demo())
    settings_dir = tempfile.mkdtemp(prefix="annotator-bench-start-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", START_SCRIPT, settings_dir, demo], check=True, env=env,
                       capture_output=True, timeout=120)
        times.append(time.perf_counter() - t0)
    return times


def wait_formatted(app, view, timeout: float = 30.0) -> None:
    busy = getattr(view, "is_formatting", None)
    deadline = time.perf_counter() + timeout
    while busy is not None and busy() and time.perf_counter() < deadline:
        app.processEvents()


def bench_window(repeat: int) -> tuple[list[float], list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from annotator.core.store import Store
    from annotator.gui.app import create_app
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    app = create_app(["annotator"])
    set_temp_settings()
    folder, small, big = big_project()
    settings = Settings()
    settings.annotator_name = "bench"
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    window.open_project(folder)
    open_times, formatted_times, key_times = [], [], []
    viewport = window.text_view.viewport()
    for _ in range(repeat):
        window.open_document(small)
        wait_painted(app, viewport)
        wait_formatted(app, window.text_view)
        t0 = time.perf_counter()
        window.open_document(big)
        wait_painted(app, viewport)
        open_times.append(time.perf_counter() - t0)
        wait_formatted(app, window.text_view)
        formatted_times.append(time.perf_counter() - t0)
        assert len(window.text_view.text) == DOC_CHARS

    # label key: select free text (between the spans) and press "1" (DISTRICT)
    window.activateWindow()
    window.text_view.setFocus()
    deadline = time.perf_counter() + 5
    while app.focusWidget() is not window.text_view and time.perf_counter() < deadline:
        app.processEvents()
    checker = Store.open(folder)
    text = window.text_view.text
    free = "完成投资"  # not covered by any span of the bench document
    presses = repeat * 4
    starts = range(0, len(text), len(text) // (presses + 1))
    key = getattr(Qt.Key, f"Key_{window.store.label('DISTRICT').shortcut or '1'}")
    try:
        for around in list(starts)[1:presses + 1]:
            start = text.find(free, around)
            end = start + len(free)
            window.text_view.scroll_to(start)  # moves the caret: select afterwards
            window.text_view.select_range(start, end)
            wait_painted(app, viewport)
            before = checker.conn.execute("SELECT COUNT(*) FROM annotations WHERE document_id = ?",
                                          (big,)).fetchone()[0]
            t0 = time.perf_counter()
            QTest.keyClick(window.text_view, key, Qt.KeyboardModifier.NoModifier)
            wait_painted(app, viewport)
            after = checker.conn.execute("SELECT COUNT(*) FROM annotations WHERE document_id = ?", (big,)).fetchone()[0]
            elapsed = time.perf_counter() - t0
            if after != before + 1:
                raise SystemExit(f"the label key did not add a span at {start}-{end} ({before} -> {after})")
            key_times.append(elapsed)
    finally:
        checker.close()
        window.close()
    return open_times, formatted_times, key_times


def row(name: str, times: list[float]) -> str:
    goal = GOALS.get(name)
    median, worst = statistics.median(times), max(times)
    unit, scale = ("ms", 1000) if name == "label key" else ("s", 1)
    fmt = (lambda v: f"{v * scale:8.1f} {unit}") if unit == "ms" else (lambda v: f"{v:8.3f} {unit}")
    verdict = "" if goal is None else "ok" if median <= goal else "SLOW"
    shown_goal = fmt(goal) if goal is not None else f"{'-':>10}"
    return f"{name:<10} {fmt(median)} {fmt(worst)} {shown_goal}   {verdict:<4}  (n={len(times)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="GUI timings")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    start = bench_start(args.repeat)
    open_times, formatted_times, key_times = bench_window(args.repeat)
    print(f"{'measure':<10} {'median':>10} {'worst':>10} {'goal':>10}")
    for name, times in (("start", start), ("open", open_times), ("formatted", formatted_times),
                        ("label key", key_times)):
        print(row(name, times))
    print(f"(document: {DOC_CHARS:,} characters, {SPANS:,} spans; PySide6 offscreen)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
