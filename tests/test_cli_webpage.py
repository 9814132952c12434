"""`annotator import` of saved web pages: the article's text under the page's heading and date, a
"Web page, complete" once (its _files folder passed over), a page without an article one line."""
from __future__ import annotations

import shutil
from pathlib import Path

from annotator.core.store import Store
from tests.cli_run import run

PAGES = Path(__file__).resolve().parent / "data" / "html"


def test_import_a_folder_of_saved_pages_then_list_them(capsys, tmp_path):
    folder = tmp_path / "saved pages"
    shutil.copytree(PAGES, folder)
    project = tmp_path / "p"
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, folder)
    lines = err.splitlines()[:-1]  # the files that failed, then 'annotator: partly done: …'
    assert code == 3 and out == "imported 4 document(s)\n"  # 3: some files failed, the rest imported
    assert [line.split(": ")[0] for line in lines] == [f"failed {folder / 'index_of_reports.html'}",
                                                       f"failed {folder / 'login.html'}"]
    assert all(": no article text found: " in line for line in lines)
    code, out, _ = run(capsys, "documents", project)
    rows = [line.split("\t") for line in out.splitlines()]
    at = {name: i for i, name in enumerate(rows[0])}
    assert code == 0 and sorted((r[at["name"]], r[at["date"]], r[at["title"]]) for r in rows[1:]) == [
        ("binzhou_2024_gb2312.html", "2024-01-22", "2024年滨州市政府工作报告"),
        ("hechi_2015_utf8.html", "2015-02-03", "2015年河池市政府工作报告"),
        ("liaoyuan_2015_table.htm", "2015-02-03", "政府工作报告"),
        ("tianshui_2020_complete.html", "2020-01-21", "2020年天水市政府工作报告")]
    with Store.open(project) as store:
        text = store.document(store.document_id_by_name("tianshui_2020_complete.html")).text
    assert text.startswith("政府工作报告\n\n——2020年1月16日在天水市") and "分享" not in text


def test_a_page_without_an_article_is_one_line_and_exit_1(capsys, tmp_path):
    project = tmp_path / "p"
    run(capsys, "new", project)
    code, out, err = run(capsys, "import", project, PAGES / "login.html", "--meta", "date=2024-01-05")
    assert code == 1 and "Traceback" not in out + err
    assert out == "imported 0 document(s)\n"
    assert err == (f"annotator: error: {PAGES / 'login.html'}: no article text found: the page holds no paragraphs of "
                   "Chinese text (a login page, a list of links?); open the article's own page, save it and import "
                   "that, or copy its text into a .txt file; nothing was imported\n")
