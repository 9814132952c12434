"""The Chinese window's word for an annotator project is 标注工程 (its menu 标注工程(&P), the title, the
status bar): 项目 is the label PROJECT. A look at the big project opening found the document list and the
article saying "正在读取项目的文档…" (reading the PROJECT spans' documents?), and errors saying "项目中没有文档",
"请向对方重新索取该项目", "即可打开上次保存时的项目"; the notice after an upgrade said "工程" alone."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from annotator.gui.i18n import install_translator

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "annotator_zh_CN.ts"
THE_PROJECT = re.compile(r"\b(the|this) project\b(?! link)", re.IGNORECASE)  # the annotator's, not a label's


def test_what_says_the_project_names_it_as_the_project_menu_does():
    said = [(c.findtext("name"), m.findtext("source"), m.findtext("translation") or "")
            for c in ET.parse(TS).getroot().iter("context") for m in c.iter("message")]
    of_the_project = [(c, s, t) for c, s, t in said if THE_PROJECT.search(s) and "PROJECT" not in s]
    assert len(of_the_project) > 50
    assert [(c, s, t) for c, s, t in of_the_project if "项目" in t] == []


def test_the_new_surfaces_say_标注工程_and_the_cause_first(qapp):
    assert install_translator(qapp, "zh_CN")
    try:
        for context in ("DocumentPanel", "EmptyHint"):
            assert QCoreApplication.translate(context, "Reading the project's documents…") == "正在读取标注工程的文档…"
        said = QCoreApplication.translate("Upgrading", "The project as it was is kept in:\n{0}")
        assert said.startswith("升级前的标注工程备份")
        # the status bar cuts a long line at its end: the cause comes before the document's name
        said = QCoreApplication.translate("Reloading", "Not opened: another program removed {0} since the window "
                                                       "listed it")
        assert said.startswith("未打开：另一个程序已删除 {0}")
    finally:
        install_translator(qapp, "en")
