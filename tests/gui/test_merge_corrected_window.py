"""Merge coders' work… with *Corrected copies* checked: a coder's copy sent again after corrections takes
the place of what their earlier copy brought (annotator merge --replace). Without it the lead's project kept
li's span relabelled under both labels, and the window's report had nothing to offer but a restore."""
from __future__ import annotations

from annotator.core.store import Store
from annotator.core.team.package import export_package, open_package
from tests.gui.merge_steps import merge_folder, shown  # noqa: F401 (a fixture)


def test_a_corrected_copy_merged_with_the_box_checked_replaces_the_coders_earlier_spans(window, store, tmp_path,
                                                                                      monkeypatch, shown):  # noqa: F811
    export_package(store, tmp_path / "li.zip")
    li = tmp_path / "li"
    open_package(tmp_path / "li.zip", li)
    with Store.open(li) as copy:
        copy.add_annotation(copy.document_id_by_name("a.txt"), 0, 3, "DISTRICT", status="accepted", annotator="li")
    merge_folder(window, monkeypatch, li)
    with Store.open(li) as copy:  # li corrects: 厦门市 is a project's name here, not a district
        (span,) = (a for a in copy.annotations() if a.annotator == "li")
        copy.update_annotation(span.id, label="PROJECT")
    merge_folder(window, monkeypatch, li)
    assert "merge it again with Corrected copies, sent again ticked to take its version" in shown[-1]
    merge_folder(window, monkeypatch, li, "replace")
    doc = store.document_id_by_name("a.txt")
    assert [(a.text, a.label) for a in store.iter_annotations(doc) if a.annotator == "li"] == [("厦门市", "PROJECT")]
    assert "1 span(s) of li here that" in shown[-1] and "replaced by its version" in shown[-1]
