"""What a screen reader says: every field, box, table, button and the article of the window (its
panels open, the find bar too) has a name — its own accessible name, the caption it is the buddy of,
or its text — in English and, once the interface is Chinese, in Chinese."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractButton, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
CJK = re.compile(r"[\u4e00-\u9fff]")


def spoken_name(widget: QWidget, top: QWidget) -> str:
    """The name a screen reader gives ``widget``: its accessible name, else the caption whose buddy
    it is, else a button's text (a combo box's current item is its value, not its name)."""
    if widget.accessibleName():
        return widget.accessibleName()
    caption = next((label for label in top.findChildren(QLabel) if label.buddy() is widget), None)
    if caption is not None:
        return caption.text().replace("&", "")
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def reached_by_keys(top: QWidget) -> list[QWidget]:
    """The inputs a keyboard reaches (shown, taking the focus), a box's own line edit left out."""
    return [w for w in top.findChildren(QWidget)
            if isinstance(w, INPUTS) and w.isVisibleTo(top) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]


@pytest.fixture
def everything_open(window, qtbot):
    """The window with a span selected, its three panels and the find bar open."""
    window.select_annotation(window.ann_model.rows()[0].id)
    for name in ("adjudication", "guide", "statistics"):
        window.docks.get(name).show()
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_bar.edit.isVisible)
    return window


def names(window) -> dict[QWidget, str]:
    inputs = reached_by_keys(window)
    assert len(inputs) >= 25  # the form's fields, the filters, three tables, the article, the panels' inputs
    assert window.text_view in inputs and window.table in inputs and window.find_bar.edit in inputs
    return {w: spoken_name(w, window) for w in inputs}


def test_every_input_of_the_window_has_a_name(everything_open):
    said = names(everything_open)
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w, name in said.items() if not name.strip()]
    assert unnamed == []
    form = everything_open.form
    assert said[form.note_edit] == "Note" and said[form.label_combo] == "Label"  # the caption beside it
    assert said[everything_open.text_view] == "Article"
    assert said[everything_open.table_filter.label_box] == "Filter by label"


def test_the_names_are_chinese_in_the_chinese_interface(everything_open, qapp, qtbot):
    from annotator.gui import i18n

    window = everything_open
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        qtbot.waitUntil(lambda: spoken_name(window.form.note_edit, window) == "备注")
        said = names(window)
        english = [f"{type(w).__name__} {w.objectName()}: {name!r}" for w, name in said.items() if not CJK.search(name)]
        assert english == []
        assert said[window.text_view] == "正文" and said[window.table] == "本文档的标注"
    finally:
        i18n.install_translator(qapp, "en")
    qtbot.waitUntil(lambda: spoken_name(window.text_view, window) == "Article")  # and back


def the_dialogs(window):
    from annotator.gui.dialogs.export_dialog import ExportDialog
    from annotator.gui.dialogs.label_editor import LabelEditorDialog
    from annotator.gui.dialogs.merge_dialog import MergeDialog
    from annotator.gui.dialogs.model_settings import ModelSettingsDialog
    from annotator.gui.dialogs.new_project import NewProjectDialog
    from annotator.gui.dialogs.restore_dialog import RestoreDialog
    from annotator.gui.dialogs.search_dialog import SearchDialog

    return [ExportDialog(window.store, window), LabelEditorDialog(window.store, window, ops=window.ops),
            SearchDialog(window.store, window), NewProjectDialog(window), MergeDialog(window),
            RestoreDialog(window.store.folder, window), ModelSettingsDialog(window.commands.model.settings(), window)]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_input_of_the_main_dialogs_has_a_name(window, qapp, qtbot, language):
    from annotator.gui import i18n

    assert i18n.install_translator(qapp, language)
    try:
        for dialog in the_dialogs(window):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            inputs = reached_by_keys(dialog)
            assert inputs, type(dialog).__name__
            said = {f"{type(dialog).__name__}: {type(w).__name__} {w.objectName()}": spoken_name(w, dialog)
                    for w in inputs}
            assert [where for where, name in said.items() if not name.strip()] == []
            if language == "zh_CN":  # in the interface's language (a key box's name holds the label's)
                assert [f"{where}: {name!r}" for where, name in said.items() if not CJK.search(name)] == []
            dialog.close()
    finally:
        i18n.install_translator(qapp, "en")
