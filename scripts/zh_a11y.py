"""The Chinese of what a screen reader calls the window's fields, tables and article (their
accessible names; read into ``translate_ts.ZH``)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Article": "正文",
    "Backups": "备份",
    "Coders' projects to merge": "要合并的编码员工程",
    "Filter by annotator": "按标注者筛选",
    "Filter by label": "按标签筛选",
    "Filter by origin": "按来源筛选",
    "Filter by status": "按状态筛选",
    "Find in this document": "在本文档中查找",
    "Found in the documents": "在各文档中找到的内容",
    "Key of {0}": "{0} 的快捷键",
    "Label of the guide": "指南所属标签",
    "Regions to decide": "待裁定的区域",
    "Spans of this document": "本文档的标注",
    "This project's guide for the label (Markdown)": "本工程该标签的指南（Markdown）",
}
