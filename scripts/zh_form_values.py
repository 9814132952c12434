"""The Chinese of what the window's form says of a value it cannot read, or of a sum typed negative where
the span's text writes no minus (gui/widgets/form_values.py); read into ``translate_ts.ZH``."""
from __future__ import annotations

ZH: dict[str, str] = {
    "a number: 80, 6.5, 1,200 or 80万": "数字：80、6.5、1,200 或 80万",
    "a whole number of yuan: 5510000000 or 55.1亿元": "以元计的整数金额：5510000000 或 55.1亿元",
    "a division code of 6, 9 or 12 digits: 350211 or 350211001":
        "由 6 位、9 位或 12 位数字组成的区划代码：350211 或 350211001",
    "{0}: cannot read “{1}”; type {2}. The stored value, {3}, is kept.":
        "{0}：无法识别“{1}”；请输入{2}。已保留原有的值 {3}。",
    "{0}: cannot read “{1}”; type {2}. Nothing was saved.": "{0}：无法识别“{1}”；请输入{2}。未保存任何内容。",
    "{0}: “{1}” is negative, but the span's text “{2}” writes no minus: reports write a decrease (下降5亿元, "
    "减少5亿元) as a positive figure; type it without the minus. The stored value, {3}, is kept.":
        "{0}：“{1}”为负数，但标注的文本“{2}”中没有负号：报告把减少写成正数（下降5亿元、减少5亿元）；"
        "请去掉负号。已保留原有的值 {3}。",
    "{0}: “{1}” is negative, but the span's text “{2}” writes no minus: reports write a decrease (下降5亿元, "
    "减少5亿元) as a positive figure; type it without the minus. Nothing was saved.":
        "{0}：“{1}”为负数，但标注的文本“{2}”中没有负号：报告把减少写成正数（下降5亿元、减少5亿元）；"
        "请去掉负号。未保存任何内容。",
}
