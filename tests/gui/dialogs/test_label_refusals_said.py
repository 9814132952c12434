"""The label editor's refusals name the project and the way out: a label still used by spans ("label X
was kept: N span(s) in P use it; relabel or delete those spans first, or rename the label instead") and a key taken
("shortcut 1 is taken by DISTRICT in P: choose another or clear DISTRICT's first"), in Chinese too."""
from __future__ import annotations

from dialog_helpers import add_doc
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui import i18n
from annotator.gui.dialogs.label_editor import NAME, SHORTCUT, LabelEditorDialog
from tests.gui.conftest import show_active


def row_of(dialog, name):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == name)


def test_a_key_taken_names_the_label_holding_it_and_what_to_do(qtbot, store, shown):
    dialog = show_active(qtbot, LabelEditorDialog(store))
    keys = dialog.table.cellWidget(row_of(dialog, "AMOUNT"), SHORTCUT)
    keys.setFocus()
    qtbot.keyClick(keys, Qt.Key.Key_1)  # DISTRICT's key
    assert shown[-1][:2] == ("Label not changed", f"shortcut 1 is taken by DISTRICT in {store.folder}: choose another "
                                              "or clear DISTRICT's first")
    assert store.label("AMOUNT").shortcut == "3" and keys.currentText() == "3"  # the box reread


def test_a_label_in_use_names_its_spans_the_project_and_what_to_do_in_chinese(qtbot, store, shown):
    doc = add_doc(store, "a.txt", "厦门市湖里区投资55.1亿元建设松元产业园。")
    store.add_label("POLICY")
    for start in (0, 3):
        store.add_annotation(doc, start, start + 3, "POLICY")
    dialog = show_active(qtbot, LabelEditorDialog(store))
    dialog.table.setCurrentCell(row_of(dialog, "POLICY"), NAME)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert shown[-1][:2] == ("Label not deleted", f"label POLICY was kept: 2 span(s) in {store.folder} use it; "
                                              "relabel or delete those spans first, or rename the label instead")
    i18n.install_translator(QApplication.instance(), "zh_CN")
    try:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        keys = dialog.table.cellWidget(row_of(dialog, "POLICY"), SHORTCUT)
        keys.setFocus()
        qtbot.keyClick(keys, Qt.Key.Key_2)  # PROJECT's key
    finally:
        i18n.install_translator(QApplication.instance(), "en")
    assert shown[-2][1] == (f"已保留标签 POLICY：{store.folder} 中有 2 条标注使用它；请先改标或删除这些标注，"
                            "或改为重命名该标签")
    assert shown[-1][1] == f"快捷键 2 已被 {store.folder} 中的标签 项目 占用：请另选一个，或先清除项目的快捷键"
    assert "POLICY" in store.label_names() and len(store.annotations()) == 2


def test_a_schema_label_in_use_is_not_told_to_be_renamed(qtbot, store, shown):
    # its way out said 'or rename the label instead', which the schema's labels refuse
    doc = add_doc(store, "a.txt", "厦门市湖里区投资55.1亿元建设松元产业园。")
    store.add_annotation(doc, 3, 6, "DISTRICT")
    dialog = show_active(qtbot, LabelEditorDialog(store))
    dialog.table.setCurrentCell(row_of(dialog, "DISTRICT"), NAME)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert shown[-1][:2] == ("Label not deleted", f"label DISTRICT was kept: 1 span(s) in {store.folder} use it; "
                                              "relabel or delete those spans first")
    i18n.install_translator(QApplication.instance(), "zh_CN")
    try:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    finally:
        i18n.install_translator(QApplication.instance(), "en")
    assert shown[-1][1] == f"已保留标签 地区：{store.folder} 中有 1 条标注使用它；请先改标或删除这些标注"
    assert "DISTRICT" in store.label_names()
