"""Fill the Chinese translations into a .ts file written by pyside6-lupdate (re-runnable).

    python scripts/translate_ts.py resources/translations/annotator_zh_CN.ts [--check]

Calls with a literal context and text under another name (``tr = QCoreApplication.translate``
then ``tr("Context", "text")``) are misread by lupdate as text "Context" with a comment;
those are replaced by the real (context, text) pairs read from the sources.
Strings marked with a module-level helper (``_t("…")`` calling
``QCoreApplication.translate("Context", text)``) reach lupdate as a ``tr`` alias without a
context; they are moved to the context that helper names, read from the source file.
Every message gets its translation from :data:`ZH` (or :data:`ZH_IN` for one context; a part
of the window may keep its strings in a file of its own beside this one, ``zh_*.py`` with a
``ZH`` dictionary, read into :data:`ZH`);
missing ones are listed, and ``--check`` makes that an error.
"""
from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

ZH: dict[str, str] = {
    # ---- menus and actions
    "&New project…": "新建标注工程(&N)…", "&Open project…": "打开标注工程(&O)…", "&Import files…": "导入文件(&I)…",
    "Import &folder…": "导入文件夹(&F)…", "&Export…": "导出(&E)…", "Run &suggestions": "运行自动建议(&S)",
    "&Labels…": "标签(&L)…", "&Quit": "退出(&Q)", "&Accept suggestion": "接受建议(&A)",
    "Re&ject suggestion": "拒绝建议(&J)", "&Delete span": "删除标注(&D)", "&Next open suggestion": "下一条待审建议(&N)",
    "&Previous open suggestion": "上一条待审建议(&P)", "&Find in document…": "在文档中查找(&F)…",
    "&Search all documents…": "搜索全部文档(&S)…", "Annota&tor name…": "标注者姓名(&T)…",
    "&Mark document done": "标记文档已完成(&M)", "&Larger text": "放大文字(&L)", "&Smaller text": "缩小文字(&S)",
    "Show re&jected spans": "显示已拒绝的标注(&J)", "Snap selection to &words": "选区对齐到词语(&W)",
    "&About annotator": "关于 annotator(&A)", "&Undo": "撤销(&U)", "&Redo": "重做(&R)",
    "&Undo {0}": "撤销 {0}(&U)", "&Redo {0}": "重做 {0}(&R)", "&Project": "标注工程(&P)",
    "&Recent projects": "最近的标注工程(&R)", "&Edit": "编辑(&E)", "&View": "视图(&V)", "La&nguage": "语言(&N)",
    "&Help": "帮助(&H)", "&Reload from disk": "从磁盘重新载入(&R)", "Su&ggest on import": "导入时自动建议(&G)",
    "A&ccept all in this document": "接受本文档中的全部(&C)", "R&eject all in this document": "拒绝本文档中的全部(&E)",
    "Accept all &in the project": "接受整个标注工程中的全部(&I)",
    "Reject all in t&he project": "拒绝整个标注工程中的全部(&H)",
    "Span &boundaries": "标注边界(&B)", "End one character left": "终点左移一个字",
    "End one character right": "终点右移一个字", "Start one character left": "起点左移一个字",
    "Start one character right": "起点右移一个字", "End one word left": "终点左移一个词",
    "End one word right": "终点右移一个词", "Start one word left": "起点左移一个词",
    "Start one word right": "起点右移一个词",
    "Filter by text": "按文本筛选", "All labels": "全部标签", "All statuses": "全部状态",
    "All annotators": "全部标注者", "(nobody)": "（无）", "All origins": "全部来源",
    "{0} found so far…": "已找到 {0} 处…",
    # ---- background tasks
    "Cancel": "取消", "Cancelling…": "正在取消…",
    "Something went wrong; nothing more was done. The details below help to report it.":
        "出现意外错误，操作已停止。报告问题时请附上下面的详细信息。",
    # ---- form and table
    "Label": "标签", "Text": "文本", "Yuan": "金额（元）", "Qualifier": "限定词", "Full name": "全称",
    "Division code": "区划代码", "Quantity": "数量", "Unit": "单位", "Note": "备注", "Status": "状态",
    "Origin": "来源", "Annotator": "标注者", "Reason": "理由", "Accept (A)": "接受 (A)", "Reject (X)": "拒绝 (X)",
    "Delete (Del)": "删除 (Del)", "Value": "值", "Start": "起点", "End": "终点",
    "accepted": "已接受", "suggested": "待审建议", "rejected": "已拒绝",
    # ---- application
    "Error": "错误", "Unexpected error": "意外错误",
    "Something went wrong: {0}\nYour saved work is safe.": "出现错误：{0}\n已保存的工作不受影响。",
    "Welcome": "欢迎", "Your name (stored with each annotation):": "您的姓名（随每条标注保存）：",
    "Demo project": "示例标注工程",
    # ---- document list and panel
    "Document": "文档", "Accepted": "已接受", "Open": "待审", "Done": "完成",
    "Filter documents": "筛选文档", "Open suggestions only": "仅显示有待审建议的文档",
    # ---- export dialog
    "Export annotations": "导出标注",
    "JSON Lines, one span a line (gold format)": "JSONL，每行一条标注（金标准格式）",
    "doccano JSONL, one document a line": "doccano JSONL，每行一篇文档",
    "doccano JSONL with relations (entities and links)": "doccano JSONL，含关系（实体与关联）",
    "Excel workbook (.xlsx)": "Excel 工作簿 (.xlsx)",
    "CSV table": "CSV 表格", "CoNLL / BIO, one character a line": "CoNLL / BIO，每行一个字",
    "Facts table (CSV) for Stata, R and pandas": "事实表（CSV），供 Stata、R 和 pandas 使用",
    "open suggestions": "待审建议", "Format": "格式", "Spans": "标注", "Labels": "标签", "Documents": "文档",
    "File": "文件", "All documents": "全部文档", "Only the documents ticked below": "仅下面勾选的文档",
    "Choose…": "选择…", "&Export": "导出(&E)", "Export to": "导出到", "Choose a file to write.": "请选择要写入的文件。",
    "Tick at least one kind of span.": "请至少勾选一种标注状态。", "Tick at least one label.": "请至少勾选一个标签。",
    "Annotators": "标注者", "Tick at least one annotator.": "请至少勾选一位标注者。",
    "Tick at least one document, or export all.": "请至少勾选一篇文档，或选择导出全部文档。",
    "Nothing exported": "未导出任何内容", "Exporting": "正在导出", "Nothing was exported.": "没有导出任何内容。",
    # ---- import
    "Import a folder of articles": "导入文章文件夹", "Import articles": "导入文章",
    "Articles ({0});;All files (*)": "文章 ({0});;所有文件 (*)",
    "Importing": "正在导入", "Import": "导入", "Suggesting": "正在生成建议",
    # ---- label editor
    "Name": "名称", "Colour": "颜色", "Key": "快捷键", "Description": "说明", "&Add label": "添加标签(&A)",
    "&Colour…": "颜色(&C)…", "Label not added": "未添加标签", "Label not changed": "标签未修改",
    "{0} is one of the schema's labels: its values, links and suggestions go by this name, so it cannot be "
    "renamed. Its colour, key and description can be changed, and the window shows it in your language.":
        "{0} 是标注方案的标签：值、关联和建议都依据此名称，不能改名；颜色、快捷键和说明可修改，界面以所选语言显示它。",
    "&Delete label": "删除标签(&D)", "Label not deleted": "未删除标签",
    # ---- main window
    "Cannot open the project": "无法打开标注工程", "Not saved": "未保存", "Cannot open the document": "无法打开文档",
    "in this document": "（本文档）", "in the whole project": "（整个标注工程）", "Accept": "接受", "Reject": "拒绝",
    "No open {0} suggestions {1}.": "没有待审的 {0} 建议{1}。",
    "{0} {1} open {2} suggestion(s) {3}?": "{0} {1} 条待审的 {2} 建议{3}？",
    "No open suggestions left.": "没有剩余的待审建议。", "{0} found": "找到 {0} 处",
    "This document: {0} accepted, {1} open suggestions": "本文档：已接受 {0} 条，待审建议 {1} 条",
    "Project: {0} / {1} documents done, {2} open suggestions": "标注工程：已完成 {0} / {1} 篇文档，待审建议 {2} 条",
    "Please confirm": "请确认", "About annotator": "关于 annotator",
    "annotator {0}\nAnnotate districts, projects, amounts and targets in Chinese government work reports.":
        "annotator {0}\n在中国政府工作报告中标注地区、项目、金额和目标。",
    # ---- name dialog
    "Annotator name": "标注者姓名", "Your name, saved with every span you make or review:":
        "您的姓名，随您标注或审阅的每个标注一并保存：",
    # ---- project commands
    "Choose an empty folder for the new project": "为新标注工程选择一个空文件夹",
    "Cannot create the project": "无法创建标注工程", "Open a project folder": "打开标注工程文件夹",
    # ---- search dialog
    "Search all documents": "搜索全部文档", "Text to find in every document": "要在全部文档中查找的文字",
    "Context": "上下文", "Before": "前文", "Found": "命中", "After": "后文",
    "{0} found in {1} document(s)": "在 {1} 篇文档中找到 {0} 处",
    # ---- text view
    "Reason: {0}": "理由：{0}", "Note: {0}": "备注：{0}",
    # ---- saved means saved: errors, backups, undo, label keys
    "Something went wrong: {0}": "出现错误：{0}",
    "The project file on disk passed its integrity check: everything saved before this error is intact.":
        "磁盘上的标注工程文件通过了完整性检查：此错误之前保存的工作完好无损。",
    "it does not hold everything this window saved": "其中缺少本窗口已保存的部分内容",
    "The project file in {0} failed its check: {1}.": "{0} 中的标注工程文件未通过检查：{1}。",
    "The newest backup is {0}. To bring it back, close annotator and run:\nannotator restore {1}":
        "最新的备份是 {0}。如需恢复，请关闭 annotator 后运行：\nannotator restore {1}",
    "There is no backup in {0}: copy the project folder somewhere safe before you go on.":
        "{0} 中没有备份：请先把标注工程文件夹复制到安全的位置，再继续操作。",
    "⚠ {0}": "⚠ {0}",
    "Your edits are saved in the project, but no fresh backup could be made in {0}.":
        "您的修改已保存在标注工程中，但无法在 {0} 中生成新的备份。",
    "Nothing selected on screen: select some text or click a span, then press the label key.":
        "屏幕上没有选中任何内容：请先选中文字或点击一个标注，再按标签键。",
    "Could not undo “{0}”: {1}": "无法撤销“{0}”：{1}", "Could not redo “{0}”: {1}": "无法重做“{0}”：{1}",
    "The step stays in the history; press the same key to try again.":
        "此步骤仍保留在历史记录中；再按一次同一个键即可重试。",
    "This step was taken out of the history.": "此步骤已从历史记录中移除。",
    "This step was taken out of the history; the earlier steps can still be undone.":
        "此步骤已从历史记录中移除；更早的步骤仍可撤销。",
    # ---- links between spans
    "Links": "关联", "Jurisdiction": "辖区", "linked from: {0}": "关联自：{0}", "for project: {0}": "所属项目：{0}",
    "district: {0}": "所属地区：{0}", "(suggested: {0})": "（建议：{0}）", " (suggested)": "（建议）",
    "guessed: {0}": "推测：{0}", "none found": "未找到",
    "No span to link {0} to: a project, amount or target links to a district, an amount or target to a project.":
        "没有可供“{0}”关联的标注：项目、金额或目标关联到地区，金额或目标关联到项目。",
    "&Link span (to the span under the mouse or the nearest district)": "关联标注(&L)（到鼠标下的标注或最近的地区）",
    "Remove the span's lin&ks": "移除标注的关联(&K)",
    # ---- adjudication
    "Adjudication": "裁定", "Coders:": "编码员：", "names, separated by commas (empty: every annotator)":
        "姓名，以逗号分隔（留空：全部标注者）", "Gold layer:": "金标准层：", "Only disagreements": "仅显示分歧",
    "Take all agreed": "采纳全部一致标注", "Next disagreement (J)": "下一处分歧 (J)",
    "1–9: take that coder's version · 0: none of them · Enter: edit the gold span · Ctrl+Z: undo":
        "1–9：采纳该编码员的版本 · 0：都不采纳 · Enter：编辑金标准标注 · Ctrl+Z：撤销",
    "No open disagreement after this one": "此后没有待裁定的分歧",
    "Agreement…": "一致性…", "Agreement": "一致性", "Coders": "编码员",
    "Exact F1": "精确 F1", "Overlap F1": "重叠 F1", "Same values": "取值一致", "all coders": "全部编码员",
    "overall": "总体",
    # ---- guide and statistics panels ("project" the project file: 标注工程, never 项目, the PROJECT label)
    "Guide": "标注指南", "&Guide to the label under the cursor": "光标处标签的标注指南(&G)",
    "The label whose guide is shown (it follows the cursor)": "显示其指南的标签（跟随光标）",
    "Edit": "编辑", "Write this project's guide for the label (Markdown)": "为本标注工程撰写该标签的指南（Markdown）",
    "Save (Ctrl+S)": "保存 (Ctrl+S)", "Shipped text": "默认文本",
    "Put the guide that ships with annotator into the editor": "把 annotator 自带的指南放入编辑器",
    "No project is open.": "没有打开的标注工程。", "This project has no labels.": "本标注工程没有标签。",
    "This project's guide for {0}.": "本标注工程为 {0} 撰写的指南。",
    "The annotation guide's text for {0}; Edit writes this project's own.":
        "标注指南中 {0} 的说明；点“编辑”可为本标注工程另写一份。",
    "No guide for {0} yet: its description. Edit writes one.": "{0} 尚无指南，此处显示其描述；点“编辑”可撰写。",
    "Statistics": "统计", "{0} / {1} documents done": "已完成 {0} / {1} 篇文档",
    "Open suggestions: {0} in this document, {1} in the project": "待审建议：本文档 {0} 条，整个标注工程 {1} 条",
    "This document: {0}": "本文档：{0}", "No document open": "没有打开的文档",
    "Project — documents: {0}, characters: {1}": "整个标注工程：文档 {0} 篇，字符 {1} 个",
    "Rejected": "已拒绝", "Total": "合计",
    "Where": "位置", "Decision": "裁定结果", "agreed, not taken": "一致，尚未采纳", "open": "待裁定",
    "none of them": "都不采纳", "edited: ": "已修改：", "version of ": "采纳：",
    # ---- document list
    "Title": "标题", "Date": "日期", "File name": "文件名",
    "Title (metadata, else the first line)": "标题（取自元数据，没有则为第一行）",
    "Date (metadata)": "日期（取自元数据）",
    "Accepted spans": "已接受的标注", "Open suggestions": "待审建议", "Marked done": "已标记完成",
    "Not marked done": "未标记完成", "{0} accepted spans, {1} open suggestions": "已接受的标注 {0} 个，待审建议 {1} 条",
    "Filter by name, title or date": "按名称、标题或日期筛选",
    # ---- new project dialog (the project file: 标注工程)
    "New project": "新建标注工程",
    "Folder of the new project (type a path; a folder that does not exist yet is created):":
        "新标注工程的文件夹（可直接输入路径；尚不存在的文件夹会被创建）：",
    "Browse…": "浏览…", "Create": "创建",
    "{0} does not exist yet: it will be created.": "{0} 尚不存在：将创建该文件夹。",
    "{0} is an empty folder.": "{0} 是一个空文件夹。",
    "{0} is not empty ({1} items) and holds no project.": "{0} 不是空文件夹（有 {1} 项），其中没有标注工程。",
    "{0} holds a project already: it will be opened.": "{0} 中已有标注工程：将打开它。",
    "{0} is a file, not a folder.": "{0} 是文件，不是文件夹。",
    "Cannot create a project in {0}: {1} cannot be written to.": "无法在 {0} 中创建标注工程：{1} 不可写入。",
    "Type or choose the folder of the new project.": "请输入或选择新标注工程的文件夹。",
    "{0} holds a project already. Open it?": "{0} 中已有标注工程。要打开它吗？",
    "The folder {0} is not empty: it holds {1} items ({2}) and no project.\n\n"
    "Create the project in it anyway? Its files stay as they are.":
        "文件夹 {0} 不是空的：其中有 {1} 项（{2}），但没有标注工程。\n\n仍要在其中创建标注工程吗？其中的文件保持不变。",
    "Cannot create the project: {0}": "无法创建标注工程：{0}",
    "Choose a folder for the new project": "为新标注工程选择文件夹",
    # ---- progress of background work
    "Document {0} of {1}: {2}": "第 {0} 篇，共 {1} 篇：{2}", "suggesting {0}": "正在建议 {0}",
    "saving the suggestions": "正在保存建议", "suggesting links": "正在建议关联",
    "the model suggesting {0}": "模型正在建议 {0}",
}


def _more_strings() -> None:
    """Add the ``ZH`` of each ``zh_*.py`` beside this script (read by path: tests load this file alone)."""
    for path in sorted(Path(__file__).resolve().parent.glob("zh_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ZH.update(module.ZH)


_more_strings()

# the same English word, said differently in one context: {context: {source: translation}}
ZH_IN: dict[str, dict[str, str]] = {
    "ExportDialog": {"accepted": "已接受", "rejected": "已拒绝"},
    # stored codes as the window shows them (gui/display.py)
    "Display": {
        "suggested": "待审", "manual": "手工", "imported": "导入", "adjudicated": "裁定", "gazetteer": "地名库",
        "amount rules": "金额规则", "project rules": "项目规则", "target rules": "目标规则", "learned": "习得",
        "model": "模型", "rules and model": "规则+模型", "nested": "嵌套", "clause": "分句", "jurisdiction": "辖区",
        "attribute": "从属", "district": "地区", "project": "项目",
    },
    # the suggesters' reasons, phrase by phrase (gui/reasons.py)
    "Reasons": {
        "rule+model: ": "规则与模型一致：", " (model p={0})": "（模型 p={0}）",
        " (learned from the shipped seed model)": "（学自随程序附带的种子模型）",
        " (learned from this project's accepted spans)": "（学自本标注工程已接受的标注）",
        " (learned from this project)": "（学自本标注工程）", "model: {0} p=": "模型：{0} p=",
        "learned: {0} {1} accepted in this project": "习得：{1} 在本标注工程中已被接受为{0}",
        "gazetteer: ": "地名库：", " (former name {0})": "（旧称 {0}）", " (short form {0})": "（简称 {0}）",
        "amount: {0} yuan": "金额：{0} 元", "amount: ": "金额：", " (qualifier {0})": "（限定词 {0}）",
        "target: forward context + ": "目标：前文语境 + ", "target: ": "目标：",
        "project: head ": "项目：中心词 ", "project: listed as {0}": "项目：并列列举，后接“{0}”",
        "project: listed after {0}": "项目：列于“{0}”之后",
        "project: programme launched by its title": "项目：以标题发起的专项行动",
        "project: quoted name of a place or platform": "项目：引号中的地点或平台名称",
        "project: quoted name with head ": "项目：带中心词的引号名称 ", "project: quoted name + ": "项目：引号名称 + ",
        "project: metro or rail line": "项目：地铁或铁路线路", "project: road by its number": "项目：以编号称呼的道路",
        "project: road or rail by its abbreviation": "项目：以简称称呼的道路或铁路", "from {0}": "来自 {0}",
        "part headed by {0} (line {1})": "以 {0} 为标题的部分（标题行：{1}）", "jurisdiction: ": "辖区：",
        " (given)": "（已指定）", " (title: {0})": "（见于标题：{0}）",
        " (most mentioned: {0} ({1} times))": "（提及最多：{0}，{1} 次）",
        "nested: {0} in {1}": "嵌套：{0} 位于 {1} 之中",
        "nested: ": "嵌套：", "clause: {0} governs the clause": "分句：{0} 统领该分句", "attribute: ": "从属：",
        "; {0} named inside holds it": "；名称中的 {0} 属于该辖区",
        "; {0} named inside lies outside: an origin or a destination": "；名称中的 {0} 在辖区之外：是起点或终点",
        "the goal holds ": "目标包含 ", "the sentence is about ": "句子讲的是 ", "project: ": "项目：",
    },
    # undo steps (gui/step_names.py)
    "StepNames": {
        "Mark document done": "标记文档已完成", "Mark document not done": "取消文档的完成标记",
        "Set the jurisdiction": "设置辖区", "Set {0}": "设置 {0}", "Edit the guide of {0}": "编辑 {0} 的指南",
        "Accept {0} spans": "接受 {0} 条标注", "Reject {0} spans": "拒绝 {0} 条标注",
        "Reopen {0} spans": "重新待审 {0} 条标注", "Change {0} spans": "修改 {0} 条标注", "Adjudicate {0}": "裁定 {0}",
        "Adjudicate {0} spans": "裁定 {0} 条标注", "Add {0} spans": "添加 {0} 条标注",
        "Delete {0} spans": "删除 {0} 条标注",
        "Add {0}": "添加 {0}", "Delete {0}": "删除 {0}", "Move the boundaries of {0} to {1}": "将 {0} 的边界改为 {1}",
        "Relabel {0} as {1}": "将 {0} 改标为 {1}", "Accept {0}": "接受 {0}", "Reject {0}": "拒绝 {0}",
        "Reopen {0}": "重新待审 {0}", "Edit {0}": "编辑 {0}", "Add label {0}": "添加标签 {0}",
        "Delete label {0}": "删除标签 {0}", "Rename label {0} to {1}": "将标签 {0} 改名为 {1}",
        "Change label {0}": "修改标签 {0}", "Link to a {0}": "关联到{0}", "Add {0} links": "添加 {0} 条关联",
        "Remove a link": "移除一条关联", "Remove {0} links": "移除 {0} 条关联", "Accept a link": "接受一条关联",
        "Accept {0} links": "接受 {0} 条关联", "Reject a link": "拒绝一条关联", "Reject {0} links": "拒绝 {0} 条关联",
        "Change {0} links": "修改 {0} 条关联",
    },
}

def _load(name: str) -> ModuleType:
    """A module beside this script, read by path (tests load this file alone, without ``scripts`` on the path)."""
    path = Path(__file__).resolve().parent / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_contexts = _load("ts_contexts")
regroup, literal_pairs, add_literal_pairs = _contexts.regroup, _contexts.literal_pairs, _contexts.add_literal_pairs


def translate(path: Path) -> list[str]:
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", "zh_CN")
    regroup(root, path.parent)
    add_literal_pairs(root, path.parent)
    for location in root.iter("location"):  # file names only: line numbers churn with every edit
        location.attrib.pop("line", None)
    missing = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = ZH_IN.get(name, {}).get(source) or ZH.get(source)
            if text is None:
                missing.append(f"{name}: {source!r}")
                translation.set("type", "unfinished")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    check = "--check" in argv
    files = [Path(a) for a in argv if a != "--check"]
    status = 0
    for path in files:
        missing = translate(path)
        for line in missing:
            print(f"{path.name}: no translation for {line}", file=sys.stderr)
        if missing and check:
            print(f"{path.name}: {len(missing)} string(s) of the window have no Chinese: add each to the ZH "
                  "dictionary of the fitting scripts/zh_*.py and run scripts/update_translations.sh again.",
                  file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
