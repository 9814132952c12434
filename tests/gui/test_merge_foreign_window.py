"""Merge coders' work… with a package of another project among the coders' zips: refused and named in the
report (in Chinese too), the other coders merged; *Documents of another project* checked adds it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.gui import messages, tasks
from annotator.gui.dialogs.merge_dialog import MergeDialog

OTHER = "集美区新增企业20家。"


@pytest.fixture
def shown(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(tasks, "SYNC", True)
    return said


@pytest.fixture
def other_project(tmp_path):
    folder = tmp_path / "赵磊 另一个工程"
    with Store.create(folder) as store:
        doc = store.add_document(Document(None, "jimei.txt", "jimei", OTHER, sha256(OTHER)))
        store.add_annotation(doc.id, 0, 3, "DISTRICT", status="accepted", annotator="赵磊")
    return folder


def merge_folder(window, monkeypatch, folder, add: bool) -> None:
    def fill(dialog: MergeDialog):
        dialog.add_folder.click()
        if add:
            dialog.new_documents.click()
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    monkeypatch.setattr(MergeDialog, "exec", fill)
    window.team.merge_action.trigger()


def test_a_project_of_other_documents_is_refused_unless_the_box_says_to_add_them(window, store, monkeypatch, shown,
                                                                             other_project):
    names = sorted(d.name for d in store.documents())
    window.commands.set_language("zh_CN")
    try:
        merge_folder(window, monkeypatch, other_project, add=False)
    finally:
        window.commands.set_language("en")
    assert sorted(d.name for d in store.documents()) == names
    assert f"已拒绝 {other_project}：其 1 篇文档（jimei.txt）都不在本标注工程中" in shown[-1]
    merge_folder(window, monkeypatch, other_project, add=True)
    assert "jimei.txt" in [d.name for d in store.documents()]
    assert [a.annotator for a in store.annotations() if a.text == "集美区"] == ["赵磊"]
