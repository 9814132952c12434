"""The Chinese of Project › Methods paragraph… (gui/dialogs/methods_dialog.py); the paragraph itself is
the core's (core/methods_text.py, in Chinese there); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Met&hods paragraph…": "方法段落(&H)…",
    "Methods paragraph": "方法段落",
    "For the methods section of a paper: the figures of the exported workbook's About sheet, in one "
    "paragraph (annotator methods prints the same).":
        ("供论文方法部分使用：导出工作簿 About 表中的数字，写成一段文字"
         "（命令行 annotator methods 标注工程文件夹 --lang zh 输出相同内容）。"),
    "&Copy": "复制(&C)",
}
