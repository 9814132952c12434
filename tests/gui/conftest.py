"""GUI fixtures: a small project with suggestions in three documents, and the real window."""
from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from annotator.core.imports.text import sha256, title_of
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from tests.gui.chinese_checkout import chinese_of_checkout  # noqa: F401  (a fixture)

# (name, text, [(label, piece, occurrence)]) — suggestions found by their text
DOCS = [
    ("a.txt", "厦门市湖里区计划投资55.1亿元建设松元产业园。\n"
              "力争新增80家国家级高新技术企业，集美区新增10家规上工业企业。\n",
     [("DISTRICT", "厦门市"), ("AMOUNT", "55.1亿元"), ("PROJECT", "松元产业园")]),
    ("b.txt", "海沧区𠀀溪镇完成投资3245.7万元。同安区推进“智慧集美”平台建设。\n",
     [("AMOUNT", "3245.7万元"), ("DISTRICT", "同安区")]),
    ("c.txt", "展望新的一年，翔安区将打造20个创新发展共同体。\n", []),
]


class Events(QObject):
    """The events of one kind a widget receives from now on (a paint's rectangle kept)."""

    def __init__(self, widget, kind: QEvent.Type = QEvent.Type.Paint):
        super().__init__()
        self.kind, self.rects = kind, []
        widget.installEventFilter(self)

    @property
    def count(self) -> int:
        return len(self.rects)

    def eventFilter(self, obj, event):
        if event.type() == self.kind:
            self.rects.append(event.rect() if self.kind == QEvent.Type.Paint else None)
        return False


HOLD = 2.0  # seconds a stand-in holds the GIL in the window's process; the loop's longest wait must stay under half


def hold_count(seconds: float = HOLD) -> int:
    """n such that ``sum(range(n))`` (one C call: the GIL held throughout) takes about ``seconds``,
    calibrated on the least disturbed of three timings (a loaded machine only makes it longer)."""
    spent = []
    for _ in range(3):
        began = time.perf_counter()
        sum(range(1_000_000))
        spent.append(time.perf_counter() - began)
    return int(1_000_000 * seconds / max(min(spent), 1e-6))


class Gaps:
    """The event loop's turns, every 5 ms while it is free: the longest wait between two."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> Gaps:
        self.ticks.append(time.perf_counter())
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    def longest(self) -> float:
        return max(b - a for a, b in pairwise(self.ticks))


def show_active(qtbot, widget):
    """Show a top-level widget (a dialog without its modal loop) and wait until it is the active window."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def add_document(store: Store, name: str, text: str) -> int:
    return store.add_document(Document(None, name, title_of(text), text, sha256=sha256(text))).id


def import_with_ctrl_i(window, qtbot, monkeypatch, paths) -> list[str]:
    """Project › Import files… (Ctrl+I) with the file dialog answered ``paths``; the filters it offered."""
    offered: list[str] = []

    def dialog(_parent, _title, _folder, kinds):
        offered.append(kinds)
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog)
    window.activateWindow()
    qtbot.keyClick(window.text_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    return offered


def type_chinese(widget, text: str) -> None:
    """Type as an input method does: the composed text is committed to the focused field (QTest's
    key clicks cannot type characters outside Latin-1)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_text(window, store: Store, qtbot, text: str, name: str = "text.txt") -> int:
    """A new document holding ``text``, read in (Ctrl+R) and opened, its spans painted."""
    from PySide6.QtCore import Qt

    doc = add_document(store, name, text)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(doc)
    window.text_view.flush_formatting()
    return doc


@contextlib.contextmanager
def lines_at_least(qapp, height: int) -> Iterator[None]:
    """The interface font made larger until its lines are ``height`` px tall (a Chinese system font's:
    17-18 px, where the test machine's are 14), the font before given back after."""
    saved = QFont(qapp.font())
    font = QFont(saved)
    while QFontMetrics(font).height() < height:
        font.setPointSizeF(font.pointSizeF() + 0.5)
    qapp.setFont(font)
    try:
        yield
    finally:
        qapp.setFont(saved)


def open_read_only(window, folder: Path, monkeypatch) -> Path:
    """The project ``folder`` opened in ``window`` as a read-only one (its folder reads as not writable,
    as a mount or a share would); the folder."""
    from annotator.core.store import read_only

    probe = read_only.can_write
    monkeypatch.setattr(read_only, "can_write", lambda path: probe(path) and not (
        Path(path) == folder or folder in Path(path).parents))
    assert window.open_project(folder) and window.store.read_only
    return folder


def build_project(folder: Path) -> Path:
    with Store.create(folder) as store:
        for name, text, suggestions in DOCS:
            doc_id = add_document(store, name, text)
            store.add_suggestions(doc_id, [
                Suggestion(text.index(piece), text.index(piece) + len(piece), label, piece,
                           value={}, confidence=0.8, reason=f"test reason for {piece}", origin="test")
                for label, piece in suggestions])
    return folder


# three documents where a strategy (a label POLICY the rules know nothing of) was accepted twice each:
# what the model learns in the model's window tests
POLICY_TRAIN = [
    ("p1.txt", "全面实施乡村振兴战略，厦门市湖里区计划投资55.1亿元。\n深入实施创新驱动发展战略，建设松元产业园。\n",
     ["乡村振兴战略", "创新驱动发展战略"]),
    ("p2.txt", "大力实施人才强市战略，集美区新增10家规上工业企业。\n坚定实施扩大内需战略，推进城市更新。\n",
     ["人才强市战略", "扩大内需战略"]),
    ("p3.txt", "持续实施科教兴国战略，海沧区完成投资3245.7万元。\n积极实施就业优先战略，稳定就业大局。\n",
     ["科教兴国战略", "就业优先战略"]),
]


def build_policy_project(folder: Path, *more: tuple[str, str]) -> Path:
    """The strategies of :data:`POLICY_TRAIN` accepted by "ann"; ``more`` (name, text) untouched."""
    with Store.create(folder) as store:
        store.add_label("POLICY", "#7b4ea3", "5", "a strategy the report names")
        for name, text, spans in POLICY_TRAIN:
            doc_id = add_document(store, name, text)
            for piece in spans:
                start = text.index(piece)
                store.add_annotation(doc_id, start, start + len(piece), "POLICY", status="accepted", annotator="ann")
        for name, text in more:
            add_document(store, name, text)
    return folder


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def application_as_before(qapp):
    """What a test changed for the whole application given back after it, so that the tests after lay
    out and find windows as when run alone: the interface's font, language, palette, quitting on the
    last window and the error hook (``app.run`` sets them as the program does: its Chinese fallback
    font left 1 px taller rows for every later test), and the windows it left (a window ``run`` made,
    closed but not deleted, stayed among the top-level widgets a later test looks through)."""
    from annotator.gui.i18n import current_language, install_translator

    font, palette, language = QFont(qapp.font()), qapp.palette(), current_language()
    quits, hook = qapp.quitOnLastWindowClosed(), sys.excepthook
    before = {shiboken6.getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}
    yield
    left = [w for w in QApplication.topLevelWidgets()
            if shiboken6.getCppPointer(w)[0] not in before and w.parent() is None]
    for w in left:
        if shiboken6.isValid(w):
            if w.isVisible():
                w.close()
            backup = getattr(w, "session_backup", None)
            if backup is not None:  # its worker's connection to the project closed before the next test
                backup.wait()
            shiboken6.delete(w)
    if qapp.font() != font:
        qapp.setFont(font)
    if qapp.palette() != palette:
        qapp.setPalette(palette)
    if current_language() != language:
        install_translator(qapp, language)
    qapp.setQuitOnLastWindowClosed(quits)
    sys.excepthook = hook


@pytest.fixture(autouse=True)
def progress_dialogs_when_asked(monkeypatch):
    """A task's progress dialog not shown for being slow (the program shows it after 400 ms of work): on
    a loaded machine it showed, took the window's activation, and on the offscreen platform the window
    is active again only a turn of the event loop later, so the key a test pressed next (N, Shift+F5)
    went nowhere. A test of the dialog shows it itself (``tasks.SHOW_AFTER_MS`` 0: test_task_focus)."""
    from annotator.gui import tasks

    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 3_600_000)


@pytest.fixture
def project(tmp_path) -> Path:
    return build_project(tmp_path / "project")


@pytest.fixture
def settings(qapp):
    from annotator.gui.settings import Settings

    s = Settings()
    s.annotator_name = "tester"
    return s


@pytest.fixture
def window(qtbot, project, settings, monkeypatch):
    from annotator.gui.main_window import MainWindow

    w = MainWindow(settings)
    w.errors = []
    monkeypatch.setattr(w, "show_error", lambda title, message: w.errors.append(message))
    w.confirm = lambda question: True
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(project)
    w.activateWindow()
    w.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.text_view)
    yield w
    if w.store is not None:
        w.store.close()


@pytest.fixture
def store(window) -> Store:
    """A second connection on the window's project, to check what the database holds."""
    s = Store.open(window.store.folder)
    yield s
    s.close()


def _key(a):
    return (a.id, a.label, a.status, a.start, a.end, a.text)


def _row_key(r, text):
    """_key of a narrow row (SpanRow), its text given."""
    return (r.id, r.label, r.status, r.start, r.end, text)


@pytest.fixture
def agree(store):
    """Check that the database, the table and the drawn text agree on the open document."""
    from PySide6.QtCore import Qt

    from annotator.gui.models.annotation_table import ANN_ID_ROLE

    def check(window) -> None:
        window.text_view.flush_formatting()
        doc_id = window.doc_id
        db = {a.id: a for a in store.annotations(doc_id)}
        text = window.text_view.text
        table = window.ann_model.rows()  # the narrow rows, each with its piece of the text
        assert sorted(_row_key(r, window.ann_model.text_of(r)) for r in table) == sorted(map(_key, db.values()))
        assert [a.id for a in window.ann_model.annotations()] == [r.id for r in table]
        shown_rows = {window.ann_proxy.index(r, 0).data(ANN_ID_ROLE) for r in range(window.ann_proxy.rowCount())}
        visible = {i for i, a in db.items() if a.status != "rejected" or window.settings.show_rejected}
        assert shown_rows == visible
        drawn = window.text_view.shown_spans()
        assert sorted(_row_key(r, text[r.start:r.end]) for r in drawn.values()) == sorted(_key(db[i]) for i in visible)
        covered = set()
        for i in visible:
            covered.update(range(db[i].start, db[i].end))
            fmt = window.text_view.format_at(db[i].start)
            assert fmt.background().style() != Qt.BrushStyle.NoBrush, db[i]
        for cp in range(len(text)):
            if cp not in covered:
                assert window.text_view.format_at(cp).background().style() == Qt.BrushStyle.NoBrush, cp
        if window.selected_id in visible:
            assert window.table.currentIndex().data(ANN_ID_ROLE) == window.selected_id
            assert window.text_view.selected_id() == window.selected_id
        elif window.selected_id is not None:  # a span just rejected stays in the form (hidden elsewhere)
            assert not window.table.currentIndex().isValid()
            assert window.text_view.selected_id() is None
        if window.selected_id is not None:
            assert window.form.annotation() == db[window.selected_id]
        else:
            assert window.form.annotation() is None

    return check


def killed_after_done(script: str, args: list[str], log: Path, prefix: str, timeout: float) -> tuple[list[str], int]:
    """Run the window session ``script`` (beside these tests) in a child process, offscreen, read
    what it prints until it says "done", then kill it with SIGKILL (a hung session is killed after
    ``timeout`` s, failing the test instead of hanging it). Returns the printed lines that start
    with ``prefix`` (without it) and the child's return code; its stderr goes to ``log``."""
    import os
    import subprocess
    import sys
    import threading

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(
        [str(root), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    with open(log, "wb") as stderr:
        child = subprocess.Popen([sys.executable, str(Path(__file__).with_name(script)), *args],
                                 stdout=subprocess.PIPE, stderr=stderr, text=True, env=env, cwd=root)
    watchdog = threading.Timer(timeout, child.kill)
    watchdog.start()
    printed: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(prefix):
                printed.append(line[len(prefix):].strip())
            if line.strip() == "done":
                break
        os.kill(child.pid, signal.SIGKILL)  # the window is open, its edits reported saved
    finally:
        watchdog.cancel()
        child.kill()
        child.wait()
        child.stdout.close()
    return printed, child.returncode


@pytest.fixture
def sync_tasks(monkeypatch):
    """The window's tasks run in the calling thread (no worker, no child process)."""
    from annotator.gui import tasks

    monkeypatch.setattr(tasks, "SYNC", True)


@pytest.fixture
def six_reports(tmp_path, capsys) -> Path:
    """The six real reports imported and suggested (rules alone), as a user does before opening the window."""
    from annotator.cli import main
    from tests.shared_data import require

    folder = tmp_path / "six"
    assert main(["new", str(folder)]) == 0
    assert main(["import", str(folder), *map(str, require("reports", "*.txt"))]) == 0
    assert main(["suggest", str(folder), "--model", "none"]) == 0
    capsys.readouterr()
    return folder

