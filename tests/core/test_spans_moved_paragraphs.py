"""*Import again* kept the spans of a paragraph only where it stayed in order: two paragraphs swapped in the
file (a section moved up by its author) lost every accepted span of one of them, or of both, though their
text was all there (the diff keeps the texts in one order). Now a whole line the diff left unmatched that
each reading holds once (of ten characters or more) maps to where it is now, and its spans move with it."""
from __future__ import annotations

from annotator.core.spans_moved import moved_spans, text_moves

PARAGRAPHS = [
    "滨州市2024年政府工作报告",
    "（一）产业转型取得突破性成效。京博动能转换综合体、滨华碳三碳四等百亿级项目陆续建成投产。",
    "（二）创新驱动获得突破性成果。滨州学院更名山东航空学院，邹平省级高新区成功获批。",
    "（三）基础支撑实现突破性进展。津潍高铁、济滨高铁建设进度全线领先，滨州港5万吨级航道工程开工建设。",
    "（四）民生福祉持续改善。新建各类公园34处，畅通道路14条。",
]
SPANS = ["京博动能转换综合体", "邹平", "滨州港5万吨级航道工程", "34处"]


def _moved(order: list[int]) -> tuple[str, str, dict[int, tuple[int, int]]]:
    old = "\n\n".join(PARAGRAPHS) + "\n"
    new = "\n\n".join(PARAGRAPHS[i] for i in order) + "\n"
    spans = [(k, old.index(text), old.index(text) + len(text), text) for k, text in enumerate(SPANS)]
    return old, new, moved_spans(text_moves(old, new), new, spans)


def test_two_paragraphs_swapped_keep_their_spans_where_they_are_now():
    _old, new, found = _moved([0, 3, 2, 1, 4])
    assert {k: new[s:e] for k, (s, e) in found.items()} == dict(enumerate(SPANS))
    assert found[0][0] > found[2][0]  # 京博… now after 滨州港…


def test_a_paragraph_moved_to_the_end_keeps_its_spans():
    _old, new, found = _moved([0, 2, 3, 4, 1])
    assert sorted(found) == [0, 1, 2, 3] and all(new[s:e] == SPANS[k] for k, (s, e) in found.items())
    assert found[0][0] > found[3][0]

