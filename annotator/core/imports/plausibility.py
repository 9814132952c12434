"""How plausible a reading of a file is as Chinese or Latin text: the score by which ``text``
chooses among the encodings a file without a byte-order mark could be in.

Common hanzi, ASCII, Latin letters, CJK and full-width punctuation count fully; rare hanzi, kana and
symbols half; Hangul, private-use and control characters not at all. Real articles score above
0.99; a reading must reach ``PLAUSIBLE_SHARE`` to be taken.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

PLAUSIBLE_SHARE = 0.9  # a guessed reading must score at least this (see plausibility())
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@lru_cache(maxsize=1)
def _classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(fully plausible, half plausible) runs of characters; common hanzi are GB2312's and Big5
    level 1's, which cover nearly every character of real simplified and traditional articles."""
    good = re.compile("[\t\n\r\x0b\x0c\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\uff01-\uffee"
                      + re.escape(_common_hanzi()) + "]+")
    fair = re.compile("[\u0370-\u04ff\u2100-\u27bf\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3200-\u33ff"
                      "\u3400-\u4dbf\u4e00-\u9fff\ufe30-\ufe6f\ufeff\U00020000-\U0003134f]+")
    return good, fair


_COMMON = {"gb18030": ("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF)),  # GB2312's two levels of hanzi
           "big5": ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])}  # Big5's level 1
# the hanzi of written Cantonese that neither GB2312 nor Big5's level 1 holds (Hong Kong's Big5-HKSCS, some of Big5's
# level 2), common in a reading as Hong Kong's Big5 (``Tally(cantonese=True)``): a text of Hong Kong in Cantonese
# (佢哋今日唔喺度，咗啲嘢冇做完) was half rare characters, refused; other readings are scored as before
CANTONESE = "嘅咗冇啲㗎哋喺嘢嚟佢噉咁嗰嘥攞搵揾諗啱喎嗱瞓攰啫靚餸劏冚噏孭氹躝啩嚿嚡𨋢𡃁乸冧揼㩒喐黐唞抌㷫焗𢱑嚹"


def _common_hanzi() -> str:
    """The common hanzi (see ``_classes``)."""
    return "".join(sorted(set(_hanzi_of("gb18030")) | set(_hanzi_of("big5"))))


@lru_cache(maxsize=1)
def _cantonese() -> re.Pattern[str]:
    return re.compile("[" + re.escape(CANTONESE) + "]+")


@lru_cache(maxsize=2)
def _hanzi_of(encoding: str) -> str:
    codec, leads, trails = _COMMON[encoding]
    common = set()
    for lead in leads:
        for trail in trails:
            try:
                common.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return "".join(sorted(c for c in common if len(c) == 1))


@lru_cache(maxsize=3)
def common_hanzi(encoding: str) -> re.Pattern[str]:
    """One common hanzi of ``encoding`` (gb18030: GB2312's; big5: Big5 level 1's; big5hkscs: those and
    Cantonese's)."""
    hanzi = _hanzi_of("big5") + CANTONESE if encoding == "big5hkscs" else _hanzi_of(encoding)
    return re.compile("[" + re.escape(hanzi) + "]")


@dataclass
class Tally:
    chars: int = 0
    points: float = 0.0  # 1 per fully plausible character, 0.5 per half plausible one
    controls: int = 0
    cantonese: bool = False  # Cantonese's hanzi count as common ones (a reading as Hong Kong's Big5)

    def add(self, piece: str) -> None:
        good, fair = _classes()
        rest = good.sub("", piece)
        if self.cantonese:
            rest = _cantonese().sub("", rest)
        bad = fair.sub("", rest)
        self.chars += len(piece)
        self.points += len(piece) - len(rest) + 0.5 * (len(rest) - len(bad))
        if bad:
            self.controls += len(_CONTROLS.findall(bad))

    @property
    def share(self) -> float:
        return self.points / self.chars if self.chars else 0.0


def plausibility(text: str) -> float:
    """Share of ``text`` plausible in Chinese or Latin writing, 0 … 1 (real articles: above 0.99)."""
    tally = Tally()
    tally.add(text)
    return tally.share


def common_runs() -> re.Pattern[str]:
    """Runs of fully plausible characters (common hanzi among them)."""
    return _classes()[0]
