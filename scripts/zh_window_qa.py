"""The Chinese of the window's empty-state hints and captions found in a screenshot pass (the
Adjudication panel, the search dialog, the export dialog); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "&Adjudication": "裁定(&A)", "S&tatistics": "统计(&T)",  # the panels' View menu entries (gui/widgets/docks.py)
    "Adjudication compares two or more coders: name them above, separated by commas.":
        "裁定比较两名或以上编码员的标注：请在上方填写他们的名字，以逗号分隔。",
    "Adjudication compares two or more coders: this project has spans of {0} only. Merge the coders' "
    "projects into one (annotator merge) to decide between them.":
        "裁定比较两名或以上编码员的标注：本标注工程只有 {0} 的标注。请先把各编码员的标注工程合并为一个"
        "（annotator merge），再在其间裁定。",
    "Adjudication compares two or more coders: nobody has accepted spans in this project yet.":
        "裁定比较两名或以上编码员的标注：本标注工程中还没有人接受过标注。",
    "No disagreements left in this document: J goes to the next in a later document; untick “Only "
    "disagreements” to see every region.":
        "本文档已无分歧：按 J 转到后面文档中的下一处分歧；取消勾选“仅显示分歧”可查看所有区域。",
    "Type the text to find: each place it occurs in the project's documents is listed here; Enter or a "
    "double-click opens it in the article.":
        "输入要查找的文字：它在本标注工程各文档中出现的每一处都列在这里；按回车或双击即可在正文中打开。",
    "“{0}” is in none of the project's documents.": "本标注工程的文档中都没有“{0}”。",
    "— (no annotator: suggested or imported spans)": "—（无标注者：建议或导入的标注）",
    "{0}: not an annotator project (no {1}); Project › New project… (Ctrl+N) makes one":
        "{0}：不是 annotator 标注工程（没有 {1}）；标注工程 › 新建标注工程…（Ctrl+N）可新建一个",
    "No project is open.\n\nProject › New project… (Ctrl+N) makes one; Project › Open project… (Ctrl+O) "
    "opens one, as does a project folder dropped on the window.":
        "没有打开的标注工程。\n\n标注工程 › 新建标注工程…（Ctrl+N）可新建一个；标注工程 › 打开标注工程…"
        "（Ctrl+O）可打开一个，把标注工程文件夹拖到窗口上也能打开。",
    "This document holds no text.": "本文档没有文字。",
    "This project has no documents yet.\n\nProject › Import files… (Ctrl+I) or Import folder… brings "
    "articles in ({0}); files dropped on the window are imported too.":
        "本标注工程还没有文档。\n\n标注工程 › 导入文件…（Ctrl+I）或导入文件夹…可导入文章（{0}）；"
        "拖到窗口上的文件也会被导入。",
    "Choose a document in the list on the left.": "请在左侧列表中选择一篇文档。",
}
