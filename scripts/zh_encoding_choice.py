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
    # offered again after a file imported with a guessed encoding that also reads as another
    "{0} was imported read as {1}, but it also reads in another encoding. Each reading below shows its first "
    "line as it would read; if another one reads right, choose it and Import again: the document is removed, "
    "with any spans on it, and the file imported again with that encoding.":
        "{0} 已按 {1} 读取导入，但按其他编码也能读取。下面每种读法都列出了按它读出的第一行；如果另一种读得正确，"
        "请选择它并点“重新导入”：该文档（连同其上的标注）将被移除，文件按所选编码重新导入。",
    "Import again": "重新导入",
    "Keep it": "保留原样",
}
