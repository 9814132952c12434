"""Merge coders' work… with *Corrected copies* checked: a coder's copy sent again after corrections takes
the place of what their earlier copy brought (annotator merge --replace). Without it the lead's project kept
li's span relabelled under both labels, and the window's report had nothing to offer but a restore."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from annotator.core.store import Store
from annotator.core.team.package import export_package, open_package
from annotator.gui import messages, tasks
from annotator.gui.dialogs.merge_dialog import MergeDialog


@pytest.fixture
def shown(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(tasks, "SYNC", True)
    return said


def merge_folder(window, monkeypatch, folder, corrected: bool) -> None:
    def add(dialog: MergeDialog):
        dialog.add_folder.click()
        if corrected:
            dialog.replace.click()
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    monkeypatch.setattr(MergeDialog, "exec", add)
    window.team.merge_action.trigger()


def test_a_corrected_copy_merged_with_the_box_checked_replaces_the_coders_earlier_spans(window, store, tmp_path,
                                                                                      monkeypatch, shown):
    export_package(store, tmp_path / "li.zip")
    li = tmp_path / "li"
    open_package(tmp_path / "li.zip", li)
    with Store.open(li) as copy:
        copy.add_annotation(copy.document_id_by_name("a.txt"), 0, 3, "DISTRICT", status="accepted", annotator="li")
    merge_folder(window, monkeypatch, li, corrected=False)
    with Store.open(li) as copy:  # li corrects: 厦门市 is a project's name here, not a district
        (span,) = (a for a in copy.annotations() if a.annotator == "li")
        copy.update_annotation(span.id, label="PROJECT")
    merge_folder(window, monkeypatch, li, corrected=False)
    assert "merge it again with --replace to take its version" in shown[-1]
    merge_folder(window, monkeypatch, li, corrected=True)
    doc = store.document_id_by_name("a.txt")
    assert [(a.text, a.label) for a in store.iter_annotations(doc) if a.annotator == "li"] == [("厦门市", "PROJECT")]
    assert "1 span(s) of li here that" in shown[-1] and "replaced by its version" in shown[-1]
