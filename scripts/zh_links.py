"""The Chinese of the window's strings about links and the gold layer (gui/linking.py,
gui/editing.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "… and {0} more spans linked to it": "……另有 {0} 个标注关联到它",
}
