"""The Chinese of the reasons a whole annotation file is refused that the first pass left out
(gui/core_errors_annotations.py: a workbook refused as a possible zip bomb, a folder named as a file);
read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "unpacks to {0} (over {1}); refused as a possible zip bomb": "解压后为 {0}（超过 {1}）；疑为 zip 炸弹，已拒绝",
    "its part {0} unpacks to {1} (over {2}); refused as a possible zip bomb":
        "其中的 {0} 解压后为 {1}（超过 {2}）；疑为 zip 炸弹，已拒绝",
    "holds over {0} shared strings; refused as a possible zip bomb (an exported workbook needs far fewer)":
        "含有超过 {0} 个共享字符串；疑为 zip 炸弹，已拒绝（导出的工作簿远用不了这么多）",
    "is a folder; name the annotation files in it ({0} or {1})": "是文件夹；请选择其中的标注文件（{0} 或 {1}）",
}
