"""The Chinese of an older project's upgrade dialog (gui/upgrading.py; read into ``translate_ts.ZH``)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Upgrading the project": "正在升级标注工程",
    "Upgrading the project {0} for this version (once):": "正在为此版本升级标注工程 {0}（仅此一次）：",
    "building the search index": "建立检索索引",
    "moving the documents' texts and building the search index": "移动文档文本并建立检索索引",
    "schema step {0} of {1}": "数据库结构第 {0} 步，共 {1} 步",
    "{0} of {1} documents": "已完成 {0} 篇文档，共 {1} 篇",
}
