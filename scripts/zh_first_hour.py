"""The Chinese of what a first hour in the window showed missing (gui/import_kinds.py: the notes
files a folder import read beside the reports, named; gui/editing.py: what Ctrl+D did); read into
``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    ", ": "、",
    "(no suffix)": "（无后缀）",
    "; ": "；",
    "1 of them is not a {0} file: {1}; the Project menu's Remove document(s)… takes it out if it was imported "
    "by mistake.":
        "其中 1 篇不是 {0} 文件：{1}；如系误导入，可用 标注工程 › 移除文档… 移除。",
    "{0} of them are not {1} files: {2}; the Project menu's Remove document(s)… takes out one imported "
    "by mistake.":
        "其中 {0} 篇不是 {1} 文件：{2}；误导入的可用 标注工程 › 移除文档… 移除。",
    "{0} marked done ({1} of {2} documents done)": "{0} 已标记为完成（已完成 {1} / {2} 篇文档）",
    "{0} no longer marked done ({1} of {2} documents done)": "{0} 已取消完成标记（已完成 {1} / {2} 篇文档）",
    " — {0} goes to the next": " —— 按 {0} 转到下一条",
    "Open the &demo project": "打开示例标注工程(&D)",
    "To try one first: Help › Open the demo project.": "想先试用一个：帮助 › 打开示例标注工程。",
}
