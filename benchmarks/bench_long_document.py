"""The window on reports of 400,000 characters, beside one of 6,000: what a reader of a long report does.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_long_document.py [--repeat 3]

Builds (once, then reuses, in the temp folder) a project of four documents made of the shared
reports (``ANNOTATOR_SHARED``, else ``../shared``): one report alone (6,000 characters), and the
six reports joined over and over to 400,000 characters three ways — in paragraphs as written, as
one line without a break, and as lines of about 3,000 characters (a PDF export, a page a line) —
with 𠀋 and an emoji put in every 5,000 characters (Qt counts them twice), each report's gold
spans as suggestions at their shifted offsets (about 11,000 a document), the first third
accepted (the model not trained again by itself). Then, in the real window (offscreen, 1200 ×
800), for each document the median of ``--repeat`` runs, in ms, each action timed to its paint
(the event loop run until idle) and the open also until every span is coloured ("settled"); the
longest turn of the event loop during the open. A run's project is a fresh copy: nothing it
changes is kept.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.imports.text import sha256, title_of  # noqa: E402
from annotator.core.models import Document, Suggestion  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from benchmarks.scratch import scratch_folder  # noqa: E402
from tests.shared_data import shared_files  # noqa: E402

CHARS, EVERY, ASTRAL = 400_000, 5_000, ("𠀋", "😀")
SHAPES = ("paragraphs", "one line", "lines of 3,000")
K, M = Qt.Key, Qt.KeyboardModifier


def _reports() -> list[tuple[str, list[dict]]]:
    out = []
    for path in shared_files("reports", "*.txt"):
        gold = path.with_name(path.stem + ".gold.jsonl")
        spans = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()] \
            if gold.exists() else []
        out.append((path.read_text(encoding="utf-8"), spans))
    if not out:
        sys.exit("no shared reports: set ANNOTATOR_SHARED to the folder holding reports/")
    return out


def _shaped(text: str, shape: str) -> str:
    if shape == "one line":
        return text.replace("\n", "")
    if shape == "lines of 3,000":  # a break kept only after 3,000 characters of a line, the others a space
        out, n = [], 0
        for ch in text:
            n = 0 if ch == "\n" and n > 3000 else n + 1
            out.append(ch if ch != "\n" or n == 0 else " ")
        return "".join(out)
    return text


def _long(shape: str, reports: list[tuple[str, list[dict]]]) -> tuple[str, list[tuple[int, int, str]]]:
    """A long text of the reports shaped, astral characters put in between spans, and its spans."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    at, n = 0, 0
    while at < CHARS:
        for text, gold in reports:
            inside = {i for g in gold for i in range(g["start"], g["end"] + 1)}
            marks = [i for i in range(EVERY // 2, len(text), EVERY) if i not in inside and text[i - 1] != "\n"]
            for i in reversed(marks):
                text = text[:i] + ASTRAL[n % 2] + text[i:]
                n += 1
            shifted = [(g["start"] + sum(m <= g["start"] for m in marks), g["label"], g["text"]) for g in gold]
            for start, label, piece in shifted:
                before = _shaped(text[:start], shape)
                spans.append((at + len(before), at + len(before) + len(_shaped(piece, shape)), label))
            text = _shaped(text + "\n\n", shape)
            parts.append(text)
            at += len(text)
    return "".join(parts), spans


def build(folder: Path) -> Path:
    if (folder / "project.sqlite").exists():
        return folder
    reports = _reports()
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    with Store.create(tmp) as store:
        first_text, first_gold = reports[0]
        made = [("report.txt", first_text, [(g["start"], g["end"], g["label"]) for g in first_gold])]
        made += [(f"{shape}.txt", *_long(shape, reports)) for shape in SHAPES]
        for name, text, spans in made:
            doc_id = store.add_document(Document(None, name, title_of(text), text, sha256=sha256(text))).id
            store.add_suggestions(doc_id, [Suggestion(s, e, label, text[s:e], value={}, confidence=0.8,
                                                      reason="gold", origin="test") for s, e, label in spans])
            store.set_status([a.id for a in store.annotations(doc_id) if a.end <= len(text) // 3], "accepted")
        store.set_model_settings(retrain_after=0)  # no training in the background during the runs
    tmp.rename(folder)
    return folder


class Turns:
    """The longest wait between two turns of the event loop (a 1 ms timer)."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer(interval=1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> Turns:
        self.ticks = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    def longest(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)) * 1000


def idle(app: QApplication, view, settled: bool = False) -> None:
    """The event loop run until what was posted is done, the paint with it (three passes: Qt posts
    the paint from the layout's update, the layout from the resize); ``settled``: then until every
    span is coloured and a pass finds nothing to do."""
    for _ in range(3):
        app.processEvents()
    while settled:
        began = time.perf_counter()
        app.processEvents()
        settled = time.perf_counter() - began >= 0.002 or view.is_formatting()


def timed(app: QApplication, view, action: Callable[[], object], settled: bool = False) -> float:
    began = time.perf_counter()
    action()
    idle(app, view, settled)
    return (time.perf_counter() - began) * 1000


def _document(app: QApplication, w, name: str, other_name: str) -> dict[str, float]:
    """One document's figures: opened after ``other_name``, then the actions."""
    view = w.text_view
    doc, other = w.store.document_id_by_name(name), w.store.document_id_by_name(other_name)
    f: dict[str, float] = {}
    w.open_document(other)
    idle(app, view, True)
    with Turns() as turns:
        began = time.perf_counter()
        w.open_document(doc)
        idle(app, view)
        f["open, painted"] = (time.perf_counter() - began) * 1000
        idle(app, view, True)
        f["open, settled"] = (time.perf_counter() - began) * 1000
    f["open, longest turn"] = turns.longest()
    view.setFocus()

    def key(k: Qt.Key, m: Qt.KeyboardModifier = M.NoModifier) -> Callable[[], None]:
        return lambda: QTest.keyClick(view, k, m)

    f["Ctrl+End"] = timed(app, view, key(K.Key_End, M.ControlModifier))
    f["Ctrl+Home"] = timed(app, view, key(K.Key_Home, M.ControlModifier))
    f["PageDown"] = timed(app, view, key(K.Key_PageDown))
    f["Shift+Down"] = timed(app, view, key(K.Key_Down, M.ShiftModifier))
    view.scroll_to(len(view.text) // 2)
    idle(app, view)
    f["N"] = timed(app, view, key(K.Key_N))
    f["A"] = timed(app, view, key(K.Key_A))
    f["Ctrl+Z"] = timed(app, view, key(K.Key_Z, M.ControlModifier))
    colour = "#2a9d3f" if w.store.labels()[0].color != "#2a9d3f" else "#9d2a3f"
    began = time.perf_counter()
    f["a label's colour"] = timed(app, view, lambda: w.ops.update_label(w.store.labels()[0].name, color=colour))
    idle(app, view, True)
    f["a label's colour, every span"] = (time.perf_counter() - began) * 1000
    f["View › Larger text"] = timed(app, view, lambda: w.change_font_size(+1))
    w.change_font_size(-1)
    idle(app, view, True)
    w._document_chosen(other)
    idle(app, view, True)
    f["back from another document"] = timed(app, view, lambda: w._document_chosen(doc))
    return f


def isolated_app() -> QApplication:
    """The application, its window settings in a fresh temporary folder (the user's are not read or written,
    the folder removed once the process has ended: Qt writes into it as the application goes)."""
    settings_dir = str(scratch_folder("annotator-bench-settings-"))  # removed once the benchmark has ended
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    return QApplication.instance() or QApplication(sys.argv)


def opened_window(source: Path, work: Path):  # -> MainWindow (the GUI imported once the app exists)
    """A window on a fresh copy ``work`` of the project ``source``, shown at 1200 x 800."""
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, work)
    settings = Settings()
    settings.annotator_name = "bench"
    w = MainWindow(settings)
    w.show_error = lambda title, message: print("error:", title, message)
    w.resize(1200, 800)
    w.show()
    QTest.qWaitForWindowExposed(w)
    w.open_project(work)
    return w


def one_run(app: QApplication, source: Path, work: Path) -> dict[str, dict[str, float]]:
    w = opened_window(source, work)
    view = w.text_view
    idle(app, view, True)
    names = ["report.txt", *(f"{shape}.txt" for shape in SHAPES)]
    figures = {name: _document(app, w, name, "report.txt" if name != "report.txt" else "paragraphs.txt")
               for name in names}
    w.close()
    w.store and w.store.close()
    w.deleteLater()
    return figures


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    tmp = Path(tempfile.gettempdir())
    source = build(tmp / "annotator-long-documents-v1")
    app = isolated_app()
    runs = [one_run(app, source, tmp / "annotator-long-documents-run") for _ in range(args.repeat)]
    names = list(runs[0])
    with Store.open(source) as store:
        sizes = {d.name: (d.char_count, len(store.span_rows(d.id))) for d in store.documents()}
    heads = " | ".join(f"{n} ({sizes[n][0]:,} chars, {sizes[n][1]:,} spans)" for n in names)
    print(f"| action (ms, median of {args.repeat}) | {heads} |")
    print("|---|" + "---|" * len(names))
    for action in runs[0][names[0]]:
        cells = " | ".join(f"{statistics.median(r[n][action] for r in runs):.0f}" for n in names)
        print(f"| {action} | {cells} |")
    shutil.rmtree(tmp / "annotator-long-documents-run", ignore_errors=True)


if __name__ == "__main__":
    main()
