"""Project › Rename document…: the name's editor, open in the document list, had no name for a screen
reader (it said "edit" and the old name). It is named, in English and in Chinese; Esc still keeps the name."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit


@pytest.mark.parametrize(("language", "name", "description"), [
    ("en", "New name of the document", "Enter renames the document; Esc keeps its name"),
    ("zh_CN", "文档的新名称", "按 Enter 重命名文档；按 Esc 保留原名称")])
def test_the_name_s_editor_is_named_for_a_screen_reader(window, store, qapp, qtbot, language, name, description):
    from annotator.gui import i18n

    doc = window.doc_id
    before = store.document(doc).name
    assert i18n.install_translator(qapp, language)
    try:
        window.panel.view.setFocus()
        qtbot.waitUntil(window.panel.view.hasFocus)
        window.window_actions["rename_document"].trigger()  # the Project menu's entry
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                        and QApplication.focusWidget().parent() is window.panel.view.viewport())
        editor = QApplication.focusWidget()
        assert (editor.accessibleName(), editor.accessibleDescription()) == (name, description)
        assert editor.text() == before
        qtbot.keyClicks(editor, "x")
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit))
        assert store.document(doc).name == before
    finally:
        i18n.install_translator(qapp, "en")
