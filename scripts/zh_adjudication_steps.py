"""Chinese of the names of the Adjudication panel's undo steps (read into translate_ts.ZH)."""
from __future__ import annotations

ZH: dict[str, str] = {
    "Accept {0} into layer {1}": "接受 {0} 进入标注层 {1}",
    "Accept {0} suggestions into layer {1}": "接受 {0} 条建议进入标注层 {1}",
    "Adjudicate {0}: none of the versions": "裁定 {0}：不采用任何版本",
}
