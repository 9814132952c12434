"""The Chinese of the Statistics tables' short column headers, shown where the whole header does not
fit a narrow panel (``gui/widgets/stats_panel.py``); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Acc.": "接受", "A": "接", "O": "待审", "Rej.": "拒绝", "R": "拒",
}
