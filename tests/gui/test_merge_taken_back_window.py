"""The lead edits in the window, merges li's copy coded under "Li Ming", and follows the report's advice:
take the merge back (Project › Restore from a backup…) and merge again with Li Ming=li. A large project
backed up minutes before (when the window opened) made no backup at the merge, and the newest backup,
the one the advice meant, was older than the lead's edits: they were lost. The merge now makes its own
backup right before it writes, the report says its time, and Restore from a backup… lists it by that time
as made right before a merge."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from annotator.core.store import Store, backup
from annotator.core.team.package import export_package, open_package
from annotator.gui.dialogs.merge_dialog import MergeDialog
from annotator.gui.dialogs.restore_dialog import RestoreDialog
from tests.gui.merge_steps import merge_folder, shown  # noqa: F401 (a fixture)


def test_the_leads_edits_before_a_merge_survive_taking_it_back(window, store, tmp_path, monkeypatch, qtbot,
                                                               shown):  # noqa: F811
    monkeypatch.setattr(backup, "LARGE_BYTES", 0)  # a large project: backed up when the window opened, minutes ago
    window.session_backup.wait()
    store.add_coders(["li"], "added")
    export_package(store, tmp_path / "li.zip")
    open_package(tmp_path / "li.zip", tmp_path / "li")
    with Store.open(tmp_path / "li") as copy:  # li coded under the name of their window's Preferences
        copy.add_annotation(copy.document_id_by_name("a.txt"), 0, 3, "DISTRICT", status="accepted",
                            annotator="Li Ming")
    window.open_document(store.document_id_by_name("c.txt"))
    window.text_view.select_range(7, 10)  # 翔安区, labelled by the lead with the key 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    mine = [(a.start, a.end, a.label) for a in store.annotations(store.document_id_by_name("c.txt"))]
    assert mine
    merge_folder(window, monkeypatch, tmp_path / "li")
    advice = next(line for line in shown[-1].splitlines() if "take this merge back" in line)
    when = re.search(r"the backup of ([\d-]+ [\d:]+), made right before it", advice).group(1)

    def choose(dialog: RestoreDialog):  # the backup of that time, said to be made right before a merge
        rows = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == when
                and dialog.table.item(r, 2).text() == "automatic, right before a merge"]
        assert len(rows) == 1
        dialog.table.selectRow(rows[0])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    window.window_actions["restore"].trigger()

    def rename(dialog: MergeDialog):
        dialog.add_folder.click()
        dialog.rename.setFocus()
        QTest.keyClicks(dialog.rename, "Li Ming=li")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", rename)
    window.team.merge_action.trigger()
    with Store.open(window.store.folder) as after:
        assert [(a.start, a.end, a.label) for a in after.annotations(after.document_id_by_name("c.txt"))] == mine
        assert sorted(a.annotator for a in after.annotations() if a.status == "accepted") == ["li", "tester"]
        assert after.coders() == ("li",)
