"""The Chinese of a reviewer's day by keyboard (gui/undo_said.py: what Ctrl+Z and Ctrl+Y did, said in
the status bar; gui/suggestion_steps.py: N or P going on into another document;
gui/reloading.py: typing about a span another program removed; gui/editing.py: Ctrl+D on a document with
open suggestions; gui/linking.py: what L and Ctrl+L linked and accepted;
gui/step_names.py: a link by hand with its accepts, a selection labelled in place of suggestions); read
into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Undone: {0}": "已撤销：{0}",
    "Redone: {0}": "已重做：{0}",
    "No open suggestions further on in {0}: on to {1}": "{0} 后面没有待审建议了：转到 {1}",
    "No open suggestions earlier in {0}: back to {1}": "{0} 前面没有待审建议了：回到 {1}",
    "Another program removed the span you were typing about; not saved: “{0}”":
        "另一个程序删除了你正在填写的标注；未保存：“{0}”",
    "; {0} open suggestions are still in it (N goes to them)": "；其中仍有 {0} 条待审建议（按 N 前往）",
    "{0} linked to project {1}": "{0} 已关联到项目 {1}",
    "{0} linked to district {1}": "{0} 已关联到地区 {1}",
    "; suggestion(s) accepted: {0}": "；已一并接受建议：{0}",
    "{0} and accept {1} suggestion(s)": "{0}并接受 {1} 条建议",
    "Label {0} in place of {1} suggestions": "标注 {0}，取代 {1} 条建议",
}
