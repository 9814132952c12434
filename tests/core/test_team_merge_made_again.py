"""A span li deleted and then marked again by hand (or took back with Ctrl+Z), and a link li removed and took back:
li's copy made in between (without them) merged with ``--replace`` after li's later copy took them out again. The
later copy held them as the project did, so the merge left the project's span with its Monday time, and the copy in
between (its tombstone after that time) looked newer than what is here. A span or link a copy holds as the project
does, made again or taken back there since, now takes the copy's time (its tombstone's, for one taken back: an undo
leaves the span its old time), and the copy in between is told older."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from annotator.core.store import Store
from annotator.core.team.merge import merge
from tests.core.test_team_merge_corrected import A, B, first_copy, layer, links_of
from tests.core.test_team_merge_deleted import on_monday

TEN = "2026-11-23T10:00:00+00:00"


def dated(folder, table: str, when: str = TEN) -> None:
    conn = sqlite3.connect(folder / "project.sqlite")
    with conn:
        conn.execute(f"UPDATE {table} SET deleted_at = ?", (when,))
    conn.close()


def lead_and_li(make_project, open_store, tmp_path):
    li = first_copy(make_project)
    on_monday(li)
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [shutil.copytree(li, tmp_path / "li-monday")])
    return li, target


@pytest.mark.parametrize("how", ["by hand", "Ctrl+Z"])
def test_a_span_made_again_is_not_taken_out_by_the_copy_in_between(make_project, open_store, tmp_path, how):
    li, target = lead_and_li(make_project, open_store, tmp_path)
    with Store.open(li) as store:
        xiamen = next(a for a in store.annotations() if a.text == "厦门市")
        step = store.delete_annotation(xiamen.id)
    dated(li, "tombstones")  # deleted at 10:00
    between = shutil.copytree(li, tmp_path / "li-between")  # sent then, reaches the lead late
    with Store.open(li) as store:
        if how == "by hand":
            store.add_annotation(xiamen.document_id, 0, 3, "DISTRICT", annotator="li")
        else:
            assert store.revert(step)  # 厦门市 back with its Monday time, its tombstone stamped now
        kept = layer(store, "li")
    assert ("a.txt", 0, 3, "DISTRICT", "accepted", None) in kept
    merge(target, [li], replace=True)
    assert layer(target, "li") == kept
    report = merge(target, [between], replace=True)
    assert layer(target, "li") == kept  # 厦门市 stays
    assert report.sources[0].older_than_here == {"li": 1}


def test_a_link_taken_back_is_not_taken_out_by_the_copy_in_between(make_project, open_store, tmp_path):
    li, target = lead_and_li(make_project, open_store, tmp_path)
    with Store.open(li) as store:
        amount = next(a for a in store.annotations() if a.text == "55.1亿元")
        step = store.unlink(amount.id, "district", "li")
    dated(li, "link_tombstones")
    between = shutil.copytree(li, tmp_path / "li-between")
    with Store.open(li) as store:
        assert store.revert(step)  # the link back with its Monday time, its tombstone stamped now
        kept = links_of(store, "li")
    assert kept
    merge(target, [li], replace=True)
    assert links_of(target, "li") == kept
    report = merge(target, [between], replace=True)
    assert links_of(target, "li") == kept  # the link stays
    assert report.sources[0].older_than_here == {"li": 1}
