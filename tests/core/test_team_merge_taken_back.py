"""The advice after a merge of a copy under another name ('take this merge back: annotator restore P, then
annotator merge … --rename "Li Ming=li"') restored the newest backup: a large project backed up minutes
before made none at the merge (the lead's edits since were lost with it), and a backup made after the merge
(another command, the window's hourly one) was restored in its place (the merge stayed, and merging again
added li's layer beside Li Ming's). The merge now makes a backup of its own right before it writes and the
advice names it."""
from __future__ import annotations

import shlex

from annotator.core.store import Store, backup
from tests.cli_run import run
from tests.core.test_team_merge_strangers import _team


def _lead_edits(lead) -> None:
    with Store.open(lead) as store:  # a session of the lead's: their own span, made before the merge
        store.add_annotation(store.documents()[0].id, 14, 20, "PROJECT", annotator="lead", status="accepted")


def _advice(out: str) -> list[str]:
    line = next(line for line in out.splitlines() if "take this merge back" in line)
    restore, again = line.split(": ", 1)[1].split(", then ")
    return [restore, again]


def _follow(capsys, lead, advice: list[str]) -> None:
    for line in advice:
        assert run(capsys, *shlex.split(line)[1:])[0] == 0
    with Store.open(lead) as store:
        assert sorted((a.annotator, a.label) for a in store.annotations()) == [
            ("lead", "PROJECT"), ("li", "AMOUNT"), ("li", "DISTRICT")]


def test_a_large_project_backed_up_minutes_before_keeps_the_leads_edits(make_project, tmp_path, capsys,
                                                                        monkeypatch):
    monkeypatch.setattr(backup, "LARGE_BYTES", 0)  # a session's backup left to one of ten minutes ago
    lead, li = _team(make_project, tmp_path)
    assert run(capsys, "coders", str(lead), "--add", "li")[0] == 0
    _lead_edits(lead)
    code, out, _err = run(capsys, "merge", str(lead), str(li))
    assert code == 0
    _follow(capsys, lead, _advice(out))


def test_a_backup_made_after_the_merge_is_not_the_one_restored(make_project, tmp_path, capsys):
    lead, li = _team(make_project, tmp_path)
    assert run(capsys, "coders", str(lead), "--add", "li")[0] == 0
    _lead_edits(lead)
    code, out, _err = run(capsys, "merge", str(lead), str(li))
    assert code == 0
    assert run(capsys, "coders", str(lead), "--add", "zhao")[0] == 0  # another session: its backup holds the merge
    _follow(capsys, lead, _advice(out))
