"""A project's database file given where a project goes (tab-completed, dragged: ``P/project.sqlite``) stands for
its folder P for every command, and the messages name P: ``annotator merge LEAD P/project.sqlite`` read a coder's
project as a damaged zip, ``coders``/``restore`` named the file, and a folder without a database given with the
file's name said "no such project folder" of a folder that is there."""
from __future__ import annotations

from annotator.core.store import Store
from tests.cli_run import ARTICLE, assert_user_error, run


def _coded(tmp_path, capsys):
    """The lead's project of one report, and li's copy of it with two spans li accepted."""
    lead, li, article = tmp_path / "lead", tmp_path / "li", tmp_path / "report.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for folder in (lead, li):
        assert run(capsys, "new", folder)[0] == 0
        assert run(capsys, "import", folder, article)[0] == 0
    with Store.open(li) as store:
        doc = store.documents()[0].id
        for needle, label in (("湖里区", "DISTRICT"), ("55.1亿元", "AMOUNT")):
            start = ARTICLE.index(needle)
            store.add_annotation(doc, start, start + len(needle), label, annotator="li")
    return lead, li


def test_a_coders_project_merged_by_its_database_file_is_merged_as_its_folder(tmp_path, capsys):
    lead, li = _coded(tmp_path, capsys)
    code, out, err = run(capsys, "merge", lead / "project.sqlite", li / "project.sqlite")
    assert code == 0, err  # it said "li/project.sqlite: not a readable zip file"
    assert f"from {li}: 0 document(s) added, 1 matched; 2 span(s) added (li: 2)" in out
    assert "project.sqlite" not in out


def test_the_messages_name_the_projects_folder_not_its_database_file(tmp_path, capsys):
    lead, _li = _coded(tmp_path, capsys)
    (tmp_path / "empty").mkdir()
    code, out, _err = run(capsys, "coders", lead / "project.sqlite")
    assert code == 0 and out.startswith(f"{lead} has no coders")  # it named {lead}/project.sqlite
    code, out, _err = run(capsys, "new", lead / "project.sqlite")
    assert code == 0 and out.strip() == f"nothing changed: {lead} is a project already"
    assert_user_error(run(capsys, "stats", tmp_path / "empty" / "project.sqlite"),
                      f"{tmp_path / 'empty'}: not an annotator project (no project.sqlite)")
    assert_user_error(run(capsys, "stats", tmp_path / "nothing" / "project.sqlite"), "no such project folder")
    assert_user_error(run(capsys, "gui", tmp_path / "nothing"), f"{tmp_path / 'nothing'}: no such project folder")


def test_merge_takes_a_coders_database_file_as_its_project(tmp_path, capsys):
    # (the window's merge and a script call the core's merge, not the command line)
    from annotator.core.team.merge import merge

    lead, li = _coded(tmp_path, capsys)
    with Store.open(lead) as store:
        report = merge(store, [li / "project.sqlite"])
        assert [one.unnamed_as for one in report.sources] == ["li"]  # named by its folder
        assert len(store.annotations(store.documents()[0].id, statuses=["accepted"])) == 2
