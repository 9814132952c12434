"""Two people who both gave the name li, their copies merged together: the report said "take this merge back
with 'annotator restore' and merge copy2 alone with --rename li=ANOTHER_NAME", and 'annotator restore' takes
the newest backup, which may be one made after the merge (another command, the window's hourly one: the
merge stays) or older than the lead's last edits. The line now names the backup the merge made right before
it, as the advice for a copy coded under another name does."""
from __future__ import annotations

import re
import shlex

from annotator.core.store import Store, backup
from tests.cli_run import run

A = "厦门市湖里区投资55.1亿元建设松元产业园。"


def test_two_people_of_one_name_taken_back_by_the_merges_own_backup(make_project, tmp_path, capsys):
    first = make_project({"a.txt": A}, [("a.txt", 0, 6, "DISTRICT", {"annotator": "li"})], name="copy1")
    second = make_project({"a.txt": A}, [("a.txt", 8, 14, "AMOUNT", {"annotator": "li"})], name="copy2")
    lead = make_project({"a.txt": A}, name="lead")
    with Store.open(lead) as store:  # the lead's own span, made before the merge
        store.add_annotation(store.documents()[0].id, 14, 20, "PROJECT", annotator="lead", status="accepted")
    code, out, _err = run(capsys, "merge", str(lead), str(first), str(second))
    assert code == 0
    line = next(line for line in out.splitlines() if "came from" in line)
    made = [p.name for p in backup.list_backups(lead) if p.name.endswith("-before-merge.sqlite")]
    assert len(made) == 1
    assert (f"  annotator li came from {first} too: their spans are one layer here (two people of one name? take "
            f"this merge back with 'annotator restore {lead} {made[0]}' and merge {second} alone with "
            "--rename li=ANOTHER_NAME)") == line
    assert run(capsys, "coders", str(lead), "--add", "zhao")[0] == 0  # another session: its backup holds the merge
    restore = re.search(r"take this merge back with '([^']+)'", line).group(1)
    for command in (restore, f"annotator merge {lead} {first}", f"annotator merge {lead} {second} --rename li=wang"):
        assert run(capsys, *shlex.split(command)[1:])[0] == 0
    with Store.open(lead) as store:
        assert sorted((a.annotator, a.label) for a in store.annotations()) == [
            ("lead", "PROJECT"), ("li", "DISTRICT"), ("wang", "AMOUNT")]
