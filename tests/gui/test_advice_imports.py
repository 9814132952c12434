"""An import's report in the window named commands of the terminal: a project's database given as an article
('open a project with annotator gui FOLDER … annotator merge PROJECT FOLDER'), gold annotations given as one
('they go in with annotator import-annotations PROJECT FILE'), a file that is not in the encoding chosen for it
('(--encoding utf-8) … leave out --encoding'), the export's note on spans several annotators marked
('--annotator NAME exports one annotator's'). The window now names its menu items, in English and Chinese."""
from __future__ import annotations

import shutil

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from annotator.gui.summaries import summary_text
from annotator.paths import DB_FILENAME
from tests.gui.terminal_advice import terminal_advice

GBK = "厦门市湖里区计划投资55.1亿元建设松元产业园。".encode("gb18030")
NOTE = ("note: 3 span(s) are exported once for each annotator who marked them (li, wang), so counts and sums take "
        "them more than once; --annotator NAME exports one annotator's")


def failed_lines(tmp_path) -> list[str]:
    """The core's lines for a project's database, a gold file and a GBK file read as UTF-8, given as articles."""
    with Store.create(tmp_path / "other"):
        pass
    shutil.copy(tmp_path / "other" / DB_FILENAME, tmp_path / "copy.sqlite")
    (tmp_path / "gold.jsonl").write_text('{"text": "湖里区", "spans": []}\n', encoding="utf-8")
    (tmp_path / "报告.txt").write_bytes(GBK)
    with Store.create(tmp_path / "p") as store:
        lines = [import_files(store, [tmp_path / name], encoding=encoding).lines()[-1]
                 for name, encoding in (("copy.sqlite", None), ("gold.jsonl", None), ("报告.txt", "utf-8"))]
    assert all(terminal_advice(line) for line in lines), lines  # what the command line prints
    return [*lines, NOTE]


def test_an_imports_report_names_the_menu_items_not_commands(qapp, tmp_path):
    said = [summary_text(line) for line in failed_lines(tmp_path)]
    assert [terminal_advice(text) for text in said] == [[], [], [], []], said
    assert said[0].endswith("not a document: open its folder as a project with Project › Open project…, or bring "
                            "its coders' annotations in with Project › Coding team › Merge coders' work…"), said[0]
    assert said[1].endswith("is annotations (JSON lines), not a document: they go in with Project › Import "
                            "annotations…"), said[1]
    assert "is not UTF-8 text (the encoding chosen: utf-8)" in said[2], said[2]
    assert said[2].endswith("it reads as GB18030: import it again with Project › Import files… without choosing an "
                            "encoding for it"), said[2]
    assert said[3].endswith("ticking one annotator in Project › Export… exports one annotator's"), said[3]


@pytest.mark.usefixtures("chinese_of_checkout")
def test_an_imports_report_names_the_menu_items_in_chinese(tmp_path):
    said = [summary_text(line) for line in failed_lines(tmp_path)]
    assert [terminal_advice(text) for text in said] == [[], [], [], []], said
    assert "请用“标注工程 › 打开标注工程…”把其文件夹作为标注工程打开" in said[0], said[0]
    assert "“标注工程 › 团队协作 › 合并编码员的成果…”" in said[0], said[0]
    assert said[1].endswith("标注请用“标注工程 › 导入标注…”导入"), said[1]
    assert "（所选编码：utf-8）" in said[2] and said[2].endswith("请用“标注工程 › 导入文件…”重新导入，不要为它选择编码")
    assert "在“标注工程 › 导出…”中只勾选一名标注者" in said[3], said[3]
