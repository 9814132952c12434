"""Chinese of what the window says of Label Studio's JSON: the export's format and its summary, the
import's rejected tasks and why each task, or the whole file, was refused
(gui/core_errors_label_studio.py; read into translate_ts.ZH). Region and relation ids, the file's keys, the
texts it quotes and the example of the export's JSON stay as they are; Python's words of broken JSON ({0})
are left out."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Label Studio JSON (tasks with text spans and relations)": "Label Studio JSON（任务，含文本标注与关系）",
    "wrote {0} task(s) to {1}": "已将 {0} 个任务写入 {1}",
    "Label Studio's labeling config for them: {0} (paste it in Label Studio's project settings, Labeling Interface, "
    "Code, before importing the tasks)":
        "它们在 Label Studio 中所需的标注配置：{0}（导入任务前，请粘贴到 Label Studio 项目设置的 "
        "Labeling Interface 中的 Code 处）",
    "rejected {0} task {1}: {2}": "拒绝了 {0} 第 {1} 个任务：{2}",
    "{0} line {1}: {2}": "{0} 第 {1} 行：{2}",
    "{0} line {1}: {2}; left out": "{0} 第 {1} 行：{2}；未采用",
    "{0} task {1}: {2}; left out": "{0} 第 {1} 个任务：{2}；未采用",
    "{0} task {1}: {2}": "{0} 第 {1} 个任务：{2}",
    "{0}: {1} document(s) the project holds keep their metadata, which the file gives otherwise ({2}); to take the "
    "file's: annotator meta P KEY=VALUE --doc NAME, or the window's form":
        "{0}：标注工程中已有的 {1} 个文档保留其元数据，文件给出的与之不同（{2}）；要采用文件中的：annotator meta P "
        "KEY=VALUE --doc NAME，或在窗口的表单中修改",
    "rejected {0} tasks {1}–{2}: {3}": "拒绝了 {0} 第 {1}–{2} 个任务：{3}",
    "{0} task(s) rejected": "拒绝 {0} 个任务",
    "{0}: its annotations name their coder by number alone (completed_by {1}), so their spans are in no coder's "
    "layer, which agreement and adjudication compare with no one; to make them a coder's, take this import back "
    "(annotator restore) and import the file again with --annotator NAME":
        "{0}：其中的标注只用编号标明编码员（completed_by {1}），因此这些标注不属于任何编码员的标注层，一致性计算和裁定"
        "都不会拿它们与任何人比较；要让它们归于某位编码员，请撤回本次导入（annotator restore），再填写编码员姓名"
        "（--annotator NAME）重新导入该文件",
    # a task's predictions (Label Studio's pre-annotations): open suggestions (core/imports/label_studio_predictions.py)
    "added {0} open suggestion(s) and {1} suggested link(s) from Label Studio's predictions, to accept or reject":
        "从 Label Studio 的预标注（predictions）中新增 {0} 条待审建议和 {1} 条建议关联，等待接受或拒绝",
    "left aside {0} region(s) or relation(s) of Label Studio's predictions: each overlaps a span or suggestion of "
    "its label (or joins one left aside)":
        "搁置了 Label Studio 预标注中的 {0} 个区域或关系：每个都与同一标签的标注或建议重叠（或连接着已搁置的区域）",
    "{0} suggestion(s) from its predictions": "来自其预标注的 {0} 条建议",
    "{0} suggested link(s) from its predictions": "来自其预标注的 {0} 条建议关联",
    "label-studio: prediction of model {0}": "Label Studio：模型 {0} 的预标注",
    "label-studio: prediction": "Label Studio：预标注",
    "Label Studio prediction": "Label Studio 预标注",
    "predictions must be a list": "字段 predictions 必须是列表",
    "prediction {0} is not {{\"result\": […]}}": "predictions 中的第 {0} 项不是 {{\"result\": […]}}",
    "prediction {0}: {1}": "第 {0} 个预标注：{1}",
    # why a task was refused
    "a task must be a JSON object": "每个任务都必须是一个 JSON 对象",
    "the task has no text (its \"data\" needs \"text\", the Text tag's value=\"$text\")":
        "该任务没有文本（其 \"data\" 中需要 \"text\"，即 Text 标签的 value=\"$text\"）",
    "annotations must be a list": "字段 annotations 必须是列表",
    "annotation {0} is not {{\"result\": […]}}": "annotations 中的条目 {0} 不是 {{\"result\": […]}}",
    "region {0}: offsets {1}-{2} are outside the text ({3} characters) or swapped":
        "区域 {0}：位置 {1}-{2} 超出文本范围（共 {3} 个字符）或前后颠倒",
    "region {0}: the text at {1}-{2} is {3}, not its {4} (its offsets count UTF-16 units, as an old Label "
    "Studio's did: export the task again)":
        "区域 {0}：位置 {1}-{2} 处的文本是 {3}，而不是它所写的 {4}（其位置按 UTF-16 单元计数，"
        "旧版 Label Studio 就是这样计数的：请重新导出该任务）",
    "region {0}: the text at {1}-{2} is {3}, not its {4}": "区域 {0}：位置 {1}-{2} 处的文本是 {3}，而不是它所写的 {4}",
    "region {0}: labels must be a list of label names, not {1}": "区域 {0}：字段 labels 必须是标签名的列表，而不是 {1}",
    "relation {0}→{1} joins a region its annotation does not have (or one refused)":
        "关系 {0}→{1} 连接的区域不在同一份标注结果中（或该区域已被拒绝）",
    "relation {0}→{1} ({2} to {3}) is no link: a district link goes from a PROJECT, AMOUNT or TARGET to a "
    "DISTRICT, a project link from an AMOUNT or TARGET to a PROJECT":
        "关系 {0}→{1}（{2} 到 {3}）不能成为关联：地区关联从项目、金额或目标指向地区，项目关联从金额或目标指向项目",
    "the project's document {0} holds another text: the task's offsets are not its (import the task's text as a "
    "document of another name, or rename it)":
        "标注工程中的文档 {0} 是另一段文本：该任务的位置与它不符（请以另一个名称把该任务的文本导入为文档，"
        "或给该任务改名）",
    # why a whole file was refused
    "line {0}: {1}; nothing was stored from it": "第 {0} 行：{1}；未从中存入任何内容",
    "not valid JSON ({0} at line {1} column {2}); it holds JSON lines: name it .jsonl; a Label Studio export is "
    "a JSON array of tasks, {3}; nothing was stored from it":
        "不是有效的 JSON（第 {1} 行第 {2} 列有误）；文件中是 JSON Lines，请把扩展名改为 .jsonl；"
        "Label Studio 导出的是由任务组成的 JSON 数组：{3}；未从中存入任何内容",
    "not valid JSON ({0} at line {1} column {2}); a Label Studio export is a JSON array of tasks, {3}; nothing "
    "was stored from it":
        "不是有效的 JSON（第 {1} 行第 {2} 列有误）；Label Studio 导出的是由任务组成的 JSON 数组：{3}；"
        "未从中存入任何内容",
    "not valid JSON here (nested too deeply, or a number too long); nothing was stored from it":
        "此处不是有效的 JSON（嵌套过深，或数字过长）；未从中存入任何内容",
    "holds no Label Studio tasks (its export is a JSON array of tasks, {0}); nothing was stored from it":
        "其中没有 Label Studio 任务（Label Studio 导出的是由任务组成的 JSON 数组：{0}）；未从中存入任何内容",
}
