"""The Chinese of N / P following the annotation list's filters (gui/suggestion_steps.py) and of
several rows accepted or rejected at once (gui/editing.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "No more {0} suggestions (the list's filter); clear it for the others":
        "没有更多{0}建议了（列表的筛选）；清除筛选即可看到其他建议",
    "No more suggestions pass the list's filter ({0}); clear it for the others":
        "没有更多符合列表筛选（{0}）的建议了；清除筛选即可看到其他建议",
    " (the list's filter: {0})": "（列表的筛选：{0}）",
    "The list's status filter ({0}) was cleared to show the open suggestion selected":
        "已清除列表的状态筛选（{0}），以显示所选的待审建议",
    "Accepted {0} spans": "已接受 {0} 条标注",
    "Rejected {0} spans": "已拒绝 {0} 条标注",
    "; {0} of the rows chosen had that status already": "；所选行中有 {0} 条原本就是该状态",
}
