"""The Chinese of a document's metadata keys as the window and its printed page name them
(gui/display.py: metadata_key_text; read into ``translate_ts.ZH``). Title, Date and Jurisdiction are in
translate_ts.ZH already."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Year": "年份",
    "Source": "来源",
}
