"""What a newcomer who has not read the README finds in the window: Help › First steps… (the way from
reports to a workbook, with its keys) and Help › Annotation guide (what F1 shows), where the Help menu
held only the demo and About; a tooltip on the form's rows named in the program's own words (Origin,
Reason, Jurisdiction …) and on the icons of a panel's title bar, which had none; in English and Chinese."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from annotator.gui import messages

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def chinese(window, qtbot):
    window.commands.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.window_actions.menus["menu_help"].title() == "帮助(&H)")
    yield
    window.commands.set_language("en")


def help_entry(window, text: str):
    return next(a for a in window.window_actions.menus["menu_help"].actions() if a.text() == text)


def shown_box(window, monkeypatch, entry) -> tuple[str, str]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _p, title, text, *_a: said.append((title, text)))
    help_entry(window, entry).trigger()
    assert len(said) == 1
    return said[0]


def test_help_first_steps_names_each_step_and_its_key(window, monkeypatch):
    title, text = shown_box(window, monkeypatch, "&First steps…")
    assert title == "First steps"
    for step in ("Ctrl+N", "Ctrl+I", "F5", "N goes to the next suggestion", "A or Enter", "X rejects", "1–4",
                 "Ctrl+D", "Ctrl+E", "F1"):
        assert step in text


def test_help_first_steps_in_chinese(window, monkeypatch, chinese):
    title, text = shown_box(window, monkeypatch, "入门步骤(&F)…")
    assert title == "入门步骤" and text.startswith("从您的报告到 Excel 工作簿：")
    assert "X 拒绝" in text and "Project" not in text


def test_help_annotation_guide_shows_the_guide_as_f1_does(window, qtbot):
    help_entry(window, "Annotation &guide (F1)").trigger()
    qtbot.waitUntil(lambda: window.guide.isVisible())
    assert window.guide.view.hasFocus()


def test_the_form_says_what_its_rows_in_the_programs_words_hold(window, qtbot):
    captions = window.form._captions
    assert "rule of the program" in captions["origin"].toolTip()
    assert "model's confidence" in captions["reason"].toolTip()
    assert "of the document, not of this span" in captions["jurisdiction"].toolTip()
    assert "Ctrl+L" in captions["links"].toolTip()
    assert captions["note"].toolTip() == ""  # a plain word needs none


def test_the_forms_row_tooltips_in_chinese(window, chinese):
    captions = window.form._captions
    assert captions["origin"].text() == "来源" and captions["origin"].toolTip().startswith("标注由谁或由什么产生")
    assert captions["jurisdiction"].toolTip().startswith("整篇文档所报告的地区")


def title_buttons(panel) -> dict[str, str]:
    return {b.objectName(): b.toolTip() for b in panel.findChildren(QAbstractButton)
            if b.objectName().startswith("qt_dockwidget_")}


def test_a_panels_title_bar_icons_say_what_they_do(window, qtbot, chinese):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide.isVisible())
    assert title_buttons(window.guide) == {"qt_dockwidget_floatbutton": "把面板移出为独立窗口（双击其标题栏可放回）",
                                           "qt_dockwidget_closebutton": "关闭面板（按 F1 可再次显示）"}
    window.commands.set_language("en")
    qtbot.waitUntil(lambda: title_buttons(window.guide)["qt_dockwidget_closebutton"] == "Close the panel (F1 shows "
                                                                                         "it again)")
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.statistics.isVisible())
    said = title_buttons(window.statistics)
    assert said["qt_dockwidget_closebutton"] == "Close the panel (Ctrl+Shift+S shows it again)"
    assert said["qt_dockwidget_floatbutton"].startswith("Float the panel")
