"""The Chinese of why a line of an annotation file was rejected (gui/line_reasons.py; read into
``translate_ts.ZH``). Python's own words of a broken JSON line ({0}) are left out."""
from __future__ import annotations

ZH: dict[str, str] = {
    "not valid JSON ({0} at column {1})": "不是有效的 JSON（第 {1} 列有误）",
    "not valid JSON here (nested too deeply)": "此处不是有效的 JSON（嵌套过深）",
    "not valid JSON here (a number of more than {0} digits)": "此处不是有效的 JSON（数字超过 {0} 位）",
    "a line must be a JSON object": "每一行都必须是一个 JSON 对象",
    "missing field {0}": "缺少字段 {0}",
    "not text in any encoding tried (UTF-8, GB18030, Big5, UTF-16; byte {0} of the line is not UTF-8): open the "
    "file in a text editor, save it as UTF-8 and try again":
        "按所试的各种编码（UTF-8、GB18030、Big5、UTF-16）都读不出文本（该行第 {0} 个字节不是 UTF-8）："
        "请在文本编辑器中打开该文件，另存为 UTF-8 编码后再试",
    "no document named {0} in the project": "标注工程中没有名为 {0} 的文档",
    "{0} {1} ({2}-{3}) overlaps {4} {5} ({6}-{7}), a span the project held before this import ({8}): one annotator's "
    "spans of one label may not overlap; to keep both import the file with --annotator NAME, else reject that span "
    "first":
        "{0} {1}（{2}-{3}）与{4} {5}（{6}-{7}）重叠，后者是本次导入前标注工程中已有的标注（{8}）："
        "同一标注者同一标签的标注不能重叠；要两者都保留，请以编码员的名义导入该文件"
        "（命令行用 --annotator 姓名，窗口中填“导入标注”对话框的“标注者姓名”），否则请先拒绝那条已有的标注",
    "{0} span(s): {1}": "{0} 条标注：{1}",
    "value must be a JSON object": "字段 value 必须是 JSON 对象",
    "label and text must be strings": "字段 label 和 text 必须是字符串",
    "{0} must be a whole number, not {1}": "字段 {0} 必须是整数，而不是 {1}",
    "confidence must be a number from 0 to 1, not {0}": "字段 confidence 必须是 0 到 1 之间的数，而不是 {0}",
    "{0} must be a string, not {1}": "字段 {0} 必须是字符串，而不是 {1}",
    "value's {0} must be a number a spreadsheet can hold, not {1}":
        "value 的字段 {0} 必须是电子表格能容纳的数，而不是 {1}",
    "text must be a non-empty string": "字段 text 必须是非空字符串",
    "text holds \\r or a BOM; offsets would not match the stored text":
        "字段 text 含有 \\r 或 BOM（字节顺序标记），偏移量将与存储的文本不符",
    # a refused row of an .xlsx of annotations
    "{0} sheet: {1}": "{0} 工作表：{1}",
    "no annotation with id {0} in this project (deleted since the export?)":
        "本标注工程中没有 id 为 {0} 的标注（导出后已删除？）",
    "no annotation with id {0} in this project": "本标注工程中没有 id 为 {0} 的标注",
    "id {0} appears again (first in row {1})": "id {0} 再次出现（首次在第 {1} 行）",
    "{0} must be a number, not {1}": "字段 {0} 必须是数字，而不是 {1}",
    "{0} is empty": "字段 {0} 为空",
    # a refused row of the Links sheet
    "a district link needs the span it points to (to_label, to_start, to_end)":
        "地区关联需要它所指向的标注（to_label、to_start、to_end）",
    "a project link needs the span it points to (to_label, to_start, to_end)":
        "项目关联需要它所指向的标注（to_label、to_start、to_end）",
    "the {0} span at {1}-{2} was rejected or relabelled": "位于 {1}-{2} 的 {0} 标注已被拒绝或改了标签",
    "no {0} span at {1}-{2} in {3} to link": "{3} 中位于 {1}-{2} 处没有可关联的 {0} 标注",
    "no {0} span at {1}-{2} to link to": "位于 {1}-{2} 处没有可关联到的 {0} 标注",
    "{0} has no {1} span at {2}-{3} to link to": "{0} 在 {2}-{3} 处没有可关联到的 {1} 标注",
    "{0} has no {1} span at {2}-{3} to link": "{0} 在 {2}-{3} 处没有可关联的 {1} 标注",
    "no {0} span at {1}-{2} to link": "位于 {1}-{2} 处没有可关联的 {0} 标注",
    "no document {0} in this project (import its text first)": "本标注工程中没有文档 {0}（请先导入其文本）",
}
