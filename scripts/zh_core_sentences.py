"""Chinese of the core's error sentences the window shows rarely or the command line alone (gui/core_errors_store.py,
gui/core_errors_tools.py, the source pieces of gui/core_errors.py, a PDF's encryption in gui/summaries.py), and
the label of the English under Show Details (gui/dialogs/errors.py); read into translate_ts.ZH."""
from __future__ import annotations

ZH: dict[str, str] = {
    # gui/dialogs/errors.py: Show Details of a translated error
    "The same in English, to quote in a bug report:": "英文原文（报告问题时可引用）：",
    # what an edit needed, removed or changed since it was read (core/store/*.py)
    "no document with id {0}": "没有 id 为 {0} 的文档",
    "document {0} is not in the project": "文档 {0} 不在标注工程中",
    "no annotation with id {0} (removed since it was read?)": "没有 id 为 {0} 的标注（读取后已被删除？）",
    "no link with id {0} (removed since it was read?)": "没有 id 为 {0} 的关联（读取后已被删除？）",
    "no link with id {0}": "没有 id 为 {0} 的关联",
    "the new spans' ids are not the ones expected: nothing was stored": "新标注的 id 与预期不符：未保存任何内容",
    "cannot restore the annotation: it was changed in the meantime ({0})": "无法恢复该标注：它在此期间已被更改（{0}）",
    "cannot restore the change: it was changed in the meantime ({0})":
        "无法恢复这项更改：相关内容在此期间已被更改（{0}）",
    "cannot restore the link: the span has another one now ({0})": "无法恢复该关联：该标注现在已有另一条关联（{0}）",
    "the guide of {0} was changed in the meantime": "{0} 的标注指南已在此期间被修改",
    "{0}: the sha256 given is not that of its text": "{0}：给出的 sha256 与其文本不符",
    # a link, a label's place, a coder, an own copy, the model's settings refused
    "a link joins two spans of one document": "关联只能连接同一文档中的两个标注",
    "{0} {1} cannot have a {2} link to a district by name": "{0} {1} 不能有按名称指向地区的{2}关联",
    "{0} {1} cannot have a {2} link to {3} {4}": "{0} {1} 不能有指向{3} {4} 的{2}关联",
    "a district link without a span needs the district's name": "不指向标注的地区关联需要写明地区名称",
    "a suggested link is accepted or rejected, not {0}": "建议的关联只能接受或拒绝，不能设为 {0}",
    "label {0} can go to a place from 1 to {1} in {2}, not {3}; nothing was changed":
        "标签 {0} 在 {2} 中的位置只能是 1 到 {1}，不能是 {3}；未作任何更改",
    "unknown way a coder came in: {0} (one of {1})": "未知的编码员加入方式：{0}（应为 {1} 之一）",
    "{0}'s {1} {2} stays {3}'s, and your own copy of it cannot be made: {4}":
        "{0} 的{1} {2} 仍归 {3} 所有，无法为您另建一份自己的副本：{4}",
    "unknown model {0} (one of {1})": "未知的模型 {0}（应为 {1} 之一）",
    "the minimum confidence is a probability from 0 to 1, not {0}": "最低置信度应是 0 到 1 之间的概率，不能是 {0}",
    "train again after a whole number of accepted spans from 0 (only when asked) to {0}, not {1}":
        "重新训练的间隔应是 0（仅在要求时训练）到 {0} 之间的已接受标注数（整数），不能是 {1}",
    "a model needs a name": "模型需要名称",
    "model {0} is {1} bytes, more than {2} a project keeps": "模型 {0} 有 {1} 字节，超过标注工程可保存的 {2} 字节",
    # the project's files
    "{0}: no backup could be made ({1})": "{0}：无法创建备份（{1}）",
    "{0}: could not give back the free space of the database ({1}); nothing was changed":
        "{0}：无法释放数据库中的空闲空间（{1}）；未作任何更改",
    "{0}: schema step {1} would break {2} reference(s) between tables; nothing was changed":
        "{0}：结构升级第 {1} 步会破坏表之间的 {2} 处引用；未作任何更改",
    "{0}: is on a network share ({1}), where annotator writes it with a rollback journal whatever it is marked; give "
    "it the write-ahead log on the computer whose disk holds it — nothing was changed":
        "{0}：位于网络共享上（{1}），无论如何标记，annotator 都会用回滚日志写入它；请在存放它的那台电脑上为它启用预写"
        "日志——未作任何更改",
    "{0}: the disk holding the project is full (no free space); nothing was saved":
        "{0}：存放标注工程的磁盘已满（没有剩余空间）；未保存任何内容",
    # what is wrong with a project's tables, an empty backup, a workbook without a sheet
    "table {0} lacks {1}": "表 {0} 缺少 {1}",
    "table {0} exists although schema {1} has none": "存在表 {0}，但结构版本 {1} 没有这个表",
    "the annotations table is not in the shape of schema 1": "annotations 表不是结构版本 1 的格式",
    "annotation ids are not AUTOINCREMENT as in schema 2": "标注 id 不像结构版本 2 那样是 AUTOINCREMENT",
    "the search index of schema {0} is missing": "缺少结构版本 {0} 的搜索索引",
    "it has no sheet": "其中没有工作表",
    # exports, the agreement table, scoring against gold
    "unknown export format {0} (one of {1})": "未知的导出格式 {0}（应为 {1} 之一）",
    "unknown table {0} (one of {1})": "未知的表格 {0}（应为 {1} 之一）",
    "{0}: annotator does not write {1} files; name it .xlsx (Excel), .csv, .jsonl, .json (Label Studio), .conll or "
    ".html, or choose --format; nothing was written":
        "{0}：annotator 不能写 {1} 文件；请把文件名后缀改为 .xlsx（Excel）、.csv、.jsonl、.json（Label Studio）、"
        ".conll 或 .html，或选择导出格式；未写入任何内容",
    "no spans by annotator {0} in {1} (its annotators: {2})": "{1} 中没有标注者 {0} 的标注（其中的标注者：{2}）",
    "{0}: the agreement table is written as .csv or .xlsx; name the file so (-o agreement.xlsx); nothing was written":
        "{0}：一致性表格只能写成 .csv 或 .xlsx 文件；请按此命名（如 agreement.xlsx）；未写入任何内容",
    "{0}: no gold annotations to score against": "{0}：没有可用于评分的金标准标注",
    "{0} line {1}: not a {2} line ({3})": "{0} 第 {1} 行：不是{2}行（{3}）",
    "{0} line {1}: {2}": "{0} 第 {1} 行：{2}",
    "{0}; {1} of {2} gold span(s) do not match the project's documents: was the gold made on another version of the "
    "text? Nothing was scored":
        "{0}；{2} 条金标准标注中有 {1} 条与标注工程中的文档不符：金标准是否基于另一版本的文本制作？未作任何评分",
    "gold annotation": "金标准标注",
    "{0} line {1}: offsets {2}-{3} are outside {4} (0-{5})": "{0} 第 {1} 行：位置 {2}-{3} 超出了 {4} 的范围（0-{5}）",
    "{0} line {1}: {2} is not the text of {3} at {4}-{5} ({6})":
        "{0} 第 {1} 行：{3} 在 {4}-{5} 处的文本不是 {2}（而是 {6}）",
    # the model, cross-validation, background work, the installation
    "the model cannot be read ({0}); {1}": "模型无法读取（{0}）；{1}",
    "the shipped model {0} cannot be read ({1}); {2}": "随程序提供的模型 {0} 无法读取（{1}）；{2}",
    "{0}: the project's model cannot be read ({1}); {2}": "{0}：标注工程的模型无法读取（{1}）；{2}",
    "train it again (Project › Train the model)": "请重新训练（“标注工程 › 训练模型”）",
    "the installation is damaged: reinstall annotator": "程序安装已损坏：请重新安装 annotator",
    "--min-confidence takes a probability from 0 to 1, not {0}": "最低置信度应是 0 到 1 之间的概率，不能是 {0}",
    "{0}: cross-validation needs at least two documents with accepted spans (this project has {1})":
        "{0}：交叉验证至少需要两篇含已接受标注的文档（此标注工程只有 {1} 篇）",
    "cross-validation needs at least two documents with accepted spans (this project has {0})":
        "交叉验证至少需要两篇含已接受标注的文档（此标注工程只有 {0} 篇）",
    "{0}: a worker process of --jobs {1} ended unexpectedly (killed, or out of memory); the suggestions of the {2} "
    "document(s) finished before it are stored, each whole, and running the command again does the rest":
        "{0}：{1} 个并行进程中有一个意外结束（被终止或内存不足）；此前完成的 {2} 篇文档的建议已完整保存，"
        "再次运行即可完成其余文档",
    "the background process stopped unexpectedly (exit code {0}); nothing was kept":
        "后台进程意外停止（退出代码 {0}）；未保留任何结果",
    "resource file {0} is not on the file system ({1}): install annotator unzipped":
        "资源文件 {0} 不在文件系统中（{1}）：请安装未压缩的 annotator",
    "resource file {0} has no list [{1}]: the installation is incomplete, reinstall annotator":
        "资源文件 {0} 中没有列表 [{1}]：程序安装不完整，请重新安装 annotator",
    # agreement, packages, link review, metadata fields, encodings, import again, a workbook's note
    "rejected spans say 'not this' and are never compared: the agreement of {0} counts the spans coders marked "
    "(accepted, and suggested when asked)":
        "已拒绝的标注表示“不是这个”，从不参与比较：{0} 的一致性只统计编码员标出的标注"
        "（已接受的，以及要求时的待审建议）",
    "a package can include {0}, not {1}": "标注包可以包含 {0}，不能包含 {1}",
    "no link is of the kind {0}; the kinds: {1}": "没有类型为 {0} 的关联；关联类型有：{1}",
    "no {0} link goes from a {1} span: links go from {2} spans (--label names the span a link goes from)":
        "没有从{1}标注出发的{0}关联：关联从{2}标注出发（--label 指定关联出发的标注）",
    "no link goes from a {0} span: links go from {1} spans (--label names the span a link goes from)":
        "没有从{0}标注出发的关联：关联从{1}标注出发（--label 指定关联出发的标注）",
    "unknown encoding {0} (for example utf-8, gb18030, big5, utf-16)":
        "未知的编码 {0}（例如 utf-8、gb18030、big5、utf-16）",
    "{0} is not a text encoding": "{0} 不是文本编码",
    "is not {0} text (--encoding {1}): {2}% of its characters other than ASCII read as characters unusual in "
    "Chinese or Latin text; it reads as {3}: leave out --encoding":
        "不是 {0} 文本（所选编码：{1}）：按此编码读取，其中非 ASCII 字符有 {2}% 是中文或拉丁文中少见的字符；按 {3} "
        "可以正常读取：请不要指定编码",
    "is not {0} text (--encoding {1}): {2}% of its characters other than ASCII read as characters unusual in "
    "Chinese or Latin text":
        "不是 {0} 文本（所选编码：{1}）：按此编码读取，其中非 ASCII 字符有 {2}% 是中文或拉丁文中少见的字符",
    "{0}; {1} was not imported again ({2} document(s) before it were, each whole)":
        "{0}；{1} 未重新导入（在它之前的 {2} 篇文档已各自完整地重新导入）",
    "note is {0} characters long, more than a cell holds, and was cut in the workbook; change it in the application":
        "备注有 {0} 个字符，超出单元格的容量，在工作簿中被截断了；请在程序中修改它",
    # a PDF (gui/summaries.py, context Summaries)
    "is encrypted in a way this installation cannot read ({0}); install the 'cryptography' package, or save the PDF "
    "without protection":
        "采用了本程序无法读取的加密方式（{0}）；请安装 'cryptography' 软件包，或将该 PDF 另存为不受保护的文件",
}
