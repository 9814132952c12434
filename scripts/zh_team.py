"""Chinese of Project › Team (gui/team.py and its dialogs: hand out, open, merge; read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    # the menu
    "&Coding team": "团队协作(&C)",
    "&Hand out a package…": "分发标注包(&H)…",
    "&Open a package…": "打开标注包(&O)…",
    "&Merge coders' work…": "合并编码员的成果(&M)…",
    # handing out
    "Hand out a package": "分发标注包",
    "&All documents ({0})": "全部文档（{0} 篇）(&A)",
    "The documents the &list shows ({0}: its filter)": "文档列表当前显示的文档（{0} 篇：按其筛选）(&L)",
    "The documents the &list shows (it shows all of them: no filter is set)":
        "文档列表当前显示的文档（列表未筛选，显示全部文档）(&L)",
    "The &open document": "当前打开的文档(&O)",
    "With the open &suggestions (the coder reviews them)": "包含待审建议（由编码员审核）(&S)",
    "With &every span and link, with its annotator (a copy of the work)":
        "包含全部标注和关联及其标注者（成果副本）(&E)",
    "&Coder's name:": "编码员姓名(&C)：",
    "The package is a zip named after the coder; they open it with Project › Coding team › Open a package…, and "
    "you bring their work back with Project › Coding team › Merge coders' work….":
        "标注包是以编码员姓名命名的 zip 文件；编码员用“标注工程 › 团队协作 › 打开标注包…”打开，"
        "您再用“标注工程 › 团队协作 › 合并编码员的成果…”把他们的成果合并回来。",
    "Packages (*.zip)": "标注包 (*.zip)",
    "Handing out": "正在生成标注包",
    ", {0} span(s) and {1} link(s)": "，{0} 个标注和 {1} 个关联",
    "Wrote {0}: a project of {1} document(s){2}.\n\nSend it to the coder; they open it with Project › Coding team › "
    "Open a package… (or: annotator open-package {3} FOLDER), and you bring their work back with Project › Coding "
    "team › Merge coders' work….":
        "已写入 {0}：一个包含 {1} 篇文档{2}的标注工程。\n\n请把它发给编码员；"
        "编码员用“标注工程 › 团队协作 › 打开标注包…”打开（或运行：annotator open-package {3} 文件夹），"
        "您再用“标注工程 › 团队协作 › 合并编码员的成果…”把成果合并回来。",
    # opening
    "Open a package": "打开标注包",
    "Unpack {0} into this new project folder (it must not exist yet, or be empty):":
        "将 {0} 解压到这个新的标注工程文件夹（该文件夹须尚不存在或为空）：",
    "{0} already holds this package's project (opened before): OK opens it as it is, with your work.":
        "{0} 中已有这个标注包的标注工程（之前已打开过）：点“确定”将按原样打开它，您的标注成果都在其中。",
    "It was opened into {0} too.": "它之前也曾打开到 {0}。",
    "&Browse…": "浏览(&B)…",
    "A folder for the project": "选择存放标注工程的文件夹",
    "Cannot open the package": "无法打开标注包",
    "Opened the package {0} as the project {1}. When done, send that folder (or a zip of it) back.":
        "已将标注包 {0} 打开为标注工程 {1}。标注完成后，请把这个文件夹（或其 zip 压缩包）交回。",
    "{1} already holds the project of the package {0} (opened before): nothing was unpacked, it is open as it was. "
    "When done, send that folder (or a zip of it) back.":
        "{1} 中已有标注包 {0} 的标注工程（之前已打开过）：未解压任何内容，已按原样打开。"
        "标注完成后，请把这个文件夹（或其 zip 压缩包）交回。",
    # merging
    "Merge coders' work": "合并编码员的成果",
    "Re&name coders (two people who gave one name): the name in their copy = the name to store here, e.g. li=li2; "
    "several with commas":
        "改名(&N)（两个人用了同一个名字时）：副本中的名字 = 在此保存的名字，例如 李明=李明2；多个用逗号分隔",
    "li=li2, wang=wang2": "李明=李明2, 王芳=王芳2",
    "The coders' projects to bring into this one: the zips they sent back, or their project folders.":
        "要合并到本标注工程的编码员工程：他们交回的 zip 文件，或他们的标注工程文件夹。",
    "Add &zips…": "添加 zip 文件(&Z)…",
    "Add a project &folder…": "添加标注工程文件夹(&F)…",
    "&Remove": "移除(&R)",
    "&Merge": "合并(&M)",
    "Coders' zips": "编码员的 zip 文件",
    "A coder's project folder": "编码员的标注工程文件夹",
    "Merge the work of {0} coder project(s) into {1}?\n\nTheir accepted and rejected spans and their links "
    "come in under their annotator names; nothing here is overwritten, and merging the same work again "
    "adds nothing. A merge is not undone with Undo: a backup made right before it brings the project back as "
    "it was (Project › Restore from a backup… lists it as made right before a merge; annotator restore {2} "
    "--list).":
        "将 {0} 个编码员工程的成果合并到 {1}？\n\n他们已接受和已拒绝的标注及其关联以各自的标注者姓名并入；"
        "这里的内容不会被覆盖，再次合并同样的成果不会重复添加。合并无法用“撤销”撤回：合并前一刻所做的备份"
        "可以把标注工程恢复原样（“标注工程 › 从备份恢复…”中其类型为“自动，合并之前一刻”；"
        "annotator restore {2} --list）。",
    "Merging": "正在合并",
    "This package was handed out to {0}: the lead merges your work under that name.":
        "这个标注包是分发给 {0} 的：负责人会以这个名字合并您的成果。",
    "Merge": "合并",
    "Merged into {0}:": "已合并到 {0}：",
    # the merge report (core/team/merge.py)
    "from {0}: {1} document(s) added, {2} matched; {3} span(s) added ({4}), {5} already there; {6} link(s) "
    "added, {7} already there or in conflict":
        "来自 {0}：新增 {1} 篇文档，{2} 篇与已有文档相同；新增 {3} 个标注（{4}），{5} 个已存在；"
        "新增 {6} 个关联，{7} 个已存在或有冲突",
    "from {0}: {1} document(s) added, {2} matched; {3} span(s) added, {4} already there; {5} link(s) added, "
    "{6} already there or in conflict":
        "来自 {0}：新增 {1} 篇文档，{2} 篇与已有文档相同；新增 {3} 个标注，{4} 个已存在；"
        "新增 {5} 个关联，{6} 个已存在或有冲突",
    "merged {0} source(s) into {1}: {2} document(s) and {3} span(s) added":
        "已将 {0} 个来源合并到 {1}：新增 {2} 篇文档和 {3} 个标注",
    "  {0} holds no accepted or rejected span (open suggestions stay behind): not coded yet, or the package "
    "as it was handed out?":
        "  {0} 中没有已接受或已拒绝的标注（待审建议不会合并）：尚未标注，或是原样交回的标注包？",
    "  labels added: {0}": "  新增标签：{0}",
    "  label {0} of {1} is {2} here (the same label under another name): its spans are merged as {3}":
        "  {1} 的标签 {0} 即此处的 {2}（同一标签，名称不同）：其标注以 {2} 合并",
    "  none of the documents of {0} was in the project (a package of another project?): {1} added ({2}); "
    "'annotator remove' takes them out":
        "  {0} 的文档都不在本标注工程中（是另一个工程的标注包？）：新增 {1} 篇（{2}）；"
        "“标注工程 › 移除文档…”（annotator remove）可将其移除",
    "  documents not in the project, {0} added ({1}): removed there since {2} was made? 'annotator remove' "
    "takes them out":
        "  本标注工程原先没有的文档，新增 {0} 篇（{1}）：是在 {2} 制作之后从这里删除的吗？"
        "“标注工程 › 移除文档…”（annotator remove）可将其移除",
    "  {0} span(s) had no annotator name: stored as '{1}' (the source's name)":
        "  {0} 个标注没有标注者姓名：以“{1}”（来源的名称）保存",
    "  the same spans of {0} as {1} (given twice?): nothing added": "  {0} 的标注与 {1} 中的相同（重复提供？）：未添加",
    "  {0} is a project of an older annotator (schema {1}): read from a copy, its folder left as it was "
    "(its coder's annotator still opens it)":
        "  {0} 是旧版 annotator 的标注工程（架构 {1}）：从副本读取，其文件夹保持原样（编码员的 annotator 仍能打开）",
    "  annotator {0} stored as {1} here (--rename)": "  标注者 {0} 在此存为 {1}（改名）",
    "  {0} has no label {1} (renamed there as {2}? its spans are here under that name): its coder could mark "
    "none, so the agreement counts none of their {3} spans":
        "  {0} 没有标签 {1}（在那里改名为 {2}？其标注在此以该名称保存）：其编码员无法标注它，"
        "因此一致性不计其 {3} 标注",
    "  {0} has no label {1}: its coder could mark none, so the agreement counts none of their {2} spans":
        "  {0} 没有标签 {1}：其编码员无法标注它，因此一致性不计其 {2} 标注",
    "  document {0} is {1} here (the same text)": "  文档 {0} 在此为 {1}（文本相同）",
    "  document {0}: its text differs from {1} here; added as {2} (its spans are there)":
        "  文档 {0}：其文本与此处的 {1} 不同；已作为 {2} 添加（其标注在那里），一致性不把二者放在一起比较",
    "  refused in {0}: {1}": "  在 {0} 中被拒绝：{1}",
    "  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise "
    "there since an earlier merge): left as they are":
        "  此处 {1} 的 {0} 个标注在 {2} 中已不是原样（自上次合并后在那里被删除、改标签、移动或另作裁定）：保持不变",
    "  {0} span(s) of {1} here are not in {2} as they are (deleted, relabelled, moved or decided otherwise "
    "there since an earlier merge): left as they are (a corrected copy? merge it again with --replace to "
    "take its version)":
        "  此处 {1} 的 {0} 个标注在 {2} 中已不是原样（自上次合并后在那里被删除、改标签、移动或另作裁定）：保持不变"
        "（是更正后的副本？再次合并时勾选“更正后的副本”即可采用其版本）",
    "  {0} span(s) of {1} here that {2} no longer holds as they are (deleted, relabelled, moved or decided "
    "otherwise there) replaced by its version (--replace)":
        "  此处 {1} 的 {0} 个标注在 {2} 中已不是原样（在那里被删除、改标签、移动或另作裁定）："
        "已替换为其版本（更正后的副本）",
    "  {0} link(s) of its coders here that {1} no longer holds replaced by its links (--replace)":
        "  此处其编码员的 {0} 个关联在 {1} 中已不存在：已替换为其关联（更正后的副本）",
    "refused {0}: none of its {1} document(s) ({2}) is in the project (a package of another project?): "
    "nothing of it merged; 'annotator merge --new-documents' adds them all the same":
        "已拒绝 {0}：其 {1} 篇文档（{2}）都不在本标注工程中（是另一个工程的标注包？）：未合并其任何内容；"
        "若确需合并，请在“合并编码员的成果”中勾选“另一个工程的文档”",
    "&Documents of another project: add them": "另一个工程的文档(&D)：添加这些文档",
    "Else a project none of whose documents is here is refused, as sent by mistake.":
        "否则，文档都不在本工程中的工程会被视为误发而拒绝。",
    "  {0} is older than what is here for {1} in {2} document(s) ({3}): spans or links of theirs here were "
    "changed or deleted after its last change to them; nothing of theirs merged there, what is here kept as "
    "it is":
        "  对 {1} 而言，{0} 比此处的版本旧（共 {2} 篇文档：{3}）：此处其标注或关联的修改或删除晚于该副本中对它们的"
        "最后一次修改；这些文档中未合并其任何内容，此处的保持不变",
    "  {0} is older than what is here for {1} in {2} document(s): spans or links of theirs here were changed "
    "or deleted after its last change to them; nothing of theirs merged there, what is here kept as it is":
        "  对 {1} 而言，{0} 比此处的版本旧（共 {2} 篇文档）：此处其标注或关联的修改或删除晚于该副本中对它们的"
        "最后一次修改；这些文档中未合并其任何内容，此处的保持不变",
    "  {0} link(s) of {1} here are not in {2} (removed or linked otherwise there since an earlier merge): "
    "left as they are (a corrected copy? merge it again with --replace to take its version)":
        "  此处 {1} 的 {0} 个关联不在 {2} 中（自上次合并后在那里被删除或改连）：保持不变"
        "（是更正后的副本？再次合并时勾选“更正后的副本”即可采用其版本）",
    "  {0} link(s) of {1} here are not in {2} (removed or linked otherwise there since an earlier merge): "
    "left as they are":
        "  此处 {1} 的 {0} 个关联不在 {2} 中（自上次合并后在那里被删除或改连）：保持不变",
    "&Corrected copies, sent again": "更正后的副本(&C)，再次发回",
    "Their version replaces what their coders' earlier copies brought.":
        "以其版本替换这些编码员先前副本带来的标注。",
    "  annotator {0} came from {1} too: their spans are one layer here (two people of one name? take this "
    "merge back (Project › Restore from a backup…: the backup of {2}, made right before it) and merge {3} "
    "alone with {4}=ANOTHER_NAME in Rename coders (Project › Coding team › Merge coders' work…))":
        "  标注者 {0} 也来自 {1}：其标注在此合为一层（两个同名的人？请撤回这次合并（标注工程 › 从备份恢复…："
        "选 {2} 的备份，即合并前一刻所做），再单独合并 {3}，并在“合并编码员的成果”的“改名”一栏填写 {4}=另一个名字）",
    "  annotator {0} stored as {1} here: {2} was handed out to {3} (export-package --coder); merged with "
    "--rename {4} it keeps its name":
        "  标注者 {0} 在此存为 {1}：{2} 是发给 {3} 的标注包（发放时填写了编码员姓名）；"
        "若要保留原名，合并时在“改名”一栏填写 {4}",
    "  {0} was handed out to {1}, but its spans carry annotator(s) {2}: merged under those names (is one of "
    "them {3}? merge it with --rename NAME={4})":
        "  {0} 是发给 {1} 的标注包，但其标注属于标注者 {2}：已按这些名字合并（其中有 {3} 吗？"
        "合并时在“改名”一栏填写 名字={4}）",
    "  {0} brought annotator(s) {1}, not among the project's coders; coder(s) {2} hold no span here: a copy "
    "whose coder gave another name (their window's Preferences, or --annotator)?":
        "  {0} 带来了标注者 {1}，不在本工程的编码员之中；编码员 {2} 在此没有任何标注："
        "副本的编码员用了另一个名字（其窗口的“首选项”，或 --annotator）？",
    "  to store them under a coder's name, take this merge back (Project › Restore from a backup…: the backup of "
    "{1}, made right before it) and merge the same work again with {0} in Rename coders (Project › Coding team › "
    "Merge coders' work…)":
        "  要把这些标注存到编码员名下：请撤回这次合并（标注工程 › 从备份恢复…：选 {1} 的备份，即合并前一刻所做），"
        "再合并同样的成果，并在“改名”一栏填写 {0}（标注工程 › 团队协作 › 合并编码员的成果…）",
    # the coders (gui/dialogs/coders_dialog.py; "Coders", "Accepted", "Open", "Rejected": translate_ts.ZH)
    "&Coders…": "编码员(&C)…",
    "merged": "合并带入",
    "imported under their name": "以其姓名导入",
    "in a package": "随标注包带入",
    "found when the project was upgraded": "工程升级时识别",
    "added by name": "按姓名添加",
    "Coder": "编码员",
    "Came in": "加入方式",
    "When": "时间",
    "&Add…": "添加(&A)…",  # (and "&Remove", the merge dialog's)
    "The coders of {0}: their spans stay as they left them, your edits of them going to a copy of your own. A coder "
    "removed keeps their spans, which are then yours to edit in place.":
        "{0} 的编码员：其标注保持他们留下时的原样，您对这些标注的修改保存在您自己的副本中。"
        "移除某位编码员后，其标注仍然保留，此后可由您直接编辑。",
    "{0} has no coders: merging their copies (Merge coders' work…), importing a file under their name or Add… "
    "records them.":
        "{0} 还没有编码员：合并他们的副本（“合并编码员的成果…”）、以其姓名导入文件或点击“添加…”即可记录编码员。",
    "Other annotator names, no coder's (edited in place): {0}": "其他标注者姓名（不是编码员，可直接编辑）：{0}",
    "{0} ({1} span(s))": "{0}（{1} 条标注）",
    "no name": "无姓名",
    "Coders not changed": "编码员未更改",
    "{0} is no coder now: their {1} span(s) stay where they are, in the layer {0}, yours to edit in place.":
        "{0} 已不再是编码员：其 {1} 条标注仍留在原处（{0} 的标注层），现在可由您直接编辑。",
    "{0} is no coder now (no span of theirs).": "{0} 已不再是编码员（其名下没有标注）。",
    "{0} is no coder now: another program took them off meanwhile.": "{0} 已不再是编码员：另一程序已在此期间将其移除。",
    "{0} is a coder already.": "{0} 已是编码员。",
    "{0} is a coder now: their {1} span(s) stay as {0} left them, your edits of them going to a copy of your own.":
        "{0} 现在是编码员：其 {1} 条标注保持 {0} 留下时的原样，您对这些标注的修改保存在您自己的副本中。",
    "{0} is a coder now; no span holds that name yet (a merge or an import under it brings theirs).":
        "{0} 现在是编码员；目前还没有该姓名的标注（合并或以该姓名导入后即带入其标注）。",
    "not a coder of {0}: {1} (its coders: {2}); nothing was changed":
        "{1} 不是 {0} 的编码员（其编码员：{2}）；未作任何更改",
    "not a coder of {0}: {1} (it has none); nothing was changed":
        "{1} 不是 {0} 的编码员（该工程没有编码员）；未作任何更改",
    "a coder needs a name: the annotator name of their spans (li)": "编码员需要姓名：即其标注所用的标注者姓名（如 li）",
    "Add a coder": "添加编码员",
    "The annotator name of the coder's spans:": "编码员标注所用的标注者姓名：",
    # opening a package off the GUI thread
    "Opening the package": "正在打开标注包",
    "Unpacking {0}…": "正在解压 {0}…",
}
