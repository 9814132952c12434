"""Finding a piece of text in a document as a reader means it: full-width Latin letters, digits
and punctuation match their half-width forms (ＡＢＣ１２３ = ABC123, the ideographic space a
space), Latin letters either case, and a name broken over two lines or by a stray space (text
taken from a PDF: 松元产\\n业园, 省妇幼保健 院) is found as one: between two characters of what
is sought, the text may hold white space. A traditional character matches its simplified one
(經濟 = 经济, a report converted from Big5), by the suggesters' one-for-one table
(``suggest/traditional.py``, with its characters GB2312 writes too: 後溪鎮 = 后溪镇). Each
character folds to exactly one, so a hit's offsets in the folded text are its offsets in the
text (code points, ``end`` exclusive)."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import product

_TABLE: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # ！ … ～ -> ! … ~
_TABLE[0x3000] = 0x20
_TABLE.update({c: c + 0x20 for c in range(ord("A"), ord("Z") + 1)})
_TABLE.update({c: c - 0xFEE0 + 0x20 for c in range(ord("Ａ"), ord("Ｚ") + 1)})
_FOLD = str.maketrans(_TABLE)
_UNFOLD: dict[str, str] = {}  # a folded character: the others that fold to it (a: A ａ Ａ)
for _source, _folded in _TABLE.items():
    _UNFOLD[chr(_folded)] = _UNFOLD.get(chr(_folded), "") + chr(_source)
GAP = 16  # at most this much white space between two characters sought (a line break and indent)


@cache
def _traditional() -> tuple[dict[int, int], dict[str, str]]:
    """The fold of width, case and traditional characters (read once, when first searched), and
    per simplified character its traditional ones (经: 經)."""
    from annotator.core.suggest.traditional import IN_GB2312, pairs

    table_ = dict(_TABLE)
    forms: dict[str, str] = {}
    for source, simple in {**pairs(), **IN_GB2312}.items():  # 後溪鎮 = 后溪镇 too
        table_[ord(source)] = ord(simple)
        forms[simple] = forms.get(simple, "") + source
    return table_, forms


def fold(s: str) -> str:
    """``s`` with each character in its folded form (as long as ``s``)."""
    return s.translate(_traditional()[0])


def writings(gram: str) -> list[str]:
    """``gram`` (folded) in every writing of its characters, simplified and traditional: 经济,
    经濟, 經济, 經濟."""
    forms = _traditional()[1]
    return ["".join(p) for p in product(*(c + forms.get(c, "") for c in gram))]


@lru_cache(maxsize=32)
def _pattern(needle: str) -> re.Pattern[str] | None:
    """What finds ``needle``: its characters (folded; white space in it dropped) with up to
    ``GAP`` white-space characters allowed between each two. None when nothing but white space
    is sought."""
    chars = [c for c in fold(needle) if not c.isspace()]
    if not chars:
        return None
    return re.compile(rf"\s{{0,{GAP}}}".join(map(re.escape, chars)))


@lru_cache(maxsize=32)
def text_pattern(needle: str) -> re.Pattern[str] | None:
    """What finds ``needle`` as :func:`find_between` does, in the text as it is (not folded): each
    character sought matches every character that folds to it (g: g G ｇ Ｇ), so a project's
    texts are searched without folding each, and a hit's offsets are the text's. None when
    nothing but white space is sought."""
    chars = [c for c in fold(needle) if not c.isspace()]
    if not chars:
        return None
    return re.compile(rf"\s{{0,{GAP}}}".join(map(_either, chars)))


def plain_runs(needle: str) -> list[str]:
    """The runs of ``needle``'s characters (folded, white space dropped) that match only
    themselves or their traditional forms (not a Latin letter, digit or punctuation mark that has
    a full-width form or a case): a hit holds each run unbroken, in one of its :func:`writings`,
    once the text's white space is removed."""
    runs, run = [], ""
    for c in fold(needle):
        if c.isspace():
            continue
        if c in _UNFOLD:
            runs.append(run)
            run = ""
        else:
            run += c
    return [r for r in runs + [run] if r]


def _either(c: str) -> str:
    forms = _UNFOLD.get(c) or _traditional()[1].get(c)
    return f"[{re.escape(c)}{''.join(map(re.escape, forms))}]" if forms else re.escape(c)


def find_all(text: str, needle: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every match of ``needle`` in ``text`` (as :func:`find_between` finds them,
    overlapping ones included), ascending, at most ``limit``."""
    pattern = text_pattern(needle)
    if pattern is None:
        return []
    hits: list[tuple[int, int]] = []
    m = pattern.search(text)
    while m is not None and (limit is None or len(hits) < limit):  # one search a hit, as find_between
        hits.append((m.start(), m.end()))
        m = pattern.search(text, m.start() + 1)
    return hits


def find_between(text: str, needle: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of every match of ``needle`` (folded; white space in the text allowed between
    its characters) that starts in text[lo:hi], ascending; overlapping matches included. A long
    text is searched piece by piece with this."""
    pattern = _pattern(needle)
    if pattern is None:
        return []
    piece = fold(text[lo:hi + len(needle) * (GAP + 1)])  # the longest a hit starting before hi can be
    hits, m = [], pattern.search(piece)
    while m is not None and m.start() < hi - lo:  # one search a hit (each may overlap the one before)
        hits.append((lo + m.start(), lo + m.end()))
        m = pattern.search(piece, m.start() + 1)
    return hits
