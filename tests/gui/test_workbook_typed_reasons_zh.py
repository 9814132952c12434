"""The reasons a workbook row is refused for a count typed with a unit the unit cell contradicts, and for a sum typed
negative where the report writes no minus (core/imports/xlsx_rows.py, xlsx_typed.py), said in Chinese by the window.
The translations are read from this checkout's resources (not the installed package's), so the test checks the .qm
committed beside the rules."""
from __future__ import annotations

import re
import types
from pathlib import Path

import pytest

from annotator.core.fields import CellError
from annotator.core.imports import xlsx_rows
from annotator.gui import i18n
from annotator.gui.line_reasons import line_reason

HERE = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_a_count_with_another_unit_and_a_negative_sum_are_refused_in_chinese(qapp, monkeypatch):
    whys = []
    with pytest.raises(CellError) as e:
        xlsx_rows.row_value({"quantity": 1.45, "unit": "万亩"}, {"quantity": "2万公顷", "unit": "万亩"}, "TARGET")
    whys.append(str(e.value))
    with pytest.raises(CellError) as e:
        xlsx_rows.changes(types.SimpleNamespace(label="AMOUNT", status="accepted", note="", updated_at="",
                                                text="5亿元", value={"yuan": 500_000_000}), {"yuan": "-5亿"})
    whys.append(str(e.value))
    monkeypatch.setattr(i18n, "TRANSLATIONS", HERE)
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        said = [line_reason(w) for w in whys]
    finally:
        assert i18n.install_translator(qapp, "en")
    assert said == ["quantity '2万公顷' 带有单位 '万公顷'，但 unit 为 '万亩'；"
                    "请在 quantity 中只填数字，或让两处的单位一致",
                    "yuan -500,000,000 为负数，但标注的文本 '5亿元' 中没有负号："
                    "报告把减少写成正数（下降5亿元、减少5亿元），金额的值就是所写的数额；请去掉负号"]
    assert not any(re.search(r"\b(?:the|is|but|type)\b", line) for line in said)
