"""The Chinese of the spans table's context menu (gui/span_menu.py): its other entries are the Edit menu's
actions, translated with them (read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Relabel a&s": "改标为(&S)",  # the label keys' submenu: 改标为 › 地区 (an undo step says 将 … 改标为 …)
}
