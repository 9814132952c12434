"""Coders… open, two coders chosen, and between two of the dialog's looks a terminal took one of them off
(`annotator coders P --remove li`): Remove said in an error box "Coders not changed: not a coder of …: li
(its coders: wang); nothing was changed", and wang, whom the user took off too, stayed a coder. Now the
coders still there are taken off and the one another program took off is said so under the list."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.store import Store
from tests.gui.test_coders_window import cells, click_row, project  # noqa: F401 (project: li's and wang's)
from tests.gui.test_project_io import Answers


def test_remove_of_a_coder_another_program_took_off_meanwhile(window, store, qtbot, monkeypatch):
    from annotator.gui.dialogs import errors

    boxes: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, title, message: boxes.append(message))
    seen: dict[str, object] = {}

    def use(dialog) -> None:
        try:
            dialog.outside.timer.stop()  # the terminal's write lands between two of its looks
            click_row(dialog, 0)
            QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                             dialog.table.visualRect(dialog.table.model().index(1, 0)).center())
            assert dialog.chosen() == ["li", "wang"]
            with Store.open(store.folder) as terminal:
                terminal.remove_coders(["li"])
            dialog.remove_button.click()
            seen["rows"], seen["said"] = cells(dialog), dialog.said.text()
        finally:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with Answers(use):
        window.team.coders_action.trigger()
    assert boxes == [] and window.errors == []
    assert store.coders() == () and seen["rows"] == []
    assert seen["said"] == ("li is no coder now: another program took them off meanwhile.\n"
                            "wang is no coder now: their 1 span(s) stay where they are, in the layer wang, yours to "
                            "edit in place.")
