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
* no longer learned, only made for a model that learned them: the direction of the text (the
  last forward or backward marker of the sentence, 力争, 过去一年 …, and whether the part of the
  report is a review or a plan, read by the TARGET rules' structure). Leave-one-report-out on the
  shared reports, models without them scored as well or better (the TARGET rules, which read the
  direction, are features already); they were on every character (each costs every layer a
  look-up) and cost a second pass of the TARGET rules' structure.

:func:`document_features` computes them once per document; training and tagging cut them into
lines (no span crosses a line break). ``FEATURE_VERSION`` names this set: a model trained on
another set is not used. For tagging, a model's :class:`Vocabulary` makes only the features its
layers know (CRFsuite skips the others: what it computes is the same; a template it knows nothing
of is not computed at all), as UTF-8 bytes, with the
per-character work done by ``map`` and ``zip`` rather than loops in Python: issue 17 asks for
100,000 characters a second with the model (``benchmarks/bench_suggest_model.py``).
"""
from __future__ import annotations

import bisect
import operator
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, repeat
from typing import Any

from annotator.core.models import Suggestion
from annotator.core.suggest.base import no_collection
from annotator.core.suggest.gazetteer import load_gazetteer
from annotator.core.suggest.model.clusters import columns as cluster_columns
from annotator.core.suggest.project.words import head_words
from annotator.core.suggest.segment import words as cut_words
from annotator.core.suggest.target.markers import markers
from annotator.core.suggest.target.structure import future_year, structure
from annotator.core.suggest.target.words import RE_QTY, SENT_END

FEATURE_VERSION = 1
_SENT_END = re.compile("[" + re.escape("".join(sorted(SENT_END))) + "]")
Features = list[list[Any]]  # one list of feature strings per character (str, or UTF-8 bytes for tagging)

# The kinds of Han characters alone (khhh, on 57 % of the characters of the shared gold) are not
# learned: the absence of any kind feature says it (a one-hot template needs no reference value
# beside the place in the word, always there, which takes up its weight), and each feature of a
# character costs every layer a look-up. Leave-one-report-out scored as well without it (leaving
# out the commonest part of speech as well lost 0.01 on PROJECT). A model that learned it still
# gets it.
REFERENCE = frozenset({"khhh"})

_CN_DIGITS = set("零〇一二三四五六七八九十百千万亿两")
_PUNCT = set("，,。；;！!？?：:、（）()《》【】[]“”\"‘’'「」『』—…-·/%％")


def _kind(ch: str) -> str:
    """One letter for the kind of a character: d digit, n Chinese numeral, h Han, l Latin,
    p punctuation, s space or line break, o other."""
    if ch.isdigit():
        return "d"
    if ch in _CN_DIGITS:
        return "n"
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ord(ch) >= 0x20000:
        return "h"
    if ch.isascii() and ch.isalpha():
        return "l"
    if ch in _PUNCT:
        return "p"
    if ch.isspace():
        return "s"
    return "o"


class _Table(dict[Any, Any]):
    """key -> the feature ``prefix + key`` (a tuple key: its strings joined), or None when the
    model does not know it: a feature the model never saw adds nothing to any score, so it is not
    made at all. For tagging the features are in the form the tagger takes (``encode``): numbers
    (the C interface, :mod:`.ctagger`) or UTF-8 bytes (python-crfsuite: nothing to encode again
    for each line); for training, strings."""

    LIMIT = 200_000  # keys kept (bigrams and words of a large project): then it starts again

    def __init__(self, prefix: str, known: frozenset[str] | None, encode: Callable[[str], Any] | None) -> None:
        super().__init__()
        self.prefix = prefix
        self.known = known
        self.encode = encode

    def make(self, key: Any) -> Any:
        feature = self.prefix + (key if isinstance(key, str) else "".join(key))
        if feature not in self.known if self.known is not None else feature in REFERENCE:
            return None
        return self.encode(feature) if self.encode is not None else feature

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[key] = self.make(key)
        return value


class _Chars(_Table):
    """character -> (its features c, l, r; its kind letter)."""

    def __init__(self, v: Vocabulary) -> None:
        super().__init__("", None, None)
        self.v = v

    def make(self, key: Any) -> Any:
        return self.v.c.make(key), self.v.l.make(key), self.v.r.make(key), _kind(key)


class _Bigrams(_Chars):
    """two characters -> their features bl (at the second), br (at the first)."""

    def make(self, key: Any) -> Any:
        return self.v.bl.make(key), self.v.br.make(key)


class _Words(_Table):
    """word -> its feature w, for a word of two to six characters only (None for any other)."""

    def make(self, key: Any) -> Any:
        return super().make(key) if 2 <= len(key) <= 6 else None


class _Places(_Table):
    """word length -> the characters' places in the word (B, M …, E; S alone)."""

    def make(self, key: Any) -> Any:
        places = ("pS",) if key == 1 else ("pB", *["pM"] * (key - 2), "pE")
        return tuple(map(super().make, places))


class Vocabulary:
    """The feature strings a model knows (None: all, for training), with the tables that make
    them for characters, bigrams, kinds and words; ``name[s]``: a feature as given (for tagging:
    its number in ``numbers``, the C interface's form, else UTF-8 bytes)."""

    def __init__(self, known: frozenset[str] | None = None, numbers: dict[str, int] | None = None) -> None:
        self.known = known
        self._names = {i: name for name, i in numbers.items()} if numbers is not None else None
        encode: Callable[[str], Any] | None = None
        if known is not None:
            encode = numbers.__getitem__ if numbers is not None else str.encode
        self.c, self.l, self.r, self.bl, self.br, self.k = (
            _Table(p, known, encode) for p in ("c", "l", "r", "bl", "br", "k"))
        self.w = _Words("w", known, encode)
        self.wl, self.wr, self.wt = (_Table(p, known, encode) for p in ("wl", "wr", "wt"))
        self.name = _Table("", known, encode)  # None for a feature the model does not know
        self.places = _Places("", known, encode)
        self.chars = _Chars(self)
        self.bigrams = _Bigrams(self)
        self.pairs = _pairs(known, encode) if known is not None and encode is not None else None
        self.kinds, self.quantities = self.knows("k"), self.knows("q")
        self.directions = known is not None and self.knows("d", "s")  # not learned: see the module
        self.xa, self.xb, self.xl, self.xr = (_Table(p, known, encode) for p in ("xa", "xb", "xl", "xr"))
        # word clusters (:mod:`.clusters`): learned where training asks for them, made where a model knows them
        self.clusters = CLUSTERS if known is None else "near" if self.knows("xl") else "own" if self.knows("xa") else ""

    def text_of(self, feature: Any) -> str:
        """A feature as made for tagging (a number, bytes) as its string."""
        if isinstance(feature, bytes):
            return feature.decode()
        return self._names[feature] if isinstance(feature, int) and self._names is not None else str(feature)

    def knows(self, *prefixes: str) -> bool:
        """Whether the model knows some feature of a template (its prefixes): a template it knows
        nothing of is not computed at all."""
        return self.known is None or any(f.startswith(prefixes) for f in self.known)


def _pairs(known: frozenset[str], encode: Callable[[str], Any]) -> Any:
    """An automaton of the bigrams a model knows (as bl, as br: few of those in a text), which finds
    them at C speed: two characters -> (feature bl or None, feature br or None)."""
    import ahocorasick

    found: dict[str, list[Any]] = {}  # the pair -> [its bl, its br] as made for tagging, or None
    for feature in known:
        if feature[:2] in ("bl", "br") and len(feature) == 4:
            found.setdefault(feature[2:], [None, None])[feature[1] == "r"] = encode(feature)
    automaton = ahocorasick.Automaton()
    for pair, features in found.items():
        automaton.add_word(pair, tuple(features))
    automaton.make_automaton()
    return automaton


CLUSTERS = ""  # the word-cluster templates training learns: "" none, "own", "near" (tried on 3 December)
ALL = Vocabulary()


def learn_clusters(kind: str) -> None:
    """Training (the vocabulary of all features) learns the word-cluster templates ``kind``."""
    global CLUSTERS
    CLUSTERS = ALL.clusters = kind


def document_features(text: str, rules: Iterable[Suggestion] = (), vocabulary: Vocabulary = ALL) -> Features:
    """The features of every character of ``text``; ``rules``: what the rule suggesters propose
    for it (their spans become features: the model learns where to trust them). With a model's
    ``vocabulary``, only the features it knows (what it computes is the same)."""
    with no_collection():
        return _features(text, rules, vocabulary)


def _features(text: str, rules: Iterable[Suggestion], v: Vocabulary,
              directions: tuple[Directions, int] | None = None) -> Features:
    """``directions``: the document's direction ranges and where ``text`` starts in it (a block of
    a long document: :mod:`.blocks`), else they are read from ``text``."""
    n = len(text)
    if not n:
        return []
    # C-level passes over the characters (map, zip): a loop in Python costs several times more
    chars = ["\x02", *text, "\x03"]  # the text between one character of padding either side
    this, before, after, kinds = zip(*map(v.chars.__getitem__, chars), strict=True)  # c, l, r, kind
    kinds = ("s", *kinds[1:-1], "s")
    columns = (this[1:-1], before[:-2], after[2:], *_bigrams(text, chars, v),
               map(v.k.__getitem__, zip(kinds, kinds[1:], kinds[2:], strict=False)) if v.kinds else repeat(None, n),
               *_words(text, v))
    feats: Features = list(map(list, map(filter, repeat(None), zip(*columns, strict=True))))
    name = v.name
    _gazetteer(text, feats, name)
    _rules(rules, feats, name)
    _heads(text, feats, name)
    if v.quantities:
        for m in RE_QTY.finditer(text):
            _mark(feats, m.start(), m.end(), name["qB"], name["qI"])
    if v.directions:
        ranges, offset = directions if directions is not None else (direction_ranges(text, v), 0)
        fill_directions(feats, ranges, offset)
    return feats


def _bigrams(text: str, chars: list[str], v: Vocabulary) -> tuple[Sequence[Any], Sequence[Any]]:
    """The columns bl (the character and the one before) and br (the one after)."""
    n = len(text)
    if v.pairs is None:  # every bigram
        # bigram [i]: text[i - 1:i + 1]
        bl, br = zip(*map(v.bigrams.__getitem__, map(operator.add, chars, chars[1:])), strict=True)
        return bl[:n], br[1:]
    left: list[Any] = [None] * (n + 1)
    right: list[Any] = [None] * (n + 1)
    if len(v.pairs):
        for end, (first, second) in v.pairs.iter("\x02" + text + "\x03"):
            left[end - 1] = first  # the bigram starting at end - 1 of the padded text
            right[end - 1] = second
    return left[:n], right[1:]


def _mark(feats: Features, start: int, end: int, first: Any, rest: Any) -> None:
    if first is not None:
        feats[start].append(first)
    if rest is not None:
        _fill(feats, start + 1, end, rest)


def _fill(feats: Features, start: int, end: int, feature: Any) -> None:
    """``feature`` to every row from ``start`` to ``end``, unless it is None: a loop for a few rows
    (most spans: a third of the time), in C for many."""
    if feature is None:
        return
    if end - start > 32:
        deque(map(list.append, feats[start:end], repeat(feature)), 0)
    else:
        for row in feats[start:end]:
            row.append(feature)


def _add(row: list[Any], feature: Any) -> None:
    if feature is not None:
        row.append(feature)


def _words(text: str, v: Vocabulary) -> tuple[Iterable[Any], ...]:
    """Columns of the characters' jieba words: the place in the word, the parts of speech of the
    words before and after and of its own, and the word itself (two to six characters)."""
    words, tags = cut_words(text)
    lengths = list(map(len, words))
    which = list(chain.from_iterable(map(repeat, range(len(words)), lengths)))  # each character's word
    wl = [v.wl["^"], *map(v.wl.__getitem__, tags[:-1])]
    wr = [*map(v.wr.__getitem__, tags[1:]), v.wr["$"]]
    wt = list(map(v.wt.__getitem__, tags))
    w = list(map(v.w.__getitem__, words))  # two to six characters
    own = (wl, wr, wt, w, *cluster_columns(words, v))
    return (chain.from_iterable(map(v.places.__getitem__, lengths)),
            *(map(column.__getitem__, which) for column in own))



def _gazetteer(text: str, feats: Features, name: _Table) -> None:
    first, rest, last = name["gB"], name["gI"], name["gE"]
    if first is None and rest is None and last is None:
        return
    for end, (key, raw) in load_gazetteer().scan(text):
        if raw is None:  # a blocking word (an ordinary word that holds a name)
            continue
        _mark(feats, end - len(key) + 1, end, first, rest)
        if last is not None:
            feats[end].append(last)


def _rules(rules: Iterable[Suggestion], feats: Features, name: _Table) -> None:
    n = len(feats)
    made: dict[tuple[str, float], tuple[Any, Any, Any, Any]] = {}  # (label, confidence) -> B, I, c, E
    for s in rules:
        if 0 <= s.start < s.end <= n:
            marks = made.get((s.label, s.confidence))
            if marks is None:
                marks = made[s.label, s.confidence] = (
                    name["!" + s.label + "B"], name["!" + s.label + "I"], name[f"!c{s.label}{s.confidence:.1f}"],
                    name["!" + s.label + "E"])
            _mark(feats, s.start, s.end, marks[0], marks[1])
            _add(feats[s.start], marks[2])
            _add(feats[s.end - 1], marks[3])


def _heads(text: str, feats: Features, name: _Table) -> None:
    """Head words (strong/weak), and at every character how far the next head word ends
    within its line: 0 (in it), 1-2, 3-6, 7-14, further (no feature)."""
    words = head_words()
    # the gap to the end of the head word, from 14 down to 0
    gaps = [name["hn7"]] * 8 + [name["hn3"]] * 4 + [name["hn1"]] * 2 + [name["hn0"]]
    lo = 0  # characters before ``lo`` have their next head word already
    for m in words.head_re.finditer(text):
        strength = words.heads.get(m.group(), "weak")[0]
        start, end = m.start(), m.end()
        _mark(feats, start, end, name["hB" + strength], name["hI" + strength])
        first = max(lo, end - 15, text.rfind("\n", 0, end) + 1)
        for row, gap in zip(feats[first:end], gaps[15 - (end - first):], strict=True):
            if gap is not None:
                row.append(gap)
        lo = end


Directions = tuple[list[tuple[int, int, Any]], list[tuple[int, int, Any]]]  # (markers', parts' (start, stop, feature))


def direction_ranges(text: str, v: Vocabulary) -> Directions:
    """The last direction marker of the sentence so far (f forward, w weak, b backward, none),
    and the direction of the part of the document (v review, p plan, none): the ranges of
    characters each feature goes to, in order (each list's ranges follow each other)."""
    name = v.name
    future = future_year(text)
    _, parts = structure(text, future)
    ends = [m.end() for m in _SENT_END.finditer(text)]
    marks = markers(text, future, parts)
    by_marker = []
    for k, (pos, direction) in enumerate(marks):
        e = bisect.bisect_right(ends, pos)
        stop = ends[e] if e < len(ends) else len(text)
        if k + 1 < len(marks):
            stop = min(stop, marks[k + 1][0])
        by_marker.append((pos, stop, name["df" if direction == 1 else "db" if direction < 0 else "dw"]))
    by_part = []
    for k, (pos, direction) in enumerate(parts):
        if direction:
            end = parts[k + 1][0] if k + 1 < len(parts) else len(text)
            by_part.append((pos, end, name["sv" if direction < 0 else "sp"]))
    return by_marker, by_part


def fill_directions(feats: Features, ranges: Directions, offset: int = 0) -> None:
    """The direction features of rows ``offset`` … ``offset + len(feats)`` of the document."""
    n = len(feats)
    for found in ranges:
        first = bisect.bisect_right([stop for _start, stop, _f in found], offset) if offset else 0
        for start, stop, feature in found[first:]:
            if start - offset >= n:
                break
            _fill(feats, max(start - offset, 0), min(stop - offset, n), feature)


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
