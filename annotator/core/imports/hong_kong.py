"""Hong Kong's Big5 (Big5-HKSCS: 嘅 咗 冇 啲 哋 喺 𥚃 at 8740–A0FE and FA40–FEFE, which Big5 leaves out or to each
user) among the readings ``text`` guesses from: it was not guessed (a Hong Kong file was refused unless chosen), as
it reads much that is no Hong Kong text as hanzi. It is now guessed where Big5 as Windows writes it does not read
the file (``one_big5``: a file that reads as both is Big5, as HKSCS reads ～ as ∼), and only as the most plausible
reading, at least half its hanzi common ones (``as_best``), Cantonese's counted so (``plausibility.CANTONESE``): a
short GBK file whose 韧 任 荣 it reads as symbols, a UTF-8 or UTF-16 one it reads as random hanzi, are read as
before; a Western file it reads as hanzi (Zürich: Z僡ich, Ärger: 礪ger) is read as Windows-1252 (``western``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from annotator.core.imports.plausibility import PLAUSIBLE_SHARE, Tally
from annotator.core.imports.western import COMMON_SHARE, HKSCS, hanzi_counts

__all__ = ["HKSCS", "as_best", "one_big5"]


class Reading(Protocol):
    """One encoding's reading of the file (``text._Reading``)."""

    encoding: str
    error: UnicodeError | None
    error_at: int
    tally: Tally


R = TypeVar("R", bound=Reading)


def one_big5(readings: list[R]) -> list[R]:
    """``readings`` with one of Big5's two: as Windows writes it, unless Hong Kong's reads further into the
    file (the whole of it; a Hong Kong file cut off, to its last character), holding characters beyond Big5."""
    def reach(r: R) -> float:
        return float("inf") if r.error is None else r.error_at
    windows, hong_kong = (next(r for r in readings if r.encoding == e) for e in ("big5", HKSCS))
    dropped = windows if reach(hong_kong) > reach(windows) else hong_kong
    return [r for r in readings if r is not dropped]


def as_best(first_bytes: Callable[[], Iterable[bytes]], utf8: R, readings: list[R]) -> list[R]:
    """``readings`` without the Hong Kong Big5 one unless it is plausible, more so than every other (UTF-16's
    without evidence too), UTF-8's not plausible, and at least half its hanzi are common ones (Big5's level 1,
    Cantonese's; counted in ``first_bytes``, the file's first MB): a short GBK, UTF-8 or UTF-16 file that HKSCS
    reads as Big5 hanzi at random is neither read nor said to read as Big5-HKSCS (one that does not decode
    stays: cut off?)."""
    hong_kong = next((r for r in readings if r.encoding == HKSCS and r.error is None), None)
    if hong_kong is None:
        return readings
    share = hong_kong.tally.share
    rest = [r for r in (utf8, *readings) if r is not hong_kong and r.error is None and r.tally.chars]
    utf8_read = utf8.error is None and not utf8.tally.controls and utf8.tally.share >= PLAUSIBLE_SHARE
    if share >= PLAUSIBLE_SHARE and all(share > r.tally.share for r in rest) and not utf8_read:
        hanzi, common = hanzi_counts(first_bytes(), HKSCS)
        if common >= COMMON_SHARE * hanzi > 0:
            return readings
    return [r for r in readings if r is not hong_kong]
