"""The Chinese of the note on the annotation files a folder of articles holds beside them (gui/import_kinds.py:
Import folder… on the shared reports said nothing of their gold files); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "The folder also holds {0} annotation file(s) ({1}), which importing articles does not read: "
    "Project › Import annotations… reads them.":
        "该文件夹中还有 {0} 个标注文件（{1}），导入文章时不会读取它们：请用 标注工程 › 导入标注… 导入。",
}
