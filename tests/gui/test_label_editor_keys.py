"""Project › Labels… by keyboard. Tab from the table passed every row's key box, each making its row the
selected one: a user who chose AMOUNT and tabbed on to Move up moved TARGET. Move up pressed by Space
then gave the keys to the moved label's key box (the next Space opened its list, not another move).
Tab now stops at the selected row's key box alone, and the keys stay on the button, or go to the
table once it greys at the top."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_export_dialog_keys import answer, in_dialog_once_shown

Alt = Qt.KeyboardModifier.AltModifier


def test_move_up_by_keyboard_moves_the_label_chosen_and_keeps_the_keys(window, store, qtbot):
    def walk(dialog, focused) -> list[object]:
        seen: list[object] = [focused is dialog.table]
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down):  # AMOUNT
            qtbot.keyClick(QApplication.focusWidget(), key)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())  # its row's key box
        for _ in range(4):  # Add label, Colour…, Delete label, Move up
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget() is dialog.up_button)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        seen.append([label.name for label in store.labels()])
        seen.append(QApplication.focusWidget() is dialog.up_button)  # the keys stay on the button
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # to the top: the button greys
        seen.append([label.name for label in store.labels()])
        seen.append(QApplication.focusWidget() is dialog.table)  # not a key box
        seen.append(dialog.table.currentRow())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        return seen

    done = in_dialog_once_shown(window, walk)
    qtbot.keyClick(window.text_view, Qt.Key.Key_P, Alt)  # Project › Labels…
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_L)
    qtbot.waitUntil(lambda: bool(done))
    (on_table, key_box, on_up, once, kept, twice, on_table_after, row) = answer(done)
    assert (on_table, key_box, on_up) == (True, "Key of AMOUNT", True)
    assert once == ["DISTRICT", "AMOUNT", "PROJECT", "TARGET"]  # AMOUNT moved, not TARGET
    assert kept
    assert twice == ["AMOUNT", "DISTRICT", "PROJECT", "TARGET"]
    assert (on_table_after, row) == (True, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    assert window.form.label_button("AMOUNT").text().startswith("3")  # its key kept, its place first


def test_tab_and_shift_tab_stop_at_the_selected_rows_key_box_alone(window, qtbot):
    def walk(dialog, focused) -> list[str]:
        qtbot.keyClick(focused, Qt.Key.Key_Down)  # PROJECT
        stops = []
        for _ in range(3):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            stops.append(QApplication.focusWidget().accessibleName() or QApplication.focusWidget().text())
        for _ in range(2):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
            stops.append(QApplication.focusWidget().accessibleName() or QApplication.focusWidget().text())
        stops.append(str(dialog.table.currentRow()))
        dialog.reject()
        return stops

    done = in_dialog_once_shown(window, walk)
    window.window_actions["labels"].trigger()
    qtbot.waitUntil(lambda: bool(done))
    assert answer(done) == ["Key of PROJECT", "&Add label", "&Colour…", "&Add label", "Key of PROJECT", "1"]
