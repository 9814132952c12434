"""Stacking for PROJECT (Krishnan & Manning 2006, "An Effective Two-Stage Model for Exploiting
Non-Local Dependencies in Named Entity Recognition"): a second CRF layer that reads, beside the
features of the first, what the first layer makes of the character, of the other items of its list
and of the other mentions of its word (:mod:`.stackfeatures`). The shipped seed carries one
(``scripts/train_seed_model.py``; ``--no-stack`` the seed of before); a project's own model
(``annotator train``) does not: it learns from few spans, and its PROJECT layer sits beside the rules.

* Stage 1 is the PROJECT layer as it is trained today; its marginals P(B or I) = 1 - P(O) are read
  for every character of every line (:func:`marginals`; tagging: :meth:`.crf.SequenceModel.stage_one`).
* On the documents stage 2 learns from, stage 1's marginals are out-of-fold (:func:`jackknife`:
  the documents in :data:`GROUPS` groups, each tagged by a layer trained on the others), so that
  stage 2 does not learn to trust marginals of documents stage 1 has learned by heart; on a new
  document they come from the stage-1 layer trained on all of them.
* Stage 2 (:func:`stage_two`) learns the same rows with the features of those marginals
  (:func:`stacked`), and is kept in the model beside its stage 1 (:func:`with_stage_two`).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pycrfsuite

from annotator.core.suggest.model.blocks import LineFeatures
from annotator.core.suggest.model.crf import Example, Params, SequenceModel, train
from annotator.core.suggest.model.stackfeatures import KINDS, Second, as_names, columns
from annotator.core.suggest.model.training import Document
from annotator.core.suggest.segment import words as cut_words
from annotator.core.suggest.traditional import simplified

LABEL = "PROJECT"
GROUPS = 4
Lines = Iterable[tuple[int, int, Sequence[Sequence[Any]]]]


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


def stacked(text: str, rows: LineFeatures, probs: Sequence[float], kinds: str = KINDS["all"]) -> LineFeatures:
    """``rows`` (of ``text``) with the features of stage 1's ``probs`` that ``kinds`` names, after each
    row's own (:func:`.stackfeatures.columns`: the same as tagging adds)."""
    extra = as_names(columns(cut_words(text)[0] if set(kinds) - {"a"} else [], probs, kinds), kinds)
    out = LineFeatures(len(rows))
    for start, end, line in rows:
        out.add(start, end, (tuple(row) + more for row, more in zip(line, extra[start:end], strict=True)))
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


def with_stage_two(model: SequenceModel, docs: Sequence[Document], params: Params, kinds: str = KINDS["all"],
                   groups: int = GROUPS) -> SequenceModel:
    """``model`` (its PROJECT layer trained on ``docs``) with a stacked PROJECT layer learned from them."""
    if LABEL not in model.layers:
        return model
    second = stage_two(docs, params, kinds, groups).layers.get(LABEL)
    if second is None:
        return model
    return SequenceModel(model.layers, {**model.info, "stacked_groups": groups}, model.through_c,
                         {LABEL: Second(second, kinds)})
