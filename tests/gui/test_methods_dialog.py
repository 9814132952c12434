"""Project › Methods paragraph…: clicked in the menu, the dialog shows the paragraph `annotator methods`
prints (core/methods_text.py) in the interface's language, read-only; Copy puts exactly it on the clipboard."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.methods_text import paragraph
from annotator.gui.dialogs.methods_dialog import MethodsDialog


def _open_by_mouse(window, qtbot) -> MethodsDialog:
    menu, action = window.window_actions.menus["menu_project"], window.window_actions["methods"]
    window.activateWindow()
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    assert action in menu.actions() and action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(MethodsDialog)))
    return next(d for d in window.findChildren(MethodsDialog) if d.isVisible())


def test_the_menu_opens_the_paragraph_and_copy_puts_it_on_the_clipboard(window, store, qtbot):
    doc = store.document(store.document_id_by_name("a.txt"))
    start = doc.text.index("集美区")
    store.add_annotation(doc.id, start, start + 3, "DISTRICT", origin="gazetteer", confidence=0.9)  # as proposed
    dialog = _open_by_mouse(window, qtbot)
    expected = paragraph(store, "en")
    assert "The one accepted span (DISTRICT 1, PROJECT 0, AMOUNT 0, TARGET 0) was accepted as proposed." in expected
    assert dialog.text.toPlainText() == expected and dialog.text.isReadOnly()
    assert dialog.windowTitle() == "Methods paragraph"
    QApplication.clipboard().setText("")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == expected
    dialog.close()


def test_in_chinese_the_paragraph_and_the_dialog_are_chinese(window, store, qtbot):
    try:
        window.commands.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.window_actions["methods"].text() == "方法段落(&H)…")
        dialog = _open_by_mouse(window, qtbot)
        assert dialog.windowTitle() == "方法段落" and dialog.copy_button.text() == "复制(&C)"
        expected = paragraph(store, "zh")
        assert "本标注工程共有 3 篇文档。" in expected  # the window's word for a project
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().text() == expected == dialog.text.toPlainText()
        dialog.close()
    finally:
        window.commands.set_language("en")


def test_greyed_without_a_project(window):
    window.window_actions.set_project_open(False)
    assert not window.window_actions["methods"].isEnabled()
