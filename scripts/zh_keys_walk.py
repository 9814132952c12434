"""The Chinese of what a keyboard and screen-reader walk through the window asked for: the form's read-only
rows as a screen reader names them (gui/widgets/read_rows.py; "{0}: {1}" is zh_metadata_table's) and
View › Float the panel (gui/dock_floating.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "{0}: none": "{0}：无",
    "&Float the panel": "浮动面板(&F)",
    "&Float the panel ({0})": "浮动面板（{0}）(&F)",
    "{0} floats in a window of its own: View › Float the panel (Alt+V, F) docks it again":
        "{0}已浮动为独立窗口：视图 › 浮动面板（Alt+V、F）可将其停靠回原处",
    "{0} docked again": "{0}已停靠回原处",
}
