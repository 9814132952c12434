"""Chinese of the window's messages about the project changing under it, and of a long box (read into
translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "No recent projects": "没有最近的标注工程",
    "{0} (not found)": "{0}（找不到）",
    "Remove those not found": "移除找不到的标注工程",
    "This span is no longer in the project: another program (the command line, suggestions run again) removed it "
    "since the window read it. Press Ctrl+R to see what the project holds now; nothing was changed.":
        "此标注已不在标注工程中：窗口读取它之后，另一个程序（命令行、再次运行的自动建议）删除了它。"
        "按 Ctrl+R 查看标注工程现在的内容；未作任何更改。",
    "This document is no longer in the project: another program removed it since the window read it. Press Ctrl+R "
    "to see what the project holds now; nothing was changed.":
        "此文档已不在标注工程中：窗口读取它之后，另一个程序删除了它。按 Ctrl+R 查看标注工程现在的内容；未作任何更改。",
    "Reloaded: the project was changed by another program": "已重新载入：另一个程序修改了标注工程",
    "The span that was selected is no longer in the project: another program removed it.":
        "之前选中的标注已不在标注工程中：另一个程序删除了它。",
    "another program removed what it changes since the window read it": "窗口读取之后，另一个程序删除了它要修改的内容",
    "… {0} more line(s): Show Details": "……另有 {0} 行：见“显示详情”",
    "Find (Enter: next, Shift+Enter: previous, Ctrl+Enter: select to label, Esc: close)":
        "查找（回车：下一个，Shift+回车：上一个，Ctrl+回车：选中以标注，Esc：关闭）",
    "Accepting {0} {1} suggestions…": "正在接受 {0} 条{1}建议…",
    "Rejecting {0} {1} suggestions…": "正在拒绝 {0} 条{1}建议…",
    "Undoing: {0}…": "正在撤销：{0}…",
    "Redoing: {0}…": "正在重做：{0}…",
}
