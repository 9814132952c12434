"""Chinese of the progress dialog while Run suggestions searches the documents it skipped (already
suggested with these settings) for the strings accepted since (read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Document {0} of {1} already suggested: {2}": "已生成建议的文档第 {0} 篇，共 {1} 篇：{2}",
    "looking for the strings accepted since": "正在查找此后接受的词串",
}
