"""The Chinese of the choice of an encoding after an import refused a file whose encoding could not be
told (gui/dialogs/encoding_dialog.py; read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Choose the encoding of {0}": "选择 {0} 的编码",
    "The encoding of {0} could not be told. Each reading below shows its first line as it would read; choose "
    "the one that reads right to import it, or Skip.":
        "无法判断 {0} 的编码。下面每种读法都列出了按它读出的第一行；请选择读得正确的一种来导入，或点“跳过”。",
    "Use it for the other {0} file(s) whose encoding could not be told": "也用于其余 {0} 个无法判断编码的文件",
    "Import": "导入",
    "Skip": "跳过",
}
