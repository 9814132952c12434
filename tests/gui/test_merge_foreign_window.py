"""Merge coders' work… with a package of another project among the coders' zips: refused and named in the
report (in Chinese too), the other coders merged; *Documents of another project* checked adds it."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from tests.gui.merge_steps import merge_folder, shown  # noqa: F401 (a fixture)

OTHER = "集美区新增企业20家。"


@pytest.fixture
def other_project(tmp_path):
    folder = tmp_path / "赵磊 另一个工程"
    with Store.create(folder) as store:
        doc = store.add_document(Document(None, "jimei.txt", "jimei", OTHER, sha256(OTHER)))
        store.add_annotation(doc.id, 0, 3, "DISTRICT", status="accepted", annotator="赵磊")
    return folder


def test_a_project_of_other_documents_is_refused_unless_the_box_says_to_add_them(
        window, store, monkeypatch, shown, other_project):  # noqa: F811
    names = sorted(d.name for d in store.documents())
    window.commands.set_language("zh_CN")
    try:
        merge_folder(window, monkeypatch, other_project)
    finally:
        window.commands.set_language("en")
    assert sorted(d.name for d in store.documents()) == names
    assert f"已拒绝 {other_project}：其 1 篇文档（jimei.txt）都不在本标注工程中" in shown[-1]
    merge_folder(window, monkeypatch, other_project, "new_documents")
    assert "jimei.txt" in [d.name for d in store.documents()]
    assert [a.annotator for a in store.annotations() if a.text == "集美区"] == ["赵磊"]
