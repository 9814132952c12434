"""The Chinese of strings a scan of every menu entry of the Chinese window found missing or awkward
(``tests/gui/test_every_action_zh.py``); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    # the Statistics bar's tooltip, a count and its status: 已接受 4、待审 1、已拒绝 0 (not 4 已接受)
    "{count} {status}": "{status} {count}",
}
