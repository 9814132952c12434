"""The Chinese of what a newcomer's first hour found unexplained (gui/first_steps.py: Help › First
steps…; gui/actions.py: Help › Annotation guide; gui/widgets/form_tips.py: the form's rows named in
the program's own words; gui/widgets/docks.py: the panels' title bar icons;
gui/widgets/annotation_view.py, document_panel.py: the Annotations table and the document list with no
row); read into
``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    # Help
    "&First steps…": "入门步骤(&F)…",
    "Annotation &guide (F1)": "标注指南(&G)（F1）",
    "First steps": "入门步骤",
    "From your reports to a workbook:": "从您的报告到 Excel 工作簿：",
    "1. Project › New project… (Ctrl+N): a folder that will hold your work.":
        "1. 标注工程 › 新建标注工程…（Ctrl+N）：选一个文件夹保存您的工作。",
    "2. Project › Import files… (Ctrl+I) or Import folder…: your reports (.txt, .docx, .pdf, .ofd, web pages).":
        "2. 标注工程 › 导入文件…（Ctrl+I）或导入文件夹…：导入您的报告（.txt、.docx、.pdf、.ofd、网页）。",
    "3. Project › Run suggestions (F5): the program proposes districts, projects, amounts and targets, "
    "underlined in the article (with Suggest on import checked, at once).":
        "3. 标注工程 › 运行自动建议（F5）：程序提出地区、项目、金额和目标的建议，在文章中以下划线标出"
        "（勾选了“导入时自动建议”时，导入后立即提出）。",
    "4. Review them: N goes to the next suggestion, A or Enter accepts it, X rejects it; select text and "
    "press 1–4 to label it yourself. The form on the right corrects a value (an amount's yuan, a "
    "district's code).":
        "4. 审阅建议：N 转到下一条建议，A 或 Enter 接受，X 拒绝；选中文字后按 1–4 可自行标注。"
        "右侧的表单可更正取值（金额的元数、地区的区划代码）。",
    "5. Ctrl+D marks a document done.": "5. Ctrl+D 把文档标记为已完成。",
    "6. Project › Export… (Ctrl+E): an Excel workbook of the accepted spans.":
        "6. 标注工程 › 导出…（Ctrl+E）：把已接受的标注导出为 Excel 工作簿。",
    "F1 shows the annotation guide of the label under the cursor; a report already annotated: Help › Open "
    "the demo project.":
        "F1 显示光标处标签的标注指南；帮助 › 打开示例标注工程 可查看一篇已标注好的报告。",
    # the form's rows
    "suggested: proposed by the program, waiting for your decision (A accepts, X rejects); "
    "accepted and rejected: decided. An export takes the accepted spans.":
        "待审：程序提出的建议，等您决定（A 接受，X 拒绝）；已接受、已拒绝：已作决定。导出时取已接受的标注。",
    "Who or what made the span: you (manual), a rule of the program (gazetteer, amount rules …), "
    "the model that learns from your decisions, or an import.":
        "标注由谁或由什么产生：您本人（手工）、程序的规则（地名库、金额规则……）、从您的决定中学习的模型，或导入。",
    "Why the program proposed it: the rule that found it, and the model's confidence (p, from 0 to 1).":
        "程序提出该建议的理由：找到它的规则，以及模型的置信度（p，0 到 1）。",
    "A word before the amount saying how it is meant (超 over, 近 nearly, 约 about …); "
    "the yuan are the number written.":
        "金额前说明其含义的字（超、近、约……）；元数按原文所写的数字记录。",
    "What the span belongs to: an amount or a target linked to its district and its project. "
    "L links it to the span under the mouse or the nearest district; Ctrl+L chooses from a list.":
        "该标注所属的对象：金额或目标关联到其地区和项目。L 关联到鼠标下的标注或最近的地区；Ctrl+L 从列表中选择。",
    "The district the whole document reports for (of the document, not of this span): "
    "amounts and targets with no district of their own are counted for it. Grey: the "
    "program's guess; type a name or a code to set it.":
        "整篇文档所报告的地区（属于文档，而非这条标注）：没有自身地区的金额和目标都计入该地区。"
        "灰色字为程序的推测；输入名称或区划代码即可设定。",
    # the Annotations table with no row
    "No spans in this document yet: select text and press 1–4 to label it, or run suggestions (F5).":
        "本文档还没有标注：选中文字后按 1–4 标注，或运行自动建议（F5）。",
    "No span matches the filters above (rejected spans are shown only by View › Show rejected spans).":
        "没有符合上方筛选条件的标注（已拒绝的标注只在勾选 视图 › 显示已拒绝的标注 时显示）。",
    # the document list with no row
    "No document with open suggestions has “{0}” in its name, title or date.":
        "没有哪篇含待审建议的文档在名称、标题或日期中含有“{0}”。",
    "No document has “{0}” in its name, title or date.": "没有哪篇文档在名称、标题或日期中含有“{0}”。",
    "No document has open suggestions left: uncheck Open suggestions only to list them all.":
        "已没有含待审建议的文档：取消勾选“仅显示有待审建议的文档”即可列出全部文档。",
    "Reading the project's documents…": "正在读取标注工程的文档…",  # the list (and the article) as a project opens
    # the panels' title bars
    "Float the panel in a window of its own (double-click its title to put it back)":
        "把面板移出为独立窗口（双击其标题栏可放回）",
    "Close the panel ({0} shows it again)": "关闭面板（按 {0} 可再次显示）",
}
