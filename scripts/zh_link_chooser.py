"""The Chinese of Edit › Link span to… (Ctrl+L: gui/dialogs/link_chooser.py, gui/linking.py's
choose_key); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Link span t&o…": "关联标注到(&O)…",
    "Select the span to link first (an amount, a target or a project).": "请先选中要关联的标注（金额、目标或项目）。",
    "Link to": "关联到",
    "Link {0} to the span chosen below (Enter links it, Esc cancels):":
        "把 {0} 关联到下面选中的标注（Enter 关联，Esc 取消）：",
    "Type to filter by the span's text or code": "输入文字或区划代码以筛选",
    "Spans to link to": "可关联的标注",
    "Link": "关联", "Span": "标注", "In the text": "上下文", "&Link": "关联(&L)",
    "for project": "所属项目", "district": "地区",
    "linked now": "当前的关联", "(suggested link)": "（建议的关联）", "suggested link now": "当前的建议关联",
    "a suggested span, not accepted yet": "待审的建议标注，尚未接受",
    "No span's text holds “{0}”.": "没有标注的文字包含“{0}”。",
    "{0} of {1} spans": "{0} / {1} 个标注",
    "{0} spans, the nearest first": "{0} 个标注，最近的在前",
    "The nearest {0} of {1} spans: type to find the others": "最近的 {0} 个标注（共 {1} 个）：输入文字以查找其余的",
    "The nearest {0} of the {1} spans that hold “{2}” (of {3}): type more to narrow them":
        "包含“{2}”的 {1} 个标注中最近的 {0} 个（共 {3} 个）：多输入几个字以缩小范围",
}
