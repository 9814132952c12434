"""Stacking for PROJECT (Krishnan & Manning 2006, "An Effective Two-Stage Model for Exploiting
Non-Local Dependencies in Named Entity Recognition"): a second CRF layer that reads, beside the
features of the first, what the first layer makes of the character, of the other items of its list
and of the other mentions of its word.

* Stage 1 is the PROJECT layer as it is trained today; its marginals P(B or I) = 1 - P(O) are read
  for every character of every line (:func:`marginals`).
* On the documents stage 2 learns from, stage 1's marginals are out-of-fold (:func:`jackknife`:
  the documents in :data:`GROUPS` groups, each tagged by a layer trained on the others), so that
  stage 2 does not learn to trust marginals of documents stage 1 has learned by heart; on a new
  document they come from the stage-1 layer trained on all of them.
* Stage 2 (:func:`stage_two`) learns the same rows with features of those marginals, in the buckets
  of :data:`CUTS` (:func:`stacked`): ``Sa`` the character's own; ``Sb`` its list-mates, the highest
  mean of the other items of its 、/，/和/及-list (:func:`list_mates`); ``Sc`` the highest mean of
  the other mentions of its word in the document (:func:`same_elsewhere`).

Used only by ``scripts/seed_folder_cv.py --stack`` (off by default; the shipped seed and the
suggest run know nothing of it): measured, it passes the project's rule for PROJECT but costs the
suggest run's speed, and is not in the seed (README, "Suggestions that learn", 3 December, afternoon).
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import pycrfsuite

from annotator.core.suggest.model.blocks import LineFeatures, line_features
from annotator.core.suggest.model.crf import Example, Params, SequenceModel, Tagged, train
from annotator.core.suggest.model.suggester import ModelSuggester
from annotator.core.suggest.model.training import Document
from annotator.core.suggest.segment import words as cut_words
from annotator.core.suggest.traditional import simplified

LABEL = "PROJECT"
CUTS = (0.1, 0.3, 0.5, 0.7)  # buckets 0 … 4: below 0.1, below 0.3, below 0.5, below 0.7, 0.7 or more
GROUPS = 4
KINDS = {"own": "a", "all": "abc"}  # the option's variants: the features each adds
BREAKS = frozenset("。；;！!？?：:\n")  # a word holding one ends a clause
SEPARATORS = frozenset({"、", "，", ",", "和", "及", "以及"})  # words between the items of a list
Lines = Iterable[tuple[int, int, Sequence[Sequence[Any]]]]


def bucket(p: float) -> int:
    """The bucket of a probability: 0 below 0.1, 1 below 0.3, 2 below 0.5, 3 below 0.7, else 4."""
    return bisect_right(CUTS, p)


def marginals(layer: bytes, rows: Lines, length: int, label: str = "O") -> list[float]:
    """1 - P(``label``) of each of ``length`` characters under the crfsuite ``layer``, from the rows of
    its lines (start, end, rows): P(B or I) for the default; 0 outside the lines."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(layer)
    out = [0.0] * length
    for start, end, line in rows:
        tagger.set(pycrfsuite.ItemSequence([list(row) for row in line]))
        marginal = tagger.marginal
        out[start:end] = [1.0 - marginal(label, i) for i in range(end - start)]
    return out


def _mean(probs: Sequence[float], start: int, end: int) -> float:
    return sum(probs[start:end]) / (end - start)


def list_mates(words: Sequence[str], probs: Sequence[float]) -> list[float | None]:
    """For each character (``words`` cover the text in order, ``probs`` one a character): the highest
    mean probability among the OTHER items of its list, or None. A clause ends at a word holding one
    of :data:`BREAKS`; its items are the runs of words between the words of :data:`SEPARATORS`; a
    clause of one item is no list, and a separator belongs to no item."""
    out: list[float | None] = [None] * len(probs)
    items: list[tuple[int, int]] = []
    start = at = 0

    def close(end: int) -> None:
        if end > start:
            items.append((start, end))

    def flush() -> None:
        if len(items) >= 2:
            means = [_mean(probs, s, e) for s, e in items]
            for k, (s, e) in enumerate(items):
                best = max(m for j, m in enumerate(means) if j != k)
                out[s:e] = [best] * (e - s)
        items.clear()

    for word in words:
        end = at + len(word)
        if word in SEPARATORS:
            close(at)
            start = end
        elif BREAKS.intersection(word):
            close(at)
            flush()
            start = end
        at = end
    close(at)
    flush()
    return out


def same_elsewhere(words: Sequence[str], probs: Sequence[float]) -> list[float | None]:
    """For each character in a word of two characters or more (with a letter, digit or Chinese
    character): the highest mean probability of the word's OTHER occurrences (as a word) in the
    text, or None where it occurs once."""
    out: list[float | None] = [None] * len(probs)
    where: dict[str, list[tuple[int, float]]] = defaultdict(list)
    at = 0
    for word in words:
        if len(word) >= 2 and any(ch.isalnum() for ch in word):
            where[word].append((at, _mean(probs, at, at + len(word))))
        at += len(word)
    for word, found in where.items():
        if len(found) < 2:
            continue
        for k, (start, _) in enumerate(found):
            best = max(m for j, (_, m) in enumerate(found) if j != k)
            out[start:start + len(word)] = [best] * len(word)
    return out


def stacked(text: str, rows: LineFeatures, probs: Sequence[float], kinds: str = KINDS["all"]) -> LineFeatures:
    """``rows`` (of ``text``) with the features of stage 1's ``probs`` that ``kinds`` names: ``a`` the
    character's own bucket (``Sa0`` … ``Sa4``), ``b`` its list-mates' (``Sb``), ``c`` its word's other
    occurrences' (``Sc``)."""
    extra: list[list[str]] = [[f"Sa{bucket(p)}"] if "a" in kinds else [] for p in probs]
    words = cut_words(text)[0] if set(kinds) & {"b", "c"} else []
    for kind, found in (("b", list_mates), ("c", same_elsewhere)):
        if kind in kinds:
            for row, p in zip(extra, found(words, probs), strict=True):
                if p is not None:
                    row.append(f"S{kind}{bucket(p)}")
    out = LineFeatures(len(rows))
    for start, end, line in rows:
        out.add(start, end, (tuple(row) + tuple(more) for row, more in zip(line, extra[start:end], strict=True)))
    return out


def _layer(examples: Sequence[Example], params: Params) -> bytes:
    return train(examples, [LABEL], params).layers[LABEL]


def jackknife(docs: Sequence[Document], params: Params, groups: int = GROUPS) -> list[list[float]]:
    """Stage 1's P(B or I) of each of ``docs`` (those that teach PROJECT), each from a layer trained
    on the documents of the other groups (document i is in group i mod ``groups``)."""
    out: list[list[float]] = [[] for _ in docs]
    for g in range(groups):
        trained = [ex for i, d in enumerate(docs) if i % groups != g for ex in d.examples()]
        layer = _layer(trained, params)
        for i in range(g, len(docs), groups):
            out[i] = marginals(layer, docs[i].features, len(docs[i].features))
    return out


def stage_two(docs: Sequence[Document], params: Params, kinds: str = KINDS["all"],
              groups: int = GROUPS) -> SequenceModel:
    """The stage-2 PROJECT layer learned from those of ``docs`` that teach PROJECT, their stage-1
    marginals out of fold (:func:`jackknife`)."""
    teaching = [d for d in docs if LABEL in d.taught()]
    examples = []
    for doc, probs in zip(teaching, jackknife(teaching, params, groups), strict=True):
        rows = stacked(simplified(doc.text), doc.features, probs, kinds)  # (the text its features read)
        examples += [Example(rows, ex.spans, ex.labels) for ex in doc.examples()]
    return train(examples, [LABEL], params)


def stacked_tags(text: str, rules: Sequence[Any], first: SequenceModel, second: SequenceModel,
                 kinds: str = KINDS["all"]) -> list[Tagged]:
    """The PROJECT spans stage 2 (``second``) tags in ``text`` (``rules``: the rules' proposals), read
    from the marginals of the stage-1 model ``first`` trained on all its documents."""
    rows = line_features(text, list(rules))
    probs = marginals(first.layers[LABEL], rows, len(text))
    features: list[Sequence[Any]] = [()] * len(text)
    for start, end, line in stacked(text, rows, probs, kinds):
        features[start:end] = line
    return second.tag(features, [(start, end) for start, end, _ in rows], [LABEL])  # type: ignore[arg-type]


def tagged(text: str, rules: Sequence[Any], first: SequenceModel, second: SequenceModel,
           kinds: str = KINDS["all"]) -> list[Tagged]:
    """What ``first``'s layers tag in ``text``, with stage 2's PROJECT spans (:func:`stacked_tags`) in
    place of its own (``rules``: the rules' proposals, their features)."""
    others = [label for label in first.labels if label != LABEL]
    found = ModelSuggester(first).tagged(text, list(rules), others) if others else []
    return found + (stacked_tags(text, rules, first, second, kinds) if LABEL in first.layers else [])
