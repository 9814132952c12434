"""The print dialog of Project › Print… (Ctrl+P) said "Page &Set:" in the Chinese window: Qt 6.11's own
Chinese has "Page Set:" (页面组：) but not the label with its key. Now every label, box and tab of the
dialog, its options shown, speaks Chinese."""
from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QTabWidget

from tests.gui.test_window_qa_zh import chinese  # noqa: F401  (a fixture)


def _texts(dialog) -> list[str]:
    found = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    found += [w.title() for w in dialog.findChildren(QGroupBox)]
    found += [t.tabText(i) for t in dialog.findChildren(QTabWidget) for i in range(t.count())]
    found += [b.itemText(i) for b in dialog.findChildren(QComboBox) for i in range(b.count())]
    return [t for t in found if t]


def test_the_print_dialog_of_ctrl_p_speaks_chinese(chinese, qtbot):  # noqa: F811
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, look)
            return
        try:
            for button in dialog.findChildren(QAbstractButton):
                if ">>" in button.text():  # 选项(&O) >>: the copies, the page set, the duplex
                    button.click()
            seen.extend(_texts(dialog))
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    chinese.window_actions["print"].trigger()
    assert any(t.startswith("份数") for t in seen), seen  # its options shown
    english = [t for t in seen if re.search(r"[A-Za-z]{3,}", re.sub(r"PDF|\(&\w\)", "", t))]
    assert not english, english
