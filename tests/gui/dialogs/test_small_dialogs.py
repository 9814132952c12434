"""Small dialogs: the annotator's name, what to import, error boxes."""
from __future__ import annotations

from annotator.gui.dialogs import errors


def test_name_dialog_strips_and_cancels(qapp, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from annotator.gui.dialogs.name_dialog import ask_annotator_name

    answers = iter([("  李雷 ", True), ("ignored", False)])
    seen = []
    monkeypatch.setattr(QInputDialog, "getText", lambda parent, title, label, mode, text: (
        seen.append(text), next(answers))[1])
    assert ask_annotator_name(None, "old") == "李雷"
    assert ask_annotator_name(None) is None
    assert seen == ["old", ""]


def test_import_dialog_files_or_a_folder(qapp, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from annotator.gui.dialogs.import_dialog import choose_import_paths

    filters = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda parent, title, folder, kinds: (
        filters.append(kinds), (["/a.txt", "/b.docx"], kinds))[1])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda parent, title, start: "/articles")
    assert choose_import_paths(None, folders=False) == ["/a.txt", "/b.docx"]
    assert "*.docx" in filters[0] and "*.md" in filters[0]
    assert choose_import_paths(None, folders=True) == ["/articles"]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda parent, title, start: "")
    assert choose_import_paths(None, folders=True) == []


def test_show_error_box_carries_details(qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(errors, "HOOKS", [])
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(
        (box.windowTitle(), box.text(), box.detailedText(), box.icon())) or 0)
    errors.show_error(None, "Title", "One sentence.", "Traceback …")
    assert boxes == [("Title", "One sentence.", "Traceback …", QMessageBox.Icon.Critical)]
