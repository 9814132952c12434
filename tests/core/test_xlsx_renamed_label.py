"""A colleague's corrected workbook, exported before a label was renamed: its rows of the label (and a
row relabelled to it) correct the spans under the label's name now, found by the ids the About sheet
lists; they were refused ("no label 'POLICY'") with a note to add POLICY, which split the label in two.
Another project's workbook names labels as they are."""
from __future__ import annotations

import pytest

from annotator.core.export import xlsx
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from tests.core.test_xlsx_roundtrip import edit

TEXT = "全面实施乡村振兴战略，厦门市湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def project(tmp_path):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "r.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT))).id
    store.add_label("POLICY", "#7b4ea3", "5")
    for needle, label in (("乡村振兴战略", "POLICY"), ("厦门市", "DISTRICT"), ("湖里区", "DISTRICT")):
        start = TEXT.index(needle)
        store.add_annotation(doc, start, start + len(needle), label, annotator="li")
    out = tmp_path / "export.xlsx"
    xlsx.write(store, out)
    yield store, out
    store.close()


def test_a_workbook_exported_before_a_rename_corrects_the_spans_under_the_new_name(project):
    store, out = project
    edit(out, {"乡村振兴战略": {"note": "a national strategy"}, "湖里区": {"label": "POLICY"}})
    store.update_label("POLICY", new_name="政策")
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 2
    assert store.label_names() == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "政策"]
    assert {(a.text, a.label, a.note) for a in store.annotations()} == {
        ("乡村振兴战略", "政策", "a national strategy"), ("厦门市", "DISTRICT", ""), ("湖里区", "政策", "")}


def test_another_projects_workbook_names_its_labels_as_they_are(project, tmp_path):
    store, out = project
    other = Store.create(tmp_path / "other")
    other.add_document(Document(None, "r.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT)))
    other.add_label("政策", "#7b4ea3", "5")  # the id POLICY has in the workbook's project
    report = import_annotations(other, [out])
    assert any("no label 'POLICY'" in why for _file, _line, why in report.rejected)
    assert not [a for a in other.annotations() if a.text == "乡村振兴战略"]
    other.close()
