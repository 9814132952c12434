"""The Chinese of Search all documents' keys (Enter, Shift+Enter, Ctrl+Enter) and of a hit whose
document changed since the search, and of the hit limit reached; read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Enter again: the next hit, Shift+Enter: the previous one; Ctrl+Enter: back to the article with the hit "
    "selected, so that a label key labels it.":
        "再按回车：下一处，Shift+回车：上一处；Ctrl+回车：回到正文并选中该处，按标签键即可标注。",
    "The documents changed since the search (another program imported, removed or read them again): "
    "searched again.":
        "搜索之后文档已有变动（另一个程序导入、移除或重新读入了文档）：已重新搜索。",
    # the hit limit reached: the first hits listed, and what else holds the text
    "The first {0} hits are shown, from {1} document(s); more documents hold it: {2} in all.":
        "仅显示前 {0} 处（来自 {1} 篇文档）；其他文档中也有：共 {2} 篇文档含有。",
    "The first {0} hits are shown, from {1} document(s); more documents hold it.":
        "仅显示前 {0} 处（来自 {1} 篇文档）；其他文档中也有。",
    "The first {0} hits are shown, from {1} document(s); the last of them holds more.":
        "仅显示前 {0} 处（来自 {1} 篇文档）；最后一篇中还有更多。",
}
