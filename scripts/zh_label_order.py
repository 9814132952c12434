"""The Chinese of the label editor's Move up / Move down and of its note on labels another program
changed (``gui/dialogs/label_editor.py``, ``gui/dialogs/label_watch.py``); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Move &up": "上移(&U)", "Move do&wn": "下移(&W)",
    "Move the selected label up (Ctrl+Up): its place in the label buttons, the filter, the statistics and "
    "the exports": "将所选标签上移（Ctrl+上箭头）：标签按钮、筛选、统计和导出都按此顺序排列",
    "Move the selected label down (Ctrl+Down)": "将所选标签下移（Ctrl+下箭头）",
    "Label not moved": "标签未移动",
    "Move label {0}": "移动标签 {0}",
    "Another program changed the labels: they are shown as soon as you finish this edit.":
        "另一个程序修改了标签：完成当前编辑后即显示。",
    "Another program changed the labels: shown as they are now.": "另一个程序修改了标签：已显示其当前状态。",
}
