"""The Chinese of the keyboard paths a first hour asked for (gui/actions.py: F6 to the document list;
gui/widgets/find_bar.py: Ctrl+Enter leaves the find bar with the hit selected); read into
``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Go to the &document list": "转到文档列表(&D)",
    "Enter: next hit, Shift+Enter: previous; Ctrl+Enter: back to the article with the hit selected, "
    "so that a label key labels it; Esc: close":
        "Enter：下一处，Shift+Enter：上一处；Ctrl+Enter：回到正文并保留选中的这一处，再按标签键即可标注；Esc：关闭",
    "Ctrl+Enter, then a label key: label it": "按 Ctrl+Enter，再按标签键：标注这一处",
}
