"""Merge coders' work… driven as a lead does: the dialog given a folder, its boxes clicked, Merge; what the
report says collected (the tests of corrected copies and of a package of another project)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from annotator.gui import messages, tasks
from annotator.gui.dialogs.merge_dialog import MergeDialog


@pytest.fixture
def shown(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(tasks, "SYNC", True)
    return said


def merge_folder(window, monkeypatch, folder, *boxes: str) -> None:
    """Merge ``folder`` with the dialog's check boxes ``boxes`` (attribute names: replace, new_documents) clicked."""
    def fill(dialog: MergeDialog):
        dialog.add_folder.click()
        for box in boxes:
            getattr(dialog, box).click()
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    monkeypatch.setattr(MergeDialog, "exec", fill)
    window.team.merge_action.trigger()
