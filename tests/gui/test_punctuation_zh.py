"""What the window in Chinese wrote with Latin punctuation, or named by words it did not show:

- a message box's button to its details read "显示详情..." (Qt's own Chinese: three full stops, where every
  other button of the window ends in "…"), and a long box's last line sent the reader to "显示详细信息",
  a button the box did not have;
- the status bar after Run suggestions joined what was added and the model that made it with a Latin
  " — " ("… 目标 27） — 使用随程序附带的模型"), where its other line writes "—— 按 N 转到下一条";
- the Statistics panel headed the project's table "整个标注工程 — 文档 3 篇", beside "本文档：hechi.docx";
- the name dialog asked for the name "随您标注或审核的每一条记录保存" while Preferences says of the same
  name "随您标注或审阅的每个标注一并保存" (审阅 throughout the window);
- Preferences headed its first section "您"."""
from __future__ import annotations

import types

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from annotator.gui.i18n import install_translator


@pytest.fixture
def chinese(qapp):
    assert install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


def test_the_details_button_is_the_one_a_long_box_names_and_ends_in_a_chinese_ellipsis(chinese, qtbot):
    box = QMessageBox(QMessageBox.Icon.Information, "导入", "已导入 3 篇文档")
    box.setDetailedText("第一行\n第二行")
    qtbot.addWidget(box)
    button, = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert button.text() == "显示详情…"
    hint = QCoreApplication.translate("Messages", "… {0} more line(s): Show Details").format(4)
    assert f"“{button.text().rstrip('…')}”" in hint, hint
    assert QCoreApplication.translate("QMessageBox", "Hide Details...") == "隐藏详情…"


def test_the_status_line_after_suggesting_joins_its_parts_with_a_chinese_dash(chinese):
    from annotator.gui.model_suggested import suggested_line

    report = types.SimpleNamespace(lines=lambda: ["imported 1 document(s)"])
    line = suggested_line(report, "seed")
    assert line == "已导入 1 篇文档 —— 使用随程序附带的模型", line


def test_the_statistics_panel_heads_the_project_as_it_heads_the_document(window, qtbot, chinese):
    from tests.gui.conftest import open_text

    open_text(window, window.store, qtbot, "厦门市湖里区计划投资55.1亿元建设松元产业园。\n", name="a.txt")
    window.text_view.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, ctrl_shift)  # Statistics
    panel = window.statistics
    qtbot.waitUntil(lambda: panel.isVisible() and panel.project_title.text() != "")
    assert panel.doc_title.text().startswith("本文档：")
    assert panel.project_title.text().startswith("整个标注工程：文档 "), panel.project_title.text()
    assert "—" not in panel.project_title.text()


def test_the_name_dialog_says_review_as_preferences_does(chinese):
    asked = QCoreApplication.translate("NameDialog", "Your name, saved with every span you make or review:")
    assert asked == "您的姓名，随您标注或审阅的每个标注一并保存：", asked


def test_the_preferences_sections_are_headed_by_nouns(window, qtbot, chinese):
    """The first section of the preferences (Edit › Preferences…) was headed "您" ("you"), above 界面 and 正文."""
    from annotator.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    titles = [section.title() for section in dialog.sections]
    assert titles == ["用户", "界面", "正文", "审阅", "导入"], titles
