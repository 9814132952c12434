"""Project › Import the selected documents again… after the report folder moved (a new machine, a renamed
drive, a colleague's copy of the project): every document was named "Source file missing" and nothing was
read. Now the window asks first how many files are not where they were imported from and offers to look for
them in another folder (a folder dialog): those found there are read again, their spans kept and their
source files recorded there; a name two files there have stays missing, said why."""
from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.gui import messages, tasks
from tests.core.test_import_again_moved import ADDED, TEXT
from tests.gui.test_import_again_selected import NAMES, _choose_in_menu, _click_row, _imported, _store_holds

Shift = Qt.KeyboardModifier.ShiftModifier


def test_files_moved_to_another_folder_are_looked_for_there(window, store, qtbot, tmp_path, monkeypatch):
    huli, _siming, haicang = _imported(window, store, qtbot, tmp_path)
    monkeypatch.setattr(tasks, "SYNC", True)
    new = tmp_path / "B"
    (new / "x").mkdir(parents=True)
    (new / "y").mkdir()
    shutil.move(tmp_path / NAMES[0], new / NAMES[0])  # where its path puts it
    (new / NAMES[0]).write_text(ADDED + TEXT, encoding="utf-8")  # and a line added: read again
    shutil.move(tmp_path / NAMES[1], new / "x" / NAMES[1])  # found by its name, reading the same
    shutil.copy(tmp_path / NAMES[2], new / "y" / NAMES[2])  # two of that name, neither where its path puts it
    shutil.move(tmp_path / NAMES[2], new / "x" / NAMES[2])
    asked, folders, shown = [], [], []
    monkeypatch.setattr(window, "confirm", lambda question: asked.append(question) or True)

    def choose(_parent, title, start):
        folders.append((title, start))
        return str(new)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: shown.append(text))
    _click_row(window, qtbot, huli)
    _click_row(window, qtbot, haicang, Shift)
    _choose_in_menu(window, qtbot)
    qtbot.waitUntil(lambda: bool(shown))

    assert asked == ["3 of the 3 documents' files are not where they were imported from (the folder moved, or they "
                     "were deleted). Look for them in another folder?"]
    assert folders == [("Choose the folder the files moved to", str(tmp_path.resolve()))]
    doc, text, spans, links = _store_holds(store, NAMES[0])
    assert doc == huli and text == ADDED + TEXT and len(spans) == 3 and links == 1
    sources = {d.name: d.source_path for d in store.documents()}
    assert sources[NAMES[0]] == str((new / NAMES[0]).resolve())
    assert sources[NAMES[1]] == str((new / "x" / NAMES[1]).resolve())  # reading the same: recorded there too
    assert sources[NAMES[2]] == str((tmp_path / NAMES[2]).resolve())
    (said,) = shown
    lines = said.splitlines()
    assert lines[0].startswith("1 document(s) imported again (3 of 3 accepted span(s) kept), 1 read the same, 1 with "
                               "the source file missing, 0 left as they were. 2 of them read from another folder, "
                               "their source files recorded there.")
    assert lines[2:4] == ["Source file missing:", f"  {NAMES[2]} ({(tmp_path / NAMES[2]).resolve()}): 2 files named "
                          f"{NAMES[2]} under {new} ({new / 'x' / NAMES[2]}, {new / 'y' / NAMES[2]}), none where its "
                          "folder puts it: which one is not known"]
    assert window.errors == []
