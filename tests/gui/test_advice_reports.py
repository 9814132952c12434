"""An annotation import's report and a merge's report in the window named commands of the terminal: 'take this
import back (annotator restore) and import the file again with --annotator NAME', 'annotator meta P KEY=VALUE
--doc NAME', 'annotator export-package --with annotations keeps all but done marks', 'annotator merge
--new-documents', 'annotator remove', '--rename', '--replace'. They now name the menu items and the merge
dialog's fields, in English and Chinese."""
from __future__ import annotations

import pytest

from annotator.core.imports.label_studio import numbered_note
from annotator.core.imports.not_carried import DOCCANO, GOLD, SAID
from annotator.gui.annotation_summaries import import_lines
from annotator.gui.merge_report import merge_lines
from tests.gui.terminal_advice import terminal_advice

IMPORTED = [numbered_note("ls.json", {"1", "2"}),
            "ls.json: 2 document(s) the project holds keep their metadata, which the file gives otherwise (a.txt: "
            "year 2023); to take the file's: annotator meta P KEY=VALUE --doc NAME, or the window's form",
            f"d.jsonl: {SAID[DOCCANO]}", f"g.jsonl: {SAID[GOLD]}"]
MERGED = ["refused li.zip: none of its 2 document(s) (a.txt, b.txt) is in the project (a package of another "
          "project?): nothing of it merged; 'annotator merge --new-documents' adds them all the same",
          "  none of the documents of li.zip was in the project (a package of another project?): 2 added (a.txt, "
          "b.txt); 'annotator remove' takes them out",
          "  annotator li stored as li2 here (--rename)",
          "  3 span(s) of li here are not in li.zip as they are (deleted, relabelled, moved or decided otherwise "
          "there since an earlier merge): left as they are (a corrected copy? merge it again with --replace to take "
          "its version)",
          "  1 link(s) of its coders here that li.zip no longer holds replaced by its links (--replace)",
          "  li.zip was handed out to li, but its spans carry annotator(s) wang: merged under those names (is one of "
          "them li? merge it with --rename NAME=li)"]


def said(lines: list[str], say) -> list[str]:
    assert all(terminal_advice(line) for line in lines)  # what the command line prints
    return say(lines)


def test_an_annotation_imports_report_names_the_menu_items(qapp):
    shown = said(IMPORTED, import_lines)
    assert [terminal_advice(text) for text in shown] == [[]] * 4, shown
    assert shown[0].endswith("take this import back (Project › Restore from a backup…) and import the file again "
                             "with an annotator name (Project › Import annotations…)"), shown[0]
    assert shown[1].endswith("type them in the document's form, or import them with Project › Import metadata "
                             "table…"), shown[1]
    assert all("a package handed out with every span and link (Project › Coding team › Hand out a package…)" in text
               for text in shown[2:]), shown


def test_a_merges_report_names_the_merge_dialogs_fields(qapp):
    shown = said(MERGED, merge_lines)
    assert [terminal_advice(text) for text in shown] == [[]] * 6, shown
    assert "merging it with Documents of another project: add them ticked (Project › Coding team › Merge coders' " \
           "work…)" in shown[0], shown[0]
    assert shown[1].endswith("Project › Remove document(s)… takes them out"), shown[1]
    assert shown[2] == "  annotator li stored as li2 here (Rename coders)"
    assert "merge it again with Corrected copies, sent again ticked" in shown[3], shown[3]
    assert shown[4].endswith("(Corrected copies, sent again)"), shown[4]
    assert shown[5].endswith("merge it with NAME=li in Rename coders (Project › Coding team › Merge coders' work…))")


@pytest.mark.usefixtures("chinese_of_checkout")
def test_the_reports_name_the_menu_items_in_chinese():
    imported, merged = said(IMPORTED, import_lines), said(MERGED, merge_lines)
    assert [terminal_advice(text) for text in imported + merged] == [[]] * 10, imported + merged
    assert "“标注工程 › 从备份恢复…”" in imported[0] and "“标注工程 › 导入标注…”" in imported[0], imported[0]
    assert imported[1].endswith("或用“标注工程 › 导入元数据表…”导入"), imported[1]
    assert all("“标注工程 › 团队协作 › 分发标注包…”" in text for text in imported[2:]), imported
    assert "“标注工程 › 团队协作 › 合并编码员的成果…”中勾选“另一个工程的文档：添加这些文档”" in merged[0], merged[0]
    assert merged[1].endswith("“标注工程 › 移除文档…”可将其移除"), merged[1]
    assert "勾选“更正后的副本，再次发回”" in merged[3] and merged[4].endswith("（更正后的副本，再次发回）"), merged
    assert "“标注工程 › 团队协作 › 合并编码员的成果…”的“改名”一栏填写 名字=li" in merged[5], merged[5]
