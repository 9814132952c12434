"""A label named with a long phrase (added in Project › Labels…) gets a button with its name cut
("…", whole in the tooltip), so the form does not widen to two such buttons and leave the article a
character or two a line; the name is stored whole."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from annotator.core.store import Store
from annotator.gui.dialogs.label_editor import LabelEditorDialog
from tests.gui.conftest import show_active

LONG = "Policy instruments named in the report with their own programme"


def test_a_long_label_name_leaves_the_article_its_width(window, store, qtbot):
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    article = window.text_view.width()
    editor = show_active(qtbot, LabelEditorDialog(window.store, window, ops=window.ops))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # its name cell opens for editing
    qtbot.waitUntil(lambda: editor.table.state() == QAbstractItemView.State.EditingState)
    cell = QApplication.focusWidget()
    cell.selectAll()
    qtbot.keyClicks(cell, LONG)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() != QAbstractItemView.State.EditingState)
    editor.close()
    with Store.open(store.folder) as other:
        assert LONG in other.label_names()
    button = window.form.label_button(LONG)
    assert button.text().endswith("…") and len(button.text()) < 25 and LONG in button.toolTip()
    form = window.form.label_buttons
    qtbot.waitUntil(lambda: form.width() >= form.minimumSizeHint().width())  # the layout has given it its room
    assert window.text_view.width() >= article * 0.8  # the form did not take the article's
