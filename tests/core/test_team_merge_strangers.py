"""A coder's copy whose spans carry another name than the coder the lead added (li's package, coded
under "Li Ming"): the merge recorded a new coder Li Ming and left li with no span, without a word. The
report now names the stranger and the idle coders, and the command lines that put it right, which work."""
from __future__ import annotations

import shlex
import zipfile

from annotator.core.store import backup
from annotator.core.team.merge import merge
from tests.cli_run import run

A = "厦门市湖里区投资55.1亿元建设松元产业园。"


def _team(make_project, tmp_path, who="Li Ming", lead="lead"):
    lead = make_project({"a.txt": A}, name=lead)
    copy = make_project({"a.txt": A}, [("a.txt", 0, 6, "DISTRICT", {"annotator": who}),
                                       ("a.txt", 8, 14, "AMOUNT", {"annotator": who})], name=f"{lead}-copy")
    (tmp_path / f"{lead}-sent").mkdir()
    with zipfile.ZipFile(tmp_path / f"{lead}-sent" / "li.zip", "w") as z:  # li's package, sent back
        z.write(copy / "project.sqlite", "li/project.sqlite")
    return lead, tmp_path / f"{lead}-sent" / "li.zip"


def test_a_copy_under_another_name_is_said_with_the_way_to_put_it_right(make_project, open_store, tmp_path, capsys):
    lead, li = _team(make_project, tmp_path)
    assert run(capsys, "coders", str(lead), "--add", "li", "--add", "wang")[0] == 0
    code, out, _err = run(capsys, "merge", str(lead), str(li))
    assert code == 0
    assert (f"  {li} brought annotator(s) Li Ming, not among the project's coders; coder(s) li, wang hold no span "
            "here: a copy whose coder gave another name (their window's Preferences, or --annotator)?") in out
    made = [p.name for p in backup.list_backups(lead) if p.name.endswith("-before-merge.sqlite")]
    assert len(made) == 1  # the merge's own backup, named: the newest may be older, or made since
    restore, again = f"annotator restore {lead} {made[0]}", f'annotator merge {lead} {li} --rename "Li Ming=li"'
    assert (f"  to store them under a coder's name, take this merge back and merge again with "
            f'--rename "Li Ming=li": {restore}, then {again}') in out.splitlines()
    for line in (restore, again):  # as said: li's spans are li's, and no Li Ming is left
        assert run(capsys, *shlex.split(line)[1:])[0] == 0
    store = open_store(lead)
    assert sorted(a.annotator for a in store.annotations()) == ["li", "li"]
    assert store.coders() == ("li", "wang")


def test_a_guess_only_where_the_merge_tells(make_project, open_store, tmp_path):
    lead, li = _team(make_project, tmp_path)
    li.rename(li.with_name("copy.zip"))  # named after no coder; two idle coders
    store = open_store(lead)
    store.add_coders(["li", "wang"], "added")
    report = merge(store, [li.with_name("copy.zip")], replace=True)
    assert report.again[1].endswith(f'{li.with_name("copy.zip")} --rename "Li Ming=CODER" --replace')


def test_nothing_said_when_the_names_are_the_coders_or_no_coder_was_recorded(make_project, open_store, tmp_path):
    lead, li = _team(make_project, tmp_path, who="li")
    store = open_store(lead)
    store.add_coders(["li", "wang"], "added")
    report = merge(store, [li])
    assert report.again == [] and not any("not among the project's coders" in line for line in report.lines())
    lead, li = _team(make_project, tmp_path, lead="solo")
    report = merge(open_store(lead), [li])  # the first merge of a project that recorded no coder
    assert report.again == [] and report.sources[0].strangers == []
