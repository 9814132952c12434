"""Chinese of the core's error sentences as the window shows them (gui/core_errors.py; read into translate_ts.ZH)."""
from __future__ import annotations

_RESTORE = "'annotator restore' 可恢复备份——文件未作改动"

ZH: dict[str, str] = {
    # opening or creating a project
    # adjudication
    "the layer {0} in {1} holds spans not written by adjudication (a coder's, or imported under that name), "
    "which a decision would replace; name another gold layer (default {2})":
        "{1} 中的层 {0} 含有并非由裁定写入的标注（某位编码员的，或以该名称导入的），裁定会替换它们；"
        "请另取一个金标准层名称（默认 {2}）",
    "{0}: a project already exists here": "{0}：此处已有标注工程",
    # coding team: packages and merging
    "{0}: a package is a .zip file": "{0}：标注包应是 .zip 文件",
    "{0}: no documents to hand out": "{0}：没有可分发的文档",
    "{0}: not an annotator package (it should hold one folder with {1}; found {2})":
        "{0}：不是 annotator 标注包（应含一个带有 {1} 的文件夹；找到 {2} 个）",
    "{0}: not a readable zip file ({1}); it may have been cut off while copied or sent: ask for it again":
        "{0}：不是可读的 zip 文件（{1}）；可能在复制或发送时被截断了：请对方重新发送",
    "{0}: its project needs {1} bytes, {2} has {3} free": "{0}：其中的标注工程需要 {1} 字节，{2} 只剩 {3} 字节",
    "{0}: is a project folder, not a package; a package is the .zip file '{1}' makes; "
    "this project opens as it is ({2})":
        "{0}：是标注工程文件夹，不是标注包；标注包是 '{1}' 生成的 .zip 文件；这个标注工程可以直接打开（{2}）",
    "{0}: is a folder, not a package; a package is the .zip file '{1}' makes":
        "{0}：是文件夹，不是标注包；标注包是 '{1}' 生成的 .zip 文件",
    "{0}: no such package file": "{0}：没有这个标注包文件",
    "{0}: exists and is not an empty folder; name a new folder for the project":
        "{0}：已存在且不是空文件夹；请为标注工程指定一个新文件夹",
    "{0}: no such project folder or package": "{0}：没有这个标注工程文件夹或标注包",
    "{0}: is the project being merged into": "{0}：正是要合并进去的标注工程",
    "{0}: is a file, not a folder": "{0}：是文件，不是文件夹",
    "{0}: cannot create the project folder ({1})": "{0}：无法创建标注工程文件夹（{1}）",
    "{0}: no such project folder": "{0}：没有这个标注工程文件夹",
    "{0}: is a file, not a project folder": "{0}：是文件，不是标注工程文件夹",
    "{0}: not an annotator project (no {1}); create one with 'annotator new {2}'":
        "{0}：不是 annotator 标注工程（没有 {1}）；可用 'annotator new {2}' 新建",
    "{0}: the project folder is read-only; annotator needs to write its database and journal there":
        "{0}：标注工程文件夹是只读的；annotator 需要在其中写入数据库及其日志文件",
    "{0}: the database file is read-only; nothing was changed": "{0}：数据库文件是只读的；未作任何更改",
    "{0}: cannot open the database ({1})": "{0}：无法打开数据库（{1}）",
    "{0}: the database is damaged or not a project database ({1}); nothing was written to it — {2}":
        "{0}：数据库已损坏，或不是标注工程数据库（SQLite 的原话见详细信息）；未向其写入任何内容——{2}",
    "{0}: its write-ahead log {1} does not fit it (left from another database?): read with it, the database is "
    "damaged ({2}); nothing was written to it — move {3} out of the folder to open the project as last saved "
    "without it ({4})":
        "{0}：旁边的预写日志 {1} 与它不相符（可能是另一个数据库留下的）：连同该日志读取时数据库已损坏；"
        "未向其写入任何内容——把 {3} 移出该文件夹，即可打开上次保存时的标注工程（不含该日志的内容）（{4}）",
    "{0}: the database is damaged ({1}); nothing was written to it — {2}":
        "{0}：数据库已损坏（SQLite 的检查结果见详细信息）；未向其写入任何内容——{2}",
    "{0}: the database is damaged (the text of document {1} no longer matches the sha256 it was imported "
    "with); nothing more was done — {2}":
        "{0}：数据库已损坏（文档 {1} 的文本与导入时的 sha256 不再一致）；未再执行任何操作——{2}",
    "{0}: is an SQLite database but not an annotator project; it was left untouched":
        "{0}：是 SQLite 数据库，但不是 annotator 标注工程；未作改动",
    "{0}: made by a newer annotator (schema {1}, this one knows {2}); update annotator to open it — "
    "nothing was changed":
        "{0}：由较新版本的 annotator 创建（结构版本 {1}，本版本只支持到 {2}）；请升级 annotator 后再打开——未作任何更改",
    "{0}: its tables are not those of an annotator project of schema {1} ({2}); it was left untouched":
        "{0}：其中的表与结构版本 {1} 的 annotator 标注工程不符（{2}）；未作改动",
    "{0}: cannot switch the database to WAL mode ({1})": "{0}：无法将数据库切换到 WAL 模式（{1}）",
    "{0}: cannot read the database ({1})": "{0}：无法读取数据库（{1}）",
    "{0}: is empty (0 bytes), so the project database is lost or damaged; {1}":
        "{0}：文件是空的（0 字节），标注工程数据库已丢失或损坏；{1}",
    "{0}: is not an SQLite database (damaged or another kind of file); it was left untouched":
        "{0}：不是 SQLite 数据库（已损坏或是其他类型的文件）；未作改动",
    "{0}: is truncated ({1} bytes, less than the 100-byte header); {2}":
        "{0}：文件不完整（{1} 字节，不足 100 字节的文件头）；{2}",
    "{0}: is damaged: it has bytes after its end ({1} bytes where its header says {2}); {3}":
        "{0}：已损坏：末尾之后还有多余的字节（实有 {1} 字节，文件头表明应为 {2}）；{3}",
    "{0}: is damaged: it does not hold whole pages ({1} bytes where its header says {2}); {3}":
        "{0}：已损坏：不是由完整的页组成（实有 {1} 字节，文件头表明应为 {2}）；{3}",
    "{0}: is truncated ({1} bytes where its header says {2}); {3}":
        "{0}：文件不完整（实有 {1} 字节，文件头表明应为 {2}）；{3}",
    "there is no backup of it": "它没有备份",
    "ask for the project again": "请向对方重新索取该标注工程",
    "'annotator restore' brings back a backup — the file was left untouched": _RESTORE,
    # a package's project or a coder's folder that cannot be opened (core/team/package.py named_by_zip)
    "{0}: the project in this package cannot be opened: {1}": "{0}：无法打开此标注包中的标注工程：{1}",
    "{0}: the project cannot be opened: {1}": "{0}：无法打开该标注工程：{1}",
    "the newest backup is {0}; 'annotator restore {1}' brings it back":
        "最新的备份是 {0}；'annotator restore {1}' 可将其恢复",
    "{0} bytes": "{0} 字节",
    "pages of {0} bytes": "{0} 字节的整数倍",
    # writes refused or failed
    "{0} — of the link suggestions; the span suggestions are stored: run the suggestions again to suggest their links":
        "{0}——写入的是关联建议；片段的建议已保存：再运行一次建议即可建议它们的关联",
    "{0}: could not write ({1}); nothing was saved": "{0}：无法写入（{1}）；未保存任何内容",
    "{0}: the disk holding the project is full ({1} free); nothing was saved":
        "{0}：标注工程所在的磁盘已满（剩余 {1}）；未保存任何内容",
    "{0}: the project is no longer there (its folder was moved, renamed or deleted while it was open); "
    "nothing was saved — open the project where it is now":
        "{0}：标注工程已不在此处（打开期间其文件夹被移动、重命名或删除）；未保存任何内容——请到它现在的位置打开它",
    "{0}: the project is busy in another program ({1}) and stayed busy for {2} s; nothing was saved — "
    "try again":
        "{0}：标注工程正被另一个程序占用（{1}），{2} 秒内一直未释放；未保存任何内容——请重试",
    "{0} {1}: its note was changed meanwhile in another window or program to {2}, so yours, {3}, was not saved "
    "— look at the stored one and type yours again if it should replace it":
        "{0} {1}：其备注已在另一个窗口或程序中改为 {2}，因此您的 {3} 未保存——"
        "请查看已保存的内容，如仍要替换，请重新输入",
    "{0} {1}: its value's {2} was changed meanwhile in another window or program to {3}, so yours, {4}, was "
    "not saved — look at the stored one and type yours again if it should replace it":
        "{0} {1}：其值的 {2} 已在另一个窗口或程序中改为 {3}，因此您的 {4} 未保存——"
        "请查看已保存的内容，如仍要替换，请重新输入",
    "{0} {1}: its {2} was changed meanwhile in another window or program to {3}, so undo or redo would "
    "overwrite it; nothing was written":
        "{0} {1}：其{2}已在另一个窗口或程序中改为 {3}，撤销或重做会覆盖这一更改；未写入任何内容",
    "the {0} link of {1} {2}: its {3} was changed meanwhile in another window or program to {4}, so undo or "
    "redo would overwrite it; nothing was written":
        "{1} {2} 的{0}关联：其{3}已在另一个窗口或程序中改为 {4}，撤销或重做会覆盖这一更改；未写入任何内容",
    "the document was removed meanwhile in another window or program": "该文档已在另一个窗口或程序中被移除",
    "the document {0} was changed meanwhile in another window or program; it was not replaced":
        "文档 {0} 已在另一个窗口或程序中被更改；未替换",
    "the document {0}: its {1} was changed meanwhile in another window or program to {2}, so undo or redo "
    "would overwrite it; nothing was written":
        "文档 {0}：其{1}已在另一个窗口或程序中改为 {2}，撤销或重做会覆盖这一更改；未写入任何内容",
    "the document {0}: its {1} was changed meanwhile in another window or program to {2}, so yours, {3}, was "
    "not saved — look at the stored one and type yours again if it should replace it":
        "文档 {0}：其{1}已在另一个窗口或程序中改为 {2}，因此您的 {3} 未保存——"
        "请查看已保存的内容，如仍要替换，请重新输入",
    # a field named in those
    "extent": "边界", "label": "标签", "value": "值", "status": "状态", "origin": "来源", "annotator": "标注者",
    "confidence": "置信度", "reason": "理由", "note": "备注", "document": "文档", "target": "目标",
    "jurisdiction": "辖区",
    "{0} {1} ({2}-{3}) overlaps {4} {5} ({6}-{7}); one annotator's spans of one label may not overlap":
        "{0} {1}（{2}-{3}）与{4} {5}（{6}-{7}）重叠；同一标注者同一标签的标注不能重叠",
    "offsets {0}-{1} are outside the text (0-{2}) or empty": "位置 {0}-{1} 超出文本范围（0-{2}）或为空",
    "no span text given for {0}-{1}; the document has {2} there (the text is asked for, to check the "
    "offsets)":
        "未给出 {0}-{1} 处标注的文本；文档在该处为 {2}（需要文本以核对位置）",
    "span text {0} does not match the document at {1}-{2} ({3})": "标注文本 {0} 与文档 {1}-{2} 处的内容（{3}）不一致",
    "value must be a JSON object, not {0}": "值必须是 JSON 对象，不能是 {0}",
    "value cannot be stored as JSON ({0})": "值无法存为 JSON（{0}）",
    "{0} must be a string, not {1} {2}": "{0} 必须是字符串，不能是 {1} {2}",
    "{0} holds a lone surrogate {1} at position {2} (broken UTF-16), which cannot be stored":
        "{0} 在位置 {2} 含有孤立的代理字符 {1}（UTF-16 已损坏），无法保存",
    "confidence must be a number, not {0}": "置信度必须是数字，不能是 {0}",
    "unknown status {0} (one of {1})": "未知的状态 {0}（应为 {1} 之一）",
    "a label needs a name": "标签需要名称",
    "label {0} exists already": "标签 {0} 已存在",
    "labels {0} and {1} would both read {2} in the Chinese window: choose another name; nothing was changed":
        "标签 {0} 与 {1} 在中文界面中都会显示为“{2}”：请另选名称；未作任何更改",
    "shortcut {0} is taken by {1} in {2}: choose another or clear {3}'s first":
        "快捷键 {0} 已被 {2} 中的标签 {1} 占用：请另选一个，或先清除{3}的快捷键",
    "label {0} was kept: {1} span(s) in {2} use it; relabel or delete those spans first, or rename the label "
    "instead": "已保留标签 {0}：{2} 中有 {1} 条标注使用它；请先改标或删除这些标注，或改为重命名该标签",
    "label {0} was kept: {1} span(s) in {2} use it; relabel or delete those spans first":
        "已保留标签 {0}：{2} 中有 {1} 条标注使用它；请先改标或删除这些标注",
    "label {0} was kept: {1} span(s) in {2} use it, {3} of them rejected (shown by View › Show rejected spans); "
    "relabel or delete those spans first, or rename the label instead":
        "已保留标签 {0}：{2} 中有 {1} 条标注使用它，其中 {3} 条已拒绝（“视图 › 显示已拒绝的标注”可显示它们）；"
        "请先改标或删除这些标注，或改为重命名该标签",
    "label {0} was kept: {1} span(s) in {2} use it, {3} of them rejected (shown by View › Show rejected spans); "
    "relabel or delete those spans first":
        "已保留标签 {0}：{2} 中有 {1} 条标注使用它，其中 {3} 条已拒绝（“视图 › 显示已拒绝的标注”可显示它们）；"
        "请先改标或删除这些标注",
    "label {0} is no longer in the project": "标签 {0} 已不在标注工程中",
    "{0} is one of the schema's labels: its values, links and suggestions go by that name, so it keeps it "
    "— its colour, key and description can be changed, and the window shows it in your language; nothing "
    "was changed":
        "{0} 是方案规定的标签：其值、关联和建议都按这个名称对应，所以名称保持不变——可以更改其颜色、快捷键和说明，"
        "窗口会以界面语言显示它；未作任何更改",
    "the guide of {0} has {1} characters; at most {2} are kept": "{0} 的标注指南有 {1} 个字符；最多只能保存 {2} 个",
    "the guide of {0} was changed in the meantime (in another window or program): Cancel shows it, then "
    "Edit again":
        "{0} 的标注指南已在此期间被修改（在另一个窗口或程序中）：按“取消”查看，再重新编辑",
    # automatic backups, restoring one
    "automatic backup of {0} failed: {1}": "{0} 的自动备份失败：{1}",
    "the project database is damaged ({0}); it was not kept as a backup": "标注工程数据库已损坏（{0}）；未保存为备份",
    "{0}: is not a usable backup ({1}); nothing was restored — choose another backup":
        "{0}：不是可用的备份（{1}）；未恢复任何内容——请选择另一个备份",
    "{0}: is a damaged backup (it fails its integrity check: {1}); nothing was restored — choose another backup":
        "{0}：备份已损坏（未通过完整性检查：{1}）；未恢复任何内容——请选择另一个备份",
    "{0}: is an SQLite database but not a backup of an annotator project":
        "{0}：是 SQLite 数据库，但不是 annotator 标注工程的备份",
    "{0}: was made by a newer annotator (schema {1}, this one knows {2}); it was not restored":
        "{0}：由较新版本的 annotator 创建（结构版本 {1}，本版本只支持到 {2}）；未恢复",
    "{0}: has no backups in {1}": "{0}：{1} 中没有备份",
    "{0}: no such backup file": "{0}：没有这个备份文件",
    "{0}: the project folder is read-only; nothing was restored": "{0}：标注工程文件夹是只读的；未恢复任何内容",
    "{0}: the database file is read-only; nothing was restored": "{0}：数据库文件是只读的；未恢复任何内容",
    "{0}: could not be written ({1}); nothing was restored": "{0}：无法写入（{1}）；未恢复任何内容",
    "{0}: could not be written ({1}); nothing was restored — the damaged database is back where it was":
        "{0}：无法写入（{1}）；未恢复任何内容——损坏的数据库已放回原处",
    "{0}: its path is too long for SQLite ({1} bytes, at most {2}); move or rename the project folder to a "
    "shorter path — nothing was changed":
        "{0}：路径对 SQLite 来说太长（{1} 字节，最多 {2} 字节）；请把标注工程文件夹移到较短的路径或改名——未作任何更改",
    "{0}: cannot be opened, the disk is full ({1}); nothing was written to it — free some space on the disk "
    "and try again": "{0}：磁盘已满，无法打开（{1}）；未写入任何内容——请在磁盘上腾出空间后重试",
    "{0}: cannot be opened, the disk reported an error ({1}); nothing was written to it — the database itself "
    "is not known to be damaged: check the disk and try again":
        "{0}：磁盘报告错误，无法打开（{1}）；未写入任何内容——数据库本身并未发现损坏：请检查磁盘后重试",
    # exports refused
    "{0}: is a project database (or one of its files); an export never replaces it — choose another file "
    "name; nothing was written":
        "{0}：是标注工程数据库（或其文件之一）；导出绝不会覆盖它——请另选文件名；未写入任何内容",
    "{0}: cannot write there ({1}); nothing was changed": "{0}：无法在此写入（{1}）；未作任何更改",
    "{0}: is a folder; choose a file name to write; nothing was written":
        "{0}：是文件夹；请选择要写入的文件名；未写入任何内容",
    "{0}: the folder {1} does not exist; nothing was written": "{0}：文件夹 {1} 不存在；未写入任何内容",
    "{0}: could not be written ({1}); nothing was changed": "{0}：无法写入（{1}）；未作任何更改",
    "the {0} sheet would hold more than {1} rows, Excel's limit; export fewer documents or labels (--doc, "
    "--label), or export CSV (--format csv / --table facts), which has no such limit":
        "工作表 {0} 将超过 {1} 行（Excel 的上限）；请导出较少的文档或标签（--doc、--label），"
        "或导出 CSV（--format csv / --table facts），CSV 没有此限制",
    "no label {0} in {1} (its labels: {2})": "{1} 中没有标签 {0}（其标签：{2}）",
    "no label {0} in {1} (its labels: {2}); did you mean {3}?": "{1} 中没有标签 {0}（其标签：{2}）；是否指 {3}？",
}
