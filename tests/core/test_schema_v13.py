"""Schema 13: the project's coders (``coders`` table, ``Store.coders``), recorded from what an older project
shows of its team: the named layers holding an accepted span another named layer holds too (two coders marked
the same words: a merge's, a named import's), and those adjudication took a version of. A solo project's
layers (the user's, one the command line decided under, one of a rejection the user labelled again) and the
demo's get none, so their spans stay the user's to edit."""
from __future__ import annotations

import pytest

from annotator.core.store import Store, later_steps, migrations
from tests.core.conftest import old_project
from tests.core.test_migrations import document

SPAN = ('INSERT INTO annotations(document_id, start, "end", label, text, status, origin, annotator, reason, '
        "created_at, updated_at) VALUES (1, {0}, {1}, 'DISTRICT', '{2}', '{3}', '{4}', '{5}', '{6}', 't', 't')")
TEXT = "厦门市湖里区思明区"


def span(text: str, who: str, status: str = "accepted", origin: str = "manual", reason: str = "") -> str:
    start = TEXT.index(text)
    return SPAN.format(start, start + len(text), text, status, origin, who, reason)


def coders_after_upgrade(folder, *sql: str) -> dict[str, str]:
    old_project(folder, 12, document(TEXT), *sql)
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 13
        assert store.integrity_check() == "ok"
        return store.coders_by_how()


def test_two_coders_who_marked_the_same_words_are_the_projects_coders(tmp_path):
    found = coders_after_upgrade(tmp_path / "team", span("湖里区", "li"), span("湖里区", "wang"),
                                 span("厦门市", "li"), span("思明区", "zhao"), span("思明区", "", "suggested"))
    assert found == {"li": "found", "wang": "found"}  # zhao shares no span with another coder: not told


def test_the_coders_adjudication_took_a_version_of_are_the_projects_coders(tmp_path):
    found = coders_after_upgrade(tmp_path / "gold", span("湖里区", "li"), span("厦门市", "wang"),
                                 span("湖里区", "gold", origin="adjudicated", reason="from li"),
                                 span("思明区", "gold", origin="adjudicated", reason="from nobody-here"))
    assert found == {"li": "found"}  # gold is the adjudicator's layer, not a coder's


@pytest.mark.parametrize("spans", [
    [span("湖里区", "someone"), span("厦门市", "tester"), span("思明区", "", "suggested")],
    [span("湖里区", "someone", "rejected"), span("湖里区", "tester")],  # rejected, then labelled by hand
    [span("湖里区", "demo"), span("厦门市", "tester")],
], ids=["a-review-under-a-name-and-the-windows", "rejected-then-labelled", "the-demos-layer"])
def test_a_solo_projects_layers_are_no_coders(tmp_path, spans):
    assert coders_after_upgrade(tmp_path / "solo", *spans) == {}


def test_the_demo_has_none_whatever_its_layers_hold(tmp_path):
    found = coders_after_upgrade(tmp_path / "demo", span("湖里区", "demo"), span("湖里区", "tester"),
                                 "INSERT INTO meta(key, value) VALUES ('demo', '2')")
    assert found == {}


def test_a_table_of_coders_before_schema_13_is_refused_as_a_foreign_file(tmp_path):
    import sqlite3

    from annotator.paths import DB_FILENAME

    old_project(tmp_path / "p", 12, later_steps.CODERS_SQL)
    with sqlite3.connect(tmp_path / "p" / DB_FILENAME) as conn:
        assert migrations.shape_problem(conn, 12) == "table coders exists although schema 12 has none"
        assert migrations.shape_problem(conn, 13) == ""
