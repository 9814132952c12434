"""Matching two coders' spans of one label in one document: exactly, by overlap, and their values.

- **Exact**: the same start and end. A span held twice by one coder (with two statuses) matches
  at most as often as the other coder holds it too.
- **Overlap**: spans that share at least one character, matched one to one; the count is the
  largest such matching (Kuhn's augmenting paths), so it is the same whichever coder comes
  first.
  :func:`overlap_pairs` gives the pairs themselves (the links' agreement compares the links
  of paired facts, :mod:`.link_agreement`).
- **Values** of exactly matched spans: compared in the first group of fields of the label
  schema's ``compare`` (``labels.py``: a DISTRICT's division code, else its name; an AMOUNT's
  yuan; a TARGET's quantity and unit) that both values fill; numbers as numbers.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Any

from annotator.core.evaluate import value_key
from annotator.core.labels import compare_groups

Interval = tuple[int, int]


def exact_matches(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """How many spans of ``a`` have a span of ``b`` with the same start and end (one to one)."""
    return sum((Counter(a) & Counter(b)).values())


def _neighbours(a: Sequence[Interval], b: Sequence[Interval]) -> list[list[int]]:
    """For each span of ``a``, the indices of the spans of ``b`` it shares a character with."""
    order = sorted(range(len(b)), key=lambda j: b[j])
    starts = [b[j][0] for j in order]
    reach = list(accumulate((b[j][1] for j in order), max))  # the furthest end among the first k
    out = []
    for start, end in a:
        found = []
        k = bisect_left(starts, end) - 1  # the last span of b starting before this one ends
        while k >= 0 and reach[k] > start:
            if b[order[k]][1] > start:
                found.append(order[k])
            k -= 1
        out.append(found)
    return out


def overlap_matches(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """The size of the largest one-to-one matching of spans of ``a`` and ``b`` that share a character."""
    return len(overlap_pairs(a, b))


def overlap_pairs(a: Sequence[Interval], b: Sequence[Interval]) -> list[tuple[int, int]]:
    """The largest one-to-one matching of spans of ``a`` and ``b`` that share a character, as
    (index in ``a``, index in ``b``) by index in ``a``; a span of ``b`` with the same start and
    end is tried first, so the spans both coders marked alike are paired with each other."""
    adjacent = [[j for j in found if b[j] == a[i]] + [j for j in found if b[j] != a[i]]
                for i, found in enumerate(_neighbours(a, b))]
    owner = [-1] * len(b)  # the span of a each span of b is matched to
    for root in range(len(a)):
        seen: set[int] = set()
        stack: list[tuple[int, Iterator[int]]] = [(root, iter(adjacent[root]))]
        via: list[int] = []  # via[k]: the span of b that led from stack[k] to stack[k + 1]
        while stack:
            i, candidates = stack[-1]
            j = next((j for j in candidates if j not in seen), None)
            if j is None:
                stack.pop()
                if via:
                    via.pop()
                continue
            seen.add(j)
            if owner[j] < 0:  # a free span of b: the path augments the matching
                owner[j] = i
                for (previous, _), step in zip(stack, via, strict=False):
                    owner[step] = previous
                break
            via.append(j)
            stack.append((owner[j], iter(adjacent[owner[j]])))
    return sorted((i, j) for j, i in enumerate(owner) if i >= 0)


def values_agree(label: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool | None:
    """Whether two values of ``label`` agree in the first compared group both fill (None: no such group)."""
    ka = dict(value_key(label, dict(a), every=True) or ())
    kb = dict(value_key(label, dict(b), every=True) or ())
    for fields in compare_groups(label):
        if all(f in ka and f in kb for f in fields):
            return all(ka[f] == kb[f] for f in fields)
    return None
