"""What a pass over the Chinese window found wrong to the eye (and to the keyboard and a screen
reader), each checked as the user sees it."""
from __future__ import annotations

import pytest

from annotator.gui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def chinese(window, qtbot):
    window.commands.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.actions.menus["menu_project"].title() == "标注工程(&P)")
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
    labels = dialog.labels
    assert [labels.item(i).text() for i in range(4)] == ["地区", "项目", "金额", "目标"]
    assert not labels.verticalScrollBar().isVisible()
    assert labels.visualItemRect(labels.item(3)).bottom() < labels.viewport().height()
    coders = dialog.annotators
    assert coders.item(0).text().startswith("—（无标注者")
    assert coders.visualItemRect(coders.item(coders.count() - 1)).bottom() < coders.viewport().height()
