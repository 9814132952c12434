"""The bare references of ``bench_gui.py``: what Qt and SQLite alone take for each figure, and the
helpers both sides use to wait for a paint and to time the event loop's turns.

- start: a fresh process that creates a QApplication and a QMainWindow and quits at its first paint;
- open: a QPlainTextEdit with a QSyntaxHighlighter over the same text and spans, one
  QTextCharFormat per (label, status), until every block is highlighted and painted;
- label key: the highlighter recolours the block of one new span, and a second copy of the
  project commits one row in WAL mode with ``synchronous = FULL``, until painted;
- document list: a QTableView over a minimal QAbstractTableModel of the documents' names, read
  with one query, until painted.

The windows are the size of the window's own widgets (the caller passes it).
"""
from __future__ import annotations

import sqlite3
import time
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextDocumentLayout, QPlainTextEdit, QTableView

START_SCRIPT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            app.quit()
        return False
spy = FirstPaint()
window.installEventFilter(spy)
window.resize(1280, 800)
window.show()
app.exec()
"""

Span = tuple[int, int, str, str]  # start, end, label, status (code points = UTF-16 units here)


# ------------------------------------------------------------------ helpers
def wait_painted(app: QApplication, widget, timeout: float = 10.0) -> None:
    """Process events until ``widget`` has received a paint event."""
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


def run_until(done: Callable[[], bool], timeout: float = 30.0) -> float:
    """Run the event loop until ``done()``; return its longest turn, the longest gap between two
    ticks of a 0 ms timer (which fires once in every turn of the loop)."""
    loop = QEventLoop()
    ticks = [time.perf_counter()]
    deadline = ticks[0] + timeout

    def tick() -> None:
        ticks.append(time.perf_counter())
        if done() or ticks[-1] > deadline:
            loop.quit()

    probe = QTimer()
    probe.setInterval(0)
    probe.timeout.connect(tick)
    probe.start()
    if not done():
        loop.exec()
    probe.stop()
    return max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0)


# ------------------------------------------------------------------ open and label key
class Highlighter(QSyntaxHighlighter):
    """Formats each block's spans (found by bisection) as Qt highlights a block."""

    def __init__(self, doc: QTextDocument, spans: list[Span], formats: dict[tuple[str, str], QTextCharFormat]):
        self.spans, self.starts = spans, [s[0] for s in spans]
        self.longest = max((e - s for s, e, *_ in spans), default=0)
        self.formats, self.last = formats, -1
        super().__init__(doc)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        pos, end = block.position(), block.position() + len(text)
        for start, stop, label, status in self.spans[bisect_left(self.starts, pos - self.longest):
                                                     bisect_left(self.starts, end)]:
            if stop > pos:
                self.setFormat(max(start, pos) - pos, min(stop, end) - max(start, pos), self.formats[label, status])
        self.last = block.blockNumber()

    def add(self, span: Span) -> None:
        """One more span: its block is highlighted again."""
        i = bisect_left(self.spans, span)
        self.spans.insert(i, span)
        self.starts.insert(i, span[0])
        self.longest = max(self.longest, span[1] - span[0])
        self.rehighlightBlock(self.document().findBlock(span[0]))


class BareView:
    """A QPlainTextEdit in a QMainWindow of the given size, with the text view's font."""

    def __init__(self, font: QFont, size: QSize, colors: dict[str, str]):
        self.window = QMainWindow()
        self.edit = QPlainTextEdit()
        self.edit.setReadOnly(True)
        self.edit.setFont(font)
        self.window.setCentralWidget(self.edit)
        self.window.resize(size)
        self.window.show()
        self.formats: dict[tuple[str, str], QTextCharFormat] = {}
        for label, color in colors.items():
            for status, alpha in (("accepted", 110), ("suggested", 45), ("rejected", 0)):
                fmt = QTextCharFormat()
                background = QColor(color)
                background.setAlpha(alpha)
                fmt.setBackground(background)
                self.formats[label, status] = fmt
        self.highlighter: Highlighter | None = None

    def show_small(self, app: QApplication) -> None:
        self.open_text("集美区。", [])
        wait_painted(app, self.edit.viewport())

    def open_text(self, text: str, spans: list[Span]) -> None:
        doc = QTextDocument(self.edit)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.edit.font())
        doc.setPlainText(text)
        doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
        self.highlighter = Highlighter(doc, sorted(spans), self.formats)
        old = self.edit.document()
        self.edit.setDocument(doc)
        if shiboken6.isValid(old) and old.parent() is self.edit:  # Qt deleted its own first document
            old.deleteLater()

    def highlighted(self) -> bool:
        return self.highlighter is not None and self.highlighter.last == self.edit.document().blockCount() - 1

    def open(self, app: QApplication, text: str, spans: list[Span]) -> tuple[float, float, float]:
        """(first paint, highlighted and painted, longest turn after the first paint), in seconds."""
        self.show_small(app)
        t0 = time.perf_counter()
        self.open_text(text, spans)
        wait_painted(app, self.edit.viewport())
        painted = time.perf_counter() - t0
        turn = run_until(self.highlighted)
        wait_painted(app, self.edit.viewport())
        return painted, time.perf_counter() - t0, turn


class BareCommit:
    """One row committed into a copy of the project: WAL, ``synchronous = FULL``, BEGIN IMMEDIATE."""

    def __init__(self, db: Path, doc_id: int):
        self.conn = sqlite3.connect(db, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.doc_id = doc_id

    def commit(self, start: int, end: int, label: str, text: str) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute('INSERT INTO annotations(document_id, start, "end", label, text, status, created_at, '
                          "updated_at) VALUES (?, ?, ?, ?, ?, 'accepted', '2026', '2026')",
                          (self.doc_id, start, end, label, text))
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def label_key(app: QApplication, view: BareView, commit: BareCommit, start: int, end: int, label: str) -> float:
    """The bare key press: recolour the block of text[start:end], commit its row, paint."""
    text = view.edit.document().toPlainText()
    assert view.highlighter is not None
    t0 = time.perf_counter()
    view.highlighter.add((start, end, label, "accepted"))
    commit.commit(start, end, label, text[start:end])
    wait_painted(app, view.edit.viewport())
    return time.perf_counter() - t0


# ------------------------------------------------------------------ document list
class Rows(QAbstractTableModel):
    """Rows of values, a column each, shown as they are."""

    def __init__(self, rows: list[tuple], columns: int):
        super().__init__()
        self.rows, self.columns = rows, columns

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None


def list_rows(db: Path, same_columns: bool) -> tuple[list[tuple], int]:
    """The documents' names (one query), or the columns annotator's list shows: name, title,
    metadata as stored, accepted spans, open suggestions, done (two queries)."""
    conn = sqlite3.connect(db)
    try:
        if not same_columns:
            return conn.execute("SELECT name FROM documents ORDER BY id").fetchall(), 1
        counts: dict[tuple[int, str], int] = {
            (doc, status): n for doc, status, n in
            conn.execute("SELECT document_id, status, COUNT(*) FROM annotations GROUP BY document_id, status")}
        return [(name, title, meta, counts.get((doc, "accepted"), 0), counts.get((doc, "suggested"), 0), done)
                for doc, name, title, meta, done in
                conn.execute("SELECT id, name, title, metadata, done FROM documents ORDER BY id")], 6
    finally:
        conn.close()


def open_list(app: QApplication, db: Path, size: QSize, same_columns: bool = False) -> float:
    """Read the documents' names (or the same columns as annotator's list), show them in a
    QTableView, until painted (seconds)."""
    t0 = time.perf_counter()
    rows, columns = list_rows(db, same_columns)
    window = QMainWindow()
    view = QTableView()
    model = Rows(rows, columns)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(size)
    window.show()
    wait_painted(app, view.viewport())
    elapsed = time.perf_counter() - t0
    window.close()
    window.deleteLater()
    return elapsed
