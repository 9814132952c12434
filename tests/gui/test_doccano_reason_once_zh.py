"""The window says a reason shared by the spans of a refused doccano line once, with the count, in
Chinese too."""
from __future__ import annotations

from annotator.gui.i18n import install_translator
from annotator.gui.line_reasons import line_reason


def test_the_window_says_the_count_and_the_reason_in_chinese(tmp_path, qapp):
    why = f"3 span(s): no label 'POLICY' in {tmp_path} (its labels: DISTRICT, PROJECT, AMOUNT, TARGET)"
    assert line_reason(why) == why
    install_translator(qapp, "zh_CN")
    try:
        said = line_reason(why)
    finally:
        install_translator(qapp, "en")
    assert said.startswith("3 条标注：") and "中没有标签 'POLICY'" in said, said
