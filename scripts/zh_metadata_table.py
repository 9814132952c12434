"""The Chinese of Project › Import metadata table… (gui/project_io.py), its report (gui/summaries.py) and
the table's refusals (gui/core_errors.py); read into translate_ts.ZH."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Import meta&data table…": "导入元数据表(&D)…",
    "Import metadata table": "导入元数据表",
    "Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbooks (*.xlsx);;All files (*)":
        "表格 (*.csv *.xlsx);;CSV (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)",
    "Importing the metadata table": "正在导入元数据表",
    "set {0} field(s) of {1} document(s) from {2} ({3} already as given) in {4}":
        "已从 {2} 为 {1} 篇文档设置 {0} 个字段（{3} 个字段已与表中相同），标注工程：{4}",
    # the open district suggestions that follow a jurisdiction given (core/suggest/district/follow.py): the
    # report of the table, and the status bar after the form's jurisdiction field (gui/jurisdiction_words.py)
    "{0} open district suggestion(s) now coded in the jurisdiction": "{0} 条待审的地区建议已改为辖区内的代码",
    "{0} open district suggestion(s) coded anew without a jurisdiction": "{0} 条待审的地区建议已按无辖区重新编码",
    # a jurisdiction that decides nothing of them (厦门市: no 鼓楼区 there), and the document's year (former units)
    "{0} open district suggestion(s) now coded by the tables' order: the jurisdiction does not decide":
        "{0} 条待审的地区建议已改回取区划表中第一个所得的代码：辖区无法确定是哪一个",
    "{0} open district suggestion(s) of the model now without a code: the jurisdiction does not decide":
        "{0} 条模型给出的待审地区建议现已没有代码：辖区无法确定是哪一个",
    "{0} open district suggestion(s) coded anew for the document's year": "{0} 条待审的地区建议已按文档的年份重新编码",
    "{0} open district suggestion(s) coded anew without a year": "{0} 条待审的地区建议已按无年份重新编码",
    # Edit › Accept all › DISTRICT (gui/editing.py), before it accepts codes the tables' order chose
    "{0} of them keep a code the tables' order chose (several units share the name): give the document's "
    "jurisdiction first, or check them once accepted":
        "其中 {0} 条的代码是取区划表中第一个所得（多个单位同名）：请先填写文档的辖区，或在接受后核对",
    "{0} accepted district span(s) keep a code the tables' order chose: check them":
        "{0} 个已接受的地区标注的代码仍是取区划表中第一个所得：请核对",
    "{0}: row {1}: no document named; nothing was stored": "{0}：第 {1} 行：没有写文档名；未存入任何内容",
    "{0}: row {1}: the project holds no document {2} (`{3}` lists their names); nothing was stored":
        "{0}：第 {1} 行：标注工程中没有文档 {2}（`{3}` 可列出文档名）；未存入任何内容",
    "{0}: row {1}: {2} is named in row {3} too; nothing was stored":
        "{0}：第 {1} 行：{2} 在第 {3} 行也出现了；未存入任何内容",
    "{0}: row {1}: {2}; nothing was stored": "{0}：第 {1} 行：{2}；未存入任何内容",
    "{0}: cannot be read ({1})": "{0}：无法读取（{1}）",
    "{0}: {1} bytes is not a table of metadata (at most {2})": "{0}：{1} 字节，不像元数据表（最多 {2} 字节）",
    "{0}: the table is empty": "{0}：表格是空的",
    "{0}: no column names the documents: the first row needs one headed {1} beside the metadata keys":
        "{0}：没有一列写明文档：第一行除元数据键外，还需要一列的表头为 {1}",
    "{0}: not a CSV table ({1})": "{0}：不是 CSV 表格（{1}）",
    "{0}: {1}": "{0}：{1}",  # a file and why it cannot be read (an empty table, a binary one: gui/summaries.py)
    "{0}: not an Excel workbook that can be read ({1})": "{0}：不是可以读取的 Excel 工作簿（{1}）",
    "metadata year takes a year in digits from {0} to {1}, not {2}":
        "元数据 year（年份）须是 {0} 到 {1} 之间的数字年份，而不是 {2}",
    "a metadata field needs a key before '=', not '={0}'": "元数据字段在 '=' 前需要一个键，而不是 '={0}'",
}
