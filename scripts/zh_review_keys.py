"""The Chinese of a reviewer's day by keyboard (gui/undo_said.py: what Ctrl+Z and Ctrl+Y did, said in
the status bar); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Undone: {0}": "已撤销：{0}",
    "Redone: {0}": "已重做：{0}",
}
