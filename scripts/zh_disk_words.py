"""Chinese of why the disk refused a write, said inside a line of the core's errors
(gui/core_error_words.py); read into translate_ts.ZH."""
from __future__ import annotations

ZH: dict[str, str] = {
    "the disk is full": "磁盘已满",
    "the disk reported an error": "磁盘报告了读写错误",
    "the database cannot be written (read-only)": "数据库无法写入（只读）",
    "the disk quota is exceeded": "超出了磁盘配额",
    "the file is too large": "文件过大",
    "the disk is read-only": "磁盘为只读",
    "permission denied": "没有写入权限",
}
