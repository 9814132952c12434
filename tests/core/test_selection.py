"""A text selection becomes a span: whitespace and punctuation trimmed at its edges, paired
quotes and brackets kept, or the selection widened to whole words."""
from __future__ import annotations

import pytest

from annotator.core.selection import snap_to_words, trim_span, word_at


def test_trim_keeps_paired_quotes_and_drops_full_width_punctuation():
    text = " （“智慧集美”平台）。"
    start, end = trim_span(text, 0, len(text))
    assert text[start:end] == "“智慧集美”平台"
    assert trim_span("，。、；：", 0, 5)[0] == trim_span("，。、；：", 0, 5)[1]


@pytest.mark.parametrize("selected, kept", [
    ("  湖里区\n", "湖里区"),
    ("\u3000湖里区，", "湖里区"),  # full-width space and comma
    ("《厦门市国土空间总体规划》", "厦门市国土空间总体规划"),  # title marks round it all go
    ("《规划》纲要", "《规划》纲要"),  # ... those inside stay
    ("《厦门市", "厦门市"),  # an unpaired mark goes
    ("（松元产业园）", "松元产业园"),  # brackets round it all go
    ("55.1亿元。", "55.1亿元"),
    ("𠀀溪镇 ", "𠀀溪镇"),  # a character outside the BMP is one code point
    ("生产总值增长6%，", "生产总值增长6%"),  # a target's unit after its figure stays
    ("增长7.5％", "增长7.5％"),
    ("下降3‰。", "下降3‰"),
    ("%增长", "增长"),  # not at the start, nor after no figure
    ("增长。%", "增长"),
])
def test_trim_examples(selected, kept):
    text = "前文" + selected + "后文"
    start, end = trim_span(text, 2, 2 + len(selected))
    assert text[start:end] == kept


def test_trim_never_widens_and_may_leave_nothing():
    text = "厦门市湖里区"
    assert trim_span(text, 3, 6) == (3, 6)
    start, end = trim_span(" 。 ", 0, 3)
    assert start == end


def test_snap_widens_to_whole_words():
    text = "厦门市湖里区计划投资建设松元产业园。"
    start = text.index("湖里区") + 1  # 里区 selected
    assert text[slice(*snap_to_words(text, start, start + 2))] == "湖里区"
    assert snap_to_words(text, 0, 3) == (0, 3)


def test_move_edge_by_a_character_or_a_word_never_empties_the_span():
    from annotator.core.selection import move_edge

    text = "厦门市湖里区计划投资55.1亿元建设松元产业园。"
    s, e = text.index("松元"), text.index("。")
    assert text[slice(*move_edge(text, s, e, "end", -1))] == "松元产业"
    assert text[slice(*move_edge(text, s, e, "start", -1))] == "设松元产业园"
    assert text[slice(*move_edge(text, s, e, "start", -1, by_word=True))] == "建设松元产业园"
    assert move_edge(text, s, e, "end", 1, by_word=True) == (s, e)  # not past the 。 ending the sentence
    assert move_edge(text, 0, 3, "start", -1) == (0, 3)  # not before the text
    assert move_edge(text, 0, 1, "end", -1) == (0, 1)  # never empty
    assert move_edge(text, s, e, "end", 1, by_word=True)[1] <= len(text)


def test_word_at_is_the_jieba_word_holding_a_character():
    text = "😀𠀀厦门市湖里区建设松元产业园。"
    assert text[slice(*word_at(text, text.index("里")))] == "湖里区"
    assert text[slice(*word_at(text, text.index("。")))] == "。"
    assert word_at(text, len(text)) == (len(text), len(text))  # past the end: nothing


def test_move_edge_steps_over_a_line_break_and_never_leaves_white_space_at_an_edge():
    from annotator.core.selection import move_edge

    text = "在集美区\n建设雅宝路\n裘皮市场。\n"
    assert text[slice(*move_edge(text, 1, 4, "end", 1))] == "集美区\n建"  # not "集美区\n"
    assert text[slice(*move_edge(text, 7, 12, "end", -1))] == "雅宝路"  # not "雅宝路\n"
    assert text[slice(*move_edge(text, 11, 15, "start", -1))] == "路\n裘皮市场"
    assert move_edge(text, 11, 16, "end", 1) == (11, 16)  # only a line break left: no move


def test_move_edge_never_grows_a_span_across_the_end_of_a_sentence():
    from annotator.core.selection import moved_edge

    text = "推进项目建设。京博物流园开工！"
    s, e = text.index("京博"), text.index("京博") + 2
    assert moved_edge(text, s, e, "start", -1) == (s, e, "。")  # not 。京博
    assert moved_edge(text, s, e, "start", -1, by_word=True) == (s, e, "。")
    end = text.index("！")
    assert moved_edge(text, s, end, "end", 1) == (s, end, "！")  # not 京博物流园开工！
    project = text.index("建设")
    assert moved_edge(text, 2, project + 2, "end", 1) == (2, project + 2, "。")
    line = "建设完成。\n京博物流园"  # a line break after it does not hide the 。
    assert moved_edge(line, line.index("京"), len(line), "start", -1)[2] == "。"
    assert moved_edge(text, s - 1, e, "start", 1) == (s, e, "")  # shrinking off a 。 is always made


def test_move_edge_steps_over_punctuation_inside_a_name_but_stops_at_quotes_and_brackets():
    from annotator.core.selection import move_edge

    text = "开展“政企同心·亲清茶事”活动，推进“亲清一家人”平台、南丹·独山民族工业园和（中国）吕剧博物馆建设"
    tea = text.index("亲清茶事")
    assert text[slice(*move_edge(text, tea, tea + 4, "start", -1))] == "心·亲清茶事"  # not ·亲清茶事
    assert text[slice(*move_edge(text, tea - 1, tea + 4, "start", 1))] == "亲清茶事"
    home = text.index("亲清一家人")
    start, end = move_edge(text, home, home + 5, "start", -1)
    assert text[start:end] == "“亲清一家人"  # an opening quotation mark may begin it
    start, end = move_edge(text, start, end, "end", 1)
    assert text[start:end] == "“亲清一家人”"  # and the closing one end it
    start, end = move_edge(text, start, end + 2, "end", 1)
    assert text[start:end] == "“亲清一家人”平台、南"  # a 、 is stepped over, not left at the end
    park = text.index("独山")
    assert text[slice(*move_edge(text, park, park + 6, "start", -1))] == "丹·独山民族工业"
    museum = text.index("吕剧")
    start, end = move_edge(text, museum, museum + 5, "start", -1)
    assert text[start:end] == "国）吕剧博物馆"  # a closing bracket begins no span: stepped over
    start, end = move_edge(text, *move_edge(text, start, end, "start", -1), "start", -1)
    assert text[start:end] == "（中国）吕剧博物馆"
    target = "地区生产总值增长6%，"
    assert move_edge(target, 0, 9, "end", 1) == (0, 10)  # a percent sign after a figure ends it
    assert move_edge(target, 0, 10, "end", 1) == (0, 10)  # the comma after it: only text's end beyond


def test_words_of_traditional_text_are_those_of_its_simplified_form():
    """jieba cut 湖裡區經濟 into single characters: snapping, a double-click and word moves took one each."""
    from annotator.core.selection import word_boundaries

    written, simple = "翻閱2023年湖裡區經濟社會發展的成績單", "翻阅2023年湖里区经济社会发展的成绩单"
    assert word_boundaries(written, 0, len(written)) == word_boundaries(simple, 0, len(simple))
    start = written.index("裡")
    assert snap_to_words(written, start, start + 1) == (start - 1, start + 2)  # 湖裡區
