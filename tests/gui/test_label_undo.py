"""Label changes made in the label editor are steps of the window's undo history, in the
database too; and renaming a label does not break Ctrl+Z of an earlier accept.

The schema's labels keep their names, so the renames here are of CITY, a label this project
added: the suggestion on 厦门市 carries it (``project``)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication

from annotator.core.store import Store
from annotator.gui.dialogs.label_editor import NAME, SHORTCUT, LabelEditorDialog
from tests.gui.conftest import show_active

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
Left = Qt.MouseButton.LeftButton


def open_editor(window, qtbot) -> LabelEditorDialog:
    """The label editor as Project › Labels… opens it (shown here without its modal loop)."""
    return show_active(qtbot, LabelEditorDialog(window.store, window, ops=window.ops))


@pytest.fixture
def project(project):
    """The window's project with CITY, a label it added (key 5), on the suggestion 厦门市."""
    with Store.open(project) as store:
        store.add_label("CITY", "#e6194b", "5", "a city")
        city = next(a for a in store.annotations() if a.text == "厦门市")
        store.update_annotation(city.id, label="CITY")
    return project


@pytest.fixture
def editor(window, qtbot):
    return open_editor(window, qtbot)


def row_of(dialog, name):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == name)


def type_into_cell(qtbot, dialog, row, column, text):
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def refocus(window, qtbot):
    """Back to the article, as the desktop does when a dialog closes (offscreen Qt does not)."""
    window.activateWindow()
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)


def close(dialog, window, qtbot):
    dialog.close()
    refocus(window, qtbot)


def test_rename_recolour_and_rekey_are_undone_one_by_one(window, store, qtbot, editor):
    city = next(a for a in store.annotations(window.doc_id) if a.text == "厦门市")
    before = store.label("CITY")
    type_into_cell(qtbot, editor, row_of(editor, "CITY"), NAME, "PLACE")
    assert "PLACE" in store.label_names() and store.annotation(city.id).label == "PLACE"
    assert window.form.label_button("PLACE")  # the window follows at once
    editor.pick_color = lambda initial: QColor("#ff0000")
    editor.table.setCurrentCell(row_of(editor, "PLACE"), NAME)
    qtbot.mouseClick(editor.color_button, Left)
    assert store.label("PLACE").color == "#ff0000"
    keys = editor.table.cellWidget(row_of(editor, "PLACE"), SHORTCUT)
    keys.setFocus()
    qtbot.keyClick(keys, Qt.Key.Key_9)  # the key box jumps to "9"
    assert store.label("PLACE").shortcut == "9"
    assert window.undo_stack.count() == 3

    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Ctrl)  # Ctrl+Z in the editor: the key comes back
    assert store.label("PLACE").shortcut == before.shortcut
    assert keys.currentText() == before.shortcut
    close(editor, window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # and in the window: the colour ...
    assert store.label("PLACE").color == before.color
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # ... and the name, spans included
    assert store.label("CITY") == before
    assert store.annotation(city.id).label == "CITY"
    assert window.ann_model.by_id(city.id).label == "CITY"
    for _ in range(3):
        qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl | Shift)
    assert (store.label("PLACE").color, store.label("PLACE").shortcut) == ("#ff0000", "9")
    assert not window.errors


def test_an_added_label_is_removed_by_undo(window, store, qtbot, editor):
    qtbot.mouseClick(editor.add_button, Left)
    added = editor.label_at(editor.table.currentRow()).name
    assert added in store.label_names()
    qtbot.keyClick(editor.table, Qt.Key.Key_Escape)  # leave the name cell the editor opened
    close(editor, window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert added not in store.label_names()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl | Shift)
    assert added in store.label_names()


def test_undo_of_an_added_label_that_another_program_used_is_refused(window, store, qtbot, editor):
    qtbot.mouseClick(editor.add_button, Left)
    added = editor.label_at(editor.table.currentRow()).name
    qtbot.keyClick(editor.table, Qt.Key.Key_Escape)
    close(editor, window, qtbot)
    store.add_annotation(window.doc_id, 3, 6, added, annotator="other")
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert added in store.label_names()
    assert added in window.errors[-1] and "was kept: 1 span(s)" in window.errors[-1]
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()

def test_rename_then_undo_of_an_earlier_accept(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    city = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)
    assert store.annotation(city).status == "accepted"
    editor = open_editor(window, qtbot)
    type_into_cell(qtbot, editor, row_of(editor, "CITY"), NAME, "PLACE")
    close(editor, window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # the rename
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # the accept
    assert (store.annotation(city).label, store.annotation(city).status) == ("CITY", "suggested")
    assert not window.errors


def test_a_label_renamed_by_another_program_does_not_break_undo_of_an_accept(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    city = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)
    store.update_label("CITY", new_name="PLACE")  # not in this window's history
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert not window.errors
    assert (store.annotation(city).label, store.annotation(city).status) == ("PLACE", "suggested")
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl | Shift)
    assert (store.annotation(city).label, store.annotation(city).status) == ("PLACE", "accepted")


def test_the_labels_menu_opens_the_editor_on_the_window_history(window, store, qtbot):
    def in_the_dialog():
        dialog = QApplication.activeModalWidget()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        type_into_cell(qtbot, dialog, row_of(dialog, "CITY"), NAME, "GOAL")
        dialog.reject()

    QTimer.singleShot(0, in_the_dialog)
    window.window_actions["labels"].trigger()  # Project › Labels…: modal until closed
    assert "GOAL" in store.label_names()
    assert window.form.label_button("GOAL")
    refocus(window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert "CITY" in store.label_names() and "GOAL" not in store.label_names()


def test_a_label_is_deleted_with_its_button_and_undo_brings_it_back(window, store, qtbot, editor, monkeypatch):
    from annotator.gui.dialogs import errors

    shown = []
    monkeypatch.setattr(errors, "HOOKS", [lambda *a: shown.append(a)])
    before = store.label("TARGET")  # no span uses it
    editor.table.setCurrentCell(row_of(editor, "TARGET"), NAME)
    qtbot.mouseClick(editor.delete_button, Left)
    assert "TARGET" not in store.label_names() and editor.table.rowCount() == 4
    assert "TARGET" not in [a.text() for a in window.window_actions.label_actions]  # the window follows at once
    editor.table.setCurrentCell(row_of(editor, "DISTRICT"), NAME)
    qtbot.mouseClick(editor.delete_button, Left)  # spans use it: refused, with the reason
    assert shown and "was kept" in shown[-1][1] and "DISTRICT" in store.label_names()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Ctrl)
    assert store.label("TARGET") == before  # same id, colour, key and place
    assert editor.table.item(row_of(editor, "TARGET"), NAME) is not None
    assert window.form.label_button("TARGET")


def test_a_label_edit_updates_the_window_in_place(window, store, qtbot, agree):
    """Names, colours and keys follow a label edit (and its undo) without reopening the document."""
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    city = window.selected_id
    assert city is not None
    document = window.text_view.document()
    editor = open_editor(window, qtbot)
    type_into_cell(qtbot, editor, row_of(editor, "CITY"), NAME, "PLACE")
    editor.pick_color = lambda initial: QColor("#00ff00")
    editor.table.setCurrentCell(row_of(editor, "PLACE"), NAME)
    qtbot.mouseClick(editor.color_button, Left)
    assert window.text_view.document() is document and window.selected_id == city
    assert window.form.annotation().label == "PLACE" and window.ann_model.by_id(city).label == "PLACE"
    span = window.ann_model.by_id(city)
    assert window.text_view.format_at(span.start).underlineColor() == QColor("#00ff00")
    row = window.ann_model.index(window.ann_model.row_of(city), 0)
    assert (row.data(), row.data(Qt.ItemDataRole.DecorationRole)) == ("PLACE", QColor("#00ff00"))  # the table too
    assert [a.text() for a in window.window_actions.label_actions][4] == "PLACE"
    agree(window)
    close(editor, window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert window.text_view.document() is document and window.ann_model.by_id(city).label == "CITY"
    assert window.text_view.format_at(span.start).underlineColor() == QColor(store.label("CITY").color)
    agree(window)
