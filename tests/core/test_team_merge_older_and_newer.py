"""li's Monday copy and Tuesday copy given to one merge (both zips in Downloads), after Tuesday's was merged: the
report said Monday's was older, then, of the other, "the same spans of li as li-monday (given twice?): nothing
added" — they are not the same spans (Tuesday's deleted 厦门市), and nothing of Monday's was merged. A copy older
than what is here for a coder brings nothing of theirs: the older line says so, and it names no other copy as the
same or as another person of that name."""
from __future__ import annotations

import shutil

import pytest

from annotator.core.team.merge import merge
from tests.core.test_team_merge_corrected import A, B, first_copy, layer
from tests.core.test_team_merge_deleted import delete, on_monday


@pytest.mark.parametrize("monday_first", [True, False])
def test_an_older_copy_beside_a_newer_one_is_said_older_alone(make_project, open_store, tmp_path, monday_first):
    li = first_copy(make_project)
    on_monday(li)
    monday = shutil.copytree(li, tmp_path / "li-monday")
    target = open_store(make_project({"a.txt": A, "b.txt": B}, name="lead"))
    merge(target, [monday])
    delete(li, "厦门市")
    tuesday = shutil.copytree(li, tmp_path / "li-tuesday")
    merge(target, [tuesday], replace=True)
    kept = layer(target, "li")
    report = merge(target, [monday, tuesday] if monday_first else [tuesday, monday], replace=True)
    assert layer(target, "li") == kept
    older = next(s for s in report.sources if s.source == str(monday))
    newer = next(s for s in report.sources if s.source == str(tuesday))
    assert older.older_than_here == {"li": 1}
    assert (older.repeated, older.same_name, newer.repeated, newer.same_name) == ({}, {}, {}, {})
    lines = "\n".join(report.lines())
    assert "given twice" not in lines and "came from" not in lines
