"""`annotator restore` in a terminal while the window has the project open: the window's undo steps
name the state the restore replaced (a span added after the backup is gone, and its id was given to the
next span imported). Ctrl+Z was refused saying the window's span "was changed … to '80家'", another
span. The window's next look (its timer, Ctrl+Z itself, Ctrl+R) clears the undo history and says so;
Ctrl+Z then changes nothing."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from tests.cli_run import run

Ctrl = Qt.KeyboardModifier.ControlModifier
CLEARED = "Another program restored the project from a backup: the undo history was cleared"


def held(project) -> list[tuple]:
    with Store.open(project) as fresh:
        return sorted((a.id, a.document_id, a.start, a.end, a.label, a.status, a.annotator, a.note)
                      for a in fresh.annotations())


def add_restore_and_import(window, project, qtbot, capsys, tmp_path) -> None:
    """A span added with a label key (a step of the undo history), the backup from before it restored
    and a span imported by the command line, as a user in a terminal beside the window would."""
    window.session_backup.wait()  # the session's backup, made when the project opened: before the span
    view = window.text_view
    start = view.text.index("集美区")
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    assert window.undo_stack.count() == 1
    assert run(capsys, "restore", project)[0] == 0
    at = view.text.index("80家")
    gold = tmp_path / "more.gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": at, "end": at + 3, "label": "TARGET", "text": "80家"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(capsys, "import-annotations", project, gold)[0] == 0


@pytest.mark.parametrize("look", ["timer", "ctrl+r"])
def test_the_windows_look_after_a_restore_clears_the_undo_history_and_says_so(
        window, project, qtbot, capsys, tmp_path, look):
    add_restore_and_import(window, project, qtbot, capsys, tmp_path)
    view = window.text_view
    if look == "timer":
        window.reloading.timer.timeout.emit()  # the window's look, as every 1.5 s while it is active
    else:
        qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)  # a reload before the timer looked
        qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    assert window.undo_stack.count() == 0 and not window.ops.history.can_undo()
    assert not window.window_actions.undo.isEnabled()
    assert window.statusBar().currentMessage() == CLEARED
    assert "80家" in {r.text for r in window.ann_model.annotations()}  # the project as restored, shown
    before = held(project)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert held(project) == before and window.errors == []
    assert window.statusBar().currentMessage() == CLEARED


def test_ctrl_z_right_after_a_restore_looks_first_and_undoes_nothing(window, project, qtbot, capsys, tmp_path):
    add_restore_and_import(window, project, qtbot, capsys, tmp_path)
    before = held(project)
    view = window.text_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # the first the window sees of the restore
    assert held(project) == before and window.errors == []
    assert window.undo_stack.count() == 0 and window.statusBar().currentMessage() == CLEARED


def test_the_restore_is_said_in_chinese(window, project, qtbot, capsys, tmp_path):
    from annotator.gui.i18n import install_translator

    add_restore_and_import(window, project, qtbot, capsys, tmp_path)
    install_translator(QApplication.instance(), "zh_CN")
    try:
        window.reloading.timer.timeout.emit()
    finally:
        install_translator(QApplication.instance(), "en")
    assert window.statusBar().currentMessage() == "另一个程序从备份恢复了标注工程：撤销记录已清空"


def test_a_write_that_is_no_restore_keeps_the_undo_history(window, project, qtbot, capsys):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # accept a suggestion: a step
    assert run(capsys, "done", project, "--doc", "b.txt")[0] == 0
    window.reloading.timer.timeout.emit()
    assert window.undo_stack.count() == 1
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Reloaded: the project was changed by another "
                    "program")  # b.txt's done mark: in the list, read by a worker
