"""A coder's span or link the lead deleted in the project by mistake and took back with Ctrl+Z: the undo stamps the
key's tombstone anew, so li's next copy, made before the lead's undo and holding that very span (or link) as the
project does again, was told older than what is here ("nothing of theirs merged there"): li's deletion of another
span in that copy was not merged, with or without ``--replace``. A tombstone here says a copy is older only where
the copy would bring back a span or link the project no longer holds."""
from __future__ import annotations

import shutil

from annotator.core.store import Store
from annotator.core.team.merge import merge
from tests.core.test_team_merge_corrected import A, B, first_copy, layer, links_of
from tests.core.test_team_merge_deleted import delete, on_monday


def lead_and_li(make_project, open_store, tmp_path):
    li = first_copy(make_project)
    on_monday(li)
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [shutil.copytree(li, tmp_path / "downloads" / "li")])
    delete(li, "松元产业园")  # li's work, Monday afternoon
    on_monday(li, "tombstones")
    return li, target


def test_a_span_the_lead_deleted_and_took_back_leaves_li_s_next_copy_merged(make_project, open_store, tmp_path):
    li, target = lead_and_li(make_project, open_store, tmp_path)
    xiamen = next(a for a in target.annotations() if a.annotator == "li" and a.text == "厦门市")
    assert target.revert(target.delete_annotation(xiamen.id))  # the lead's Delete, then Ctrl+Z (today)
    for replace in (False, True):
        report = merge(target, [li], replace=replace).sources[0]
        assert report.older_than_here == {}
    with Store.open(li) as store:
        assert layer(target, "li") == layer(store, "li")  # li's deletion of 松元产业园 merged, 厦门市 kept
    assert target.integrity_check() == "ok"


def test_a_link_the_lead_removed_and_took_back_leaves_li_s_next_copy_merged(make_project, open_store, tmp_path):
    li, target = lead_and_li(make_project, open_store, tmp_path)
    amount = next(a for a in target.annotations() if a.annotator == "li" and a.text == "55.1亿元")
    assert target.revert(target.unlink(amount.id, "district", "li"))  # the lead's Shift+L, then Ctrl+Z (today)
    assert target.link_tombstones(1)  # stamped anew by the undo
    for replace in (False, True):
        report = merge(target, [li], replace=replace).sources[0]
        assert report.older_than_here == {}
    with Store.open(li) as store:
        assert layer(target, "li") == layer(store, "li") and links_of(target, "li") == links_of(store, "li")
