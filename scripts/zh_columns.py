"""The Chinese of the annotation table's column menu and the narrow-window captions (read into
``translate_ts.ZH``)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Fit columns to the table": "按表格宽度重排各列",
}
