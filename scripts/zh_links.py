"""The Chinese of the window's strings about links and the gold layer (gui/linking.py, gui/jurisdiction_words.py,
gui/editing.py, gui/widgets/adjudication_panel.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "… and {0} more spans linked to it": "……另有 {0} 个标注关联到它",
    "Added to the gold layer “{0}” (the Adjudication panel is open)": "已加入裁定层“{0}”（裁定面板已打开）",
    "Gold layer": "金标准层",
    "{0} names no division the gazetteer or this document's districts know, so the facts it places get no "
    "district code; type the code too, as 湖里区 350206":
        "{0} 不是地名库或本文档地区中的任何行政区划，按它归属的事实将没有区划代码；请同时输入代码，如 湖里区 350206",
    "{0} is a former unit, no division of today's gazetteer (the former units' table: {1}): the link rules compare "
    "it by its code in the document's year, and the facts it places keep its name with code null; for a report of a "
    "later year, type today's unit with its code":
        "{0} 是已撤销的旧行政区划，不在现行地名库中（旧区划表：{1}）：关联规则按它在文档所属年份使用的代码比较，"
        "按它归属的事实保留其名称、代码为空；若报告属于更晚的年份，请输入今天的行政区划及其代码",
    "{0} from {1} to {2}": "{0}（{1}—{2} 年）",
    "{0} names {1} divisions ({2}), so the facts it places get no district code; type the city before it, as {3}, "
    "or the code too, as {4}":
        "{0} 是 {1} 个行政区划的名称（{2}），按它归属的事实将没有区划代码；请在前面写上所属的市，如 {3}，"
        "或同时输入代码，如 {4}",
    "{0} is not the name of division {1} ({2}): the code wins, so the jurisdiction is {3}":
        "{0} 不是区划 {1}（{2}）的名称：以代码为准，辖区记为 {3}",
    "Coders: {0}. κ and α count each character of the documents both coders coded (its label, or none). "
    "Same district / project: of the facts both marked, those linked alike (a fact left unlinked concerns the "
    "document's jurisdiction).":
        "编码员：{0}。κ 与 α 以双方都编码过的文档中的每个字符为单位（其标签或无）。地区一致 / 项目一致："
        "双方都标注的事实中关联相同者（未关联的事实视为属于文档的辖区）。",
    "Same district": "地区一致", "Same project": "项目一致",
    "Characters": "字符数", "Exact": "精确", "Overlap": "重叠", "Off jurisdiction": "辖区外",
    "With project": "有项目",
    "Exact, Overlap: the spans matched, with the same start and end or sharing a character. Off jurisdiction, "
    "With project: of those facts, the ones at least one coder puts outside the document's jurisdiction or "
    "links to a project, same / compared.":
        "精确、重叠：起止位置相同、或有共同字符而配对的标注数。辖区外、有项目：上述事实中至少一位编码员"
        "归入文档辖区以外或关联到项目的事实，一致数 / 比较数。",
    "Not compared: documents one coder alone coded.": "未比较：仅一位编码员编码过的文档。",
    "Not compared, no document coded by both: {0}": "未比较（没有双方都编码过的文档）：{0}",
    "{0}'s {1}: its text differs from {2} ({3}), not compared": "{0} 的 {1}：文本与 {2}（{3}）不同，未比较",
    "{0} alone coded {1} document(s), not compared: {2}": "仅 {0} 编码过 {1} 篇文档，未比较：{2}",
    " {0} wait for a span still suggested; {1} join a rejected span (Reject all › Links).":
        "其中 {0} 条所连的标注仍是建议；{1} 条连到已拒绝的标注（全部拒绝 › 关联）。",
    " {0} of other coders ({1}) stay theirs: a coder's decisions are changed in adjudication.":
        "其中 {0} 条属于其他编码员（{1}），保持其原样：编码员的决定在裁定中更改。",
    "No suggested links to decide {0}.": "没有待审的建议关联{0}。",
    "{0} {1} suggested link(s) {2}?": "{0} {1} 条待审的建议关联{2}？",
    "{0} suggested link(s) of {1} join a rejected span and stay open: Shift+L removes them.":
        "{1} 的 {0} 条建议关联连到已拒绝的标注，保持待审：按 Shift+L 移除。",
    "No gold span here to edit: take a coder's version (1–9) first, or label the text by hand in the article":
        "此处没有可编辑的金标准标注：请先采纳某位编码员的版本（1–9），或在正文中手动标注",
    "A coder's span stays as it is while the Adjudication panel is open: decide its region there (1–9, 0), or edit "
    "the gold span (Enter)":
        "裁定面板打开时，编码员的标注保持原样：请在面板中裁定其所在区域（1–9、0），或编辑金标准标注（回车）",
    # another coder's span with the panel closed (gui/editing.py: coders_kept, copied)
    "{0}'s span stays as they left it: a coder's decisions are changed in adjudication (the Adjudication panel, "
    "Ctrl+Shift+J)":
        "{0} 的标注保持其原样：编码员的决定在裁定中更改（裁定面板，Ctrl+Shift+J）",
    "{0}'s span stays as they left it; the edit went to your own copy of it, in your layer (Ctrl+Z takes it back)":
        "{0} 的标注保持其原样；此次修改作用于你自己层中的副本（Ctrl+Z 撤销）",
    "; {0} of other coders' spans not copied: a span of yours of that label overlaps them":
        "；{0} 个其他编码员的标注未复制：你的同标签标注与之重叠",
    # a link by hand from or to another coder's span (gui/linking.py: _say_linked)
    "; {0}'s spans stay theirs: the link joins your own copies ({1}), in your layer (Ctrl+Z takes them back)":
        "；{0} 的标注保持其原样：关联连在你自己层中的副本（{1}）上（Ctrl+Z 撤销）",
    # a link by hand while the Adjudication panel is open joins gold spans (gui/linking.py: _link)
    "{0}'s {1} is not in the gold layer “{2}”: take a version of its region in the Adjudication panel (1–9), "
    "then link the gold span":
        "{0} 的 {1} 不在金标准层“{2}”中：请先在裁定面板中采纳其所在区域的某个版本（1–9），再关联金标准标注",
    " (the gold spans: the coders' stay as they are)": "（关联的是金标准标注：编码员的标注保持原样）",
    "spent on building it: ": "投资用于建设该项目：",  # a sum's link to the project it builds (gui/reasons.py)
    "invested in it: ": "投资于该项目：",  # a sum named after the project it is invested in (gui/reasons.py)
    "project: {0} ({1})": "项目：{0}（{1}）",  # a district link taken from the project's (gui/reasons.py)
    "{0} has no links to remove": "{0} 没有可移除的关联",  # Shift+L (gui/linking.py)
    "Links of {0} removed": "已移除 {0} 的关联",
    " (with the other end of its range, {0})": "（连同区间的另一端 {0}）",  # 3-5亿元 linked by hand (gui/linking.py)
    "{0} is already linked to project {1}": "{0} 早已关联到项目 {1}，未作更改",  # L again (gui/linking.py)
    "{0} is already linked to district {1}": "{0} 早已关联到地区 {1}，未作更改",
}
