"""A damaged backup chosen for a restore (a disk error inside it, a bad copy): refused before anything
is touched, saying that nothing was restored and to choose another backup — in the window, in
Chinese too, and from ``annotator restore``. It had said only "backup fails its integrity check
(*** in database main ***; On tree page 2 cell 2: …)", which left a user asking whether the project
was now half restored, and what to do."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from annotator import cli
from annotator.core.store import backup
from annotator.gui.dialogs import errors
from annotator.paths import DB_FILENAME
from tests.gui.test_project_io import Answers


def damaged_backup(store) -> Path:
    made = backup.backup(store.conn, store.folder, reason="hourly")
    data = bytearray(made.read_bytes())
    data[5000:9000] = b"\xff" * 4000  # pages of its tables overwritten
    made.write_bytes(bytes(data))
    return made


def choose(made: Path):
    def answer(dialog) -> None:
        if isinstance(dialog, QMessageBox):
            dialog.button(QMessageBox.StandardButton.Yes).click()
            return
        dialog.table.selectRow(dialog.backups.index(made))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return answer



def restore_in_chinese(window, qtbot, made: Path) -> None:
    """Project › Restore from a backup… of ``made`` in the Chinese window (English again after)."""
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["restore"].text() == "从备份恢复(&K)…")
        with Answers(choose(made)):
            window.window_actions["restore"].trigger()
    finally:
        window.commands.set_language("en")

def test_a_damaged_backup_is_refused_in_chinese_saying_to_choose_another(window, store, qtbot, monkeypatch):
    window.session_backup.wait()
    made = damaged_backup(store)
    before = sorted(d.name for d in store.documents())
    said = []
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, details: said.append((title, message))])
    restore_in_chinese(window, qtbot, made)
    assert said and said[0][0] == "未恢复", said
    assert said[0][1].startswith(f"{made}：备份已损坏（未通过完整性检查：")
    assert said[0][1].endswith("）；未恢复任何内容——请选择另一个备份")
    assert backup.list_restore_points(store.folder) == []  # nothing set aside: nothing was touched
    assert window.store is not None and sorted(d.name for d in window.store.documents()) == before


def test_annotator_restore_of_a_damaged_backup_says_nothing_was_restored(window, store, capsys):
    window.session_backup.wait()
    made = damaged_backup(store)
    folder = store.folder
    store.close()
    window._close_project()
    before = (folder / DB_FILENAME).read_bytes()
    assert cli.main(["restore", str(folder), made.name]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"annotator: error: {made}: is a damaged backup (it fails its integrity check: ")
    assert err.endswith("); nothing was restored — choose another backup\n")
    assert (folder / DB_FILENAME).read_bytes() == before and backup.list_restore_points(folder) == []
