"""A sentence of the core the Chinese window showed in English, through the window: a backup chosen for a
restore (Project › Restore from a backup…) that is an empty file (a copy that stopped, a full disk) said "不是可用
的备份（the file is empty）". Its box is Chinese and names the file; its Show Details keeps the same in English,
labelled, to quote in a bug report. The English window says it as the core wrote it, with no details."""
from __future__ import annotations

from annotator.core.store import backup
from tests.gui.test_chinese_errors import shown  # noqa: F401 (a fixture)
from tests.gui.test_project_io import Answers
from tests.gui.test_restore_damaged_backup import choose, restore_in_chinese


def test_an_empty_backup_chosen_for_a_restore_is_said_in_chinese_naming_it(window, store, shown, qtbot):  # noqa: F811
    window.session_backup.wait()
    made = backup.backup(store.conn, store.folder, reason="hourly")
    made.write_bytes(b"")
    english = f"{made}: is not a usable backup (the file is empty); nothing was restored — choose another backup"
    restore_in_chinese(window, qtbot, made)
    assert shown == [("未恢复", f"{made}：不是可用的备份（文件是空的）；未恢复任何内容——请选择另一个备份",
                      f"英文原文（报告问题时可引用）：\n{english}")]
    with Answers(choose(made)):  # the English window: the core's sentence, nothing under Show Details
        window.window_actions["restore"].trigger()
    assert shown[1:] == [("Not restored", english, "")]
    assert backup.list_restore_points(store.folder) == []  # nothing set aside: nothing was touched
