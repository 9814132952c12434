"""The Chinese of Project › Rename document… (gui/renaming.py, gui/actions.py, gui/step_names.py, the name's
editor in gui/widgets/document_panel.py) and the core's refusals of a name (core/store/documents.py
rename_document, through gui/core_errors_editing.py; read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Rename document…": "重命名文档…",
    "Rename document “{0}” to “{1}”": "将文档“{0}”重命名为“{1}”",
    "Renamed {0} to {1}": "已将 {0} 重命名为 {1}",
    "Choose one document in the list to rename it.": "请先在列表中选中一个要重命名的文档。",
    "The list's filter hides the document “{0}”: clear it to rename the document.":
        "列表的筛选隐藏了文档“{0}”：清除筛选后才能重命名它。",
    # the name's editor, for a screen reader (gui/widgets/document_panel.py NameDelegate)
    "New name of the document": "文档的新名称",
    "Enter renames the document; Esc keeps its name": "按 Enter 重命名文档；按 Esc 保留原名称",
    # the core's refusals
    "name": "名称",
    "cannot rename {0} to {1}: another document of the project (titled {2}) is named so already; choose "
    "another name": "无法将 {0} 重命名为 {1}：工程中另一个文档（标题 {2}）已使用此名称；请换一个名称",
    "cannot rename {0} to {1}: another document of the project is named so already; choose another name":
        "无法将 {0} 重命名为 {1}：工程中另一个文档已使用此名称；请换一个名称",
    "a document's name cannot be empty; nothing was renamed": "文档名称不能为空；未重命名",
    "{0}: a document's name cannot hold a control character ({1}: a line break, a tab); nothing was renamed":
        "{0}：文档名称不能包含控制字符（{1}：换行符、制表符）；未重命名",
}
