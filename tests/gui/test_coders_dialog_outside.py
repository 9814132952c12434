"""Project › Coding team › Coders… open while a terminal changes the same project: `annotator coders P
--add zhao` or `--remove li` (or a merge) shows in the list at the dialog's next look, said under it, the
chosen rows kept; the window behind it goes on showing what the command line wrote (its table). The list
went on showing li after the command line took li off, and Remove on li then failed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.cli_run import run
from tests.gui.test_coders_window import cells, click_row, project  # noqa: F401 (project: li's and wang's)
from tests.gui.test_project_io import Answers


def test_coders_the_command_line_adds_and_removes_show_in_the_open_dialog(window, store, qtbot, capsys):
    folder = store.folder
    seen: dict[str, object] = {}
    window.reloading.timer.setInterval(20)  # the window's looks, and the dialog's, at once rather than in 1.5 s

    def use(dialog) -> None:
        try:  # closed whatever happens (the dialog's own loop: a failure here left the test waiting)
            dialog.outside.timer.setInterval(20)
            click_row(dialog, 1)  # wang chosen
            assert run(capsys, "coders", folder, "--add", "zhao", "--remove", "li")[0] == 0
            qtbot.waitUntil(lambda: [row[0] for row in cells(dialog)] == ["wang", "zhao"])
            seen["said"], seen["chosen"] = dialog.said.text(), dialog.chosen()
            assert run(capsys, "review", folder, "--accept", "--doc", "a.txt")[0] == 0  # behind the dialog
            qtbot.waitUntil(lambda: {r.status for r in window.ann_model.rows() if r.annotator == ""} == {"accepted"})
            seen["behind"] = True
        finally:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with Answers(use):
        window.team.coders_action.trigger()
    assert seen.get("behind")
    assert seen["said"] == "Another program changed the project: the coders are shown as they are now."
    assert seen["chosen"] == ["wang"] and window.errors == []
