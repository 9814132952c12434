"""The Chinese of the Statistics panel's line on how the accepted spans came about
(gui/widgets/stats_panel.py, core/provenance.py's groups); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Accepted spans: {0} suggested and accepted as proposed, {1} changed by a coder, {2} made by hand, "
    "{3} imported":
        "已接受的标注：按建议原样接受 {0} 条，建议经编码员修改 {1} 条，手工标注 {2} 条，导入 {3} 条",
    ", {0} adjudicated": "，裁定 {0} 条",
    ", {0} of other origins": "，其他来源 {0} 条",
}
