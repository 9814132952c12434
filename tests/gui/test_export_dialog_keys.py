"""Ctrl+E opened the Export dialog with the keys on the scroll area around its options: no frame
showed where they were, a screen reader said nothing, and Down (to choose another format) scrolled
nothing; Tab went there again after Close. The dialog now opens with the keys on its Format box."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

Ctrl = Qt.KeyboardModifier.ControlModifier


def in_dialog_once_shown(window: QWidget, step) -> list[object]:
    """``step(dialog, focused)`` run once the modal dialog is shown and has the keys; what it returned (or
    raised), the dialog closed after it in any case."""
    done: list[object] = []

    def run() -> None:
        dialog, focused = QApplication.activeModalWidget(), QApplication.focusWidget()
        if dialog in (None, window) or QApplication.activeWindow() is not dialog or (
                focused is None or focused.window() is not dialog):
            QTimer.singleShot(5, run)
            return
        try:
            done.append(step(dialog, focused))
        except Exception as e:  # said by the test, not a dialog left open (the test hung)
            done.append(e)
        finally:
            while QApplication.activePopupWidget() is not None:  # a list a key opened in it
                QApplication.activePopupWidget().close()
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return done


def answer(done: list[object]) -> Any:
    """What the step in the dialog returned; what it raised, raised here."""
    if isinstance(done[0], Exception):
        raise done[0]
    return done[0]


def test_ctrl_e_opens_on_the_format_and_down_then_enter_exports_in_the_next_one(window, qtbot, sync_tasks):
    from annotator.gui.dialogs.export_dialog import ExportDialog

    def choose_and_export(dialog: ExportDialog, focused: QWidget) -> tuple[object, ...]:
        first = (focused is dialog.format,)
        qtbot.keyClick(focused, Qt.Key.Key_Down)  # the next format
        chosen, path = dialog.format.currentText(), Path(dialog.path.text())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: Export
        said = dialog.result_line.text()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        return (*first, chosen, path, said)

    done = in_dialog_once_shown(window, choose_and_export)
    qtbot.keyClick(window.text_view, Qt.Key.Key_E, Ctrl)
    qtbot.waitUntil(lambda: bool(done))
    on_format, chosen, path, said = answer(done)
    assert on_format
    assert chosen != "Excel workbook (.xlsx)" and path.suffix != ".xlsx"  # Down chose the next format
    assert path.is_file() and str(path) in said
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)


def test_tab_goes_round_the_export_dialog_from_named_option_to_named_option(window, qtbot):
    from tests.gui.test_accessible_names import spoken_name

    def round_trip(dialog, focused: QWidget) -> list[tuple[str, str]]:
        reached = [focused]
        for _ in range(20):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is focused:
                break
            reached.append(QApplication.focusWidget())
        said = [(type(w).__name__, spoken_name(w, dialog)) for w in reached]
        dialog.reject()
        return said

    done = in_dialog_once_shown(window, round_trip)
    qtbot.keyClick(window.text_view, Qt.Key.Key_E, Ctrl)
    qtbot.waitUntil(lambda: bool(done))
    said = answer(done)
    assert said[0] == ("QComboBox", "Format")  # the first stop, and again after Close
    assert [kind for kind, name in said if not name] == []  # every stop is named (the area was not)
    assert ("QPushButton", "Close") in said and len(said) >= 8
