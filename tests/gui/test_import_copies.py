"""A folder holding a report and a copy of it in a subfolder, imported in the window: one document under
the file's plain name, not "dup/hechi_2015_4928.txt" (named by its folder before the top-level copy was
found to be the same text and skipped)."""
from __future__ import annotations

from tests.gui.test_import_summary import answered_box

TEXT = "2015年河池市政府工作报告\n河池市投资12亿元建设产业园。\n"


def test_a_copy_in_a_subfolder_leaves_the_document_its_plain_name(window, qtbot, tmp_path, sync_tasks):
    folder = tmp_path / "2016"
    (folder / "dup").mkdir(parents=True)
    for path in (folder / "hechi_2015_4928.txt", folder / "dup" / "hechi_2015_4928.txt"):
        path.write_text(TEXT, encoding="utf-8")
    window.settings.suggest_on_import = False
    seen = answered_box(qtbot, lambda: window.commands.import_paths([str(folder)]))
    assert [d.name for d in window.store.documents() if "hechi" in d.name] == ["hechi_2015_4928.txt"]
    assert "named" not in seen["text"] + seen["details"], seen
