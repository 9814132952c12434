"""The Chinese of what the status bar says when the model trained again in the background learned
nothing (gui/model_retrained.py; read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "the model learned before was removed, so suggestions use the shipped model":
        "先前训练的模型已删除，自动建议改用随程序附带的模型",
    "suggestions use the shipped model": "自动建议使用随程序附带的模型",
    "Trained again in the background: nothing to learn from, as no accepted span is left (rejected or removed "
    "since); {0}.": "已在后台重新训练：没有可学习的内容，因为已没有已接受的标注（此后被拒绝或删除）；{0}。",
    "Trained again in the background: nothing was learned from the {0} accepted span(s) of {1} document(s); {2}.":
        "已在后台重新训练：从 {1} 篇文档的 {0} 条已接受标注中没有学到任何内容；{2}。",
}
