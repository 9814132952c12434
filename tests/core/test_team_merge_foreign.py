"""A package of another project, sent by mistake, is refused whole and named: merged with the others it
brought its documents and its coder's spans into the lead's project (told in a line of the report, undone
only by 'annotator remove' of each document, or a restore that took the other coders' merges back too)."""
from __future__ import annotations

import zipfile

from annotator.core.store import Store
from annotator.core.team.merge import merge
from tests.cli_run import run

A = "厦门市湖里区投资55.1亿元建设松元产业园。"
C = "集美区新增企业20家。"


def test_a_package_of_another_project_is_refused_and_the_others_merged(make_project, open_store, tmp_path):
    lead = make_project({"a.txt": A}, name="lead")
    wang = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "wang"})], name="wang")
    other = make_project({f"{i}.txt": f"{C}{i}" for i in range(7)}, [("0.txt", 0, 3, "DISTRICT", {"annotator": "li"})],
                         name="other")
    with zipfile.ZipFile(tmp_path / "li.zip", "w") as z:  # a zip of the coder's folder, as sent
        z.write(other / "project.sqlite", "other/project.sqlite")
    store = open_store(lead)
    report = merge(store, [tmp_path / "li.zip", wang])
    assert [d.name for d in store.documents()] == ["a.txt"]  # nothing of li.zip
    assert sorted(a.annotator for a in store.annotations()) == ["wang"]
    assert report.refused == [report.sources[0]]
    lines = report.lines()
    assert lines[0] == (f"refused {tmp_path / 'li.zip'}: none of its 7 document(s) (0.txt, 1.txt, 2.txt, 3.txt, "
                        "4.txt, …) is in the project (a package of another project?): nothing of it merged; "
                        "'annotator merge --new-documents' adds them all the same")
    assert lines[-1].startswith("merged 1 source(s) into") and "0 document(s) and 1 span(s) added" in lines[-1]


def test_a_project_built_from_the_coders_copies_takes_each_of_theirs(make_project, open_store, tmp_path):
    # an empty project, two coders with documents of their own each: nothing to refuse
    li = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="li")
    wang = make_project({"c.txt": C}, [("c.txt", 0, 3, "DISTRICT", {"annotator": "wang"})], name="wang")
    Store.create(tmp_path / "new").close()
    report = merge(open_store(tmp_path / "new"), [li, wang])
    assert report.refused == [] and sum(len(s.documents_added) for s in report.sources) == 2


def test_the_command_exits_3_when_a_source_was_refused_and_1_when_all_were(make_project, capsys):
    lead = make_project({"a.txt": A}, name="lead")
    wang = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "wang"})], name="wang")
    other = make_project({"c.txt": C}, [("c.txt", 0, 3, "DISTRICT", {"annotator": "li"})], name="other")
    code, out, _err = run(capsys, "merge", str(lead), str(other), str(wang))
    assert code == 3 and out.startswith(f"refused {other}: none of its 1 document(s) (c.txt)")
    code, out, _err = run(capsys, "merge", str(lead), str(other))
    assert code == 1 and "merged 0 source(s)" in out
    code, out, _err = run(capsys, "merge", str(lead), str(other), "--new-documents")
    assert code == 0 and "none of the documents of" in out and "1 added (c.txt)" in out
