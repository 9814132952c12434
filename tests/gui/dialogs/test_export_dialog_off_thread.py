"""The export dialog is shown before the annotators' layers are read, and reads them off the window's
thread (two scans of every span: 350 ms at each Ctrl+E for 475,000 spans, 1.1 s while the session's
backup ran); read once, they are not read again until the project changes."""
from __future__ import annotations

import threading
import weakref

from dialog_helpers import add_doc
from PySide6.QtCore import Qt

from annotator.core.store import Store
from annotator.gui.dialogs.export_dialog import ExportDialog

TEXT = "集美区投资5亿元建设软件园，海沧区投资3亿元。"


def _team(store: Store) -> None:
    doc = add_doc(store, "a.txt", TEXT)
    for who in ("li", "wang"):
        store.add_annotation(doc, 5, 8, "AMOUNT", value={"yuan": 5e8}, annotator=who)
    store.add_annotation(doc, 5, 8, "AMOUNT", value={"yuan": 5e8}, annotator="gold", origin="adjudicated")


def _ticked(dialog: ExportDialog) -> list[str]:
    items = [dialog.annotators.item(i) for i in range(dialog.annotators.count())]
    return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


def test_the_dialog_is_shown_before_the_layers_are_read_and_they_are_read_off_its_thread(qtbot, store, monkeypatch):
    _team(store)
    readers: list[threading.Thread] = []
    shown = threading.Event()
    counted = Store.count_by_annotator

    def count(self):
        readers.append(threading.current_thread())
        if threading.current_thread() is not threading.main_thread():
            shown.wait(10)  # the dialog is up before the scan ends
        return counted(self)

    monkeypatch.setattr(Store, "count_by_annotator", count)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.annotators.count() == 0 and not dialog.form.isRowVisible(3)  # not read yet: nothing shown
    shown.set()
    qtbot.waitUntil(lambda: dialog.annotators.count() == 3)
    assert readers and threading.main_thread() not in readers
    assert _ticked(dialog) == ["gold"] and dialog.form.isRowVisible(3)
    assert dialog.selection.text().startswith("Only the gold layer (gold) is ticked")


def test_an_export_asked_for_at_once_waits_for_the_layers(qtbot, store):
    _team(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.chosen()["annotators"] == ["gold"]  # not every layer: the sums would count each fact thrice


def test_the_layers_are_read_once_until_the_project_changes(qtbot, store, monkeypatch):
    _team(store)
    reads = []
    counted = Store.count_by_annotator
    monkeypatch.setattr(Store, "count_by_annotator", lambda self: reads.append(1) or counted(self))

    def opened() -> ExportDialog:
        dialog = ExportDialog(store)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.annotators.count() > 0)
        return dialog

    opened()
    assert len(reads) == 1
    assert opened().annotators.count() == 3 and len(reads) == 1  # nothing changed: nothing read
    store.add_annotation(store.documents()[0].id, 14, 17, "DISTRICT", annotator="zhao")
    assert opened().annotators.count() == 4 and len(reads) == 2


def test_a_dialog_let_go_of_is_freed_at_once_not_by_the_cycle_collector(qtbot, store):
    """Not kept alive by a cycle through itself: Python's cycle collector runs on whatever thread
    allocates, the layers' reader's too, and there it deleted the dialog (without a parent, as in these
    tests), Qt's screen with it: the next dialog crashed in Qt (PySide6 6.10.0)."""
    _team(store)
    dialog = ExportDialog(store)
    freed = weakref.ref(dialog)
    del dialog
    assert freed() is None
