"""The Chinese of the start without the last project (gui/app.py), Import annotations…, Restore from a
backup… and Remove document(s)… (gui/project_io.py, gui/annotation_summaries.py,
gui/dialogs/annotation_import_dialog.py, restore_dialog.py; read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    # the start, when the project open last is no longer where it was
    "Last project not found": "找不到上次的标注工程",
    "{0}, the project open when annotator last closed, is not there: moved, renamed or deleted, or on a "
    "drive that is not connected. Project › Open project… (Ctrl+O) opens it where it is now.":
        "{0} 是 annotator 上次关闭时打开的标注工程，现已不在该处：它被移动、重命名或删除了，或位于未连接的磁盘上。"
        "“标注工程 › 打开标注工程…”（Ctrl+O）可在它现在的位置打开它。",
    # the menu
    "Import &annotations…": "导入标注(&A)…",
    "Restore from a bac&kup…": "从备份恢复(&K)…",
    "Remo&ve document(s)…": "移除文档(&V)…",
    # the import's dialog
    "Import annotations": "导入标注",
    # an import that stored part of what it read: a warning
    "Annotations partly imported": "标注部分导入",
    "Partly imported: some of the annotations were stored, some were not.": "部分导入：部分标注已存入，部分未存入。",
    "Stored: {0}.": "已存入：{0}。", "{0} changed": "更改 {0} 条",  # "{0} annotation(s)", "{0} link(s)": below
    "Not stored: {0} (each is said below).": "未存入：{0}（详见下文）。",
    "{0} rejected line(s)": "{0} 行被拒绝", "{0} rejected row(s)": "{0} 行被拒绝",
    "{0} rejected task(s)": "{0} 个任务被拒绝", "{0} file(s) that failed, from where each stopped":
        "{0} 个失败的文件（自各自停止处起）",
    "Annotations (*.xlsx *.jsonl *.json);;Workbooks exported by annotator (*.xlsx);;Gold and doccano JSON lines "
    "(*.jsonl);;Label Studio JSON export (*.json);;All files (*)":
        "标注文件 (*.xlsx *.jsonl *.json);;annotator 导出的工作簿 (*.xlsx);;"
        "金标准与 doccano 的 JSON Lines 文件 (*.jsonl);;Label Studio 导出的 JSON (*.json);;所有文件 (*)",
    "{0} file(s): {1}": "{0} 个文件：{1}",
    "&Accepted": "已接受(&A)",
    "The spans count as reviewed: for a colleague's corrections or gold data.":
        "导入的标注算作已审核：适用于同事改正过的工作簿或金标准数据。",
    "&Suggested": "待审建议(&S)",
    "The spans are open suggestions, to be accepted or rejected one by one.":
        "导入的标注作为待审建议，需逐条接受或拒绝。",
    "Annotator &name:": "标注者姓名(&N)：",
    "Stored with each imported span (empty: a workbook's rows keep the names in its annotator column).":
        "与每条导入的标注一起保存（留空：工作簿各行保留其标注者列中的姓名）。",
    # whose the spans are, said as the name is typed (under another name: a coder's, store/coders.py)
    "Your own name: the spans are your own work, yours to edit in place.":
        "您自己的姓名：这些标注是您自己的成果，可直接编辑。",
    "Another name than yours: the spans are {0}'s, a coder's, kept as {0} left them (your edits go to a copy of "
    "your own; Project › Coding team › Coders… lists the coders).":
        "他人的姓名：这些标注属于编码员 {0}，保持 {0} 留下时的原样（您的修改保存在您自己的副本中；"
        "“标注工程 › 团队协作 › 编码员…”列出各位编码员）。",
    "Importing annotations": "正在导入标注",
    # its report (annotator import-annotations prints the English)
    "added {0} annotation(s)": "新增 {0} 条标注",
    "added {0} link(s)": "新增 {0} 条关联",
    "accepted {0} suggested link(s) as the gold has them": "按金标准接受了 {0} 条建议关联",
    "replaced {0} suggested link(s) by the gold's (the suggestions rejected)":
        "用金标准的关联替换了 {0} 条建议关联（这些建议已拒绝）",
    "rejected {0} suggested project link(s): the gold has no project there":
        "拒绝了 {0} 条建议的项目关联：金标准中此处没有项目",
    "changed {0} annotation(s)": "修改了 {0} 条标注",
    "added {0} document(s)": "新增 {0} 篇文档",
    "{0} already in the project, left as they are": "{0} 条已在标注工程中，保持不变",
    "stopped: the project could not be written to, so {0} file(s) after it were not tried; what was stored before "
    "it stays": "已停止：无法写入标注工程，其后的 {0} 个文件没有尝试导入；此前存入的内容均已保留",
    "{0}: {1} annotation(s) changed, {2} added, {3} link(s) set, {4} row(s) unchanged, {5} row(s) refused":
        "{0}：修改 {1} 条标注，新增 {2} 条，设置 {3} 条关联，{4} 行无变化，{5} 行被拒绝",
    "{0}: {1} annotation(s) changed, {2} added, {3} link(s) set, {4} row(s) unchanged, {5} row(s) refused; {6} "
    "exported row(s) are not in the sheet, their spans left as they are (a deleted row deletes nothing: set its "
    "status to rejected)":
        "{0}：修改 {1} 条标注，新增 {2} 条，设置 {3} 条关联，{4} 行无变化，{5} 行被拒绝；导出的 {6} 行不在工作表中，"
        "其标注保持不变（删除一行不会删除任何内容：请把它的状态设为已拒绝）",
    "{0}: failed, nothing stored from it: {1}": "{0}：导入失败，未存入任何内容：{1}",
    "{0}: partly imported: stored {1}, then failed: {2}; nothing more stored from it":
        "{0}：部分导入：存入 {1} 后失败：{2}；未再存入更多内容",
    "{0}: partly imported: stored {1}": "{0}：部分导入：存入 {1}",
    "{0}: its {1} is {2} in this project (its text at every line's offsets), which takes its lines":
        "{0}：其中的 {1} 即本标注工程中的 {2}（每行偏移处的文字都相符），相应各行归入该文档",
    "{0}: {1} line(s) give the text of their document in other characters ({2} for {3} in {4}): the same "
    "text, taken as the document writes it":
        "{0}：{1} 行给出的是其文档文字的另一种写法（{2} 即 {4} 中的 {3}）：视为同一文字，按文档的写法记下",
    "{0}: {1} row(s) give the text of their document in other characters ({2} for {3} in {4}): the same "
    "text, taken as the document writes it":
        "{0}：{1} 行给出的是其文档文字的另一种写法（{2} 即 {4} 中的 {3}）：视为同一文字，按文档的写法记下",
    "rejected {0} line {1}: {2}": "拒绝了 {0} 第 {1} 行：{2}",
    "rejected {0} lines {1}–{2}: {3}": "拒绝了 {0} 第 {1}–{2} 行：{3}",
    "rejected {0} row {1}: {2}": "拒绝了 {0} 第 {1} 行：{2}",  # a workbook's row
    "rejected {0} rows {1}–{2}: {3}": "拒绝了 {0} 第 {1}–{2} 行：{3}",
    "{0}: stored {1}": "{0}：存入 {1}",
    "{0} annotation(s)": "{0} 条标注",
    "{0} new document(s)": "{0} 篇新文档",
    "{0} suggestion(s) decided": "判定 {0} 条建议",
    "{0} suggestion(s) given the file's confidence": "{0} 条建议取得文件中的置信度",
    "gave {0} suggestion(s) the confidence of the line equal to them": "为 {0} 条建议补上与之相同的行所给的置信度",
    "removed {0} open suggestion(s) that a span of their label overlaps with other boundaries (the file "
    "decided that text)": "移除了 {0} 条待审建议：文件中同一标签的标注以不同边界与之重叠（文件已判定这段文字）",
    "{0} suggestion(s) superseded by its spans": "{0} 条建议被其标注取代",
    "computed the value of {0} span(s) from the text (the file gives none), as for a span labelled by hand":
        "文件未给出 {0} 条标注的值：已按其文字算出，与手工标注时相同",
    "{0} link(s)": "{0} 条关联",
    "{0} suggested link(s) accepted as the gold has them": "按金标准接受 {0} 条建议关联",
    "{0} replaced by the gold's": "{0} 条被金标准的替换",
    "{0} suggested link(s) replaced by the gold's": "{0} 条建议关联被金标准的替换",
    "{0} suggested project link(s) rejected (the gold has no project there)":
        "拒绝 {0} 条建议的项目关联（金标准中此处没有项目）",
    "{0} already in the project": "{0} 条已在标注工程中",
    "{0} line(s) rejected": "拒绝 {0} 行",
    "{0} annotation(s) changed": "修改 {0} 条标注",
    "{0} added": "新增 {0} 条",
    "{0} link(s) set": "设置 {0} 条关联",
    ", ": "，", " and ": "和 ",
    # restoring
    "the project before a restore": "恢复前的标注工程",
    "automatic, before the session's first change": "自动，本次会话第一次修改之前",
    "automatic, when the project was opened": "自动，打开标注工程时",
    "automatic, hourly while editing": "自动，编辑期间每小时",
    "automatic, right before a merge": "自动，合并之前一刻",
    "automatic, before updating the project to schema {0}": "自动，将标注工程升级到第 {0} 版结构之前",
    "automatic ({0})": "自动（{0}）",
    "automatic": "自动",
    "{0} MB": "{0} MB",
    "{0} KB": "{0} KB",
    "Restore from a backup": "从备份恢复",
    "Backups of {0}, the newest first. The one you choose replaces the project's database; what it holds now is "
    "kept as a backup first.": "{0} 的备份，最新的在前。所选备份将替换标注工程的数据库；当前内容会先保存为一个备份。",
    "{0} has no backups yet.": "{0} 还没有备份。",
    "Made": "时间", "Size": "大小", "Kind": "类型",
    "&Restore…": "恢复(&R)…",
    "Restore {0} to its backup of {1}?\n\nWhat the project holds now is kept first as a before-restore backup "
    "(Restore from a backup… brings it back).":
        "将 {0} 恢复到 {1} 的备份吗？\n\n标注工程当前的内容会先保存为“恢复前”备份（可用“从备份恢复…”找回）。",
    "Not restored": "未恢复",
    "What it held before is in {0}.": "恢复之前的内容保存在 {0}。",
    "Restored": "已恢复",
    "{0} was restored from {1}.": "{0} 已从 {1} 恢复。",
    "{0}: the project is busy in another program ({1}) and stayed busy for {2} s; nothing was restored — close it "
    "and try again": "{0}：标注工程正被另一个程序占用（{1}），{2} 秒内一直未释放；未恢复任何内容——请关闭该程序后重试",
    # removing documents
    "Choose the documents to remove in the list first.": "请先在文档列表中选择要移除的文档。",
    "Remove {0} document(s) ({1}) with their {2} span(s) and their links from the project?\n\nThis cannot be undone "
    "with Undo, and it clears the undo history (the steps before it cannot be undone either); the automatic backup "
    "(Restore from a backup…) keeps them.":
        "从标注工程中移除 {0} 篇文档（{1}）及其 {2} 条标注和关联吗？\n\n"
        "此操作不能撤销，并会清空撤销记录（之前的操作也不能再撤销）；自动备份（从备份恢复…）中保留着它们。",
    "Not removed": "未移除",
    "Removed {0} document(s) with {1} span(s) and {2} link(s).": "已移除 {0} 篇文档及其 {1} 条标注和 {2} 条关联。",
    "The undo history was cleared; the automatic backup keeps what was there before.":
        "撤销记录已清空；自动备份中保留着移除之前的内容。",
    "The database file shrank from {0} MB to {1} MB.": "数据库文件从 {0} MB 缩小到 {1} MB。",
}
