"""Chinese of what the window says of Label Studio's JSON: the export's format and its summary, the
import's rejected tasks (read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Label Studio JSON (tasks with text spans and relations)": "Label Studio JSON（任务，含文本标注与关系）",
    "wrote {0} task(s) to {1}": "已将 {0} 个任务写入 {1}",
    "Label Studio's labeling config for them: {0} (paste it under Settings › Labeling Interface › Code before "
    "importing the tasks)":
        "它们在 Label Studio 中所需的标注配置：{0}（导入任务前，请粘贴到 Settings › Labeling Interface › Code）",
    "rejected {0} task {1}: {2}": "拒绝了 {0} 第 {1} 个任务：{2}",
    "rejected {0} tasks {1}–{2}: {3}": "拒绝了 {0} 第 {1}–{2} 个任务：{3}",
    "{0} task(s) rejected": "拒绝 {0} 个任务",
}
