"""The Chinese of reviewing by keyboard, faster and safer (gui/review_flow.py: A / X going on to the next
suggestion, F2 for the note; gui/editing.py: A / X / Delete with no span selected; gui/boundaries.py: a
boundary key stopped at the end of a sentence; gui/undo_said.py: an undo that found its span gone); read
into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "&Go on to the next suggestion after A / X": "按 A / X 后转到下一条建议(&G)",
    "Edit note": "编辑备注",
    "No span selected: select a span (N, a click), then F2 edits its note.":
        "未选中标注：先选中一个标注（按 N 或单击），再按 F2 编辑其备注。",
    # gui/editing.py: A, X or Delete with no span selected
    "No span selected: select one first (N, a click); selected text takes a label by its key (1–4)":
        "未选中标注：请先选中一个（按 N 或单击）；选中的文字按标签键（1–4）加标签",
    "A span does not run across the end of a sentence ({0}): select the text and press the label key for one "
    "that does": "标注不能跨过句末（{0}）：如确需如此，请选中这段文字再按标签键",
    "Nothing undone: the span of “{0}” is no longer there (another program removed it)":
        "未撤销任何内容：“{0}”的标注已不存在（另一个程序删除了它）",
    "Nothing redone: the span of “{0}” is no longer there (another program removed it)":
        "未重做任何内容：“{0}”的标注已不存在（另一个程序删除了它）",
}
