"""The Chinese of the window's strings about the model beside the rules (gui/model_work.py,
gui/widgets/model_scores.py, gui/dialogs/model_settings.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "&Train the model": "训练模型(&T)", "&Model settings…": "模型设置(&M)…", "Model": "模型", "Rules": "规则",
    "Both": "规则+模型", "Overall": "总体", "Evaluate (cross-validate)": "评估（交叉验证）",
    "Hold out each document with accepted spans in turn (with more than ten, a tenth of them at a time), train on the "
    "others and score the rules, the model and both on it":
        "依次留出每篇含已接受标注的文档（超过十篇时每次留出十分之一），用其余文档训练，再在留出的文档上为规则、模型及两者合用打分",
    "Not cross-validated yet.": "尚未做过交叉验证。",
    "{0} (no longer a label)": "{0}（已不是标签）",
    "The project no longer has the label {0}: it was renamed or deleted after these figures were computed. "
    "Cross-validate again for the labels as they are now.":
        "本标注工程已没有标签 {0}：它在这些数字算出之后被重命名或删除。请再做一次交叉验证，得到按现有标签计的结果。",
    "Cross-validated {0} over {1} documents, each held out in turn; overlap F1:":
        "{0} 在 {1} 篇文档上做了交叉验证（每篇依次留出）；重叠 F1：",
    "Cross-validated {0} over {1} documents in {2} groups, each held out in turn; overlap F1:":
        "{0} 在 {1} 篇文档上做了交叉验证（分 {2} 组，每组依次留出）；重叠 F1：",
    "({0} spans accepted since)": "（此后又接受了 {0} 个标注）",
    "Needs two documents with accepted spans at least; this project has {0}.":
        "至少需要两篇含已接受标注的文档；本标注工程有 {0} 篇。",
    "(the model's own proposals from a confidence of {0:.2f})": "（模型自身的建议取置信度 {0:.2f} 及以上）",
    "Suggestions come from the rules alone.": "自动建议只来自规则。",
    "Suggestions come from the rules and the shipped model.": "自动建议来自规则和随程序附带的模型。",
    "Suggestions come from the rules and the shipped model: this project has not trained its own yet.":
        "自动建议来自规则和随程序附带的模型：本标注工程还没有训练自己的模型。",
    "Suggestions come from the rules and the shipped model: the project's model was trained by another version "
    "(train it again).": "自动建议来自规则和随程序附带的模型：本标注工程的模型由其他版本训练（请重新训练）。",
    "Suggestions come from the rules and this project's model, trained {0} on {1} accepted spans ({3}); {2} "
    "accepted since.":
        "自动建议来自规则和本标注工程的模型，{0} 用 {1} 个已接受的标注（{3}）训练；此后又接受了 {2} 个。",
    "It is trained only when asked (Project › Train the model).": "模型只在要求时训练（标注工程 › 训练模型）。",
    "It is trained again after {0} new accepted spans.": "每新接受 {0} 个标注后自动重新训练。",
    "overlap P {0} / R {1} / F1 {2}; exact F1 {3}; {4} spans accepted, {5} proposed":
        "重叠 P {0} / R {1} / F1 {2}；完全匹配 F1 {3}；已接受 {4} 个标注，建议 {5} 个",
    "Model settings": "模型设置", "&Suggest with:": "建议来源(&S)：",
    "&Leave out the model's proposals below:": "模型建议的最低置信度(&L)：",
    "&Train again after:": "自动重新训练(&T)：",
    "the rules and the project's model (else the shipped one)": "规则和本标注工程的模型（没有时用随程序附带的模型）",
    "the rules and the shipped model": "规则和随程序附带的模型", "the rules alone": "只用规则",
    "The model's own proposals less confident than this are not made (0: all)":
        "置信度低于此值的模型自身建议不再提出（0：全部提出）",
    " new accepted spans": " 个新接受的标注之后", "only when asked": "只在要求时",
    "These settings belong to the project: everyone who opens it, and the command line, use them. A span the "
    "rules propose too is always kept. Raising the minimum offers to remove the model's open suggestions "
    "below it; the next Run suggestions (F5) leaves them out.":
        "这些设置属于本标注工程：打开它的每个人以及命令行都使用它们。规则也提出的标注总会保留。"
        "提高最低置信度时，会询问是否删除低于它的模型待审建议；下次运行自动建议（F5）时不再提出这些建议。",
    "The model settings were not saved": "模型设置未能保存",
    "with the project's model": "使用本标注工程的模型", "with the shipped model": "使用随程序附带的模型",
    "by the rules alone": "只用规则",
    "Remove the model's {0} open suggestions less confident than {1}? Undo brings them back.":
        "删除模型置信度低于 {1} 的 {0} 条待审建议吗？撤销可以恢复。",
    "Reading {0}": "正在读取 {0}", "Learning {0}": "正在学习 {0}", "Training the model": "正在训练模型",
    "Training cancelled: the project keeps the model it had.": "训练已取消：标注工程保留原有的模型。",
    "Nothing to learn from yet: accept spans first. Suggestions use the shipped model.":
        "还没有可学习的内容：请先接受一些标注。自动建议使用随程序附带的模型。",
    "The model learned from {0} accepted span(s) of {1} document(s) in {2} s.":
        "模型学习了 {1} 篇文档中的 {0} 个已接受标注，用时 {2} 秒。",
    "The model could not be trained again: {0}": "模型未能重新训练：{0}",
    "Retrained in the background on {0} accepted span(s) of {1} document(s).":
        "已在后台重新训练：学习了 {1} 篇文档中的 {0} 个已接受标注。",
    "Training the model again in the background…": "正在后台重新训练模型…",
    "Run suggestions (F5) now proposes the model's spans down to a confidence of {0}.":
        "现在运行建议（F5）会提出置信度不低于 {0} 的模型标注。",
    "The model's training in the background stopped: it starts again after the next edit.":
        "后台的模型训练已停止：下次编辑后会重新开始。",
    "Holding out {0}": "正在留出 {0}", "Cross-validating the model": "正在交叉验证模型",
    "Another program trained the project's model (on {0} accepted spans): the next suggestions use it.":
        "另一个程序训练了本标注工程的模型（用 {0} 个已接受的标注）：之后的自动建议将使用它。",
    "Another program removed the project's model: suggestions use the shipped model.":
        "另一个程序删除了本标注工程的模型：自动建议改用随程序附带的模型。",
    "Another program cross-validated the model: its figures are in the Statistics panel.":
        "另一个程序对模型做了交叉验证：结果见“统计”面板。",
    "{0}, and the model agrees": "{0}，模型也如此建议", "{0} (confidence {1})": "{0}（置信度 {1}）",
    "Confidence": "置信度",  # the annotation list's column: a suggestion's confidence
    "with the shipped model: the project's model cannot be read (damaged); train it again (Project › Train the "
    "model)": "使用随程序附带的模型：本标注工程的模型无法读取（已损坏）；请重新训练（标注工程 › 训练模型）",
    "Suggestions come from the rules and the shipped model: the project's model cannot be read (damaged); train it "
    "again (Project › Train the model).":
        "自动建议来自规则和随程序附带的模型：本标注工程的模型无法读取（已损坏）；请重新训练（标注工程 › 训练模型）。",
    "The project's own model is not trained by itself while the settings do not use it.":
        "设置不使用本标注工程自己的模型时，它不会自动训练。",
    "The project's stored model setting {0} = {1} could not be read; the default {2} is used.":
        "无法读取本标注工程存储的模型设置 {0} = {1}；改用默认值 {2}。",
    "The project's stored model settings ({0}) could not be read; the defaults ({1}) are used.":
        "无法读取本标注工程存储的模型设置（{0}）；改用默认值（{1}）。",
    "with the project's model, for the labels it learned; {0}": "使用本标注工程的模型（仅其学过的标签）；{0}",
    "Only for the labels it learned:": "仅限其学过的标签：",  # the Statistics panel: the shipped seed damaged
}
