"""The merge report's lines naming documents the lead's project lacked (removed since the package
was made, or a package of another project) are said in Chinese in the window, names and all."""
from __future__ import annotations

from collections import Counter

from annotator.core.team.merge import SourceReport
from annotator.gui.team import merge_lines


def test_the_documents_a_merge_added_are_named_in_chinese(window):
    came_back = SourceReport("张三.zip", "张三", documents_added=["hechi 2015.txt"], documents_matched=5,
                             spans_added=Counter({"张三": 2}), coders={"张三"}, target_had_documents=True)
    other = SourceReport("wang.zip", "wang", documents_added=[f"{i}.txt" for i in range(6)],
                         spans_added=Counter(wang=1), coders={"wang"}, target_had_documents=True)
    lines = came_back.lines()[1:] + other.lines()[1:]
    assert len(lines) == 2
    window.commands.set_language("zh_CN")
    try:
        said = merge_lines(lines)
    finally:
        window.commands.set_language("en")
    assert said == ["  本标注工程原先没有的文档，新增 1 篇（hechi 2015.txt）：是在 张三.zip 制作之后从这里删除的吗？"
                    "“标注工程 › 移除文档…”可将其移除",
                    "  wang.zip 的文档都不在本标注工程中（是另一个工程的标注包？）：新增 6 篇（0.txt, 1.txt, 2.txt, "
                    "3.txt, 4.txt, …）；“标注工程 › 移除文档…”可将其移除"]
