"""The Chinese of the window's messages that named a command of the terminal ('annotator restore',
'annotator import-annotations', --encoding, --replace …) and now name the menu item that does it, or say
that the command is for the command line where the window has none; read into ``translate_ts.ZH``."""
from __future__ import annotations

_HAND_OUT = "“标注工程 › 团队协作 › 分发标注包…”（勾选“包含全部标注和关联及其标注者”）"
_MERGE = "“标注工程 › 团队协作 › 合并编码员的成果…”"
_SOFFICE = "或在命令行中用以下命令一次转换许多文件：soffice --headless --convert-to docx *"

ZH: dict[str, str] = {
    # summaries.py, summaries_office.py, summaries_agreement.py (context Summaries)
    "skipped {0} file(s) of other programs in the folders ({1}): annotator reads plain text ({2}), Word .docx, PDF, "
    "OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt files through LibreOffice, not found on "
    "this computer: install LibreOffice (libreoffice.org) and import again, or convert many files at once on the "
    "command line: soffice --headless --convert-to docx *.doc":
        "跳过文件夹中 {0} 个其他程序的文件（{1}）：annotator 读取纯文本"
        "（{2}）、Word .docx、PDF、OFD 和网页（.html、.htm、"
        ".mht），.doc、.wps、.rtf 和 .odt 文件则通过 LibreOffice 读取，但本机未找到 LibreOffice：请安装 LibreOffice"
        "（libreoffice.org）后再导入，" + _SOFFICE + ".doc",
    "no {0} or {1} file in it or its subfolders, only {2} file(s) of other programs ({3}): annotator reads plain "
    "text ({4}), Word .docx, PDF, OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt files through "
    "LibreOffice, not found on this computer: install LibreOffice (libreoffice.org) and import again, or convert "
    "many files at once on the command line: soffice --headless --convert-to docx *.doc":
        "其中（包括子文件夹）没有 {0} 或 {1} 文件，只有 {2} 个其他程序的文件（{3}）：annotator 读取纯文本（{4}）、"
        "Word .docx、PDF、OFD 和网页（.html、.htm、.mht），.doc、.wps、.rtf 和 .odt 文件则通过 LibreOffice 读取，"
        "但本机未找到 LibreOffice：请安装 LibreOffice（libreoffice.org）后再导入，" + _SOFFICE + ".doc",
    "is {0}; annotator reads it through LibreOffice, not found on this computer: install LibreOffice "
    "(libreoffice.org) and import again, or convert many files at once on the command line: soffice --headless "
    "--convert-to docx *{1}":
        "是{0}；annotator 通过 LibreOffice 读取此类文件，但本机未找到 LibreOffice：请安装 LibreOffice"
        "（libreoffice.org）后再导入，" + _SOFFICE + "{1}",
    "note: {0} span(s) are exported once for each annotator who marked them ({1}), so counts and sums take them "
    "more than once; ticking one annotator in Project › Export… exports one annotator's":
        "注意：{0} 个标注由多名标注者标在同一处（{1}），每人一份都被导出，计数与求和会重复计算；在“标注工程 › 导出…”中"
        "只勾选一名标注者即可只导出其标注",
    "is an SQLite database (an annotator project's project.sqlite?), not a document: open its folder as a project "
    "with Project › Open project…, or bring its coders' annotations in with Project › Coding team › Merge coders' "
    "work…":
        "是 SQLite 数据库（annotator 标注工程的 project.sqlite？），不是文档：请用“标注工程 › 打开标注工程…”把其文件夹"
        "作为标注工程打开，或用" + _MERGE + "把其中编码员的标注并入",
    "is not {0} text (the encoding chosen: {1}): it does not decode as {2} (byte {3}: {4}); it reads as {5}: import "
    "it again with Project › Import files… without choosing an encoding for it":
        "不是 {0} 文本（所选编码：{1}）：无法按 {2} 解码（字节 {3}：{4}）；按 {5} 可以读取：请用“标注工程 › 导入文件…”"
        "重新导入，不要为它选择编码",
    "is not {0} text (the encoding chosen: {1}): it does not decode as {2} (byte {3}: {4})":
        "不是 {0} 文本（所选编码：{1}）：无法按 {2} 解码（字节 {3}：{4}）",
    "is annotations (JSON lines), not a document: they go in with Project › Import annotations…":
        "是标注（JSON Lines），不是文档：标注请用“标注工程 › 导入标注…”导入",
    "is a workbook: annotations exported by annotator go in with Project › Import annotations…":
        "是工作簿：annotator 导出的标注请用“标注工程 › 导入标注…”导入",
    "not compared: {0} span(s) ({1}) in no coder's layer, with no annotator name (made or imported without one, as "
    "a Label Studio export naming its coder by number alone: import it again with an annotator name in Project › "
    "Import annotations…)":
        "未参与比较：{0} 条（{1}）标注不属于任何编码员的标注层，没有"
        "标注者姓名（制作或导入时未给出姓名，例如 Label Studio "
        "导出文件只用编号标明编码员：请在“标注工程 › 导入标注…”中填写标注者姓名重新导入）",
    # core_errors*.py (context CoreErrors)
    "the {0} sheet would hold more than {1} rows, Excel's limit; export fewer documents or labels (tick them in "
    "Project › Export…), or export a CSV table or the facts table, which has no such limit":
        "工作表 {0} 将超过 {1} 行（Excel 的上限）；请导出较少的文档或标签（在“标注工程 › 导出…”中勾选），或导出 CSV "
        "表格或事实表，它们没有此限制",
    "Project › Restore from a backup… brings back a backup — the file was left untouched":
        "“标注工程 › 从备份恢复…”可恢复备份——文件未作改动",
    "the newest backup is {0}; Project › Restore from a backup… brings it back":
        "最新的备份是 {0}；“标注工程 › 从备份恢复…”可将其恢复",
    "{0}: row {1}: the project holds no document {2} (the document list shows their names); nothing was stored":
        "{0}：第 {1} 行：标注工程中没有文档 {2}（文档列表列出了各文档的名称）；未保存任何内容",
    "a {0} file is a document, not annotations: documents are imported with Project › Import files…, annotations "
    "from {1} or {2} files":
        "{0} 文件是文档，不是标注：文档用“标注工程 › 导入文件…”导入，标注从 {1} 或 {2} 文件导入",
    # "{0}: not an annotator project (no {1}); Project › New project… (Ctrl+N) makes one": the window's own (ZH)
    # methods_dialog.py
    "For the methods section of a paper: the figures of the exported workbook's About sheet, in one paragraph (on "
    "the command line, annotator methods prints the same).":
        "供论文方法部分使用：导出工作簿 About 表中的数字，写成一段文字（在命令行中，annotator methods 输出相同内容）。",
    # annotation_summaries.py, summaries_not_carried.py (context AnnotationImport)
    "{0}: its annotations name their coder by number alone (completed_by {1}), so their spans are in no coder's "
    "layer, which agreement and adjudication compare with no one; to make them a coder's, take this import back "
    "(Project › Restore from a backup…) and import the file again with an annotator name (Project › Import "
    "annotations…)":
        "{0}：其中的标注只用编号标明编码员（completed_by "
        "{1}），因此这些标注不属于任何编码员的标注层，一致性计算和裁定都"
        "不会拿它们与任何人比较；要让它们归于某位编码员，请撤回本次导入（“标注工程 › 从备份恢复…”），再填写标注者姓名"
        "重新导入该文件（“标注工程 › 导入标注…”）",
    "{0}: {1} document(s) the project holds keep their metadata, which the file gives otherwise ({2}); to take the "
    "file's: type them in the document's form, or import them with Project › Import metadata table…":
        "{0}：标注工程中已有的 {1} 个文档保留其元数据，文件给出的与之不同（{2}）；要采用文件中的：在文档的表单中修改，"
        "或用“标注工程 › 导入元数据表…”导入",
    "{0}: a doccano file has no status, coder, origin, link, span note or done mark: its spans came in with one "
    "status, in one layer; a package handed out with every span and link (Project › Coding team › Hand out a "
    "package…) keeps all but done marks":
        "{0}：doccano 文件不含状态、编码员、来源、关联、标注备注和完成标记：其标注以同一状态导入到同一层；" + _HAND_OUT
        + "可保留除完成标记外的全部内容",
    "{0}: a doccano file has no status, coder, origin, span note or done mark: its spans and links came in with one "
    "status, in one layer; a package handed out with every span and link (Project › Coding team › Hand out a "
    "package…) keeps all but done marks":
        "{0}：doccano 文件不含状态、编码员、来源、标注备注和完成标记：其标注和关联以同一状态导入到同一层；" + _HAND_OUT
        + "可保留除完成标记外的全部内容",
    "{0}: a Label Studio file has no rejected span or link, span note or done mark, nor the origin, confidence or "
    "reason of an accepted span; a package handed out with every span and link (Project › Coding team › Hand out a "
    "package…) keeps all but done marks":
        "{0}：Label Studio 文件不含已拒绝的标注和关联、标注备注、完成标记，也不含已接受标注的来源、置信度和理由；"
        + _HAND_OUT + "可保留除完成标记外的全部内容",
    "{0}: a Label Studio file has no rejected span or link, span note or done mark; a package handed out with every "
    "span and link (Project › Coding team › Hand out a package…) keeps all but done marks":
        "{0}：Label Studio 文件不"
        "含已拒绝的标注和关联、标注备注和完成标记；" + _HAND_OUT + "可保留除完成标记外的全部内容",
    "{0}: a gold JSONL file has no span note or done mark; a package handed out with every span and link (Project › "
    "Coding team › Hand out a package…) keeps the notes":
        "{0}：金标准 JSON Lines 文件不含标注备注和完成标记；" + _HAND_OUT + "可保留备注",
    # kept_where.py
    "{0} was marked shared on the command line (annotator shared).":
        "{0} 已在命令行中被标记为共享（annotator shared）。",
    "When no computer opens it over a share any more, annotator shared {0} --not, typed on the command line, gives "
    "it back the write-ahead log.":
        "当不再有电脑通过共享打开它时，在命令行中输入 annotator shared {0} --not 可让它重新使用预写日志。",
    # merge_report.py, team.py (context Team)
    "refused {0}: none of its {1} document(s) ({2}) is in the project (a package of another project?): nothing of "
    "it merged; merging it with Documents of another project: add them ticked (Project › Coding team › Merge "
    "coders' work…) adds them all the same":
        "已拒绝 {0}：其 {1} 篇文档（{2}）都不在本标注工程中（是另一个工程的标注包？）：未合并其任何内容；若确需合并，"
        "请在" + _MERGE + "中勾选“另一个工程的文档：添加这些文档”",
    "  none of the documents of {0} was in the project (a package of another project?): {1} added ({2}); Project › "
    "Remove document(s)… takes them out":
        "  {0} 的文档都不在本标注工程中（是另一个工程的标注包？）："
        "新增 {1} 篇（{2}）；“标注工程 › 移除文档…”可将其移除",
    "  documents not in the project, {0} added ({1}): removed there since {2} was made? Project › Remove "
    "document(s)… takes them out":
        "  本标注工程原先没有的文档，新增 {0} 篇（{1}）：是在 {"
        "2} 制作之后从这里删除的吗？“标注工程 › 移除文档…”可将其移除",
    "  annotator {0} stored as {1} here (Rename coders)": "  标注者 {0} 在此存为 {1}（改名）",
    "  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise there "
    "since an earlier merge): left as they are (a corrected copy? merge it again with Corrected copies, sent again "
    "ticked to take its version)":
        "  此处 {1} 的 {0} 个标注在 {2} 中已不是原样（自上次合并后在那里被删除、改标签、移动或另作裁定）：保持不变"
        "（是更正后的副本？再次合并时勾选“更正后的副本，再次发回”即可采用其版本）",
    "  {0} span(s) of {1} here that {2} no longer holds as they are (deleted, relabelled, moved or decided otherwise "
    "there) replaced by its version (Corrected copies, sent again)":
        "  此处 {1} 的 {0} 个标注在 {2} 中已不是原样（在那里被删除、改标签、移动或另作裁定）：已替换为其版本"
        "（更正后的副本，再次发回）",
    "  {0} link(s) of {1} here are not in {2} (removed or linked otherwise there since an earlier merge): left as "
    "they are (a corrected copy? merge it again with Corrected copies, sent again ticked to take its version)":
        "  此处 {1} 的 {0} 个关联不在 {2} 中（自上次合并"
        "后在那里被删除或改连）：保持不变（是更正后的副本？再次合并时勾选"
        "“更正后的副本，再次发回”即可采用其版本）",
    "  {0} link(s) of its coders here that {1} no longer holds replaced by its links (Corrected copies, sent again)":
        "  此处其编码员的 {0} 个关联在 {1} 中已不存在：已替换为其关联（更正后的副本，再次发回）",
    "  {0} brought annotator(s) {1}, not among the project's coders; coder(s) {2} hold no span here: a copy whose "
    "coder gave another name (their window's Preferences, or --annotator on the command line)?":
        "  {0} 带来了标注者 {1}，不在本工程的编码员之中；编码员 {2} 在此没有任何标注：副本的编码员用了另一个名字"
        "（其窗口的“首选项”，或命令行中的 --annotator）？",
    "  annotator {0} stored as {1} here: {2} was handed out to {3} (the coder named in Hand out a package…); merged "
    "with {4} in Rename coders (Project › Coding team › Merge coders' work…) it keeps its name":
        "  标注者 {0} 在此存为 {1}：{2} 是发给 {3}"
        " 的标注包（分发标注包时填写的编码员）；若要保留原名，合并时在" + _MERGE
        + "的“改名”一栏填写 {4}",
    "  {0} was handed out to {1}, but its spans carry annotator(s) {2}: merged under those names (is one of them "
    "{3}? merge it with NAME={4} in Rename coders (Project › Coding team › Merge coders' work…))":
        "  {0} 是发给 {1} 的标注包，但其标注属于标注者 {2}：已按这些名字合并（其中有 {3} 吗？合并时在" + _MERGE
        + "的“改名”一栏填写 名字={4}）",
    "Wrote {0}: a project of {1} document(s){2}.\n\nSend it to the coder; they open it with Project › Coding team › "
    "Open a package… (or, on the command line: annotator open-package {3} FOLDER), and you bring their work back "
    "with Project › Coding team › Merge coders' work….":
        "已写入 {0}：一个包含 {1} 篇文档{2}的标注工程。\n\n请"
        "把它发给编码员；编码员用“标注工程 › 团队协作 › 打开标注包…”"
        "打开（或在命令行中运行：annotator open-package {3} 文件夹），您再用" + _MERGE + "把成果合并回来。",
    "Merge the work of {0} coder project(s) into {1}?\n\nTheir accepted and rejected spans and their links come in "
    "under their annotator names; nothing here is overwritten, and merging the same work again adds nothing. A "
    "merge is not undone with Undo: a backup made right before it brings the project back as it was (Project › "
    "Restore from a backup… lists it as made right before a merge).":
        "将 {0} 个编码员工程的成果合并到 {1}？\n\n他们已接"
        "受和已拒绝的标注及其关联以各自的标注者姓名并入；这里的内容不会"
        "被覆盖，再次合并同样的成果不会重复添加。合并无法用“撤销”撤回：合并前一刻所做的备份可以把标注工程恢复原样"
        "（“标注工程 › 从备份恢复…”中其类型为“自动，合并之前一刻”）。",
    # adjudication_panel.py
    "Adjudication compares two or more coders: this project has spans of {0} only. Merge the coders' work into "
    "this one (Project › Coding team › Merge coders' work…) to decide between them.":
        "裁定比较两名或以上编码员的标注：本标注工程只有 {0} 的标注。请先把各编码员的成果合并到本标注工程（" + _MERGE
        + "），再在其间裁定。",
    # project_io.py: Project › Restore from a backup… with no project open (one that does not open)
    "The project folder to restore": "要恢复的标注工程文件夹",
    # safety.py
    "The newest backup is {0}: Project › Restore from a backup… brings it back (what the project holds now is kept "
    "as a before-restore backup).":
        "最新的备份是 {0}：“标注工程 › 从备份恢复…”可将其恢复（标注工程现有的内容会先保存为恢复前备份）。",
}
