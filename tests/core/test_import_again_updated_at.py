"""Spans that *Import again* moved to their new place kept their old ``updated_at``: the workbook's "updated
(UTC)" column, the check that refuses a row of a workbook exported before a change, and a merge's "changed
since the copy" did not see the move. A span moved now has the time of the move; one left where it was keeps
its own."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import run
from tests.core.test_import_again_same_id import REPORT, _project
from tests.test_cli_import_again import again

LONG_AGO = "2020-01-01T00:00:00+00:00"
INSERTED = "\n\n人大代表意见已吸收。"  # after the first paragraph: 湖里区 stays where it is, the rest moves


def test_a_span_moved_by_import_again_is_updated_then_one_left_in_place_is_not(tmp_path, capsys):
    folder = _project(tmp_path, capsys)
    with Store.open(folder) as store:
        b = store.document_id_by_name("b.txt")
        store.conn.execute("UPDATE annotations SET updated_at = ? WHERE document_id = ?", (LONG_AGO, b))
        store.conn.commit()
        before = {a.text: (a.id, a.start) for a in store.annotations(b, statuses=["accepted"])}
    first = REPORT.index("\n\n")
    (tmp_path / "b.txt").write_text(REPORT[:first] + INSERTED + REPORT[first:] + "b.txt", encoding="utf-8")
    code, out, err = run(capsys, "import-again", folder, "--doc", "b.txt")
    assert code == 0 and out.splitlines()[0] == again(tmp_path, "b.txt", 3, 3), err

    with Store.open(folder) as store:
        after = {a.text: a for a in store.annotations(b, statuses=["accepted"])}
        assert {t: (a.id, a.start) for t, a in after.items()} == {
            t: (i, s + (len(INSERTED) if t != "湖里区" else 0)) for t, (i, s) in before.items()}
        assert after["湖里区"].updated_at == LONG_AGO  # not moved
        for text in ("松元产业园二期", "15亿元"):
            assert after[text].updated_at > LONG_AGO and after[text].created_at <= after[text].updated_at, text
