"""The Chinese of the window open while the command line works on the same project (gui/reloading.py:
the open document another program removed, what was typed about it, one clicked in the list;
gui/editing.py: A or X over a decision another program made meanwhile; dialogs/coders_dialog.py: the coders
another program changed; gui/restored_elsewhere.py: a restore by another program)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Another program removed {0}, the document you were typing about; not saved: “{1}”":
        "另一个程序删除了你正在填写的文档 {0}；未保存：“{1}”",
    "Reloaded: another program removed {0}, the document that was open": "已重新载入：另一个程序删除了打开的文档 {0}",
    "Not opened: another program removed {0} since the window listed it":
        "未打开：另一个程序已删除 {0}（在窗口列出它之后）",
    "Accepted {0}: another program had rejected it meanwhile; Ctrl+Z gives its rejection back":
        "已接受 {0}：另一个程序在此期间拒绝了它；Ctrl+Z 恢复那次拒绝",
    "Rejected {0}: another program had accepted it meanwhile; Ctrl+Z gives its acceptance back":
        "已拒绝 {0}：另一个程序在此期间接受了它；Ctrl+Z 恢复那次接受",
    "Another program changed the project: the coders are shown as they are now.":
        "另一个程序修改了标注工程：编码员按现在的情况显示。",
    "Another program restored the project from a backup: the undo history was cleared":
        "另一个程序从备份恢复了标注工程：撤销记录已清空",
    "Reloaded: another program restored the project from a backup": "已重新载入：另一个程序从备份恢复了标注工程",
}
