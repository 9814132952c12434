"""A lab's coding team, as its lead meets it: coders' copies made by an older annotator, the same
copy merged twice, two coders of one name (found in a QA pass of the team workflow)."""
from __future__ import annotations

import zipfile

from annotator.core.store import Store
from annotator.core.team.merge import merge
from annotator.core.team.package import export_package, open_package
from annotator.paths import DB_FILENAME
from tests.core.test_team_merge_labels import old_coder_project

A = "厦门市湖里区投资55.1亿元建设松元产业园，新增企业20家。"


def test_an_older_coders_document_the_lead_lacks_is_merged_and_handed_out_again(make_project, open_store, tmp_path):
    # an older annotator stored no source path or encoding (NULL): the merge, and a package of a project
    # opened from such a copy, failed with "source_path must be a string, not NoneType None"
    old = tmp_path / "old"
    old_coder_project(old, 4, A)
    zipped = tmp_path / "old.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.write(old / DB_FILENAME, f"old/{DB_FILENAME}")
    lead = open_store(make_project({"b.txt": "另一篇报告。"}, name="lead"))
    report = merge(lead, [old, zipped])
    assert report.sources[0].documents_added == ["a.txt"] and report.sources[0].spans_added == {"老王": 1}
    assert report.sources[1].spans_there == 1
    assert [(a.text, a.annotator) for a in lead.annotations(lead.document_id_by_name("a.txt"))] == [("湖里区", "老王")]
    opened = tmp_path / "opened"
    open_package(zipped, opened)
    with Store.open(opened) as store:
        out = export_package(store, tmp_path / "li.zip").out
    assert out.is_file()
