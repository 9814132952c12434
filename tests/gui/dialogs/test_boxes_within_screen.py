"""A QMessageBox breaks lines only between words: an error, a warning, a note, a question or About naming a
path without spaces (a project folder, a backup, an imported file) in the Chinese window at 18 pt was as
wide as the screen (800 px here) and went past its right edge, the path cut there. Each box now wraps its
text within the screen, all of it shown, the path copied as it is (no break added), its keys kept."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextEdit

from annotator.gui import messages
from annotator.gui.dialogs import errors

NAME = "hechi_government_work_reports_2010_2020_annotation_project_shared_by_the_team"
PATH = f"/mnt/shared/{NAME}/backups/{NAME}_auto-20261201-052708.sqlite"[:200]
TEXT = f"无法打开工程文件夹，因为该文件夹不存在或者没有读取权限，请检查路径后再试一次：{PATH}"


def whole_text_shown(box: QMessageBox) -> bool:
    """The text's widget shows all of it: no word wider than the label, or nothing scrolled out of view."""
    view = box.findChild(QTextEdit, "messageText")
    if view is None:
        label = box.findChild(QLabel, "qt_msgbox_label")
        return label.minimumSizeHint().width() <= label.width()
    return (view.horizontalScrollBar().maximum() == 0 and view.verticalScrollBar().maximum() == 0
            and view.document().size().height() <= view.viewport().height()
            and view.toPlainText() == TEXT)


def looked_at(qtbot, key: Qt.Key) -> list[tuple]:
    """What the modal box showed once it had the keys; then ``key`` pressed on it."""
    seen: list[tuple] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or QApplication.activeWindow() is not box:
            QTimer.singleShot(5, look)
            return
        room = box.screen().availableGeometry()
        seen.append((box.frameGeometry(), room, whole_text_shown(box), box.text(), box))
        qtbot.keyClick(QApplication.focusWidget(), key)

    QTimer.singleShot(0, look)
    return seen


@pytest.mark.parametrize("kind", ["error", "warning", "information", "question", "about"])
def test_a_box_naming_a_long_path_in_chinese_at_18_pt_is_within_the_screen_all_of_it_shown(
        window, qtbot, monkeypatch, kind):
    monkeypatch.setattr(errors, "HOOKS", [])
    font = QFont(QApplication.font())
    font.setPointSize(18)
    QApplication.setFont(font)  # (given back by conftest's application_as_before)
    window.commands.set_language("zh_CN")
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    seen = looked_at(qtbot, Qt.Key.Key_Escape if kind == "question" else Qt.Key.Key_Return)
    answer = {"error": lambda: errors.show_error(window, "错误", TEXT, "details"),
              "warning": lambda: messages.warning(window, "警告", TEXT),
              "information": lambda: messages.information(window, "信息", TEXT),
              "question": lambda: messages.confirmed(window, "请确认", TEXT),
              "about": lambda: messages.about(window, "关于", TEXT)}[kind]()
    [(frame, room, whole, text, _box)] = seen
    assert frame.width() <= room.width(), (frame, room)
    assert whole and text == TEXT
    assert answer is (False if kind == "question" else None)  # Esc: No; Enter: OK closed it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)  # the keys back where they were


def test_the_path_is_copied_as_it_is_and_show_details_keeps_the_box_within_the_screen(window, qtbot, monkeypatch):
    monkeypatch.setattr(errors, "HOOKS", [])
    font = QFont(QApplication.font())
    font.setPointSize(18)
    QApplication.setFont(font)
    window.commands.set_language("zh_CN")
    seen: list[tuple] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, look)
            return
        try:
            view = box.findChild(QTextEdit, "messageText")
            view.selectAll()
            view.copy()
            details, = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
            details.click()
            QApplication.processEvents()
            shown = [t.toPlainText() for t in box.findChildren(QTextEdit) if t.isVisible() and t is not view]
            seen.append((QApplication.clipboard().text(), shown, box.frameGeometry(),
                         box.screen().availableGeometry()))
        finally:
            box.accept()

    QTimer.singleShot(0, look)
    errors.show_error(window, "错误", TEXT, f"Traceback …\n{PATH}")
    [(copied, details, frame, room)] = seen
    assert details == [f"Traceback …\n{PATH}"]
    assert copied == TEXT and "\u200b" not in copied
    assert frame.width() <= room.width(), (frame, room)
