"""A JSONL line whose span ``reason`` is not a string is refused with a reason said in Chinese too."""
from __future__ import annotations

from annotator.gui import i18n
from annotator.gui.line_reasons import line_reason


def test_a_reason_that_is_no_string_is_said_in_chinese(qapp):
    why = "reason must be a string, not 3"
    assert line_reason(why) == why
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        assert line_reason(why) == "字段 reason 必须是字符串，而不是 3"
    finally:
        assert i18n.install_translator(qapp, "en")
