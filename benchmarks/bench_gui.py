"""How fast the window feels, each figure beside a bare reference measured in the same run
(run on demand, not a test).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--repeat 5] [--docs 20000] [--only start …]

Ours and the reference (``gui_reference.py``) are measured in turn, --repeat times; the table
gives the medians and their ratio:

1. start → window shown: a fresh process imports the GUI, creates the app and the window on the
   demo project and quits at the article's first paint / a bare QApplication + QMainWindow.
   Both with their bytecode cached, as installed (a first round, not counted, writes it); from
   the spawn to the first paint (the process's exit not counted).
2. open: the window opens a 200,000-character document carrying 10,000 spans, until the text
   view has painted it and every span is formatted (``TextView.is_formatting``) / a
   QPlainTextEdit + QSyntaxHighlighter on the same text and spans, highlighted and painted.
   Beside it: the first paint, and the longest event-loop turn after it (a 0 ms timer's
   longest gap) while the rest is formatted in the background.
3. label key: a selection in that document, the label key pressed (QTest.keyClick) until the
   span is committed (a row seen from a second connection) and painted / the highlighter
   recolours the span's block and a copy of the project commits one row (WAL, synchronous FULL).
   "first key" is the first of a session: a fresh copy of the project opened each time (its
   session backup, made in a worker thread, finished).
4. document list: the window opens a project of --docs documents (``scale_project.build``,
   built once into the temp folder) until its document list is painted / a QTableView over a
   minimal QAbstractTableModel of the same six columns (name, title, metadata, accepted spans,
   open suggestions, done) read with two bare queries; beside it, of the names alone (one query).

The user's settings are not touched (temporary QSettings).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import gui_reference as bare  # noqa: E402
from benchmarks.gui_reference import run_until, wait_painted  # noqa: E402
from benchmarks.scratch import scratch_folder  # noqa: E402

GOALS = {"start": 2.0, "open": 1.5, "label key": 3.0, "first key": 3.0, "list": 1.5}  # ratios
TURN_GOAL = 0.016  # the longest event-loop turn after the first paint
DOC_CHARS = 200_000
SPANS = 10_000
KEYS = 4  # label keys per session, the first included
STORE_PARTS = {"open": "Store.document + Store.span_rows", "first key": "Store.add_annotation",
               "label key": "Store.add_annotation",
               "list": "Store.open, with its check of the file, + Store.document_entries + Store.document_counts"}

START_SCRIPT = r"""
import sys, time
from annotator.gui.app import create_app  # first, as in the real start (annotator → cli → gui.app)
from PySide6.QtCore import QEvent, QObject, QSettings
settings_dir = sys.argv[1]
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
app = create_app(["annotator"])
window = MainWindow(Settings())
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.text_view.text:
            print(time.time(), flush=True)  # shown: the parent counts from its spawn to here
            app.quit()
        return False
spy = FirstPaint()
window.text_view.viewport().installEventFilter(spy)
window.show()
window.open_project(sys.argv[2])
app.exec()
"""


# ------------------------------------------------------------------ projects
def set_temp_settings() -> str:
    from PySide6.QtCore import QSettings

    folder = str(scratch_folder("annotator-bench-settings-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    return folder


def big_project() -> tuple[Path, int, int]:
    """A fresh copy of the big project, built once per schema into the temp folder."""
    from annotator.core.store import Store, migrations
    from annotator.paths import DB_FILENAME

    cache = Path(tempfile.gettempdir()) / f"annotator-bench-{DOC_CHARS}-{SPANS}-v{migrations.SCHEMA_VERSION}"
    if not (cache / DB_FILENAME).exists():
        shutil.rmtree(cache, ignore_errors=True)
        t0 = time.perf_counter()
        build_big_project(cache)
        print(f"(built the big project in {time.perf_counter() - t0:.1f} s; cached in {cache})")
    folder = scratch_folder("annotator-bench-") / "p"
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
        store.add_suggestions(big.id, spans[::-1])
        ids = [a.id for a in store.annotations(big.id)]
        store.set_status(ids[::2], "accepted", annotator="bench")  # half accepted, half open
        assert len(ids) == min(SPANS, len(spans)), len(ids)
        store.checkpoint()
    return small.id, big.id


def open_window(folder: Path):
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    settings = Settings()
    settings.annotator_name = "bench"
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    window.open_project(folder)
    return window


# ------------------------------------------------------------------ measures
def bench_start(repeat: int) -> tuple[list[float], list[float]]:
    from annotator.demo import ensure_demo

    demo = str(ensure_demo())
    settings_dir = str(scratch_folder("annotator-bench-start-"))
    # as installed: bytecode cached (a checkout run with PYTHONDONTWRITEBYTECODE compiles every module at each start)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    ours: list[float] = []
    ref: list[float] = []
    for n in range(repeat + 1):  # the first round writes the bytecode caches: not counted
        for script, args, times in ((START_SCRIPT, [settings_dir, demo], ours), (bare.START_SCRIPT, [], ref)):
            t0 = time.time()
            out = subprocess.run([sys.executable, "-c", script, *args], check=True, env=env, capture_output=True,
                                 text=True, timeout=120, cwd=ROOT).stdout  # -c: the cwd comes first in sys.path
            if n:
                times.append(float(out.split()[-1]) - t0)  # to the first paint, not to the exit
    return ours, ref


def bench_open(app, window, small: int, big: int, reference: bare.BareView, text: str, spans: list[bare.Span],
               repeat: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {k: [] for k in ("open", "open ref", "painted", "painted ref", "turn", "turn ref",
                                                   "open store")}
    view = window.text_view
    for _ in range(repeat):
        window.open_document(small)
        wait_painted(app, view.viewport())
        run_until(lambda: not view.is_formatting())
        t0 = time.perf_counter()
        window.open_document(big)
        wait_painted(app, view.viewport())
        out["painted"].append(time.perf_counter() - t0)
        out["turn"].append(run_until(lambda: not view.is_formatting()))
        out["open"].append(time.perf_counter() - t0)
        assert len(view.text) == DOC_CHARS
        t0 = time.perf_counter()  # the store's part of it: reading the text and the spans
        window.store.document(big), window.store.span_rows(big)
        out["open store"].append(time.perf_counter() - t0)
        painted, highlighted, turn = reference.open(app, text, spans)
        out["painted ref"].append(painted)
        out["open ref"].append(highlighted)
        out["turn ref"].append(turn)
    return out


def bench_keys(app, reference: bare.BareView, repeat: int) -> dict[str, list[float]]:
    """Label keys: each session a fresh copy of the project, KEYS keys (the first one apart)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from annotator.core.store import Store
    from annotator.paths import DB_FILENAME

    out: dict[str, list[float]] = {k: [] for k in ("first key", "first key ref", "label key", "label key ref",
                                                   "first key store", "label key store")}
    free = "完成投资"  # not covered by any span of the bench document
    for _ in range(repeat):
        folder, _small, big = big_project()
        ref_folder, _s, ref_big = big_project()
        window = open_window(folder)
        window.open_document(big)
        view = window.text_view
        wait_painted(app, view.viewport())
        run_until(lambda v=view: not v.is_formatting())
        window.session_backup.wait()
        window.activateWindow()
        view.setFocus()
        deadline = time.perf_counter() + 5
        while app.focusWidget() is not view and time.perf_counter() < deadline:
            app.processEvents()
        checker, commit = Store.open(folder), bare.BareCommit(ref_folder / DB_FILENAME, ref_big)
        stored: list[float] = []  # the store's part of each key: Store.add_annotation
        add = window.store.add_annotation

        def timed_add(*args, _add=add, _stored=stored, **kwargs):
            t = time.perf_counter()
            try:
                return _add(*args, **kwargs)
            finally:
                _stored.append(time.perf_counter() - t)

        window.store.add_annotation = timed_add
        text = view.text
        key = getattr(Qt.Key, f"Key_{window.store.label('DISTRICT').shortcut or '1'}")
        try:
            for n, around in enumerate(range(len(text) // (KEYS + 1), len(text), len(text) // (KEYS + 1))):
                if n >= KEYS:
                    break
                start = text.find(free, around)
                end = start + len(free)
                view.scroll_to(start)  # moves the caret: select afterwards
                view.select_range(start, end)
                wait_painted(app, view.viewport())
                count = "SELECT COUNT(*) FROM annotations WHERE document_id = ?"
                before = checker.conn.execute(count, (big,)).fetchone()[0]
                t0 = time.perf_counter()
                QTest.keyClick(view, key, Qt.KeyboardModifier.NoModifier)
                wait_painted(app, view.viewport())
                after = checker.conn.execute(count, (big,)).fetchone()[0]
                elapsed = time.perf_counter() - t0
                if after != before + 1:
                    raise SystemExit(f"the label key did not add a span at {start}-{end} ({before} -> {after})")
                name = "first key" if n == 0 else "label key"
                out[name].append(elapsed)
                out[name + " store"].append(stored[-1])
                reference.edit.verticalScrollBar().setValue(view.verticalScrollBar().value())
                out[name + " ref"].append(bare.label_key(app, reference, commit, start, end, "DISTRICT"))
        finally:
            checker.close()
            commit.close()
            window.close()
            window.deleteLater()
    return out


def bench_list(app, window, docs: int, repeat: int) -> dict[str, list[float]]:
    from annotator.core.store import Store
    from annotator.demo import ensure_demo
    from annotator.paths import DB_FILENAME
    from benchmarks.scale_project import build

    folder = build(Path(tempfile.gettempdir()) / f"annotator-scale-{docs}", docs)
    demo = ensure_demo()
    out: dict[str, list[float]] = {"list": [], "list ref": [], "list names": [], "list store": []}
    viewport = window.panel.view.viewport()
    for _ in range(repeat):
        window.open_project(demo)
        wait_painted(app, viewport)
        t0 = time.perf_counter()
        window.open_project(folder)
        wait_painted(app, viewport)
        out["list"].append(time.perf_counter() - t0)
        assert window.doc_model.rowCount() == docs
        window.session_backup.wait()  # its reads (begun after the list's paint) are not the reference's time
        out["list ref"].append(bare.open_list(app, folder / DB_FILENAME, window.panel.view.size(), same_columns=True))
        out["list names"].append(bare.open_list(app, folder / DB_FILENAME, window.panel.view.size()))
        window.open_project(demo)  # the store's part: open (the first connection checks the file), list, count
        t0 = time.perf_counter()
        with Store.open(folder) as store:
            store.document_entries(), store.document_counts()
        out["list store"].append(time.perf_counter() - t0)
    return out


def bench_window(only: set[str], repeat: int, docs: int) -> dict[str, list[float]]:
    from annotator.core.store import Store
    from annotator.gui.app import create_app

    results: dict[str, list[float]] = {}
    app = create_app(["annotator"])
    set_temp_settings()
    folder, small, big = big_project()
    window = open_window(folder)
    with Store.open(folder) as store:
        text = store.document(big).text
        spans = [(a.start, a.end, a.label, a.status) for a in store.annotations(big) if a.status != "rejected"]
        colors = {label.name: label.color for label in store.labels()}
    reference = bare.BareView(window.text_view.font(), window.text_view.size(), colors)
    if "open" in only:
        results |= bench_open(app, window, small, big, reference, text, spans, repeat)
    if "keys" in only:
        reference.open(app, text, spans)
        results |= bench_keys(app, reference, repeat)
    reference.window.close()
    if "list" in only:
        results |= bench_list(app, window, docs, repeat)
    window.close()
    return results


# ------------------------------------------------------------------ report
def fmt(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 1 else f"{seconds:,.2f} s"


def table(results: dict[str, list[float]], docs: int = 20_000) -> list[str]:
    median = {k: statistics.median(v) for k, v in results.items() if v}
    lines = ["| figure | ours | reference | ratio | goal | |", "|---|---|---|---|---|---|"]
    names = {"start": "start → window shown",
             "open": f"open {DOC_CHARS // 1000}k chars / {SPANS // 1000}k spans, painted, all formatted",
             "first key": "label key → drawn + committed, first of a session",
             "label key": "label key → drawn + committed, later keys",
             "list": f"open a {docs:,}-document project, list painted"}
    for key, title in names.items():
        if key in median:
            ratio = median[key] / median[key + " ref"]
            verdict = "ok" if ratio <= GOALS[key] else "SLOW"
            lines.append(f"| {title} | {fmt(median[key])} | {fmt(median[key + ' ref'])} | {ratio:.2f}× "
                         f"| ≤ {GOALS[key]}× | {verdict} |")
        if key + " store" in median:
            lines.append(f"| … of which the store ({STORE_PARTS[key]}) | {fmt(median[key + ' store'])} | "
                         f"| {median[key + ' store'] / median[key + ' ref']:.2f}× | | |")
        if key == "list" and "list names" in median:
            lines.append(f"| … beside a bare list of the names alone (one query) | {fmt(median['list'])} "
                         f"| {fmt(median['list names'])} | {median['list'] / median['list names']:.2f}× | | |")
        if key == "open" and "turn" in median:
            verdict = "ok" if median["turn"] <= TURN_GOAL else "SLOW"
            lines.append(f"| … first paint | {fmt(median['painted'])} | {fmt(median['painted ref'])} "
                         f"| {median['painted'] / median['painted ref']:.2f}× | | |")
            ref = fmt(median["turn ref"]) if median["turn ref"] else "— (all highlighted before its first paint)"
            lines.append(f"| … longest event-loop turn after the first paint (worst) | {fmt(median['turn'])} "
                         f"({fmt(max(results['turn']))}) | {ref} | | ≤ 16 ms | {verdict} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="GUI timings beside bare Qt references")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--docs", type=int, default=20_000, help="documents of the list's project")
    parser.add_argument("--only", choices=["start", "open", "keys", "list"], action="append",
                        help="measure only these rows (repeatable)")
    args = parser.parse_args(argv)
    only = set(args.only or ["start", "open", "keys", "list"])
    results: dict[str, list[float]] = {}
    if "start" in only:
        ours, ref = bench_start(args.repeat)
        results |= {"start": ours, "start ref": ref}
    if only - {"start"}:  # the other rows share one window on the big project
        results |= bench_window(only, args.repeat, args.docs)
    print("\n".join(table(results, args.docs)))
    print(f"(medians of {args.repeat}; document: {DOC_CHARS:,} characters, {SPANS:,} spans; PySide6 offscreen)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
