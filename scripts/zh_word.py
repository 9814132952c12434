"""Chinese of why a Word .docx bringing content in another format was not imported
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
}
