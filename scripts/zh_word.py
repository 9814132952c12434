"""Chinese of why a Word .docx was not imported: a part damaged or missing, content in another format
(gui/summaries_word.py; read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "holds content in another format (altChunk: {0}) that Word converts when it opens the file; open it "
    "in Word or WPS, save it as .docx and import that":
        "含有另一种格式的内容（altChunk：{0}），Word 打开文件时才会转换；请用 Word 或 WPS 打开，另存为 .docx 后再导入",
    "holds a Word document inside it (altChunk) that unpacks to too much to read":
        "内嵌的 Word 文档（altChunk）解压后过大，无法读取",
    "is damaged: a part it refers to (altChunk {0}) is missing; open it in Word or WPS, save it again and "
    "import that":
        "已损坏：其引用的部件（altChunk {0}）缺失；请用 Word 或 WPS 打开，重新保存后再导入",
    "is a damaged .docx: its part {0} is missing; open it in Word or WPS (they can often repair it), save it "
    "again and import that":
        "是损坏的 .docx：缺少其部件 {0}；请用 Word 或 WPS 打开（它们常能修复），重新保存后再导入",
    "is a damaged .docx: its part {0} cannot be read ({1}); open it in Word or WPS (they can often repair "
    "it), save it again and import that":
        "是损坏的 .docx：其部件 {0} 无法读取（{1}）；请用 Word 或 WPS 打开（它们常能修复），重新保存后再导入",
    "cannot read this .docx ({0})": "无法读取此 .docx（{0}）",
}
