"""The export dialog closed (Esc, and deleted after ``exec()``) while its annotators' layers are read:
the worker emitted on the dialog's own reader, catching RuntimeError when it was gone, a race with the
window's thread deleting it (inside ``emit``: freed memory, a crash). Now the worker emits on a carrier
owned by the application (``gui/carrier.py``), queued to the reader; the layers of a deleted dialog go
nowhere, and the carrier is deleted on the window's thread."""
from __future__ import annotations

import threading

import pytest
import shiboken6
from dialog_helpers import add_doc
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.models import Annotation
from annotator.core.store import Store
from annotator.gui import export_layers
from annotator.gui.carrier import Carrier, carriers
from annotator.gui.dialogs.export_dialog import ExportDialog

TEXT = "集美区投资5亿元建设软件园，海沧区投资3亿元。"
CODERS = ("li", "wang", "gold")


def _team(store: Store, spans: int = 3) -> None:
    doc = add_doc(store, "a.txt", TEXT * max(1, spans // 3))
    store.add_annotations(doc, [Annotation(None, doc, i, i + 3, "DISTRICT", (TEXT * 2)[i % len(TEXT):][:3],
                                           annotator=CODERS[i % 3]) for i in range(spans)])


def _deleted_now(widget: QObject) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)


@pytest.fixture
def held_reads(monkeypatch):
    """Each worker's read waits for the event (set after the test in any case); the workers, as they begin."""
    release, readers = threading.Event(), []
    exported = Store.export_layers

    def held(self):
        if threading.current_thread() is not threading.main_thread():
            readers.append(threading.current_thread())
            release.wait(30)
        return exported(self)

    monkeypatch.setattr(Store, "export_layers", held)
    yield release, readers
    release.set()
    for reader in readers:
        reader.join(30)


def _shown(monkeypatch) -> list[int]:
    """The count of annotators each dialog was given (its slot called)."""
    calls: list[int] = []
    show = ExportDialog._show_layers
    monkeypatch.setattr(ExportDialog, "_show_layers", lambda self, layers: calls.append(len(layers[0])) or show(
        self, layers))
    return calls


def test_the_layers_reach_the_dialogs_reader_on_the_windows_thread(qtbot, store, monkeypatch):
    """The worker touches nothing of the dialog's: its reader's signal is emitted on the window's thread
    (it was emitted on the worker's, on an object the window's thread could delete meanwhile)."""
    _team(store)
    emitted_on: list[threading.Thread] = []
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog._layer_reader.read.connect(lambda _layers: emitted_on.append(threading.current_thread()),
                                      Qt.ConnectionType.DirectConnection)  # run where it is emitted
    qtbot.waitUntil(lambda: dialog.annotators.count() == 3)
    assert emitted_on == [threading.main_thread()]
    qtbot.waitUntil(lambda: carriers() == 0)  # the worker's carrier deleted once it was done


def test_a_dialog_deleted_before_its_layers_come_drops_them_cleanly(qtbot, store, monkeypatch, held_reads):
    """Deleted while its worker reads (as Ctrl+E's dialog is after Esc): the worker finishes without an
    error, nothing is delivered to the deleted dialog, its carrier is deleted on the window's thread; the
    next dialog fills its annotators."""
    _team(store)
    release, readers = held_reads
    shown = _shown(monkeypatch)
    errors: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", errors.append)
    window = QWidget()  # the dialog's parent, as the window is Ctrl+E's
    qtbot.addWidget(window)
    before = set(QApplication.instance().findChildren(Carrier))
    dialog = ExportDialog(store, window)
    qtbot.waitUntil(lambda: len(readers) == 1)  # its worker is reading (held)
    [carrier] = set(QApplication.instance().findChildren(Carrier)) - before  # the application's, not the dialog's
    deleted_on: list[threading.Thread] = []
    carrier.destroyed.connect(lambda: deleted_on.append(threading.current_thread()), Qt.ConnectionType.DirectConnection)
    _deleted_now(dialog)
    release.set()
    readers[0].join(30)
    assert not readers[0].is_alive() and errors == []
    qtbot.waitUntil(lambda: deleted_on == [threading.main_thread()])  # deleteLater: on the window's thread
    QCoreApplication.processEvents()  # (what was queued for the deleted dialog is gone with it)
    assert shown == [] and carriers() == len(before)
    export_layers._kept.clear()
    later = ExportDialog(store, window)
    qtbot.waitUntil(lambda: later.annotators.count() == 3)
    assert shown == [3] and later.form.isRowVisible(3)


def test_ctrl_e_closed_at_once_many_times_while_the_layers_are_read(qtbot, window, monkeypatch):
    """Ctrl+E, Esc at once, 200 times, each dialog deleted as the window deletes it while its worker reads
    26,000 spans (nothing kept between them: each one reads): no crash, no worker's error, no carrier
    left; then a dialog fills its annotators."""
    monkeypatch.setattr(export_layers, "kept", lambda _store: None)  # each Ctrl+E reads, on a worker
    _team(window.store, 26_000)
    errors: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", errors.append)
    closed: list[int] = []

    def close_at_once() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        closed.append(1)
        dialog.reject()

    for _ in range(200):
        QTimer.singleShot(0, close_at_once)
        window.window_actions["export"].trigger()  # exec() until the timer closes it; deleteLater after
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    assert len(closed) == 200
    for worker in [t for t in threading.enumerate() if t.name == "export-layers"]:
        worker.join(30)
    qtbot.waitUntil(lambda: carriers() == 0)
    assert errors == [] and not window.findChildren(ExportDialog)
    later = ExportDialog(window.store, window)
    qtbot.waitUntil(lambda: later.annotators.count() == 4)  # the coders and the suggestions' "" (none)
