"""Chinese of the names of the Adjudication panel's undo steps (read into translate_ts.ZH), of what the
panel says of a document only one coder coded, of a version's span shown with its value, of what a digit
decided (the status bar) and of a project whose accepted spans are in no coder's layer."""
from __future__ import annotations

ZH: dict[str, str] = {
    "{0} ({1})": "{0}（{1}）",  # a version's span and its value, where the versions' values disagree
    "no value": "无值",
    "names (empty: all)": "姓名（留空：全部）",  # the coders' field's placeholder; its tooltip says it whole
    "did not code this document": "未编码此文档",
    "{0} did not code this document: {1} takes nothing here (0 takes none of the versions)":
        "{0} 未编码此文档：{1} 在此不采纳任何内容（0 为都不采纳）",
    "Accept {0} into layer {1}": "接受 {0} 进入标注层 {1}",
    "Accept {0} suggestions into layer {1}": "接受 {0} 条建议进入标注层 {1}",
    "Adjudicate {0}: none of the versions": "裁定 {0}：不采用任何版本",
    "Take {0} agreed spans": "采纳 {0} 个一致标注",
    "Take {0} spans of {1}": "采纳 {1} 的 {0} 个标注",
    "Take {0}'s spans": "采纳 {0} 的标注",
    "only {0} coded": "仅 {0} 标注",
    "Took {0} span(s) of {1} into layer {2}.": "已将 {1} 的 {0} 个标注采纳到层 {2}。",
    "Only {0} coded this document ({1} did not): nothing to compare, no disagreement between coders. “Take "
    "{0}'s spans” copies theirs into the gold layer as they are; untick “Only disagreements” to decide them one "
    "by one.": "本文档仅由 {0} 标注（{1} 未标注）：无可比较，编码者之间没有分歧。“采纳 {0} 的标注”将其标注原样复制到"
               "金标准层；取消勾选“仅显示分歧”可逐一裁定。",
    "Only {0} coded this document ({1} did not): nothing to compare; the gold layer holds their spans.":
        "本文档仅由 {0} 标注（{1} 未标注）：无可比较；金标准层已包含其标注。",
    "No open disagreement after this one; {0} document(s) that one coder alone coded are still to take: {1}":
        "此后没有待裁定的分歧；另有 {0} 篇文档仅由一名编码者标注，尚待采纳其标注：{1}",
    "Only {0} coded this document: nothing agreed between coders here; “Take {0}'s spans” takes theirs as they "
    "are.": "本文档仅由 {0} 标注：编码者之间没有一致标注；“采纳 {0} 的标注”可原样采纳其标注。",
    "Took {0}'s version of “{1}” into layer {2}.": "已将 {0} 对“{1}”的版本采纳到层 {2}。",
    "Took none of the versions of “{0}”: rejected in layer {1}.": "“{0}”的各版本均未采纳：已在层 {1} 中记为拒绝。",
    "Another program changed the spans of this region since the panel listed them: nothing taken; the panel shows "
    "them as stored now": "另一程序在面板列出此区域后更改了其中的标注：未采纳任何内容；面板现显示其当前保存的样子",
    "Adjudication compares two or more coders: no coder has accepted spans in this project yet.":
        "裁定比较两名或以上编码员的标注：本标注工程中还没有任何编码员接受过标注。",
}
