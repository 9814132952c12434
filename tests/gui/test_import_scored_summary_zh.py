"""The import's words for suggestions given a line's confidence (core/imports/jsonl.py), in Chinese."""
from __future__ import annotations

import pytest

from annotator.gui import i18n
from annotator.gui.annotation_summaries import import_lines


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator(qapp, "zh_CN")
    yield
    assert i18n.install_translator(qapp, "en")


def test_suggestions_given_the_files_confidence_are_said_in_chinese(chinese):
    lines = ["gave 2 suggestion(s) the confidence of the line equal to them",
             "model.jsonl: stored 0 annotation(s), 2 suggestion(s) given the file's confidence; "
             "1 already in the project"]
    shown = import_lines(lines)
    assert shown[0] == "为 2 条建议补上与之相同的行所给的置信度"
    assert "2 条建议取得文件中的置信度" in shown[1] and "suggestion" not in shown[1], shown
