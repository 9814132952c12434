"""The Chinese of Qt's file dialog words that Qt's own translation lacks (``annotator/gui/qt_words.py``);
read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "&Look in:": "查找范围(&L)：",
    "Files of &type:": "文件类型(&T)：",
    "Folder": "文件夹",
    "%1 File": "%1 文件",
    "Drive": "驱动器",
    "Unknown": "未知",
    "Page &Set:": "页面组(&S)：",
}
