"""The reasons a row of an .xlsx's Links sheet was refused are said in Chinese in the Chinese window
(they stayed English: "Links sheet: no DISTRICT span at 4-7 in a.txt to link")."""
from __future__ import annotations

import pytest

from annotator.gui.i18n import install_translator
from annotator.gui.line_reasons import line_reason


@pytest.mark.parametrize(("why", "says"), [
    ("Links sheet: a district link needs the span it points to (to_label, to_start, to_end)", "地区关联需要"),
    ("Links sheet: a project link needs the span it points to (to_label, to_start, to_end)", "项目关联需要"),
    ("Links sheet: the DISTRICT span at 4-7 was rejected or relabelled", "已被拒绝或改了标签"),
    ("Links sheet: no DISTRICT span at 4-7 in a.txt to link", "a.txt 中位于 4-7 处没有可关联的 地区 标注"),
    ("Links sheet: no document '报告.txt' in this project (import its text first)", "没有文档 '报告.txt'"),
])
def test_a_refused_links_row_is_said_in_chinese(qapp, why, says):
    assert line_reason(why) == why  # English as the core wrote it
    install_translator(qapp, "zh_CN")
    try:
        said = line_reason(why)
    finally:
        install_translator(qapp, "en")
    assert said.startswith("Links 工作表：") and says in said, said
