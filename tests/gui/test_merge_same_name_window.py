"""Two people who both gave the name li, their copies merged in the window together: the report said "take
this merge back with 'annotator restore'", a command that restores the newest backup (one made since by the
window's hourly backup, or older than the lead's last edits). It now names the backup the merge made right
before it by its time, as Project › Restore from a backup… lists it, in English and in Chinese."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from annotator.core.store import Store
from annotator.core.team.package import export_package, open_package
from annotator.gui.dialogs.merge_dialog import MergeDialog
from annotator.gui.dialogs.restore_dialog import RestoreDialog
from annotator.gui.merge_report import merge_lines
from tests.gui.merge_steps import shown  # noqa: F401 (a fixture)


def _two_copies_of_li(store, tmp_path) -> list[str]:
    export_package(store, tmp_path / "li.zip")
    folders = []
    for n, (start, end) in enumerate([(0, 3), (7, 10)]):
        folder = tmp_path / f"copy{n}"
        open_package(tmp_path / "li.zip", folder)
        with Store.open(folder) as copy:
            copy.add_annotation(copy.document_id_by_name("a.txt"), start, end, "DISTRICT", status="accepted",
                                annotator="li")
        folders.append(str(folder))
    return folders


def _merge(window, monkeypatch, folders: list[str]) -> None:
    given = iter(folders)

    def fill(dialog: MergeDialog):
        for _folder in folders:
            dialog.add_folder.click()
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: next(given))
    monkeypatch.setattr(MergeDialog, "exec", fill)
    window.team.merge_action.trigger()


def test_two_people_of_one_name_are_told_the_backup_of_the_merge(window, store, tmp_path, monkeypatch,
                                                                  shown):  # noqa: F811
    folders = _two_copies_of_li(store, tmp_path)
    _merge(window, monkeypatch, folders)
    listed = RestoreDialog(window.store.folder, window)
    rows = [r for r in range(listed.table.rowCount())
            if listed.table.item(r, 2).text() == "automatic, right before a merge"]
    assert len(rows) == 1
    when = listed.table.item(rows[0], 0).text()
    line = next(line for line in shown[-1].splitlines() if "came from" in line)
    assert line == (f"  annotator li came from {folders[0]} too: their spans are one layer here (two people of one "
                    f"name? take this merge back (Project › Restore from a backup…: the backup of {when}, made right "
                    f"before it) and merge {folders[1]} alone with li=ANOTHER_NAME in Rename coders (Project › "
                    "Coding team › Merge coders' work…))")
    core = (f"  annotator li came from {folders[0]} too: their spans are one layer here (two people of one name? "
            f"take this merge back with 'annotator restore {window.store.folder} {listed.backups[rows[0]].name}' and "
            f"merge {folders[1]} alone with --rename li=ANOTHER_NAME)")
    window.commands.set_language("zh_CN")
    try:
        said = merge_lines([core])
    finally:
        window.commands.set_language("en")
    assert said == [f"  标注者 li 也来自 {folders[0]}：其标注在此合为一层（两个同名的人？请撤回这次合并"
                    f"（标注工程 › 从备份恢复…：选 {when} 的备份，即合并前一刻所做），再单独合并 {folders[1]}，"
                    "并在“合并编码员的成果”的“改名”一栏填写 li=另一个名字）"]
