"""A project's database given to `annotator import` (tab-completed into another project's folder, or a
coder's project.sqlite taken for a report) was refused as "a binary file"; it is now named for what it
is, with how to open a project and how to bring a coder's annotations in (Chinese in the window)."""
from __future__ import annotations

from tests.cli_run import run

SAID = ("an SQLite database (an annotator project's project.sqlite?), not a document: open a project with "
        "'annotator gui FOLDER' (Project › Open project… in the window), or bring its coders' annotations in "
        "with 'annotator merge PROJECT FOLDER'")


def test_a_projects_database_given_to_import_is_named_for_what_it_is(tmp_path, capsys):
    lead, coder = tmp_path / "lead", tmp_path / "li"
    assert run(capsys, "new", lead)[0] == 0
    assert run(capsys, "new", coder)[0] == 0
    for name in ("project.sqlite", "copy.txt"):  # under its name, and under a report's
        given = coder / "project.sqlite" if name == "project.sqlite" else tmp_path / name
        if name != "project.sqlite":
            given.write_bytes((coder / "project.sqlite").read_bytes())
        code, _out, err = run(capsys, "import", lead, given)
        assert code == 1 and err == f"annotator: error: {given}: is {SAID}; nothing was imported\n", err
    code, out, _err = run(capsys, "documents", lead)
    assert code == 0 and len(out.strip().splitlines()) <= 1  # nothing was imported


def test_the_window_says_it_in_chinese(qapp):
    from annotator.gui import i18n
    from annotator.gui.summaries import summary_text

    assert i18n.install_translator(qapp, "zh_CN")
    try:
        shown = summary_text(f"failed /tmp/li/project.sqlite: is {SAID}")
    finally:
        assert i18n.install_translator(qapp, "en")
    assert shown.startswith("未能导入 /tmp/li/project.sqlite：是 SQLite 数据库")
    assert "“标注工程 › 团队协作 › 合并编码员的成果…”" in shown and "annotator merge" not in shown
    assert "not a document" not in shown, shown
