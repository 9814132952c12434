"""The Chinese of the import's progress within a long PDF, page by page (gui/tasks.describe; read into
translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "File {0} of {1}: {2}": "第 {0} 个文件，共 {1} 个：{2}",
    "page {0} of {1}": "第 {0} 页，共 {1} 页",
}
