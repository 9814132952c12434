"""The label editor: add, rename, recolour, rekey; refusals shown, the store reread."""
from __future__ import annotations

import pytest
from dialog_helpers import add_doc
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication

from annotator.core import labels as schema
from annotator.gui import i18n
from annotator.gui.dialogs.label_editor import DESCRIPTION, NAME, SHORTCUT, LabelEditorDialog
from tests.gui.conftest import show_active

Left = Qt.MouseButton.LeftButton


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
    dialog.add_label("POLICY")  # labels the project added: the schema's keep their names
    dialog.add_label("SECTOR")
    names = store.label_names()
    row = names.index("SECTOR")
    dialog.table.item(row, 0).setText("POLICY")  # a duplicate name is refused
    assert shown and "exists" in shown[-1][1]
    assert dialog.table.item(row, 0).text() == "SECTOR"
    assert store.label_names() == names
    assert dialog.add_label(names[0]) is None


def test_label_editor_default_new_label_gets_a_free_name(qtbot, store):
    dialog = LabelEditorDialog(store)
    qtbot.addWidget(dialog)
    a, b = dialog.add_label(), dialog.add_label()
    assert a.name != b.name and a.color != b.color


def shown_editor(qtbot, store) -> LabelEditorDialog:
    return show_active(qtbot, LabelEditorDialog(store))


def row_of(dialog, name):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == name)


def type_into(qtbot, dialog, row, column, text) -> bool:
    """F2 on the cell, type ``text`` and Enter, as a user does; False when no editor opened."""
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    if table.state() != QAbstractItemView.State.EditingState:
        return False
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    return True


def double_click_opens_an_editor(qtbot, dialog, row, column) -> bool:
    table = dialog.table
    qtbot.mouseDClick(table.viewport(), Left, pos=table.visualItemRect(table.item(row, column)).center())
    editing = table.state() == QAbstractItemView.State.EditingState
    if editing:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    return editing


@pytest.mark.parametrize("name", [s.name for s in schema.defaults()])
def test_a_schema_labels_name_cannot_be_edited_but_its_colour_key_and_description_can(qtbot, store, shown, name):
    doc = add_doc(store, "a.txt", "厦门市湖里区投资55.1亿元建设松元产业园。")
    span = store.add_annotation(doc, 3, 6, name).changes[0].after
    dialog = shown_editor(qtbot, store)
    before, row = store.labels(), row_of(dialog, name)
    assert not type_into(qtbot, dialog, row, NAME, "PLACE")  # F2 opens no editor on its name
    assert not double_click_opens_an_editor(qtbot, dialog, row, NAME)  # nor does a double click
    tip = dialog.table.item(row, NAME).toolTip()
    assert name in tip and "cannot be renamed" in tip and "colour, key and description can be changed" in tip
    assert dialog.table.item(row, NAME).text() == name and store.labels() == before and not shown
    assert not dialog.rename(name, "PLACE")  # asked all the same: the store's refusal is shown
    assert shown[-1][0] == "Label not changed" and f"{name} is one of the schema's labels" in shown[-1][1]
    assert store.labels() == before and store.annotation(span.id).label == name
    assert dialog.table.item(row, NAME).text() == name
    i18n.install_translator(QApplication.instance(), "zh_CN")  # the tips are written anew: no edit
    qtbot.waitUntil(lambda: dialog.windowTitle() == "标签")
    assert name in dialog.table.item(row, NAME).toolTip() and store.labels() == before and len(shown) == 1
    i18n.install_translator(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Labels")

    dialog.pick_color = lambda initial: QColor("#ff0000")
    dialog.table.setCurrentCell(row, NAME)
    qtbot.mouseClick(dialog.color_button, Left)
    keys = dialog.table.cellWidget(row, SHORTCUT)
    keys.setFocus()
    qtbot.keyClick(keys, Qt.Key.Key_9)  # the key box jumps to "9"
    assert type_into(qtbot, dialog, row, DESCRIPTION, "places in the report")
    label = store.label(name)
    assert (label.color, label.shortcut, label.description) == ("#ff0000", "9", "places in the report")
    assert store.annotation(span.id).label == name and len(shown) == 1


def test_a_label_the_project_added_is_renamed_in_its_name_cell(qtbot, store, shown):
    doc = add_doc(store, "a.txt", "厦门市湖里区投资55.1亿元建设松元产业园。")
    store.add_label("CITY", "#123456")
    span = store.add_annotation(doc, 0, 3, "CITY").changes[0].after
    dialog = shown_editor(qtbot, store)
    row = row_of(dialog, "CITY")
    assert dialog.table.item(row, NAME).toolTip() == ""
    assert type_into(qtbot, dialog, row, NAME, "PLACE")
    assert "PLACE" in store.label_names() and "CITY" not in store.label_names()
    assert store.annotation(span.id).label == "PLACE" and dialog.table.item(row, NAME).text() == "PLACE"
    # a row that held a schema label and now holds the project's own becomes editable, and back
    target = row_of(dialog, "TARGET")
    dialog.table.setCurrentCell(target, NAME)
    qtbot.mouseClick(dialog.delete_button, Left)
    assert dialog.table.item(target, NAME).text() == "PLACE"
    assert type_into(qtbot, dialog, target, NAME, "SITE") and "SITE" in store.label_names()
    dialog.rename("SITE", "TARGET")  # a schema name the project no longer has: allowed
    assert "TARGET" in store.label_names() and "SITE" not in store.label_names()
    assert store.annotation(span.id).label == "TARGET"
    assert not type_into(qtbot, dialog, target, NAME, "GOAL")  # now it is the schema's TARGET
    assert not shown
