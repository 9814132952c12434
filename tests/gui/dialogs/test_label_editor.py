"""The label editor: add, rename, recolour, rekey; refusals shown, the store reread."""
from __future__ import annotations

from PySide6.QtGui import QColor

from annotator.gui.dialogs.label_editor import LabelEditorDialog


def test_label_editor_adds_renames_recolours_and_rekeys(qtbot, store):
    dialog = LabelEditorDialog(store)
    qtbot.addWidget(dialog)
    changes = []
    dialog.labels_changed.connect(lambda: changes.append(1))
    before = len(store.labels())
    assert dialog.table.rowCount() == before

    label = dialog.add_label("POLICY", "#123456")
    assert label is not None and store.label("POLICY").color == "#123456"
    assert dialog.table.rowCount() == before + 1
    row = dialog.table.rowCount() - 1

    dialog.table.item(row, 0).setText("政策")  # editing the name cell renames at once
    assert "政策" in store.label_names() and "POLICY" not in store.label_names()

    dialog.pick_color = lambda initial: QColor("#ff0000")
    assert dialog.choose_color(row)
    assert store.label("政策").color == "#ff0000"
    assert dialog.table.item(row, 1).text() == "#ff0000"

    dialog.table.cellWidget(row, 2).setCurrentText("9")
    assert store.label("政策").shortcut == "9"
    dialog.table.item(row, 3).setText("policies named in the report")
    assert store.label("政策").description == "policies named in the report"
    assert len(changes) == 5


def test_label_editor_shows_refusals_and_rereads_the_store(qtbot, store, shown):
    dialog = LabelEditorDialog(store)
    qtbot.addWidget(dialog)
    first, second = store.label_names()[:2]
    dialog.table.item(1, 0).setText(first)  # a duplicate name is refused
    assert shown and "exists" in shown[-1][1]
    assert dialog.table.item(1, 0).text() == second
    assert store.label_names()[:2] == [first, second]
    assert dialog.add_label(first) is None


def test_label_editor_default_new_label_gets_a_free_name(qtbot, store):
    dialog = LabelEditorDialog(store)
    qtbot.addWidget(dialog)
    a, b = dialog.add_label(), dialog.add_label()
    assert a.name != b.name and a.color != b.color
