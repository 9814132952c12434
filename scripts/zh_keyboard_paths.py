"""The Chinese of the keyboard paths a first hour asked for (gui/actions.py: F6 to the document list;
gui/widgets/find_bar.py: Ctrl+Enter leaves the find bar with the hit selected); read into
``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Go to the &document list": "转到文档列表(&D)",
}
