"""Where the spans of a text lie in a new reading of it (*Import again*: the file fixed, or read by a
better reader): a span whose text the new reading holds where its old place maps to moves there;
a span whose text the edit changed or cut has no place (it goes).

The map is a diff of the two texts made in steps, so that a 400,000-character document takes well
under a second (``benchmarks/bench_import_again.py``): the lines first; inside each block of lines
that differ, the pieces of text (a run of white space, or of other characters to the punctuation
that ends it: 经济发展， — a re-flow that joins lines changes only the pieces at the breaks); inside
each block of pieces that differ, the characters. At each step the units both texts begin and end
with are taken first; a block left is compared by the standard library's ``difflib.SequenceMatcher``
when small (without the automatic junk heuristic, which would pass over the commonest hanzi; white
space is junk among lines and pieces, matched only beside what it stands between), else parted
first at the units each text holds once, in the order both hold them, as patience diff does
(SequenceMatcher took minutes on a block of 30,000 pieces each matched in a step of its own). What
no step matches (a section rewritten throughout) maps nothing: its spans go, but for a whole line left
unmatched that each text holds once, unmatched in the new one too (a paragraph moved, or two swapped: the
diff keeps one order), which maps to where it is now; and so, one level down, for a whole sentence (to 。！？；)
(two sentences of a paragraph swapped by an editor). A run that is a span's text
and nothing more but punctuation, with other text on both sides (a sentence rewritten around it), is no
evidence: the characters of a short name (深圳, 滨州) recur in the rewritten text by chance, and 深圳 of
“大山里的深圳” matched the 深圳 of 深圳东风; such a span moves only when the two characters beside it on one
side, white space aside, are the same in both texts (a re-flow, spaces taken out around it), else it goes.
Offsets are code points, as stored.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

MOVED_LINE = 10  # the least characters of a line found moved, white space aside (a short one recurs by chance)
SMALL = 50_000  # a block of units SequenceMatcher compares whole: its lengths' product (200 × 250)
# a run of white space, or of other characters to the punctuation that ends it
_PIECE = re.compile(r"\s+|[^\s。；！？，、：;!?,]*[。；！？，、：;!?,]+|[^\s。；！？，、：;!?,]+")
# the text of a line to the punctuation that ends a sentence, or to the line's end (not a sentence)
_SENTENCE = re.compile(r"[^\n。；！？;!?]+[。；！？;!?]*|[。；！？;!?]+")
LINES, PIECES, CHARACTERS = 0, 1, 2


@dataclass(frozen=True)
class TextMoves:
    """The runs of an old text that a new one holds unchanged: ``old[i]`` … as ``new[j]`` … for
    ``size`` code points, ascending in the old text and apart in both (two runs that touch in both texts are
    one); a line moved makes a run out of order in the new text."""
    old_starts: tuple[int, ...]
    new_starts: tuple[int, ...]
    sizes: tuple[int, ...]
    old_length: int = 0
    new_length: int = 0
    old: str = field(default="", repr=False, compare=False)  # the texts (a run that is a span alone: see place)
    new: str = field(default="", repr=False, compare=False)

    def place(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the old text's ``start:end`` lies in the new one, when it lies in one unchanged run that holds
        more than it, or the text beside it on one side is the same in both (see the module's note)."""
        k = bisect_right(self.old_starts, start) - 1
        if k < 0 or end > self.old_starts[k] + self.sizes[k] or end <= start:
            return None
        moved = self.new_starts[k] + start - self.old_starts[k]
        if not _more(self.old, self.old_starts[k], start, end, self.old_starts[k] + self.sizes[k]) and not (
                _beside(self.old, start, -1) == _beside(self.new, moved, -1)
                or _beside(self.old, end, 1) == _beside(self.new, moved + end - start, 1)):
            return None  # matched alone, by chance (see the module's note)
        return moved, moved + end - start

    def kept(self) -> int:
        """Code points of the old text the new one holds unchanged."""
        return sum(self.sizes)


def text_moves(old: str, new: str) -> TextMoves:
    """The map of ``old`` onto ``new`` (see the module's note)."""
    runs: list[tuple[int, int, int]] = []
    head = _common_head(old, new)
    tail = _common_tail(old, new, head)
    runs.append((0, 0, head))
    _match(old, new, head, len(old) - tail, head, len(new) - tail, LINES, runs)
    runs.append((len(old) - tail, len(new) - tail, tail))
    runs += _moved_lines(old, new, runs)
    runs += _moved_sentences(old, new, runs)
    merged: list[list[int]] = []
    for i, j, n in sorted(r for r in runs if r[2] > 0):
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1][2] += n
        else:
            merged.append([i, j, n])
    return TextMoves(tuple(r[0] for r in merged), tuple(r[1] for r in merged), tuple(r[2] for r in merged),
                     len(old), len(new), old, new)


def _moved_lines(old: str, new: str, runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Runs for the lines of ``old`` no run touches that ``new`` holds where no run is, each line once in either
    text and of ``MOVED_LINE`` characters or more: a paragraph moved (the diff keeps the text in one order, so the
    spans of two paragraphs swapped went)."""
    return _moved(old, new, runs, _lines)


def _moved_sentences(old: str, new: str, runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Runs for the sentences of ``old`` as ``_moved_lines`` for lines: a sentence moved within its paragraph
    (two sentences swapped: the diff keeps one of them)."""
    return _moved(old, new, runs, _sentences)


def _moved(old: str, new: str, runs: list[tuple[int, int, int]],
           units: Callable[[str], list[tuple[int, str]]]) -> list[tuple[int, int, int]]:
    """Runs for the ``units`` (offset, unit) of ``old`` no run touches that ``new`` holds where no run is, each
    unit once in either text and of ``MOVED_LINE`` characters or more, white space aside."""
    covered = sorted((i, n) for i, _j, n in runs if n)
    starts, ends = [*(i for i, _n in covered), len(old)], [0, *(i + n for i, n in covered)]
    if all(start - end < MOVED_LINE for start, end in zip(starts, ends, strict=True)):
        return []  # no room between the runs for a unit (most often: a text read anew, its runs close together)
    units_old = units(old)
    free_old = _free(units_old, covered)
    if not free_old:
        return []
    units_new = units(new)
    free_new = _free(units_new, sorted((j, n) for _i, j, n in runs if n))
    in_old, in_new = Counter(u for _at, u in units_old), Counter(u for _at, u in units_new)
    at_new = {unit: j for j, unit in free_new if in_new[unit] == 1}
    return [(i, at_new[unit], len(unit)) for i, unit in free_old if in_old[unit] == 1 and unit in at_new]


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line with its end) of each line of ``text``."""
    found, at = [], 0
    for line in text.splitlines(keepends=True):
        found.append((at, line))
        at += len(line)
    return found


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence of ``text``: from what is not white space to the punctuation that ends
    it (。！？；), within a line."""
    found = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        if sentence[-1] in "。；！？;!?":
            start = len(sentence) - len(sentence.lstrip())
            found.append((match.start() + start, sentence[start:]))
    return found


def _free(units: list[tuple[int, str]], covered: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The ``units`` (offset, unit) of ``MOVED_LINE`` characters or more, white space aside, that no run of
    ``covered`` ((start, size), ascending and apart) touches."""
    starts = [start for start, _n in covered]
    found = []
    for at, unit in units:
        k = bisect_right(starts, at + len(unit) - 1) - 1  # the last run that starts before the unit's end
        if (k < 0 or covered[k][0] + covered[k][1] <= at) and len("".join(unit.split())) >= MOVED_LINE:
            found.append((at, unit))
    return found


def moved_spans(moves: TextMoves, new: str, spans: Iterable[tuple[int, int, int, str]]) -> dict[int, tuple[int, int]]:
    """{span id: (start, end) in ``new``} of the spans (id, start, end, text) of the old text whose text ``new``
    holds where their place maps to; the others are left out."""
    found = {}
    for span_id, start, end, text in spans:
        place = moves.place(start, end)
        if place is not None and new[place[0]:place[1]] == text:
            found[span_id] = place
    return found


def _more(text: str, run_start: int, start: int, end: int, run_end: int) -> bool:
    """Whether the run ``run_start:run_end`` holds a letter, digit or hanzi besides ``start:end`` (punctuation
    and white space, 、 or ，, are too common to tell one place from another)."""
    return any(text[i].isalnum() for i in range(start - 1, run_start - 1, -1)) or \
        any(text[i].isalnum() for i in range(end, run_end))


def _beside(text: str, at: int, step: int, n: int = 2) -> str:
    """The ``n`` characters other than white space before ``at`` (``step`` -1) or from it on (1), nearest first."""
    found: list[str] = []
    i = at - 1 if step < 0 else at
    while 0 <= i < len(text) and len(found) < n:
        if not text[i].isspace():
            found.append(text[i])
        i += step
    return "".join(found)


def _common_head(old: str, new: str) -> int:
    """The length of the lines both texts begin with (to a line's end, so that the lines after are whole)."""
    lo, hi = 0, min(len(old), len(new))
    while lo < hi:  # the longest common prefix, by halves (each comparison in C)
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo if lo == min(len(old), len(new)) else old.rfind("\n", 0, lo) + 1


def _common_tail(old: str, new: str, head: int) -> int:
    """The length of the lines both texts end with, within what follows ``head``."""
    most = min(len(old), len(new)) - head
    lo, hi = 0, most
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid:] == new[len(new) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    start = len(old) - lo
    if lo == most or old[start - 1] == "\n":
        return lo
    cut = old.find("\n", start)  # from the start of a line: the line cut before it is whole
    return 0 if cut < 0 else len(old) - cut - 1


def _units(text: str, level: int) -> list[str]:
    if level == LINES:
        return text.splitlines(keepends=True)
    return _PIECE.findall(text)


def _match(old: str, new: str, a0: int, a1: int, b0: int, b1: int, level: int,
           runs: list[tuple[int, int, int]]) -> None:
    """Add to ``runs`` the runs of ``old[a0:a1]`` that ``new[b0:b1]`` holds, by units of ``level``, then a step
    finer inside each block of units that differ."""
    if a0 >= a1 or b0 >= b1:
        return
    units_a: Sequence[str]
    units_b: Sequence[str]
    at_a: Sequence[int]
    at_b: Sequence[int]
    if level == CHARACTERS:
        units_a, units_b, at_a, at_b = old[a0:a1], new[b0:b1], range(a0, a1 + 1), range(b0, b1 + 1)
    else:
        units_a, units_b = _units(old[a0:a1], level), _units(new[b0:b1], level)
        at_a, at_b = _starts(units_a, a0), _starts(units_b, b0)
    i = j = 0
    for bi, bj, n in [*sorted(_aligned(units_a, units_b)), (len(units_a), len(units_b), 0)]:
        if level < CHARACTERS and bi > i and bj > j:  # a block that differs: compared a step finer
            _match(old, new, at_a[i], at_a[bi], at_b[j], at_b[bj], level + 1, runs)
        if n:
            runs.append((at_a[bi], at_b[bj], at_a[bi + n] - at_a[bi]))
        i, j = bi + n, bj + n


def _aligned(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int]]:
    """The runs of units ``a`` and ``b`` share, (i, j, size), in no order (see the module's note)."""
    found: list[tuple[int, int, int]] = []
    blocks = [(0, len(a), 0, len(b))]
    while blocks:
        i0, i1, j0, j1 = blocks.pop()
        head = 0
        while i0 + head < i1 and j0 + head < j1 and a[i0 + head] == b[j0 + head]:
            head += 1
        tail = 0
        while i0 + head < i1 - tail and j0 + head < j1 - tail and a[i1 - 1 - tail] == b[j1 - 1 - tail]:
            tail += 1
        found += [(i0, j0, head), (i1 - tail, j1 - tail, tail)]
        i0, j0, i1, j1 = i0 + head, j0 + head, i1 - tail, j1 - tail
        if i0 >= i1 or j0 >= j1:
            continue
        if (i1 - i0) * (j1 - j0) <= SMALL:
            matcher = SequenceMatcher(_blank if isinstance(a, list) else None, a[i0:i1], b[j0:j1], autojunk=False)
            found += [(i0 + i, j0 + j, n) for i, j, n in matcher.get_matching_blocks()]
            continue
        at_i, at_j = i0, j0
        width = 2 if isinstance(a, str) else 1  # characters: pairs of them (a hanzi alone is seldom once)
        for i, j in _anchors(a, b, i0, i1, j0, j1, width):  # none: nothing of the block is matched at this step
            if i < at_i or j < at_j:  # overlaps the anchor before
                continue
            blocks.append((at_i, i, at_j, j))
            found.append((i, j, width))
            at_i, at_j = i + width, j + width
        if (at_i, at_j) != (i0, j0):
            blocks.append((at_i, i1, at_j, j1))
    return [run for run in found if run[2]]


def _blank(unit: str) -> bool:
    """An empty line, or white space between pieces: matched only beside what it is between (alone, the
    first empty line of one text was matched with the first of the other, and the text around them was not)."""
    return unit.isspace()


def _anchors(a: Sequence[str], b: Sequence[str], i0: int, i1: int, j0: int, j1: int,
             width: int = 1) -> list[tuple[int, int]]:
    """The runs of ``width`` units of ``a[i0:i1]`` and ``b[j0:j1]`` each holds once, as (i, j) pairs: the most
    of them in the same order in both (a longest increasing subsequence)."""
    keys_a: Sequence[object] = a[i0:i1] if width == 1 else [a[i:i + width] for i in range(i0, i1 - width + 1)]
    in_a = Counter(keys_a)
    in_b: dict[object, int] = {}
    for j in range(j0, j1 - width + 1):
        key: object = b[j] if width == 1 else b[j:j + width]
        in_b[key] = -1 if key in in_b else j
    pairs = [(i0 + k, in_b[key]) for k, key in enumerate(keys_a) if in_a[key] == 1 and in_b.get(key, -1) >= 0]
    tops: list[int] = []  # the least last j of an increasing run of each length
    ends: list[int] = []  # the pair ending it
    before = [-1] * len(pairs)
    for k, (_i, j) in enumerate(pairs):
        at = bisect_left(tops, j)
        before[k] = ends[at - 1] if at else -1
        if at == len(tops):
            tops.append(j)
            ends.append(k)
        else:
            tops[at], ends[at] = j, k
    chain, k = [], ends[-1] if ends else -1
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


def _starts(units: Sequence[str], at: int) -> list[int]:
    """The offset of each unit, and of the end after the last."""
    starts = [at]
    for unit in units:
        at += len(unit)
        starts.append(at)
    return starts
