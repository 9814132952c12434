"""Chinese of what the window says when a project's export is read back into another project (a gold JSONL,
doccano or Label Studio file, a workbook): what came across and what the file does not carry
(gui/annotation_summaries.py; read into translate_ts.ZH). Keys and file names stay as they are."""
from __future__ import annotations

# annotator export-package --with annotations, as the window offers it
PACKAGE = "“标注工程 › 团队协作 › 分发标注包…”（勾选“包含全部标注和关联及其标注者”）"

ZH: dict[str, str] = {
    "{0}: {1} document(s) the project holds took metadata they had none of from the file ({2})":
        "{0}：标注工程中已有的 {1} 个文档从文件中取得了它们原先没有的元数据（{2}）",
    "{0}: marked {1} document(s) done, as its Documents sheet has them":
        "{0}：按其“Documents”工作表，将 {1} 个文档标记为已完成",
    # what a file of our exports could not bring (gui/summaries_not_carried.py): the window's way to send a
    # project whole is its menu (Hand out a package…, with every span and link), as the command is the terminal's
    "{0}: a doccano file has no status, coder, origin, link, span note or done mark: its spans came in with one "
    "status, in one layer; annotator export-package --with annotations keeps all but done marks":
        "{0}：doccano 文件不含状态、编码员、来源、关联、标注备注和完成标记：其标注以同一状态导入到同一层；"
        f"{PACKAGE}可保留除完成标记外的全部内容",
    "{0}: a doccano file has no status, coder, origin, span note or done mark: its spans and links came in with "
    "one status, in one layer; annotator export-package --with annotations keeps all but done marks":
        "{0}：doccano 文件不含状态、编码员、来源、标注备注和完成标记：其标注和关联以同一状态导入到同一层；"
        f"{PACKAGE}可保留除完成标记外的全部内容",
    "{0}: a Label Studio file has no rejected span or link, span note or done mark, nor the origin, confidence "
    "or reason of an accepted span; annotator export-package --with annotations keeps all but done marks":
        "{0}：Label Studio 文件不含已拒绝的标注和关联、标注备注、完成标记，也不含已接受标注的来源、置信度和理由；"
        f"{PACKAGE}可保留除完成标记外的全部内容",
    "{0}: a Label Studio file has no rejected span or link, span note or done mark; annotator export-package "
    "--with annotations keeps all but done marks":
        f"{{0}}：Label Studio 文件不含已拒绝的标注和关联、标注备注和完成标记；{PACKAGE}可保留除完成标记外的全部内容",
    "{0}: a gold JSONL file has no span note or done mark; annotator export-package --with annotations keeps "
    "the notes":
        f"{{0}}：金标准 JSON Lines 文件不含标注备注和完成标记；{PACKAGE}可保留备注",
}
