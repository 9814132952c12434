"""li moved 松元产业园 (or relabelled it) on Monday at 10:00 and took it back with Ctrl+Z later; the copy made in
between, merged with ``--replace`` after li's later copy, put the move back: the undo gave the span its Monday 9:00 time
again, so nothing told the later copy newer. A span an undo or redo moves or relabels (back with its old time) now
leaves a tombstone of the key it leaves, and the copy made in between, holding the span at that key, is told older.
(An undone value or decision, the span's key unchanged, is not told: left as it was.)"""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from annotator.core.store import Store
from annotator.core.team.merge import merge
from tests.core.test_team_merge_corrected import layer
from tests.core.test_team_merge_made_again import lead_and_li

TEN = "2026-11-23T10:00:00+00:00"
EDITS = {"moved": {"end": 22, "text": "松元产业园。"}, "relabelled": {"label": "TARGET"}}


def at_ten(folder, table: str, row_id: int) -> None:
    conn = sqlite3.connect(folder / "project.sqlite")
    with conn:
        conn.execute(f"UPDATE {table} SET updated_at = ? WHERE id = ?", (TEN, row_id))
    conn.close()


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edit_undone_is_not_put_back_by_the_copy_in_between(make_project, open_store, tmp_path, edit):
    li, target = lead_and_li(make_project, open_store, tmp_path)
    with Store.open(li) as store:
        park = next(a for a in store.annotations() if a.text == "松元产业园")
        step = store.update_annotation(park.id, **EDITS[edit])
    at_ten(li, "annotations", park.id)
    between = shutil.copytree(li, tmp_path / "li-between")  # sent at 10:00, reaches the lead late
    with Store.open(li) as store:
        assert store.revert(step)  # Ctrl+Z, later
        kept = layer(store, "li")
    merge(target, [li], replace=True)
    assert layer(target, "li") == kept
    report = merge(target, [between], replace=True)
    assert layer(target, "li") == kept  # 松元产业园 as li left it
    assert report.sources[0].older_than_here == {"li": 1}

