"""An older copy told by what its coder deleted since. A deletion left no time behind: li's Monday copy (holding
厦门市) merged again after the Tuesday copy (厦门市 deleted) was merged with ``--replace`` brought 厦门市 back
without a word, with or without ``--replace`` — nothing here was newer than the Monday copy's last change. A
deleted span now leaves a tombstone (its document, start, end, label, annotator and when), which the coder's
copy brings to the lead's project, and which tells the Monday copy older there."""
from __future__ import annotations

import shutil
import sqlite3

from annotator.cli import main
from annotator.core.store import Store
from annotator.core.team.merge import merge
from tests.core.test_team_merge_corrected import A, B, first_copy, layer

MONDAY = "2026-11-23T09:00:00+00:00"


def on_monday(folder, *tables: str) -> None:
    """Every span and link of ``folder`` (and the rows of ``tables``) made on Monday, on li's machine."""
    conn = sqlite3.connect(folder / "project.sqlite")
    with conn:
        for table in ("annotations", "links"):
            conn.execute(f"UPDATE {table} SET created_at = ?, updated_at = ?", (MONDAY, MONDAY))
        for table in tables:
            conn.execute(f"UPDATE {table} SET deleted_at = ?", (MONDAY.replace("09:", "10:"),))
    conn.close()


def delete(folder, *texts: str) -> None:
    with Store.open(folder) as store:
        spans = {a.text: a for a in store.annotations()}
        store.delete_annotations([spans[text].id for text in texts])


def older_line(source, *documents: str) -> str:
    """The report's line for li's copy ``source``, older than what is here in ``documents`` (a.txt)."""
    documents = documents or ("a.txt",)
    return (f"  {source} is older than what is here for li in {len(documents)} document(s) ({', '.join(documents)}): "
            "spans or links of theirs here were changed or deleted after its last change to them; nothing of theirs "
            "merged there, what is here kept as it is")


def test_a_copy_older_than_a_deletion_merged_with_replace_brings_nothing_back(make_project, open_store, tmp_path):
    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")  # the copy sent on Monday
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [monday])
    delete(li, "厦门市")  # Tuesday: li deletes a span, and changes nothing else
    merge(target, [li], replace=True)
    tuesday = layer(target, "li")
    assert ("a.txt", 0, 3, "DISTRICT", "accepted", None) not in tuesday
    for replace in (False, True):  # Monday's copy merged again by mistake (the same name in Downloads)
        report = merge(target, [monday], replace=replace)
        assert layer(target, "li") == tuesday  # 厦门市 did not come back
        (source,) = report.sources
        assert source.older_than_here == {"li": 1} and sum(source.spans_added.values()) == 0
        assert older_line(monday) in report.lines()


def test_on_the_command_line_too(make_project, tmp_path, capsys):
    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")
    lead = make_project({"a.txt": A, "b.txt": B}, name="lead")
    assert main(["merge", str(lead), str(monday)]) == 0
    delete(li, "厦门市")
    assert main(["merge", str(lead), str(li), "--replace"]) == 0
    capsys.readouterr()
    assert main(["merge", str(lead), str(monday), "--replace"]) == 0
    assert older_line(monday) in capsys.readouterr().out.splitlines()
    with Store.open(lead) as store:
        assert "厦门市" not in {a.text for a in store.annotations() if a.annotator == "li"}


def test_a_coder_who_deleted_all_their_spans_of_a_document(make_project, open_store, tmp_path):
    # the copy holds none of li's spans in b.txt: --replace left such a document as it was (an old folder holds
    # none either); li's tombstone there says they deleted 思明区 after its time here, so it goes
    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [monday])
    delete(li, "思明区")
    kept = merge(target, [li]).sources[0]  # without --replace: kept, and counted, as before
    assert ("b.txt", 0, 3) in [s[:3] for s in layer(target, "li")] and kept.stale == {"li": 1}
    report = merge(target, [li], replace=True).sources[0]
    assert [s for s in layer(target, "li") if s[0] == "b.txt"] == [] and dict(report.replaced.spans) == {"li": 1}
    assert report.stale == {} and report.older_than_here == {}
    tuesday = layer(target, "li")
    for replace in (False, True):
        again = merge(target, [monday], replace=replace)
        assert layer(target, "li") == tuesday and again.sources[0].older_than_here == {"li": 1}  # b.txt
        assert older_line(monday, "b.txt") in again.lines()


def test_a_span_deleted_then_made_again_does_not_make_the_copy_holding_it_older(make_project, open_store, tmp_path):
    li = first_copy(make_project)
    on_monday(li)
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [li])
    delete(li, "厦门市")
    on_monday(li, "tombstones")  # deleted at 10:00 on Monday
    merge(target, [li], replace=True)  # (on the lead's machine, whose clock is a day ahead of li's)
    assert [t.key for t in target.tombstones(1)] == [(0, 3, "DISTRICT", "li")]
    with Store.open(li) as store:  # li marks 厦门市 again, at 11:00 on their machine
        again = store.add_annotation(1, 0, 3, "DISTRICT", annotator="li").changes[0].after
        store.conn.execute("UPDATE annotations SET created_at = ?, updated_at = ? WHERE id = ?",
                           (MONDAY.replace("09:", "11:"),) * 2 + (again.id,))
        again = layer(store, "li")
    for replace in (False, True):
        report = merge(target, [li], replace=replace)
        assert layer(target, "li") == again and report.sources[0].older_than_here == {}


def test_a_deletion_undone_does_not_make_the_copy_holding_the_span_again_older(make_project, open_store, tmp_path):
    li = first_copy(make_project)
    on_monday(li)
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [li])
    monday = layer(target, "li")
    with Store.open(li) as store:
        deleted = store.delete_annotation(next(a.id for a in store.annotations() if a.text == "厦门市"))
    merge(target, [li], replace=True)
    assert len(layer(target, "li")) == len(monday) - 1
    with Store.open(li) as store:  # li takes the deletion back (Ctrl+Z): 厦门市 with its Monday time
        assert store.revert(deleted)
        (tomb,) = store.tombstones(1)
        assert tomb.deleted_at >= target.tombstones(1)[0].deleted_at  # stamped at the undo
    report = merge(target, [li], replace=True)
    assert layer(target, "li") == monday and report.sources[0].older_than_here == {}


def test_a_monday_copy_of_an_older_annotator_is_told_older_too(make_project, open_store, tmp_path):
    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")
    conn = sqlite3.connect(monday / "project.sqlite")  # schema 14, which had no tombstones
    with conn:
        conn.execute("DROP TABLE tombstones")
        conn.execute("DROP TABLE link_tombstones")
        conn.execute("PRAGMA user_version = 14")
    conn.close()
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [monday])
    delete(li, "厦门市")
    merge(target, [li], replace=True)
    tuesday = layer(target, "li")
    report = merge(target, [monday])
    assert layer(target, "li") == tuesday and report.sources[0].older == 14
    assert report.sources[0].older_than_here == {"li": 1}


def test_a_package_of_the_coders_work_carries_their_tombstones(make_project, open_store, tmp_path):
    from annotator.core.team.package import export_package

    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "downloads" / "li")
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [monday])
    delete(li, "厦门市")
    with Store.open(li) as store:  # li sends their work as a package of annotations, not their folder
        export_package(store, tmp_path / "li2.zip", include=["annotations"])
    merge(target, [tmp_path / "li2.zip"], replace=True)
    assert [t.key for t in target.tombstones(1)] == [(0, 3, "DISTRICT", "li")]
    assert merge(target, [monday]).sources[0].older_than_here == {"li": 1}
