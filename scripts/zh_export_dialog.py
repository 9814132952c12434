"""Chinese of the export dialog's refusals and of its line on the annotators ticked, and of Take all
agreed's status line (read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    # the line under the annotators of a coding team's project (what is ticked, and why)
    "Only the gold layer ({0}) is ticked: it holds the adjudicated spans, and each coder's layer holds the same "
    "facts again, so sums would count them more than once. Tick a coder to export their spans too.":
        "只勾选了金标准层（{0}）：它包含裁定后的标注，而每名编码员的层又各含同样的事实，一并导出会重复求和。"
        "如需同时导出某位编码员的标注，请勾选该编码员。",
    "{0} annotators are ticked: a span several of them marked is exported once for each, so counts and sums take "
    "it more than once; untick all but one to export one layer.":
        "已勾选 {0} 名标注者：多人标在同一处的标注每人一份都会导出，计数与求和会重复计算；只保留一个勾选即导出一层。",
    "Tick only {0} for the adjudicated gold.": "只勾选 {0} 即导出裁定后的金标准。",
    "Label Studio has no rejected status: its file leaves the rejected spans and links out, as they would come "
    "back accepted when it is imported.":
        "Label Studio 没有“已拒绝”状态：导出的文件不含已拒绝的标注和关联，否则导入时它们会变成已接受。",
    "doccano has no rejected status: its file leaves the rejected spans out, as they would come back accepted "
    "when it is imported.":
        "doccano 没有“已拒绝”状态：导出的文件不含已拒绝的标注，否则导入时它们会变成已接受。",
    "doccano has no rejected status: its file leaves the rejected spans and links out, as they would come back "
    "accepted when it is imported.":
        "doccano 没有“已拒绝”状态：导出的文件不含已拒绝的标注和关联，否则导入时它们会变成已接受。",
    "Only the spans of {0} are exported.": "只导出 {0} 的标注。",
    # the Adjudication panel's Take all agreed, in the status bar (as annotator adjudicate prints it)
    "Took {0} agreed span(s) into layer {1}.": "已将 {0} 个一致标注采纳到层 {1}。",
    "{0} of the agreed regions the coders linked differently: the links most of them gave were taken (the first "
    "coder's on a tie); this panel lists spans, not links: check those.":
        "其中 {0} 处一致区域的编码员给出了不同的关联：已采用多数编码员的关联（票数相同时取第一位编码员的）；"
        "本面板只列出标注、不列出关联，请检查这些区域。",
}
