"""A report that opens every paragraph indented (as Chinese reports are set: two characters) and
whose sentence happens to end at the column's edge: the full line before a line that is not indented
wraps, sentence end or not. Before, such a paragraph came in cut in two wherever 。 fell at a line's
end (108 of the 2,076 paragraphs of a 440,000-character OFD broke so). A text that indents no paragraph
keeps the rule that a sentence's end at a line's end ends the line."""
from __future__ import annotations

from annotator.core.imports.reflow import reflow
from tests.ofd_files import report_ofd

WIDTH = 20
# the first sentence of each is 18 characters, 20 with the two-character indent: it ends at the edge
FIRST = [
    "全年实现地区生产总值五百亿元增长六点五。",
    "新开工建设重点项目一百二十个全部进展顺利。",
    "城乡居民收入稳步增长人均可支配收入增长七。",
    "生态环境持续改善空气质量优良天数比例提高。",
    "民生保障更加坚实新建改扩建学校十二所以上。",
    "营商环境不断优化企业开办时间压缩至一日内。",
]
REST = [
    "其中投资超十亿元的项目十五个，松元产业园二期工程建设顺利推进。",
    "高于全省平均水平，经济运行稳中向好，发展质量和效益稳步提升。",
    "城镇新增就业一万两千人以上，农村居民收入增速继续快于城镇居民。",
    "河流断面水质全部达标，森林覆盖率提高到百分之六十二点五。",
    "新增学位八千个，基层医疗卫生服务能力明显增强，群众看病更加便利。",
    "政务服务事项全部实现网上可办，市场主体总量突破二十万户。",
]
PARAGRAPHS = [first[:17] + "。" + rest for first, rest in zip(FIRST, REST, strict=True)]


def wrapped(paragraphs: list[str], indent: str) -> str:
    lines = []
    for p in paragraphs:
        text = indent + p
        lines += [text[k:k + WIDTH] for k in range(0, len(text), WIDTH)]
    return "\n".join(lines)


def test_a_sentence_ending_at_the_edge_of_an_indented_paragraph_does_not_end_the_paragraph():
    text = wrapped(PARAGRAPHS, "\u3000\u3000")
    assert [line[-1] for line in text.split("\n") if line.startswith("\u3000")] == ["。"] * 6  # at the edge
    assert reflow(text).text == "\n".join("\u3000\u3000" + p for p in PARAGRAPHS)


def test_a_text_that_indents_no_paragraph_still_ends_a_line_at_a_sentences_end():
    flowed = reflow(wrapped(PARAGRAPHS, "两字")).text.split("\n")
    assert not any("。其中" in line or "。高于" in line for line in flowed)  # nothing tells that they wrap
    assert flowed[0] == "两字全年实现地区生产总值五百亿元增长六。"


def test_an_ofd_report_whose_sentences_end_at_the_edge_comes_in_a_paragraph_a_line(tmp_path):
    """The OFD (and PDF) reader marks the lines drawn indented; the text then holds no white space for
    the indent, and the marks say the same as the full-width spaces above."""
    from annotator.core.imports.documents import read_file, reflowed

    long = [f"{first[:27]}。{rest}" for first, rest in zip([f * 2 for f in FIRST], REST, strict=True)]  # 28: the edge
    path = report_ofd(tmp_path / "report.ofd", "政府工作报告", "2024年1月15日", long)
    read, flowed = reflowed(path, read_file(path))
    assert flowed is not None and flowed.changed
    assert read.text.split("\n")[2:] == long
