"""segment.tokens: named tokens with code-point offsets."""
from __future__ import annotations

from annotator.core.suggest import segment
from annotator.core.suggest.segment import Token


def test_tokens_are_named_and_carry_offsets():
    text = "推进松元产业园建设"
    toks = segment.tokens(text, 10)
    assert all(type(t) is Token for t in toks)
    assert "".join(t.word for t in toks) == text
    assert toks[0].start == 10 and toks[-1].end == 10 + len(text)
    assert all(a.end == b.start for a, b in zip(toks, toks[1:], strict=False))
    assert all(t.tag for t in toks)
    # a plain tuple underneath: unpacking (as the window's selection snapping does) still works
    word, tag, start, end = toks[0]
    assert (word, tag, start, end) == tuple(toks[0]) == (toks[0].word, toks[0].tag, 10, toks[0].end)


def test_offset_does_not_change_the_words():
    text = "厦门市湖里区计划投资建设"
    plain, shifted = segment.tokens(text), segment.tokens(text, 7)
    assert [(t.word, t.tag) for t in plain] == [(t.word, t.tag) for t in shifted]
    assert [t.start + 7 for t in plain] == [t.start for t in shifted]
