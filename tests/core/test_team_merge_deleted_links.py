"""An older copy told by a link its coder deleted since. A deleted link left no time behind: li's Monday copy (55.1亿元
linked to 湖里区) merged again after the Tuesday copy (that link deleted, the spans unchanged) was merged with
``--replace`` brought the link back without a word — nothing here was newer than the Monday copy's last change.
A link deleted now leaves a tombstone (the span it starts from, its kind, the span or district it joins, and when:
``store/link_tombstones.py``), which the coder's copy brings to the lead's project, and which tells the Monday copy
older there."""
from __future__ import annotations

import shutil
import sqlite3

from annotator.cli import main
from annotator.core.store import Store
from annotator.core.team.merge import merge
from tests.core.test_team_merge_corrected import A, B, first_copy, layer, links_of
from tests.core.test_team_merge_deleted import MONDAY, older_line, on_monday

LINKED = [((8, 14, "AMOUNT"), "district", (3, 6, "DISTRICT"), None, "accepted")]  # 55.1亿元 -> 湖里区
KEY = ((8, 14, "AMOUNT", "li"), "district", (3, 6, "DISTRICT", "li"))
SIMING = {"name": "思明区", "code": "350203"}


def spans_of(store: Store) -> dict[str, int]:
    return {a.text: a.id for a in store.annotations()}


def unlink(folder) -> None:
    """li removes the district link of 55.1亿元 (Shift+L), and changes nothing else."""
    with Store.open(folder) as store:
        assert store.unlink(spans_of(store)["55.1亿元"], "district", "li").link_changes


def keys(store: Store, doc_id: int = 1) -> list:
    return [t.key for t in store.link_tombstones(doc_id)]


def monday_and_lead(make_project, open_store, tmp_path):
    """li's project (all made on Monday), the copy sent on Monday, and the lead's project that merged it."""
    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [monday])
    assert links_of(target, "li") == LINKED
    return li, monday, target


def test_a_copy_older_than_a_link_deleted_brings_the_link_back_neither_way(make_project, open_store, tmp_path):
    li, monday, target = monday_and_lead(make_project, open_store, tmp_path)
    unlink(li)  # Tuesday
    report = merge(target, [li], replace=True).sources[0]
    assert links_of(target, "li") == [] and report.replaced.links == 1 and report.older_than_here == {}
    assert keys(target) == [KEY]
    tuesday = layer(target, "li")
    for replace in (False, True):  # Monday's copy merged again by mistake (the same name in Downloads)
        again = merge(target, [monday], replace=replace)
        assert links_of(target, "li") == [] and layer(target, "li") == tuesday  # the link did not come back
        (source,) = again.sources
        assert source.older_than_here == {"li": 1} and source.links_added == 0
        assert older_line(monday) in again.lines()


def test_on_the_command_line_too(make_project, tmp_path, capsys):
    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")
    lead = make_project({"a.txt": A, "b.txt": B}, name="lead")
    assert main(["merge", str(lead), str(monday)]) == 0
    unlink(li)
    assert main(["merge", str(lead), str(li), "--replace"]) == 0
    capsys.readouterr()
    assert main(["merge", str(lead), str(monday), "--replace"]) == 0
    assert older_line(monday) in capsys.readouterr().out.splitlines()
    with Store.open(lead) as store:
        assert links_of(store, "li") == []


def test_a_tombstone_comes_along_without_replace_too(make_project, open_store, tmp_path):
    # merged without --replace the link here stays (the copy may be older); the copy's tombstone is recorded all
    # the same, and tells the Monday copy older once the link is gone here (the Monday copy holding the link the
    # project still holds brings nothing back: test_team_merge_undone_here.py)
    li, monday, target = monday_and_lead(make_project, open_store, tmp_path)
    unlink(li)
    assert merge(target, [li]).sources[0].older_than_here == {}
    assert links_of(target, "li") == LINKED and keys(target) == [KEY]
    assert merge(target, [monday], replace=True).sources[0].older_than_here == {}
    assert links_of(target, "li") == LINKED  # Monday's --replace took nothing out either
    target.delete_links([k.id for k in target.links() if k.annotator == "li"], tombstones=False)  # gone here
    assert merge(target, [monday], replace=True).sources[0].older_than_here == {"li": 1}
    assert links_of(target, "li") == []  # and it does not come back


def test_replace_records_a_tombstone_for_a_link_it_takes_out(make_project, open_store, tmp_path):
    # a copy made by the annotator of schema 15, whose removal left no tombstone: --replace records one, dated the
    # copy's last change to li's work (li's clock), as it does for a span
    li, _monday, target = monday_and_lead(make_project, open_store, tmp_path)
    unlink(li)
    conn = sqlite3.connect(li / "project.sqlite")
    with conn:
        conn.execute("DROP TABLE link_tombstones")
        conn.execute("PRAGMA user_version = 15")
    conn.close()
    report = merge(target, [li], replace=True).sources[0]
    assert report.older == 15 and report.replaced.links == 1 and links_of(target, "li") == []
    assert [(t.key, t.deleted_at) for t in target.link_tombstones(1)] == [(KEY, MONDAY)]


def test_a_link_to_a_district_by_name(make_project, open_store, tmp_path):
    li = first_copy(make_project)
    with Store.open(li) as store:  # the sum is Siming's, named: no span of the report names it (in place of 湖里区)
        store.add_link(spans_of(store)["55.1亿元"], "district", None, value=SIMING, annotator="li")
    on_monday(li, "link_tombstones")
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [monday])
    assert links_of(target, "li") == [((8, 14, "AMOUNT"), "district", None, "思明区", "accepted")]
    unlink(li)
    merge(target, [li], replace=True)
    by_name = ((8, 14, "AMOUNT", "li"), "district", '{"code": "350203", "name": "思明区"}')
    assert links_of(target, "li") == [] and keys(target) == [by_name, KEY]  # (KEY: the link it replaced on Monday)
    report = merge(target, [monday], replace=True)
    assert links_of(target, "li") == [] and report.sources[0].older_than_here == {"li": 1}


def test_a_link_replaced_by_another_then_deleted(make_project, open_store, tmp_path):
    # li links the sum to 厦门市 in place of 湖里区 (one step), then removes that link too; the lead merges that
    # copy first: the Monday copy's link to 湖里区 is older than its replacement, which li's tombstone says
    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")
    with Store.open(li) as store:
        spans = spans_of(store)
        store.add_link(spans["55.1亿元"], "district", spans["厦门市"], annotator="li")
    unlink(li)
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [li], replace=True)
    assert keys(target) == [((8, 14, "AMOUNT", "li"), "district", (0, 3, "DISTRICT", "li")), KEY]
    report = merge(target, [monday], replace=True)
    assert links_of(target, "li") == [] and report.sources[0].older_than_here == {"li": 1}


def test_a_link_deleted_then_made_again_does_not_make_the_copy_holding_it_older(make_project, open_store, tmp_path):
    li, _monday, target = monday_and_lead(make_project, open_store, tmp_path)
    unlink(li)
    merge(target, [li], replace=True)
    with Store.open(li) as store:
        spans = spans_of(store)
        store.add_link(spans["55.1亿元"], "district", spans["湖里区"], annotator="li")  # li links it again
    for replace in (False, True):
        report = merge(target, [li], replace=replace)
        assert links_of(target, "li") == LINKED and report.sources[0].older_than_here == {}


def test_an_unlink_undone_does_not_make_the_copy_holding_the_link_again_older(make_project, open_store, tmp_path):
    li, _monday, target = monday_and_lead(make_project, open_store, tmp_path)
    with Store.open(li) as store:
        removed = store.unlink(spans_of(store)["55.1亿元"], "district", "li")
    merge(target, [li], replace=True)
    assert links_of(target, "li") == []
    with Store.open(li) as store:  # li takes the unlink back (Ctrl+Z): the link with its Monday time
        assert store.revert(removed)
        (tomb,) = store.link_tombstones(1)
        assert tomb.deleted_at >= target.link_tombstones(1)[0].deleted_at  # stamped at the undo
    report = merge(target, [li], replace=True)
    assert links_of(target, "li") == LINKED and report.sources[0].older_than_here == {}


def test_a_link_removed_with_its_span_leaves_the_spans_tombstone_alone(make_project, open_store, tmp_path):
    li, monday, target = monday_and_lead(make_project, open_store, tmp_path)
    with Store.open(li) as store:
        store.delete_annotation(spans_of(store)["55.1亿元"])
        assert store.link_tombstones(1) == [] and [t.key for t in store.tombstones(1)] == [(8, 14, "AMOUNT", "li")]
    merge(target, [li], replace=True)
    assert links_of(target, "li") == [] and keys(target) == []  # the span's tombstone says it
    assert merge(target, [monday]).sources[0].older_than_here == {"li": 1}


def test_a_package_of_the_coders_work_carries_their_link_tombstones(make_project, open_store, tmp_path):
    from annotator.core.team.package import export_package

    li, monday, target = monday_and_lead(make_project, open_store, tmp_path)
    unlink(li)
    with Store.open(li) as store:  # li sends their work as a package of annotations, not their folder
        export_package(store, tmp_path / "li2.zip", include=["annotations"])
    merge(target, [tmp_path / "li2.zip"], replace=True)
    assert keys(target) == [KEY] and links_of(target, "li") == []
    assert merge(target, [monday]).sources[0].older_than_here == {"li": 1}


def test_a_copy_that_only_removed_a_link_says_so_without_replace(make_project, open_store, tmp_path):
    # the report said "0 link(s) added, 1 already there or in conflict" and nothing else: the lead could not tell
    # that li's copy held the link otherwise (kept here), nor that --replace takes li's version
    li, _monday, target = monday_and_lead(make_project, open_store, tmp_path)
    unlink(li)
    report = merge(target, [li])
    (source,) = report.sources
    assert source.stale_links == {"li": 1} and source.stale == {} and links_of(target, "li") == LINKED
    assert (f"  1 link(s) of li here are not in {li} (removed or linked otherwise there since an earlier merge): "
            "left as they are (a corrected copy? merge it again with --replace to take its version)") in report.lines()
    again = merge(target, [li], replace=True).sources[0]  # the corrected copy taken: nothing left over to say
    assert again.stale_links == {} and again.replaced.links == 1 and links_of(target, "li") == []
