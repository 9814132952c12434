"""The Chinese of the Statistics panel's line on how the accepted spans came about, and of its links' line
(gui/widgets/stats_panel.py, core/provenance.py's groups); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Accepted spans: {0} suggested and accepted as proposed, {1} changed by a coder, {2} made by hand, "
    "{3} imported":
        "已接受的标注：按建议原样接受 {0} 条，建议经编码员修改 {1} 条，手工标注 {2} 条，导入 {3} 条",
    ", {0} adjudicated": "，裁定 {0} 条",
    ", {0} from another model's pre-annotations (Label Studio)": "，采自其他模型的预标注（Label Studio）{0} 条",
    ", {0} of other origins": "，其他来源 {0} 条",
    "Links: {0} ({1} to a district, {2} to a project; {3} accepted, {4} open, {5} rejected)":
        "关联：{0} 条（到地区 {1} 条，到项目 {2} 条；已接受 {3} 条，待审 {4} 条，已拒绝 {5} 条）",
}
