"""The import's words for suggestions a coder's spans superseded (core/imports/superseded.py), in Chinese."""
from __future__ import annotations

import pytest

from annotator.gui import i18n
from annotator.gui.annotation_summaries import import_lines


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator(qapp, "zh_CN")
    yield
    assert i18n.install_translator(qapp, "en")


def test_suggestions_superseded_are_said_in_chinese(chinese):
    lines = ["removed 3 open suggestion(s) that a span of their label overlaps with other boundaries (the file "
             "decided that text)",
             "li.jsonl: stored 2 annotation(s), 1 suggestion(s) decided, 3 suggestion(s) superseded by its spans"]
    shown = import_lines(lines)
    assert shown[0].startswith("移除了 3 条待审建议") and "suggestion" not in shown[0], shown
    assert "3 条建议被其标注取代" in shown[1] and "suggestion" not in shown[1], shown
