"""A keyboard user's pass over the window in Chinese (1024×600 and 1920×1080): what it found.

- A project just opened, no span chosen yet: the form's rows scrolled in a 1920×1080 window,
  the last row's caption (理由) cut in half, until a span was selected (the rows the project's
  labels added never reached the column's share of the height).
- Tab in the backups' table (Restore from a backup…) and in the labels' table (Labels…) walked
  their cells for ever: the buttons could not be reached by Tab, nor a label's key box.
- Enter in the export dialog's file field opened the file chooser (选择…, the first button in
  the focus chain, made default when shown) instead of exporting; Enter in the labels' table
  added a label (添加标签, default the same way) instead of closing the dialog. Tab reached its
  Close before Export, drawn left of it.
- The file chooser of Import files… (Ctrl+I), Open project…, Export… said "Look in:", "Files of
  type:" and "Folder" in Chinese: Qt's own Chinese lacks them (``gui/qt_words.py``).
- The reasons of suggestions on the shared reports showed English in the form and the tooltips
  (项目：rated 4A级景区, named so elsewhere in the document, 简称 宜州 of 宜州市, the former name this
  text uses…), and "listed as 等项目 (model p=0.98)" came out as 后接“等项目（模型” p=0.98）.
- In a short window (1024×600) the form's scrolled rows ended under a caption (理由) whose field
  beside it wraps: the reason's second line was cut in half.
- Esc gave the article the keys back from a field, a choice box and the document list, but not
  from the form's buttons, the annotation table, the text filter's button or the list's check box
  reached by Tab.
- Edit › Accept all in this document / in the project, Reject all …: the four submenus had no
  letter, so Alt+E could not reach them by key (接受本文档中的全部(&C) … now).
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMenu, QPushButton, QWidget

from annotator.core.models import Suggestion
from annotator.core.store import Store
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.label_editor import LabelEditorDialog
from annotator.gui.dialogs.restore_dialog import RestoreDialog
from tests.gui.conftest import add_document, show_active


def _settle(qtbot, window, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() >= size[1])
    for _ in range(3):  # the deferred fits of the docks and the column
        QApplication.processEvents()


def test_a_project_just_opened_shows_the_whole_form_in_a_tall_window(window, qtbot):
    _settle(qtbot, window, (1920, 1080))
    assert window.selected_id is None and window.form.annotation() is None  # nothing chosen yet
    area = window.form.fields_area
    assert area.verticalScrollBar().maximum() == 0, (area.height(), area.widget().height())
    assert area.height() >= area.widget().minimumSizeHint().height()


def _tab_from(qtbot, table) -> object:
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_backups_table_for_the_buttons(window, qtbot):
    window.session_backup.wait()  # the session's backup: one row
    dialog = show_active(qtbot, RestoreDialog(window.store.folder, window))
    assert dialog.table.rowCount() >= 1
    dialog.table.setCurrentCell(0, 0)
    reached = _tab_from(qtbot, dialog.table)
    assert isinstance(reached, QPushButton) and reached.window() is dialog, reached


def test_tab_leaves_the_labels_table_for_its_rows_key_then_the_buttons_and_enter_there_adds_no_label(window, qtbot):
    dialog = show_active(qtbot, LabelEditorDialog(window.store, window, ops=window.ops))
    before = [label.name for label in window.store.labels()]
    dialog.table.setCurrentCell(0, 3)
    reached = _tab_from(qtbot, dialog.table)
    assert reached is dialog.table.cellWidget(0, 2)  # the first label's key, chosen by keyboard
    qtbot.keyClick(reached, Qt.Key.Key_5)
    with Store.open(window.store.folder) as store:
        assert store.labels()[0].shortcut == "5"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the selected row's key alone (test_label_editor_keys)
    assert QApplication.focusWidget() is dialog.add_button
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    with Store.open(window.store.folder) as store:
        assert [label.name for label in store.labels()] == before
    assert dialog.table.rowCount() == len(before)


def test_enter_in_the_export_dialogs_file_field_exports(window, qtbot, tmp_path):
    dialog = show_active(qtbot, ExportDialog(window.store, window))
    chosen: list[str] = []
    dialog.pick_path = lambda suggested: chosen.append(suggested) or ""
    out = tmp_path / "out.jsonl"
    dialog.path.setText(str(out))
    dialog.path.setFocus()
    qtbot.waitUntil(dialog.path.hasFocus)
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(out.exists)
    assert chosen == [] and dialog.result_line.text()


def test_tab_in_the_export_dialog_goes_from_the_file_to_export_then_close(window, qtbot):
    dialog = show_active(qtbot, ExportDialog(window.store, window))
    dialog.browse.setFocus()
    qtbot.waitUntil(dialog.browse.hasFocus)
    reached = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    close = dialog.buttons.button(dialog.buttons.StandardButton.Close)
    assert reached == [dialog.export_button, close]
    assert dialog.export_button.x() < close.x()  # drawn in that order


@pytest.fixture
def chinese(window, qtbot):
    window.commands.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() == "标注工程(&P)")
    yield window
    window.commands.set_language("en")


def test_the_file_chooser_of_ctrl_i_speaks_chinese(chinese, qtbot, tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "report.txt").write_text("河池市", encoding="utf-8")
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        try:
            dialog.setDirectory(str(tmp_path))
            view = dialog.findChild(QWidget, "treeView")
            model = view.model()

            def kinds() -> dict[str, str]:
                root = view.rootIndex()
                return {model.index(r, 0, root).data(): model.index(r, 2, root).data()
                        for r in range(model.rowCount(root))}

            qtbot.waitUntil(lambda: "articles" in kinds())
            seen["labels"] = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
            seen["kinds"] = list(kinds().values())
            qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        finally:
            dialog.reject()  # a failed look must not leave the modal chooser open

    QTimer.singleShot(0, look)
    qtbot.keyClick(chinese.text_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    # Qt's own Chinese: "查找范围(&L)：" from Qt 6.11, "查找范围：" (no key) in 6.9 and 6.10
    plain = [re.sub(r"\(&\w\)", "", t).replace("&", "") for t in seen["labels"]]
    assert "查找范围：" in plain and "文件类型：" in plain, seen
    assert not [t for t in seen["labels"] if re.search(r"[A-Za-z]{3,}", t)], seen
    assert "文件夹" in seen["kinds"], seen


# reasons the suggesters stored on the shared reports (name, reason), the span being the name
REASONS = [
    ("希玛生物DHA微藻", "rule+model: project: listed as 等项目 (model p=0.98)"),
    ("东实大洋电机", "rule+model: project: listed as being built (model p=0.98)"),
    ("兰花物流园区", "rule+model: project: listed as 等园区, one head shared (model p=0.86)"),
    ("离岸科创中心", "rule+model: project: head 中心, its head shared by the list before it (model p=0.83)"),
    ("玄岳大道城区段", "rule+model: project: listed beside 209国道垭子至大川段 (model p=1.00)"),
    ("矿山湿地公园", "rule+model: project: named so elsewhere in the document (model p=1.00)"),
    ("炎帝陵", "rule+model: project: rated 4A级景区 (model p=0.83)"),
    ("汉江铝业电池铝箔", "rule+model: project: subject of 建成投产 (model p=0.98)"),
    ("省运会", "rule+model: project: event hosted (运会) (model p=0.97)"),
    ("宜州", "rule+model: gazetteer: 宜州区 451203 (short form 宜州 of 宜州市, the former name this text uses) "
             "(model p=1.00)"),
    ("庙坪至双河公路", "project: road between two places"),
    ("G350城区连接线", "project: road by its code"),
]


def test_the_reasons_of_suggestions_on_the_reports_are_said_in_chinese(chinese, store, qtbot):
    w = chinese
    text = "。".join(name for name, _reason in REASONS) + "。"
    doc = add_document(store, "reasons.txt", text)
    store.add_suggestions(doc, [Suggestion(text.index(name), text.index(name) + len(name),
                                           "DISTRICT" if name == "宜州" else "PROJECT", name, value={},
                                           confidence=0.8, reason=reason, origin="test")
                                for name, reason in REASONS])
    qtbot.keyClick(w.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.doc_model.reading())  # the list read by a worker
    w.open_document(doc)
    w.text_view.setFocus()
    shown = {}
    for _ in REASONS:
        qtbot.keyClick(w.text_view, Qt.Key.Key_N)
        span = w.form.annotation()
        shown[span.text] = w.form.reason_label.text()
        assert span.document_id == doc and w.text_view._tip(span).endswith(shown[span.text])
    assert set(shown) == {name for name, _reason in REASONS}
    english = {name: said for name, said in shown.items()
               if re.search(r"[A-Za-z]{3,}", said.replace("DHA", "").replace("G350", ""))}
    assert english == {}
    assert shown["希玛生物DHA微藻"] == "规则与模型一致：项目：并列列举，后接“等项目”（模型 p=0.98）"


def test_a_short_window_never_cuts_a_wrapped_field_beside_a_whole_caption(chinese, store, qtbot):
    w = chinese
    text = "河池市计划投资5亿元。"
    doc = add_document(store, "long_reason.txt", text)
    reason = "rule+model: gazetteer: 河池市 451200 " + " ".join(f"(title: 河池市 4512{i:02d})" for i in range(8))
    store.add_suggestions(doc, [Suggestion(0, 3, "DISTRICT", "河池市", value={}, confidence=0.8, reason=reason,
                                           origin="test")])
    qtbot.keyClick(w.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.doc_model.reading())  # the list read by a worker
    w.open_document(doc)
    w.text_view.setFocus()
    qtbot.keyClick(w.text_view, Qt.Key.Key_N)
    area = w.form.fields_area
    fields = area.widget()
    _settle(qtbot, w, (1024, 760))
    assert w.form.reason_label.height() > 2 * w.form.reason_label.fontMetrics().height()  # it wraps
    halved = []
    for height in range(560, 760, 3):
        _settle(qtbot, w, (1024, height))
        bottom = area.verticalScrollBar().value() + area.viewport().height()
        halved += [(height, type(c).__name__) for c in fields.findChildren(QWidget)
                   if c.parent() is fields and not c.isHidden() and c.y() < bottom < c.y() + c.height()]
    assert halved == []


def test_esc_on_a_button_or_in_the_annotation_table_gives_the_article_the_keys(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # a span: the form's buttons are enabled
    _settle(qtbot, window, (1024, 600))  # the text filter a button there
    places = [window.form.accept_button, window.form.reject_button, window.table,
              window.findChild(QWidget, "textFilterButton"), window.panel.open_only]
    assert all(place.isVisible() for place in places)
    for place in places:
        place.setFocus()
        qtbot.waitUntil(lambda place=place: QApplication.focusWidget() is place, timeout=1000)
        qtbot.keyClick(place, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is window.text_view, place
    shown = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # the keys work on from there
    assert window.selected_id not in (None, shown)


@pytest.mark.parametrize("key, title", [(Qt.Key.Key_C, "接受本文档中的全部(&C)"),
                                        (Qt.Key.Key_E, "拒绝本文档中的全部(&E)"),
                                        (Qt.Key.Key_I, "接受整个标注工程中的全部(&I)"),
                                        (Qt.Key.Key_H, "拒绝整个标注工程中的全部(&H)")])
def test_alt_e_and_a_letter_open_each_accept_or_reject_all_submenu(chinese, qtbot, key, title):
    w = chinese
    edit = w.window_actions.menus["menu_edit"]
    w.text_view.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(edit.isVisible)
    qtbot.keyClick(edit, key)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu)
                    and QApplication.activePopupWidget() is not edit)
    opened = QApplication.activePopupWidget()
    try:
        assert opened.title() == title
        assert [a.text() for a in opened.actions() if a.text()][:4] == ["地区", "项目", "金额", "目标"]
    finally:
        opened.close()
        edit.close()
