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
