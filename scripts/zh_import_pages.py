"""The Chinese of the import's progress within a long PDF, page by page, and of a page it cannot read
(gui/tasks.describe, gui/summaries.py; read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "File {0} of {1}: {2}": "第 {0} 个文件，共 {1} 个：{2}",
    "page {0} of {1}": "第 {0} 页，共 {1} 页",
    # a page of a PDF that cannot be read (core/imports/pdf.py, gui/summaries.py): nothing of the file stored
    "is a damaged PDF: its page {0} of {1} cannot be read ({2}); open it in a PDF reader, save or print it as a "
    "new PDF and import that": "是损坏的 PDF：其第 {0} 页（共 {1} 页）无法读取（{2}）；请用 PDF 阅读器打开，"
                               "另存或打印为新的 PDF 后再导入",
}
