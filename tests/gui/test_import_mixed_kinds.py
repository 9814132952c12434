"""A folder of reports in several formats, mixed on purpose, imported in the window (Project › Import
folder…, with the real file dialog's answer): what the status bar and the import's box say of its kinds."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.mixed_files import mixed_folder


def import_folder(window, monkeypatch, folder) -> str:
    """The folder imported as a user does it (the menu's action, the dialog answered); the status bar after."""
    window.settings.suggest_on_import = False
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window.actions["import_folder"].trigger()
    return window.statusBar().currentMessage()


def test_a_folder_mixing_kinds_on_purpose_is_not_told_they_may_be_imported_by_mistake(window, monkeypatch, tmp_path,
                                                                                      sync_tasks):
    """Three .txt, three .docx and three pages: the status bar said "6 of them are not .txt files: … the
    Project menu's Remove document(s)… takes out one imported by mistake"."""
    folder = mixed_folder(tmp_path / "reports", txt=3, docx=3, html=3)
    said = import_folder(window, monkeypatch, folder)
    names = {d.name for d in window.store.documents()}
    assert {f"report_{i:03d}.{k}" for i, k in enumerate(["txt"] * 3 + ["docx"] * 3 + ["html"] * 3)} <= names
    assert said.startswith("imported 9 document(s)") and "of them" not in said and "Remove" not in said, said
    assert not window.errors


def test_notes_swept_in_with_a_folder_of_reports_are_still_named(window, monkeypatch, tmp_path, sync_tasks):
    folder = mixed_folder(tmp_path / "reports", txt=4, md=1)
    said = import_folder(window, monkeypatch, folder)
    assert said == ("imported 5 document(s); 1 of them is not a .txt file: report_004.md; the Project menu's Remove "
                    "document(s)… takes it out if it was imported by mistake."), said
