"""target.words.quoted_mask visits only the quotation marks and line breaks: the same mask as the
loop over every character it replaced (kept here as the reference)."""
from __future__ import annotations

import random

from annotator.core.suggest.target.words import QUOTE_SPEECH_MIN, quoted_mask


def _reference(text: str) -> list[bool]:
    mask = [False] * len(text)
    depth = 0
    opened = -1
    for i, ch in enumerate(text):
        if ch in "“「『":
            if depth == 0:
                opened = i
            depth += 1
        elif ch in "”」』" and depth:
            depth -= 1
            if depth == 0 and opened >= 0:
                inner = text[opened + 1:i]
                if not (len(inner) > QUOTE_SPEECH_MIN and any(c in inner for c in "，,。！？!?；;")):
                    for k in range(opened + 1, i):
                        mask[k] = True
            continue
        elif ch == "\n":
            depth = 0
    return mask


def test_short_quotations_are_masked_and_reported_speech_is_not():
    text = "实施“十四五”规划。他说：“我们要坚持不懈，力争到2025年全市生产总值突破千亿元，全面建成小康社会。”"
    mask = quoted_mask(text)
    assert mask == _reference(text)
    assert all(mask[text.index("十四五"):text.index("十四五") + 3])
    assert not any(mask[text.index("我们"):])


def test_random_texts_get_the_mask_they_got_before():
    rnd = random.Random(3)
    alphabet = "“”「」『』\n，。；甲乙丙丁戊己庚辛壬癸" + "子" * 10
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80)))
        assert quoted_mask(text) == _reference(text), text
