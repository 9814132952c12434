"""Chinese of the export dialog's refusals added beside the older ones (read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "{0}: annotator does not write {1} files; name it .xlsx (Excel), .csv, .jsonl or .conll; nothing was written":
        "{0}：annotator 不能写入 {1} 文件；请把文件名改为 .xlsx（Excel）、.csv、.jsonl 或 .conll；未写入任何内容",
}
