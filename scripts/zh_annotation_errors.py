"""The Chinese of why an annotation file, or a line or row of it, was not imported: a line's links, a
doccano line's spans and relations, a workbook's row, a whole file (gui/core_errors_annotations.py;
read into ``translate_ts.ZH``). The file's keys and columns, and the values it holds, stay as they are."""
from __future__ import annotations

ZH: dict[str, str] = {
    # a JSON Lines line's links, a doccano line's spans and relations
    "links must be a list": "字段 links 必须是列表",
    "relations must be a list": "字段 relations 必须是列表",
    "a link needs a kind ({0} or {1}): {2}": "每条关联都需要 kind（{0} 或 {1}）：{2}",
    "a link names its span by whole-number offsets and a label, not {0}":
        "关联须以整数位置和标签指明其标注，而不是 {0}",
    "district must be {{\"name\", \"code\"}}, not {0}": "字段 district 必须是 {{\"name\", \"code\"}}，而不是 {0}",
    "project must be [start, end] or null, not {0}": "字段 project 必须是 [start, end] 或 null，而不是 {0}",
    "relation {0}: its type must be a link kind ({1}, {2})": "关系 {0}：其 type 必须是关联类型（{1}、{2}）",
    "relation {0} joins an entity id the line does not have": "关系 {0} 连接的实体 id 不在这一行中",
    "district_links entry {0} is not [start, end, LABEL, district]":
        "district_links 中的条目 {0} 不是 [start, end, LABEL, district]",
    "label entry {0} is not [start, end, LABEL]": "label 中的条目 {0} 不是 [start, end, LABEL]",
    "offsets {0}-{1} are outside the text or swapped": "位置 {0}-{1} 超出文本范围或前后颠倒",
    "a span it links is still a suggestion: import the gold spans first, then their links (an accepted link "
    "joins accepted spans)":
        "它所关联的标注仍是建议：请先导入金标准标注，再导入其关联（已接受的关联只连接已接受的标注）",
    # a workbook's row
    "annotator cannot be changed in a workbook ({0} -> {1}); each coder's spans are a layer of their own":
        "annotator 不能在工作簿中更改（{0} -> {1}）；每位编码员的标注自成一层",
    "{0} cannot be changed in a workbook ({1} -> {2}); move or retype spans in the application":
        "{0} 不能在工作簿中更改（{1} -> {2}）；请在程序中移动或重新标注",
    "{0} holds the formula {1} with no computed value (the workbook was written by a program that does not "
    "compute formulas); open and save it in Excel or LibreOffice, or type the value":
        "{0} 中是公式 {1}，没有计算出的值（写入该工作簿的程序不计算公式）；请在 Excel 或 LibreOffice "
        "中打开并保存，或直接输入数值",
    "the annotation was changed in the project after this export (at {0} UTC); export again and redo this row":
        "导出之后该标注已在标注工程中被修改（{0} UTC）；请重新导出，再改这一行",
    "the document is empty": "字段 document 为空",
    "start_offset and end_offset are needed to find the span in its document":
        "需要 start_offset 和 end_offset 才能在文档中找到该标注",
    "text {0} stands {1} times in its document (at {2}); give its start_offset and end_offset":
        "文本 {0} 在其文档中出现了 {1} 次（位置 {2}）；请填写其 start_offset 和 end_offset",
    "text {0} is not in its document; give its start_offset and end_offset":
        "文本 {0} 不在其文档中；请填写其 start_offset 和 end_offset",
    "{0} must be a whole number of yuan: 5510000000 or 55.1亿元, not {1}":
        "字段 {0} 必须是以元计的整数金额：5510000000 或 55.1亿元，而不是 {1}",
    "{0} must be a number: 80, 6.5, 1,200 or 80万, not {1}": "字段 {0} 必须是数字：80、6.5、1,200 或 80万，而不是 {1}",
    "{0} must be a division code of 6, 9 or 12 digits: 350211 or 350211001, not {1}":
        "字段 {0} 必须是 6、9 或 12 位的区划代码：350211 或 350211001，而不是 {1}",
    "{0} must be a number (commas grouping digits by three), not {1}":
        "字段 {0} 必须是数字（逗号须每三位分隔），而不是 {1}",
    "{0} must be a number of 亿元 (5.51) or a sum with its unit (5.51亿元), not {1}":
        "字段 {0} 必须是以亿元计的数（5.51）或带单位的金额（5.51亿元），而不是 {1}",
    "{0} {1} and unit {2} both carry 万 or 亿; type the quantity as the unit counts it (3 for 3万亩)":
        "{0} {1} 与单位 {2} 都带有万或亿；请按单位所计填写数量（3万亩填 3）",
    "{0} {1} carries the unit {2}, but {3} says {4}; type the number alone in {5}, or the same unit in both":
        "{0} {1} 带有单位 {2}，但 {3} 为 {4}；请在 {5} 中只填数字，或让两处的单位一致",
    "{0} {1} is negative, but the span's text {2} writes no minus: reports write a decrease (下降5亿元, 减少5亿元) as "
    "a positive figure, and an amount's value is the sum as written; type it without the minus":
        "{0} {1} 为负数，但标注的文本 {2} 中没有负号：报告把减少写成正数（下降5亿元、减少5亿元），"
        "金额的值就是所写的数额；请去掉负号",
    "district name {0} and district code {1} ({2}) name two places; type the code that goes with the name, or "
    "empty one of the two": "地区名称 {0} 与地区代码 {1}（{2}）指向两个地方；请填写与名称相符的代码，或清空其中之一",
    "offsets {0}-{1} are swapped or negative": "位置 {0}-{1} 前后颠倒或为负数",
    "{0} {1} and {2} {3} disagree; change one of them": "{0} {1} 与 {2} {3} 不一致；请只改其中一个",
    # a whole file
    "no such file": "没有这个文件",
    "is a zip archive (a workbook or document), not JSON Lines; annotations are imported from .jsonl files or "
    "from a workbook exported as .xlsx":
        "是 zip 压缩包（工作簿或文档），不是 JSON Lines；标注从 .jsonl 文件或导出的 .xlsx 工作簿导入",
    "a {0} export is not read back; annotations are imported from {1} or {2} files (export them as one of those)":
        "{0} 导出文件不能读回；标注从 {1} 或 {2} 文件导入（请导出为其中一种）",
    "a {0} file is a document, not annotations: documents are imported with 'annotator import', annotations "
    "from {1} or {2} files":
        "{0} 文件是文档，不是标注：文档用“导入文件”（命令行 'annotator import'）导入，标注从 {1} 或 {2} 文件导入",
    "is not a valid .xlsx workbook (not a zip archive)": "不是有效的 .xlsx 工作簿（不是 zip 压缩包）",
    "is a password-protected workbook, or an old .xls named .xlsx; open it in Excel or WPS, save it as .xlsx without "
    "a password and import that":
        "是设有密码的工作簿，或改名为 .xlsx 的旧版 .xls 文件；请用 Excel 或 WPS 打开，另存为不设密码的 .xlsx 后再导入",
    "is a damaged .xlsx workbook: its zip archive is cut off or corrupt; open it in Excel or WPS (they can often "
    "repair it), save it again and import that":
        "是损坏的 .xlsx 工作簿：其 zip 压缩包不完整或已损坏；请用 Excel 或 WPS 打开（它们常能修复），重新保存后再导入",
    "is a damaged .xlsx workbook: its part {0} cannot be read ({1}); open it in Excel or WPS (they can often repair "
    "it), save it again and import that":
        "是损坏的 .xlsx 工作簿：无法读取其中的 {0}（{1}）；请用 Excel 或 WPS 打开（它们常能修复），重新保存后再导入",
    "is not a valid .xlsx workbook ({0})": "不是有效的 .xlsx 工作簿（{0}）",
    "is a zip archive but not an .xlsx workbook (it is a Word document); choose the workbook annotator exported":
        "是 zip 压缩包，但不是 .xlsx 工作簿（它是 Word 文档）；请选择 annotator 导出的工作簿",
    "is a zip archive but not an .xlsx workbook; choose the workbook annotator exported":
        "是 zip 压缩包，但不是 .xlsx 工作簿；请选择 annotator 导出的工作簿",
    "is a zip archive this program cannot open ({0})": "是本程序无法打开的 zip 压缩包（{0}）",
    "is a damaged zip archive ({0})": "是损坏的 zip 压缩包（{0}）",
    "has no '{0}' sheet (is it a workbook exported by annotator?)":
        "没有 '{0}' 工作表（是 annotator 导出的工作簿吗？）",
    "the {0} sheet is empty": "{0} 工作表为空",
    "the {0} sheet has neither an 'id' column nor document, label and offsets, so its rows cannot be matched to "
    "spans": "{0} 工作表既没有 'id' 列，也没有 document、label 和位置列，因此各行无法对应到标注",
}
