"""Project › Coding team › Coders… by keyboard: Tab went from the list to Close, then to Add…, though
the buttons are drawn Add…, Remove, Close. Tab now follows them as drawn (Shift+Tab back)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from annotator.core.store import Store
from annotator.gui.dialogs.coders_dialog import CodersDialog
from tests.gui.conftest import build_project
from tests.team_layers import merged_copy


def test_tab_goes_from_the_list_through_the_buttons_as_drawn(tmp_path, qtbot):
    folder = build_project(tmp_path / "team")
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        merged_copy(store, "li", doc, [(0, 2, "DISTRICT", {})])
        dialog = CodersDialog(store, own="tester")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        table = dialog.table
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        qtbot.keyClick(table, Qt.Key.Key_Space)  # li chosen: Remove takes the keys too
        assert dialog.chosen() == ["li"] and dialog.remove_button.isEnabled()
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        drawn = sorted((dialog.add_button, dialog.remove_button, close),
                       key=lambda b: b.mapTo(dialog, b.rect().center()).x())
        assert drawn == [dialog.add_button, dialog.remove_button, close]
        reached: list = []
        for _ in drawn:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        assert reached == drawn
        for button in reversed(drawn[:-1]):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            assert QApplication.focusWidget() is button
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is table
        dialog.close()
