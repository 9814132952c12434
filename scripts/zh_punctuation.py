"""Chinese punctuation where the window joins or borrows words: the dash between the status bar's summary of
Run suggestions and the model that made them (gui/model_suggested.py; "——" as in "待审建议 54 条 —— 按 N 转到下一条",
not the Latin "—"), and Qt's message box button to the details, which Qt's own Chinese writes with "..."
(gui/qt_words.py). Read into translate_ts.ZH."""
from __future__ import annotations

ZH: dict[str, str] = {
    "{0} — {1}": "{0} —— {1}",
    "Show Details...": "显示详情…",
    "Hide Details...": "隐藏详情…",
}
