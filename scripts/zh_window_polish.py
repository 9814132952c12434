"""The Chinese of the window's strings about the form's Links row, Ctrl+L's list, undo of a
done mark, N / P wrapping round and an undo whose document is gone (gui/widgets/links_row.py,
gui/undo_said.py, gui/suggestion_steps.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Enter or Space: link the span to one chosen from a list (Ctrl+L)":
        "Enter 或空格：从列表中选择要关联的标注（Ctrl+L）",
}
