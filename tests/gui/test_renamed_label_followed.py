"""A label the project added, renamed or deleted in *Project › Labels…* while the window shows it:
the table's label filter and the Guide panel follow it to its new name (the filter showed a name
no label had, and no row; the guide being written was dropped), and a deleted label's filter gives
way to all labels."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from annotator.core.models import Label
from annotator.core.store import Store
from annotator.gui.dialogs.label_editor import NAME
from annotator.gui.display import followed_label
from tests.gui.test_guide_panel import guide_on_disk
from tests.gui.test_label_undo import close, open_editor, row_of, type_into_cell

Ctrl = Qt.KeyboardModifier.ControlModifier
Left = Qt.MouseButton.LeftButton


@pytest.fixture
def project(project):
    """The window's project with CITY, a label it added (key 5), on the suggestion 厦门市."""
    with Store.open(project) as store:
        store.add_label("CITY", "#e6194b", "5", "a city")
        city = next(a for a in store.annotations() if a.text == "厦门市")
        store.update_annotation(city.id, label="CITY")
    return project


def choose_filter(window, name):
    box = window.table_filter.label_box
    box.setCurrentIndex(box.findData(name))
    box.activated.emit(box.currentIndex())


def test_the_table_filter_follows_its_label_renamed_and_gives_way_when_it_is_deleted(window, store, qtbot):
    box = window.table_filter.label_box
    choose_filter(window, "CITY")
    assert window.ann_proxy.rowCount() == 1
    editor = open_editor(window, qtbot)
    type_into_cell(qtbot, editor, row_of(editor, "CITY"), NAME, "PLACE")
    assert store.label_names()[-1] == "PLACE"
    assert box.currentData() == "PLACE" and box.findData("CITY") < 0  # no name of a label gone
    assert window.ann_proxy.rowCount() == 1  # its span, as before the rename
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Ctrl)  # undone: the old name again
    assert box.currentData() == "CITY" and window.ann_proxy.rowCount() == 1
    close(editor, window, qtbot)

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Home)  # the one row the filter shows: 厦门市
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert not [a for a in store.annotations() if a.label == "CITY"]
    editor = open_editor(window, qtbot)
    editor.table.setCurrentCell(row_of(editor, "CITY"), NAME)
    qtbot.mouseClick(editor.delete_button, Left)
    assert "CITY" not in store.label_names()
    assert box.currentData() is None and box.findData("CITY") < 0  # all labels
    assert window.ann_proxy.rowCount() == window.ann_model.rowCount() > 0
    close(editor, window, qtbot)


def test_the_guide_being_written_for_a_label_renamed_meanwhile_is_kept_and_saved_under_its_new_name(
        window, store, qtbot, project):
    panel = window.guide
    qtbot.mouseClick(window.form.label_button("CITY"), Left)  # nothing selected: the form's choice
    qtbot.keyClick(window.text_view, Qt.Key.Key_F1)
    assert panel.label() == "CITY"
    qtbot.mouseClick(panel.edit_button, Left)
    qtbot.keyClick(panel.editor, Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(panel.editor, "Cities with their own government")
    editor = open_editor(window, qtbot)
    type_into_cell(qtbot, editor, row_of(editor, "CITY"), NAME, "PLACE")
    close(editor, window, qtbot)
    assert panel.editing() and panel.label() == "PLACE"
    assert panel.editor.toPlainText() == "Cities with their own government"
    qtbot.keyClick(panel.editor, Qt.Key.Key_S, Ctrl)
    assert not panel.editing()
    assert guide_on_disk(project, "PLACE") == "Cities with their own government"


def test_a_label_of_another_project_with_the_same_id_is_not_taken_for_a_rename():
    city = Label("CITY", "#e6194b", "5", "a city", 4, 5)
    assert followed_label("CITY", [city], [replace(city, name="PLACE")]) == "PLACE"
    assert followed_label("CITY", [city], [Label("SECTOR", "#123456", "6", "", 4, 5)]) is None
    assert followed_label("CITY", [city], [city]) == "CITY"
