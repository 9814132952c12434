"""The Chinese of View › Sort the spans by, Sort the documents by and Columns of the spans table
(gui/sort_menus.py: the tables' order and columns by keyboard); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "S&ort the spans by": "标注的排序依据(&O)",
    "Sort the doc&uments by": "文档的排序依据(&U)",
    "&Columns of the spans table": "标注表显示的列(&C)",
    "The text's order": "正文中的顺序",
    "The order imported": "导入的顺序",
    "&Descending": "降序(&D)",
}
