"""Chinese of the reading export (the annotated documents as HTML) in the Export dialog and of
Project › Print… (read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Annotated documents for reading and printing (HTML)": "带标注的文档，供阅读和打印（HTML）",
    "{0}: annotator does not write {1} files; name it .xlsx (Excel), .csv, .jsonl, .json (Label Studio), .conll "
    "or .html; nothing was written":
        "{0}：annotator 不能写入 {1} 文件；请把文件名改为 .xlsx（Excel）、.csv、.jsonl、.json（Label Studio）、"
        ".conll 或 .html；未写入任何内容",
    "wrote {0} document(s), {1} span(s) to {2}": "已将 {0} 篇文档、{1} 个标注写入 {2}",
    # Project › Print… and the printed page's own words
    "&Print…": "打印(&P)…",
    "Print the document": "打印文档",
    "Open a document to print it.": "请先打开要打印的文档。",
    "Printed {0}.": "已打印 {0}。",
    "characters": "字符数",
    "spans shown": "显示的标注",
    "(empty document)": "（空文档）",
    "accepted spans and open suggestions (underlined)": "已接受的标注和待审建议（带下划线）",
    "accepted spans, open suggestions (underlined) and rejected spans (struck through)":
        "已接受的标注、待审建议（带下划线）和已拒绝的标注（带删除线）",
}
