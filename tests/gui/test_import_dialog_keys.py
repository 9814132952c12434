"""Import annotations…: Alt+A was both "&Accepted" and "&Annotator name:" (已接受(&A), 标注者姓名(&A)：), so the
key only cycled between the two instead of doing either. Every Alt key of the dialog is now one control's,
in English and in Chinese."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from annotator.gui.dialogs.annotation_import_dialog import AnnotationImportDialog


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_alt_key_of_the_import_annotations_dialog_is_one_controls(window, qtbot, qapp, tmp_path, language):
    from annotator.gui.i18n import install_translator

    install_translator(qapp, language)
    dialog = AnnotationImportDialog([str(tmp_path / "colleague.xlsx")], "tester", window)
    qtbot.addWidget(dialog)
    dialog.show()
    keys: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        found = re.search(r"&([^&\s])", widget.text())
        if widget.isVisible() and found:
            keys.setdefault(found.group(1).lower(), []).append(widget.text())
    assert dialog.name_caption.buddy() is dialog.name and "&" in dialog.name_caption.text()
    assert {key: texts for key, texts in keys.items() if len(texts) > 1} == {}


def test_the_chinese_import_dialog_lists_its_files_with_the_enumeration_comma(window, qtbot, qapp, tmp_path):
    """Its heading read "2 个文件：a.jsonl, b.xlsx", a Latin comma between the names of the Chinese sentence;
    now 、 as every other list of the Chinese window (i18n.names_list), ", " in English."""
    from annotator.gui.i18n import install_translator

    files = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.xlsx")]
    install_translator(qapp, "zh_CN")
    dialog = AnnotationImportDialog(files, "tester", window)
    qtbot.addWidget(dialog)
    assert dialog.heading.text().endswith("a.jsonl、b.xlsx"), dialog.heading.text()
    install_translator(qapp, "en")
    qtbot.waitUntil(lambda: dialog.heading.text().endswith("a.jsonl, b.xlsx"))
