"""What a pass over the Chinese window found wrong to the eye (and to the keyboard and a screen
reader), each checked as the user sees it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from annotator.gui.dialogs.export_dialog import ExportDialog
from tests.gui.app_start import application_font


@pytest.fixture
def chinese(window, qtbot):
    window.commands.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() == "标注工程(&P)")
    return window


def test_the_chinese_export_dialog_shows_the_four_labels_whole(chinese, store, qtbot):
    """The labels' list was made as tall as four English rows; their Chinese names (地区 …) are drawn
    in a taller font, so the fourth, 目标, was cut in half under a scroll bar."""
    doc = store.document_id_by_name("a.txt")
    for coder in ("ann", "bo"):
        store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    dialog = ExportDialog(chinese.store, chinese)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.annotators.count() > 0)  # read off the window's thread
    labels = dialog.labels
    assert [labels.item(i).text() for i in range(4)] == ["地区", "项目", "金额", "目标"]
    assert not labels.verticalScrollBar().isVisible()
    assert labels.visualItemRect(labels.item(3)).bottom() < labels.viewport().height()
    coders = dialog.annotators
    assert coders.item(0).text().startswith("—（无标注者")
    assert coders.visualItemRect(coders.item(coders.count() - 1)).bottom() < coders.viewport().height()


@pytest.fixture
def large_font(qapp):
    with application_font(18) as font:
        yield font


def test_at_a_large_font_the_export_dialog_s_note_on_the_coders_is_below_their_list(large_font, chinese, store,
                                                                                    qtbot):
    """At 18 pt the note under the coders' list (已勾选 4 名标注者：…) was given the height of fewer lines
    than it wraps to and was drawn over the list, hiding its last coder; now it is below, whole."""
    doc = store.document_id_by_name("a.txt")
    for coder in ("ann", "bo", "cy"):
        store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    dialog = ExportDialog(chinese.store, chinese)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.annotators.count() > 0)  # read off the window's thread
    note, coders = dialog.selection, dialog.annotators
    assert note.text().startswith("已勾选 4 名标注者")
    qtbot.waitUntil(lambda: note.geometry().top() >= coders.geometry().bottom())
    assert note.height() >= note.heightForWidth(note.width())  # every line of it
    coders.item(1).setCheckState(Qt.CheckState.Unchecked)  # a shorter note, then a longer one again
    coders.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))
    assert note.geometry().top() >= coders.geometry().bottom()


def test_what_tab_stops_at_in_the_statistics_and_three_dialogs_has_a_chinese_name(chinese, store, qtbot, tmp_path):
    """A screen reader said nothing where Tab stopped on the Statistics panel's body (it takes the focus, so
    that the arrow keys scroll it), on the Methods paragraph's text, on the folder an opened package is
    unpacked into, and on the coders' agreement table; each now has its name, in Chinese."""
    from annotator.core.team.agreement import project_agreement
    from annotator.gui.dialogs.agreement_dialog import AgreementDialog
    from annotator.gui.dialogs.methods_dialog import MethodsDialog
    from annotator.gui.dialogs.unpack_dialog import UnpackDialog
    from tests.gui.test_accessible_names import spoken_name

    doc = store.document_id_by_name("a.txt")
    for coder in ("ann", "bo"):
        store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    stats = chinese.docks.get("statistics")
    stats.show()
    body = stats.widget()
    assert body.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert spoken_name(body, chinese) == "统计"
    methods = MethodsDialog("本工程共有 3 篇文档。", chinese)
    package = UnpackDialog(tmp_path / "李明.zip", tmp_path / "李明", chinese)
    agreement = AgreementDialog(project_agreement(chinese.store), chinese)
    for dialog, field, name in ((methods, methods.text, "方法段落"), (package, package.path, "将 李明.zip 解压到"),
                                (agreement, agreement.table, "一致性")):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert field.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert spoken_name(field, dialog).startswith(name), type(dialog).__name__


def test_tab_in_the_methods_paragraph_goes_to_copy_then_close_as_they_are_drawn(chinese, qtbot):
    """Tab went from the paragraph to 关闭 (Close, on the right) and only then back left to 复制 (Copy)."""
    from annotator.gui.dialogs.methods_dialog import MethodsDialog
    from tests.gui.conftest import show_active

    dialog = show_active(qtbot, MethodsDialog("本工程共有 3 篇文档。", chinese))
    dialog.text.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
    reached = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().text())
    assert reached == ["复制(&C)", "关闭"]
    assert dialog.copy_button.x() < dialog.buttons.button(dialog.buttons.StandardButton.Close).x()


def test_at_a_large_font_the_link_list_opens_as_large_as_its_rows_need(chinese, qtbot):
    """At 20 pt the list of spans to link to (Ctrl+L) opened at 760×360, as at the usual font: the
    question above it took two lines and it listed a row and a half; now it opens as many lines tall,
    its choices whole, inside the screen."""
    font = QFont(QApplication.font())
    font.setPointSize(20)
    QApplication.setFont(font)  # (given back by conftest's application_as_before)
    chinese.open_document(chinese.store.document_id_by_name("a.txt"))
    amount = next(a for a in chinese.ann_model.annotations() if a.label == "AMOUNT")
    chinese.select_annotation(amount.id)
    chinese.text_view.setFocus()
    qtbot.keyClick(chinese.text_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    linking = chinese.linking
    qtbot.waitUntil(lambda: getattr(linking, "chooser", None) is not None and linking.chooser.isVisible())
    chooser = chinese.linking.chooser
    choices = chooser.list
    assert choices.topLevelItemCount() >= 2 and chooser.count.text().endswith("个标注，最近的在前")
    last = choices.topLevelItem(choices.topLevelItemCount() - 1)
    qtbot.waitUntil(lambda: choices.visualItemRect(last).bottom() < choices.viewport().height())
    room = chooser.screen().availableGeometry()
    assert chooser.width() <= room.width() and chooser.height() <= room.height()
    chooser.reject()


def test_at_a_large_font_the_labels_dialog_shows_names_and_colours_whole(large_font, chinese, qtbot):
    """At 18 pt Project › Labels… showed "地区 …" and "#4e7…": its name and colour columns kept the
    usual font's width; now they are as wide as their cells."""
    from annotator.gui.dialogs.label_editor import COLOR, NAME, LabelEditorDialog

    dialog = LabelEditorDialog(chinese.store, chinese, ops=chinese.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.item(0, NAME).text() == "地区 (DISTRICT)" and table.item(0, COLOR).text() == "#4e79a7"
    for column in (NAME, COLOR):
        cells = max(table.fontMetrics().horizontalAdvance(table.item(r, column).text()) for r in range(4))
        assert table.columnWidth(column) >= max(cells + 4, table.sizeHintForColumn(column)), column  # and margins
