"""A former unit typed as the jurisdiction in the form (宜州市, 宜州区 since 2016) was said to name no
division, as a typo is; the status bar now says it is a former unit, with what the former units' table
knows of it, in the window's language."""
from __future__ import annotations

from tests.gui.test_jurisdiction_typo import said_in_chinese, type_jurisdiction


def test_a_former_unit_is_said_to_be_one_in_the_status_bar(window, store, qtbot):
    type_jurisdiction(qtbot, window, "宜州市")
    assert store.document(window.doc_id).metadata.get("jurisdiction") == "宜州市"  # kept as typed
    said = window.statusBar().currentMessage()
    assert said.startswith("宜州市 is a former unit, no division of today's gazetteer (the former units' table: "
                           "451281 from 2002 to 2015, 452702 from 2000 to 2001): the link rules compare it"), said
    assert "names no division" not in said and "type the code too" not in said, said


def test_it_is_said_in_chinese_in_a_chinese_window(window, store, qtbot, chinese_of_checkout):
    said = said_in_chinese(qtbot, window, "宜州市")
    assert said.startswith("宜州市 是已撤销的旧行政区划，不在现行地名库中（旧区划表：451281（2002—2015 年）"), said
