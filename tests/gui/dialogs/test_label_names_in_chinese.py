"""In a Chinese interface the label editor names the schema's labels as the rest of the window does,
with the stored name the command line takes after it (地区 (DISTRICT)); a label the project added shows
its own name; switching the language back renames the cells; a schema label deleted and added again
(TARGET) in Chinese is found in its row (it was looked up by the text shown); a name the Chinese window
gives a schema label (项目) is refused for another label."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from annotator.gui import i18n
from annotator.gui.dialogs.label_editor import NAME, LabelEditorDialog
from tests.gui.conftest import show_active, type_chinese
from tests.gui.dialogs.test_label_editor import row_of


def names_shown(dialog):
    return [dialog.table.item(r, NAME).text() for r in range(dialog.table.rowCount())]


def test_the_schema_labels_are_named_in_chinese_with_their_stored_name(qtbot, store, shown):
    store.add_label("政策", "#123456", "5")
    i18n.install_translator(QApplication.instance(), "zh_CN")
    try:
        dialog = show_active(qtbot, LabelEditorDialog(store))
        assert names_shown(dialog) == ["地区 (DISTRICT)", "项目 (PROJECT)", "金额 (AMOUNT)", "目标 (TARGET)", "政策"]
        dialog.table.setCurrentCell(3, NAME)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)  # TARGET: no span uses it
        with Store.open(store.folder) as other:
            assert "TARGET" not in other.label_names()
        assert dialog.add_label("TARGET") is not None  # added again: its row made current
        assert dialog.table.item(dialog.table.currentRow(), NAME).text() == "目标 (TARGET)"
        with Store.open(store.folder) as other:
            assert other.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "政策", "TARGET"]
    finally:
        i18n.install_translator(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Labels")
    assert names_shown(dialog) == ["DISTRICT", "PROJECT", "AMOUNT", "政策", "TARGET"]
    assert not shown


def test_a_name_the_chinese_window_gives_a_schema_label_is_refused(qtbot, store, shown):
    # 项目 typed for a label of the group's own (PROJECT cannot be renamed 项目) made two 项目 buttons,
    # filter entries and statistics rows in the Chinese window
    i18n.install_translator(QApplication.instance(), "zh_CN")
    try:
        dialog = show_active(qtbot, LabelEditorDialog(store))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # LABEL5, its name cell open
        type_chinese(QApplication.focusWidget(), "项目")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(shown))
        assert shown[-1][1] == "标签 项目 与 PROJECT 在中文界面中都会显示为“项目”：请另选名称；未作任何更改"
        with Store.open(store.folder) as other:
            assert other.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "LABEL5"]
        assert names_shown(dialog)[row_of(dialog, "LABEL5")] == "LABEL5"
    finally:
        i18n.install_translator(QApplication.instance(), "en")
