"""The Chinese of the window's strings about the form's Links row, Ctrl+L's list, undo of a
done mark, N / P wrapping round and an undo whose document is gone (gui/widgets/links_row.py,
gui/undo_said.py, gui/suggestion_steps.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Enter or Space: link the span to one chosen from a list (Ctrl+L)":
        "Enter 或空格：从列表中选择要关联的标注（Ctrl+L）",
    "Undone: Mark document “{0}” done": "已撤销：标记文档“{0}”已完成",
    "Undone: Mark document “{0}” not done": "已撤销：取消文档“{0}”的完成标记",
    "Redone: Mark document “{0}” done": "已重做：标记文档“{0}”已完成",
    "Redone: Mark document “{0}” not done": "已重做：取消文档“{0}”的完成标记",
    "Mark document “{0}” done": "标记文档“{0}”已完成", "Mark document “{0}” not done": "取消文档“{0}”的完成标记",
    "No open suggestions further on in {0} nor in the documents after it: wrapped round to the first document "
    "with some, {1}": "{0} 中此处之后及其后的文档中都没有待审建议：已绕回到列表中第一篇有待审建议的文档 {1}",
    "No open suggestions earlier in {0} nor in the documents before it: wrapped round to the last document "
    "with some, {1}": "{0} 中此处之前及其前的文档中都没有待审建议：已绕回到列表中最后一篇有待审建议的文档 {1}",
    "No open suggestions further on in {0} nor in another document: wrapped round to its first one":
        "{0} 中后面及其他文档中都没有待审建议：已绕回到本文档的第一条",
    "No open suggestions earlier in {0} nor in another document: wrapped round to its last one":
        "{0} 中前面及其他文档中都没有待审建议：已绕回到本文档的最后一条",
    "Nothing undone: the document of “{0}” is no longer in the project (another program removed it; Ctrl+R "
    "shows what the project holds now)":
        "未撤销任何内容：“{0}”所在的文档已不在工程中（另一个程序已将其移除；按 Ctrl+R 查看工程现有内容）",
    "Nothing redone: the document of “{0}” is no longer in the project (another program removed it; Ctrl+R "
    "shows what the project holds now)":
        "未重做任何内容：“{0}”所在的文档已不在工程中（另一个程序已将其移除；按 Ctrl+R 查看工程现有内容）",
    "Nothing undone: the document “{0}” is no longer in the project (another program removed it; Ctrl+R shows "
    "what the project holds now)":
        "未撤销任何内容：文档“{0}”已不在工程中（另一个程序已将其移除；按 Ctrl+R 查看工程现有内容）",
    "Nothing redone: the document “{0}” is no longer in the project (another program removed it; Ctrl+R shows "
    "what the project holds now)":
        "未重做任何内容：文档“{0}”已不在工程中（另一个程序已将其移除；按 Ctrl+R 查看工程现有内容）",
}
