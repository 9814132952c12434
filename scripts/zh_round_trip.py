"""Chinese of what the window says when a project's export is read back into another project (a gold JSONL,
doccano or Label Studio file, a workbook): what came across and what the file does not carry
(gui/annotation_summaries.py; read into translate_ts.ZH). Keys and file names stay as they are."""
from __future__ import annotations

ZH: dict[str, str] = {
    "{0}: {1} document(s) the project holds took metadata they had none of from the file ({2})":
        "{0}：标注工程中已有的 {1} 个文档从文件中取得了它们原先没有的元数据（{2}）",
    "{0}: marked {1} document(s) done, as its Documents sheet has them":
        "{0}：按其“Documents”工作表，将 {1} 个文档标记为已完成",
}
