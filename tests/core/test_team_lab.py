"""A lab's coding team, as its lead meets it: coders' copies made by an older annotator, the same
copy merged twice, two coders of one name (found in a QA pass of the team workflow)."""
from __future__ import annotations

import zipfile

from annotator.core.models import Link
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
    report = merge(lead, [old, zipped], new_documents=True)  # a document the lead lacks: added
    assert report.sources[0].documents_added == ["a.txt"] and report.sources[0].spans_added == {"老王": 1}
    assert report.sources[1].spans_there == 1
    assert [(a.text, a.annotator) for a in lead.annotations(lead.document_id_by_name("a.txt"))] == [("湖里区", "老王")]
    opened = tmp_path / "opened"
    open_package(zipped, opened)
    with Store.open(opened) as store:
        out = export_package(store, tmp_path / "li.zip").out
    assert out.is_file()


def test_a_link_rejected_with_a_coders_span_is_theirs_not_the_zips(make_project, open_store, tmp_path):
    # zhao sent back zhao_back.zip: the suggested link from a suggestion zhao rejected, rejected with it
    # and nameless, was stored under 'zhao_back', an annotator nobody is
    li = make_project(A, name="zhao")
    with Store.open(li) as store:
        doc = store.document_id_by_name("a.txt")
        amount = store.add_annotation(doc, 8, 14, "AMOUNT", status="suggested").annotation_changes[0].after
        place = store.add_annotation(doc, 3, 6, "DISTRICT", status="suggested").annotation_changes[0].after
        store.add_links([Link(None, doc, amount.id, "district", place.id, status="suggested")])
        store.update_annotation(amount.id, status="rejected", annotator="zhao")
        store.update_annotation(place.id, status="accepted", annotator="zhao")
        assert [(link.status, link.annotator) for link in store.links(doc)] == [("rejected", "")]
        store.checkpoint()
    zipped = tmp_path / "zhao_back.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.write(li / DB_FILENAME, f"zhao/{DB_FILENAME}")
    lead = open_store(make_project(A, name="lead"))
    merge(lead, [zipped])
    assert [(link.status, link.annotator) for link in lead.links()] == [("rejected", "zhao")]


def test_two_coders_who_gave_one_name_are_kept_apart_by_rename(make_project, open_store, tmp_path, capsys):
    # the report said "give one of them another name in their copy", which nothing in annotator can do
    from annotator.cli import main
    from annotator.core.team.agreement import project_agreement

    lead = make_project(A, name="lead")
    li = make_project(A, [("a.txt", 3, 6, "DISTRICT", {"annotator": "li"})], name="li")
    other = make_project(A, [("a.txt", 0, 6, "DISTRICT", {"annotator": "li"}),
                             ("a.txt", 8, 14, "AMOUNT", {"annotator": "li"})], name="wang")
    with Store.open(lead) as store:
        said = "\n".join(merge(store, [li, other]).lines())
    assert f"merge {other} alone with --rename li=ANOTHER_NAME" in said
    assert main(["merge", str(lead), str(li)]) == 0
    assert main(["merge", str(lead), str(other), "--rename", "li=wang"]) == 0
    assert "annotator li stored as wang here" in capsys.readouterr().out
    fresh = tmp_path / "fresh"
    with Store.create(fresh):
        pass
    assert main(["merge", str(fresh), str(li)]) == 0
    assert main(["merge", str(fresh), str(other), "--rename", "li=wang"]) == 0
    store = open_store(fresh)
    held = sorted((a.start, a.end, a.label, a.annotator) for a in store.annotations())
    assert held == [(0, 6, "DISTRICT", "wang"), (3, 6, "DISTRICT", "li"), (8, 14, "AMOUNT", "wang")]
    assert project_agreement(store).row(["li", "wang"]).spans == (1, 2)
    assert main(["merge", str(fresh), str(other), "--rename", "li=wang"]) == 0  # twice: nothing added
    assert "0 span(s) added, 2 already there" in capsys.readouterr().out
    assert main(["merge", str(fresh), str(other), "--rename", "li"]) == 1
    assert "OLD=NEW" in capsys.readouterr().err
