"""Schema 12: the accepted spans' (label, text, latest value) in an index of their own, so that
each suggest run's ``learned_entries`` reads that index alone (0.6-1.0 s with 405,827 accepted
spans of 5,000 reports, reading each one's row from the table; ~0.2 s from the index)."""
from __future__ import annotations

from annotator.core.store import Store, migrations
from tests.core.conftest import old_project
from tests.core.test_migrations import document

SPAN = ('INSERT INTO annotations(id, document_id, start, "end", label, text, value, status, created_at, '
        "updated_at) VALUES ({0}, 1, {1}, {2}, 'DISTRICT', '湖里区', '{3}', '{4}', 't', '{5}')")


def _plan(store: Store) -> str:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        store.learned_entries()
    finally:
        store.conn.set_trace_callback(None)
    (sql,) = [s for s in seen if "annotations" in s]
    return " | ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_an_older_project_gains_the_index_and_learned_entries_read_it_alone(tmp_path):
    folder = tmp_path / "v11"
    text = "湖里区湖里区湖里区湖里区"
    old_project(folder, 11, document(text),
                SPAN.format(1, 0, 3, '{"code": "old"}', "accepted", "2026-01-02"),
                SPAN.format(2, 3, 6, '{"code": "tie-later-id"}', "accepted", "2026-01-03"),
                SPAN.format(3, 6, 9, '{"code": "tie-earlier-id"}', "accepted", "2026-01-03")
                .replace("VALUES (3,", "VALUES (0,"),
                SPAN.format(4, 9, 12, '{"code": "rejected"}', "rejected", "2026-09-09"))
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 12
        # the latest accepted span's value; a tie in time: the later id's (the order of the reads before)
        assert store.learned_entries() == {("DISTRICT", "湖里区"): {"code": "tie-later-id"}}
        plan = _plan(store)
        assert "COVERING INDEX annotations_learned" in plan and "TEMP B-TREE" not in plan, plan
        assert store.integrity_check() == "ok"


def test_a_suggestion_is_not_in_the_index_an_accepted_span_is(tmp_path):
    folder = tmp_path / "p"
    old_project(folder, migrations.SCHEMA_VERSION, document("湖里区湖里区"),
                SPAN.format(1, 0, 3, "{}", "suggested", "x"), SPAN.format(2, 3, 6, "{}", "accepted", "x"))
    with Store.open(folder) as store:
        (n,) = store.conn.execute("SELECT COUNT(*) FROM annotations INDEXED BY annotations_learned "
                                  "WHERE status = 'accepted'").fetchone()
        assert n == 1
