"""Edit › Preferences… (Ctrl+,): the user's settings that were spread over the View, Edit and Project
menus in one dialog, each control applied through its menu entry — the menu's check mark, the
setting and what the window shows follow; OK applies, Apply applies and stays, Cancel leaves what
was not applied as it was; what was applied is there at the next start."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox

from annotator.gui.dialogs.preferences import PreferencesDialog
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings

Ctrl = Qt.KeyboardModifier.ControlModifier
Button = QDialogButtonBox.StandardButton
CHECKS = ("show_rejected", "snap", "next_after_decision", "suggest_on_import", "keep_lines_on_import")


def with_preferences(window, qtbot, act: Callable[[PreferencesDialog], None]) -> None:
    """Ctrl+, opens the dialog; ``act`` runs in it once it has the keys, and closes it (a click on OK,
    Cancel, or Esc). The dialog is modal: the key returns when it is closed."""
    ran: list[bool] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(5, run)
            return
        try:
            act(dialog)
        finally:
            ran.append(True)
            if dialog.isVisible():  # (a failed check: closed, so that the test ends)
                dialog.reject()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # (back from a dialog before: a moment after)
    QTimer.singleShot(0, run)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Comma, Ctrl)
    assert ran == [True]


def click(qtbot, widget) -> None:
    """A click on a button, on a check box's box (its row is wider than its text)."""
    at = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(field, text)


def a_rejected_span(window, qtbot) -> int:
    """N, then X: a suggestion rejected, hidden from the table (Show rejected spans is off)."""
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    span = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_X)
    assert span not in shown_rows(window)
    return span


def shown_rows(window) -> set[int]:
    proxy = window.ann_proxy
    return {window.ann_model.rows()[proxy.mapToSource(proxy.index(r, 0)).row()].id for r in range(proxy.rowCount())}


def state(window) -> tuple:
    """What the dialog may change: the settings, the menus' check marks, the article's text size."""
    s = window.settings
    return (s.annotator_name, s.language, s.article_font_size(), window.text_view.font().pointSize(),
            *(getattr(s, o) for o in ("show_rejected", "snap_to_words", "next_after_decision", "suggest_on_import",
                                      "keep_lines_on_import")),
            *(window.window_actions[name].isChecked() for name in (*CHECKS, "english", "chinese")))


def change_everything(dialog, qtbot) -> None:
    type_into(qtbot, dialog.name, "Wang Fang")
    type_into(qtbot, dialog.font_size, "18")
    for name in CHECKS:
        click(qtbot, dialog.checks[name])


def test_ok_applies_through_the_menus(window, qtbot):
    span = a_rejected_span(window, qtbot)
    assert window.window_actions["preferences"].text() == "Preferences…"
    assert "Preferences…" in [a.text() for a in window.window_actions.menus["menu_edit"].actions()]

    def act(dialog):
        assert dialog.name.text() == "tester" and dialog.font_size.value() == 14  # as the window has them
        assert [dialog.checks[n].isChecked() for n in CHECKS] == [False, False, False, True, False]
        assert not dialog.apply_button.isEnabled()  # nothing to apply yet
        change_everything(dialog, qtbot)
        assert dialog.apply_button.isEnabled()
        assert window.settings.annotator_name == "tester"  # not before OK
        click(qtbot, dialog.buttons.button(Button.Ok))

    with_preferences(window, qtbot, act)
    s = window.settings
    assert s.annotator_name == "Wang Fang" and s.font_size == 18 and window.text_view.font().pointSize() == 18
    assert (s.show_rejected, s.snap_to_words, s.next_after_decision, s.suggest_on_import, s.keep_lines_on_import) \
        == (True, True, True, False, True)
    assert [window.window_actions[n].isChecked() for n in CHECKS] == [True, True, True, False, True]  # the menus too
    assert span in shown_rows(window)  # the rejected span is in the table again
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)  # the keys back in the article


def test_cancel_and_esc_change_nothing(window, qtbot):
    span = a_rejected_span(window, qtbot)
    before = state(window)

    def cancelled(dialog):
        change_everything(dialog, qtbot)
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # 中文, not applied
        click(qtbot, dialog.buttons.button(Button.Cancel))

    def escaped(dialog):
        change_everything(dialog, qtbot)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)

    for act in (cancelled, escaped):
        with_preferences(window, qtbot, act)
        assert state(window) == before
        assert span not in shown_rows(window)
        assert window.window_actions.menus["menu_edit"].title() == "&Edit"


def test_apply_applies_and_stays_open_then_cancel_keeps_what_was_applied(window, qtbot):
    def act(dialog):
        click(qtbot, dialog.checks["snap"])
        click(qtbot, dialog.buttons.button(Button.Apply))
        assert window.settings.snap_to_words and window.window_actions["snap"].isChecked()
        assert dialog.isVisible() and not dialog.apply_button.isEnabled()
        click(qtbot, dialog.checks["next_after_decision"])  # not applied
        click(qtbot, dialog.buttons.button(Button.Cancel))

    with_preferences(window, qtbot, act)
    assert window.settings.snap_to_words and window.window_actions["snap"].isChecked()
    assert not window.settings.next_after_decision and not window.window_actions["next_after_decision"].isChecked()


def test_the_dialog_reads_what_the_menus_changed(window, qtbot):
    window.window_actions["show_rejected"].trigger()  # View › Show rejected spans
    window.window_actions["keep_lines_on_import"].trigger()  # Project › Keep line breaks as in the file on import
    qtbot.keyClick(window.text_view, Qt.Key.Key_Plus, Ctrl)  # View › Larger text
    window.commands.set_name("Li Lei")  # Edit › Annotator name…

    def act(dialog):
        assert dialog.checks["show_rejected"].isChecked() and dialog.checks["keep_lines_on_import"].isChecked()
        assert dialog.font_size.value() == 15 and dialog.name.text() == "Li Lei"
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)

    with_preferences(window, qtbot, act)


def test_the_language_applied_speaks_at_once_and_keeps_what_is_typed(window, qtbot):
    def act(dialog):
        type_into(qtbot, dialog.name, "Wang Fang")
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
        assert dialog.language.currentData() == "zh_CN"
        click(qtbot, dialog.buttons.button(Button.Apply))
        qtbot.waitUntil(lambda: dialog.windowTitle() == "首选项")  # (the language's change is posted)
        assert dialog.name.text() == "Wang Fang" and window.window_actions.menus["menu_edit"].title() == "编辑(&E)"
        assert window.window_actions["chinese"].isChecked() and not window.window_actions["english"].isChecked()
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
        click(qtbot, dialog.buttons.button(Button.Ok))

    with_preferences(window, qtbot, act)
    assert window.settings.language == "en" and window.window_actions["english"].isChecked()
    assert window.settings.annotator_name == "Wang Fang"


def test_tab_goes_through_the_sections_in_order(window, qtbot):
    def act(dialog):
        order = [dialog.name, dialog.language, dialog.font_size, *dialog.checks.values(), dialog.model_settings]
        assert QApplication.focusWidget() is dialog.name  # the first field has the keys
        for field in order[1:]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is field, field.objectName()
        click(qtbot, dialog.buttons.button(Button.Cancel))

    with_preferences(window, qtbot, act)


def test_what_was_applied_is_there_at_the_next_start(window, qtbot, project):
    def act(dialog):
        change_everything(dialog, qtbot)
        click(qtbot, dialog.buttons.button(Button.Ok))

    with_preferences(window, qtbot, act)
    window.close()
    again = MainWindow(Settings())  # the same settings file, read anew
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.open_project(project)
    assert [again.window_actions[n].isChecked() for n in CHECKS] == [True, True, True, False, True]
    assert again.text_view.font().pointSize() == 18
    dialog = PreferencesDialog(again)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Wang Fang" and dialog.font_size.value() == 18
    assert [dialog.checks[n].isChecked() for n in CHECKS] == [True, True, True, False, True]
    again.close()
