"""The Chinese of the choice of an encoding after an import refused a file whose encoding could not be
told (gui/dialogs/encoding_dialog.py) and of Import again (gui/import_again.py, gui/import_again_many.py;
read into translate_ts.ZH)."""
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
    "line as it would read; if another one reads right, choose it and Import again: the document is replaced "
    "by the file read that way, in one step. Its accepted spans whose text the new reading still holds are kept "
    "(moved with it where text was added or removed); you are asked before any other accepted span is removed.":
        "{0} 已按 {1} 读取导入，但按其他编码也能读取。下面每种读法都列出了按它读出的第一行；如果另一种读得正确，"
        "请选择它并点“重新导入”：该文档将一步替换为按所选编码读取的文件。新读取的文本中仍有其文字的已接受标注会保留"
        "（前面增删了文字的，随文字移动）；若有其他已接受标注将被移除，会先询问您。",
    # gui/import_again.py
    "Importing {0} again read as {1} keeps {2} of its {3} accepted span(s): those whose text the new reading "
    "still holds, moved with it where text before them was added or removed. The other {4} accepted span(s) "
    "would be removed, with their links, as would its open suggestions and the rejected ones whose text changed."
    "\n\nImport it again?":
        "按 {1} 重新导入 {0} 将保留其 {3} 个已接受标注中的 {2} 个（新读取的文本中仍有其文字的标注；前面增删了文字的，"
        "随文字移动）。其余 {4} 个已接受标注将连同其关联被移除，待审的建议以及文字已改变的已拒绝建议也会被移除。"
        "\n\n确定重新导入吗？",
    "Importing {0} again from {1} keeps {2} of its {3} accepted span(s): those whose text the new reading "
    "still holds, moved with it where text before them was added or removed. The other {4} accepted span(s) "
    "would be removed, with their links, as would its open suggestions and the rejected ones whose text changed."
    "\n\nImport it again?":
        "从 {1} 重新导入 {0} 将保留其 {3} 个已接受标注中的 {2} 个（新读取的文本中仍有其文字的标注；前面增删了文字的，"
        "随文字移动）。其余 {4} 个已接受标注将连同其关联被移除，待审的建议以及文字已改变的已拒绝建议也会被移除。"
        "\n\n确定重新导入吗？",
    "{0} imported again from {1}: {2} accepted span(s) kept, {3} span(s) removed.":
        "已从 {1} 重新导入 {0}：保留 {2} 个已接受标注，移除 {3} 个标注。",
    # the file named as the document (huli_2024.txt from huli_2024.txt): said once
    "Importing {0} again from its file keeps {2} of its {3} accepted span(s): those whose text the new reading "
    "still holds, moved with it where text before them was added or removed. The other {4} accepted span(s) "
    "would be removed, with their links, as would its open suggestions and the rejected ones whose text changed."
    "\n\nImport it again?":
        "从其文件重新导入 {0} 将保留其 {3} 个已接受标注中的 {2} 个（新读取的文本中仍有其文字的标注；前面增删了文字的，"
        "随文字移动）。其余 {4} 个已接受标注将连同其关联被移除，待审的建议以及文字已改变的已拒绝建议也会被移除。"
        "\n\n确定重新导入吗？",
    "{0} imported again from its file: {2} accepted span(s) kept, {3} span(s) removed.":
        "已从其文件重新导入 {0}：保留 {2} 个已接受标注，移除 {3} 个标注。",
    # Project › Import the open document again…
    "Import the open doc&ument again…": "重新导入打开的文档(&U)…",
    "Open the document to import again first.": "请先打开要重新导入的文档。",
    "{0} reads the same from {1}: nothing was changed.": "从 {1} 读取的 {0} 与原来相同：没有任何更改。",
    "{0} reads the same from its file: nothing was changed.": "重新读取 {0} 的结果与原来相同：没有任何更改。",
    "{0} was imported from {1}, which is no longer there: choose its file":
        "{0} 导入自 {1}，该文件已不在原处：请选择它的文件",
    "Choose the file to import {0} again from": "选择用来重新导入 {0} 的文件",
    "{0} was not imported again; the document is as it was: {1}": "{0} 未重新导入，文档保持原样：{1}",
    "{0} imported again read as {1}: {2} accepted span(s) kept, {3} span(s) removed.":
        "已按 {1} 重新导入 {0}：保留 {2} 个已接受标注，移除 {3} 个标注。",
    "Import again": "重新导入",
    "Importing {0} again": "正在重新导入 {0}",
    "Keep it": "保留原样",
    "reads the same with {0}; the document was left as it is": "按 {0} 读取的结果与原来相同，文档保持原样",
    "read with {0} it gives the text of {1}, already in the project; the document was left as it is":
        "按 {0} 读取得到的是 {1} 的文本，该文本已在标注工程中，文档保持原样",
    # Project › Import the selected documents again… (gui/import_again_many.py)
    "Import the selected doc&uments again…": "重新导入选中的文档(&U)…",
    "Importing {0} documents again": "正在重新导入 {0} 篇文档",
    "{0}: {1} of its {2} accepted span(s) would be lost": "{0}：其 {2} 个已接受标注中的 {1} 个将被移除",
    "… and {0} more document(s)": "……另有 {0} 篇文档",
    "{0} document(s) would lose accepted spans: their text changed in the file. Importing them again keeps the "
    "accepted spans whose text the new reading still holds and removes the others, with their links, as well as "
    "their open suggestions and the rejected ones whose text changed:\n\n{1}\n\nReplace them anyway?":
        "{0} 篇文档会失去已接受标注：文件中这些标注的文字已改变。重新导入会保留新读取的文本中仍有其文字的已接受标注，"
        "移除其余标注及其关联，待审的建议以及文字已改变的已拒绝建议也会被移除：\n\n{1}\n\n仍要替换这些文档吗？",
    "{0} document(s) imported again ({1} of {2} accepted span(s) kept), {3} read the same, {4} with the source "
    "file missing, {5} left as they were.":
        "已重新导入 {0} 篇文档（保留 {2} 个已接受标注中的 {1} 个），{3} 篇读取结果与原来相同，{4} 篇源文件缺失，"
        "{5} 篇保持原样。",
    "Cancelled: {0} document(s) not imported again; those replaced before stay replaced.":
        "已取消：{0} 篇文档未重新导入；取消前已替换的文档不会还原。",
    "Source file missing:": "源文件缺失：",
    "Not imported again:": "未重新导入：",
    "Left as they were (accepted spans would have been lost):": "保持原样（否则会失去已接受标注）：",
    "{0}: {1} of its {2} accepted span(s)": "{0}：其 {2} 个已接受标注中的 {1} 个",
    "What an import says of their new reading:": "导入对其新读取结果的说明：",
    # the report folder moved: the files looked for in another folder (core/imports/moved_files.py)
    "{0} of the {1} documents' files are not where they were imported from (the folder moved, or they were "
    "deleted). Look for them in another folder?":
        "{1} 篇文档中有 {0} 篇的文件已不在导入时的位置（文件夹已移动，或文件已删除）。要在另一个文件夹中查找吗？",
    "Choose the folder the files moved to": "选择文件移动到的文件夹",
    "{0} of them read from another folder, their source files recorded there.":
        "其中 {0} 篇从另一个文件夹读取，其源文件已记录为该处的文件。",
}
