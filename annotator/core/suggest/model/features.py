"""What the sequence labeller sees of each character: a list of short feature strings.

The features are those a Chinese annotator would name when asked why a span is one:

* the character and its neighbours, the two bigrams through it, and the kind of character
  around it (Han, digit, Chinese numeral, Latin, punctuation, line break);
* the jieba word it sits in (the segmentation of :mod:`..segment`, its cached dictionary): the
  character's place in the word (B/M/E/S), the word's part of speech, the word itself when it is
  two to six characters long, and the parts of speech of the words either side;
* a gazetteer name covering it (:mod:`..gazetteer`), start, inside or end;
* what the rule suggesters propose there (their spans as B/I of each label, with the rule's
  confidence at the start);
* the PROJECT head words (项目, 产业园 …, strong or weak, :mod:`..project.words`) and how far the
  next one ends, a quantity with its measure word (the TARGET rules' pattern);
* the direction of the text: the last forward or backward marker of the sentence (力争, 过去一年 …)
  and the direction of the part of the report (a review of the past year or a plan), read by
  the TARGET rules' structure.

:func:`document_features` computes them once per document; training and tagging cut them into
lines (no span crosses a line break). ``FEATURE_VERSION`` names this set: a model trained on
another set is not used.
"""
from __future__ import annotations

import bisect
import contextlib
import gc
from collections.abc import Iterable, Iterator

from annotator.core.models import Suggestion
from annotator.core.suggest.gazetteer import load_gazetteer
from annotator.core.suggest.project.words import head_words
from annotator.core.suggest.segment import tokens
from annotator.core.suggest.target.markers import markers
from annotator.core.suggest.target.structure import future_year, structure
from annotator.core.suggest.target.words import RE_QTY, SENT_END

FEATURE_VERSION = 1
Features = list[list[str]]  # one list of feature strings per character

_CN_DIGITS = set("零〇一二三四五六七八九十百千万亿两")
_PUNCT = set("，,。；;！!？?：:、（）()《》【】[]“”\"‘’'「」『』—…-·/%％")
_KIND_CACHE: dict[str, str] = {}


def _kind(ch: str) -> str:
    """One letter for the kind of a character: d digit, n Chinese numeral, h Han, l Latin,
    p punctuation, s space or line break, o other."""
    k = _KIND_CACHE.get(ch)
    if k is None:
        if ch.isdigit():
            k = "d"
        elif ch in _CN_DIGITS:
            k = "n"
        elif "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ord(ch) >= 0x20000:
            k = "h"
        elif ch.isascii() and ch.isalpha():
            k = "l"
        elif ch in _PUNCT:
            k = "p"
        elif ch.isspace():
            k = "s"
        else:
            k = "o"
        _KIND_CACHE[ch] = k
    return k


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """Hold the cycle collector off while the lists of strings (no cycles) are made: it would
    otherwise walk them again and again (a third of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def document_features(text: str, rules: Iterable[Suggestion] = ()) -> Features:
    """The features of every character of ``text``; ``rules``: what the rule suggesters propose
    for it (their spans become features: the model learns where to trust them)."""
    with _no_collection():
        return _features(text, rules)


def _features(text: str, rules: Iterable[Suggestion]) -> Features:
    n = len(text)
    if not n:
        return []
    pad = "\x02\x02" + text + "\x03\x03"
    kinds = "ss" + "".join(_kind(ch) for ch in text) + "ss"
    cols = (
        ["c" + ch for ch in text],
        ["l" + ch for ch in pad[1:n + 1]],
        ["r" + ch for ch in pad[3:n + 3]],
        ["bl" + pad[i + 1:i + 3] for i in range(n)],
        ["br" + pad[i + 2:i + 4] for i in range(n)],
        ["k" + kinds[i + 1:i + 4] for i in range(n)],
    )
    feats: Features = [list(row) for row in zip(*cols, strict=True)]
    _words(text, feats)
    _gazetteer(text, feats)
    _rules(rules, feats)
    _heads(text, feats)
    for m in RE_QTY.finditer(text):
        _mark(feats, m.start(), m.end(), "qB", "qI")
    _direction(text, feats)
    return feats


def _mark(feats: Features, start: int, end: int, first: str, rest: str) -> None:
    feats[start].append(first)
    for i in range(start + 1, end):
        feats[i].append(rest)


def _words(text: str, feats: Features) -> None:
    toks = tokens(text)
    tags = ["^"] + [t.tag for t in toks] + ["$"]
    for k, (word, tag, s, e) in enumerate(toks):
        around = ("wl" + tags[k], "wr" + tags[k + 2], "wt" + tag)
        whole = ("w" + word,) if 2 <= len(word) <= 6 else ()
        if e - s == 1:
            feats[s].extend(("pS",) + around + whole)
            continue
        feats[s].extend(("pB",) + around + whole)
        for i in range(s + 1, e - 1):
            feats[i].extend(("pM",) + around + whole)
        feats[e - 1].extend(("pE",) + around + whole)


def _gazetteer(text: str, feats: Features) -> None:
    for end, (key, raw) in load_gazetteer().scan(text):
        if raw is None:  # a blocking word (an ordinary word that holds a name)
            continue
        start = end - len(key) + 1
        _mark(feats, start, end, "gB", "gI")
        feats[end].append("gE")


def _rules(rules: Iterable[Suggestion], feats: Features) -> None:
    n = len(feats)
    for s in rules:
        if 0 <= s.start < s.end <= n:
            _mark(feats, s.start, s.end, "!" + s.label + "B", "!" + s.label + "I")
            feats[s.start].append(f"!c{s.label}{s.confidence:.1f}")
            feats[s.end - 1].append("!" + s.label + "E")


def _heads(text: str, feats: Features) -> None:
    """Head words (strong/weak), and at every character how far the next head word ends
    within its line: 0 (in it), 1-2, 3-6, 7-14, further (no feature)."""
    words = head_words()
    lo = 0  # characters before ``lo`` have their next head word already
    for m in words.head_re.finditer(text):
        strength = words.heads.get(m.group(), "weak")[0]
        start, end = m.start(), m.end()
        _mark(feats, start, end, "hB" + strength, "hI" + strength)
        first = max(lo, end - 15, text.rfind("\n", 0, end) + 1)
        for i in range(first, end):
            gap = end - 1 - i
            feats[i].append("hn0" if gap == 0 else "hn1" if gap <= 2 else "hn3" if gap <= 6 else "hn7")
        lo = end


def _direction(text: str, feats: Features) -> None:
    """The last direction marker of the sentence so far (f forward, w weak, b backward, none),
    and the direction of the part of the document (v review, p plan, none)."""
    future = future_year(text)
    _, parts = structure(text, future)
    ends = [i + 1 for i, ch in enumerate(text) if ch in SENT_END]
    marks = markers(text, future, parts)
    for k, (pos, direction) in enumerate(marks):
        e = bisect.bisect_right(ends, pos)
        stop = ends[e] if e < len(ends) else len(text)
        if k + 1 < len(marks):
            stop = min(stop, marks[k + 1][0])
        tag = "df" if direction == 1 else "db" if direction < 0 else "dw"
        for row in feats[pos:stop]:
            row.append(tag)
    for k, (pos, direction) in enumerate(parts):
        if direction:
            end = parts[k + 1][0] if k + 1 < len(parts) else len(text)
            tag = "sv" if direction < 0 else "sp"
            for row in feats[pos:end]:
                row.append(tag)


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds something (the sequences a model tags)."""
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        end = n if end < 0 else end
        if text[start:end].strip():
            yield start, end
        start = end + 1
