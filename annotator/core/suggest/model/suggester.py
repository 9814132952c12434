"""The model's proposals beside the rules': origin ``model``, a confidence, a value where the
label's rule suggester can compute one; a span the rules propose too is shown as their agreement.

:func:`rule_proposals` is what the rule suggesters propose for a text, overlaps resolved (the
same as ``annotator suggest --model none`` proposes, without the project's learned strings);
the model takes them as features. :meth:`ModelSuggester.combine` puts both together:

* a span the model and a rule propose alike (label, start, end) is the rule's proposal with
  reason ``rule+model: …`` and a higher confidence, 1 - (1 - rule) (1 - model);
* a span only the model proposes comes with origin ``model`` and the model's confidence, when
  that is at least ``min_confidence`` and the span could be a name at all (:func:`plausible`: two
  characters at least, one of them a letter, digit or Chinese character - the seed tagged a lone
  “ or 中 on unseen excerpts);
* for PROJECT with the shipped seed's layer (``MODEL_ONLY``, ``model_only``) the model alone
  decides: a rule's PROJECT span that the model does not tag alike is not proposed (the rules
  still propose them, as the model's features). On real text that neither had seen, the seed
  alone scored above both together on every set (see ``MODEL_ONLY``); the rules' own PROJECT spans
  that it does not tag were mostly wrong;
* for the other labels, and beside a project's own layers, the rules' proposals stay as they are,
  and so do their boundaries: a span of the model that overlaps a rule's span of its label with
  other boundaries is not proposed.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from operator import attrgetter
from typing import Any

import numpy as np

from annotator.core.labels import fields_of
from annotator.core.models import Suggestion
from annotator.core.suggest import REGISTRY, default_suggesters, get_suggester
from annotator.core.suggest.base import no_collection
from annotator.core.suggest.model.blocks import BLOCK_CHARS, block_features, blocks
from annotator.core.suggest.model.crf import SequenceModel, Tagged
from annotator.core.suggest.model.features import Vocabulary, direction_ranges, document_features, lines
from annotator.core.suggest.model.stackfeatures import columns
from annotator.core.suggest.segment import words as cut_words
from annotator.core.suggest.values import matching_value, span_value, suggested, unproposed_value

ORIGIN = "model"
AGREED = "rule+model"
# Labels the shipped seed's layers propose alone beside the rules (a rule's span of them is
# proposed only where the model tags the same span; :func:`.choice.choose` asks for it where the
# layer is the seed's): PROJECT, where the seed trained on real report excerpts scored above the
# two together on real text no rule had seen (2026-11-29, overlap F1 pooled over the unseen sets
# E, G, J, V and W, 418 spans: the model alone 0.757, the rules first 0.743, the model first 0.746;
# V, chosen in advance as the deciding set: 0.711 against 0.683). For the other labels the model
# mostly repeats the rules, which stay; so do they beside a project's own model, which learns from
# far fewer spans (leave-one-report-out on the shared reports, a model of five reports alone: 0.862
# against the rules' 0.869).
MODEL_ONLY = frozenset({"PROJECT"})
# a stacked model's first pass over a long document's blocks, of its whole tagging (the features, the
# other layers, stage 1): 1.8 s of 2.2 on the 400,000-character report; the words' columns and the second pass the rest
FIRST_PASS = 0.8
Along = Callable[[float], None]  # the fraction of the model's tagging of a document done (it may raise to stop)


def resolved(candidates: list[Suggestion]) -> list[Suggestion]:
    from annotator.core.suggest.runner import resolve_overlaps  # the runner imports this module

    return resolve_overlaps(candidates)


def rule_proposals(text: str, year: int | None = None, area: str = "") -> list[Suggestion]:
    """What the rule suggesters propose for ``text``, same-label overlaps resolved; ``year`` and
    ``area`` (its jurisdiction's code): the document's, as the suggest run gives them (``values.suggested``)."""
    return resolved([s for suggester in default_suggesters() for s in suggested(suggester, text, year, area)])


def value_of(label: str, text: str, start: int, end: int,
             runs: dict[tuple[str, str], list[Suggestion]] | None = None, year: int | None = None,
             area: str = "") -> dict[str, object]:
    """The value the label's rule suggester gives ``text[start:end]``: read from the span alone,
    else from its line, as :func:`~annotator.core.suggest.values.matching_value` finds it, else
    what the suggester reads from the span in its line (``values.span_value``), else from the whole
    document as for a span labelled by hand (``values.unproposed_value``: 安吉 where another line
    names 安吉县; the jurisdiction's step comes in the suggest run); {} if nothing.
    ``runs``: what a suggester proposed for a piece of text already (by name and piece), kept
    across the spans of one document: several spans of a line read the same line. ``year``: the
    document's (its metadata's, else its date line's), which a line alone does not give; ``area``: the
    division code of its jurisdiction ("": none given)."""
    names = [name for name in REGISTRY if label in get_suggester(name).labels] if fields_of(label) else []
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    runs = {} if runs is None else runs
    for piece, offset in ((text[start:end], start), (text[line_start:line_end], line_start)):
        found = matching_value([s for name in names for s in _run(name, piece, runs, year, area)], label,
                               start, end, offset)
        if found is not None:
            return found
    piece = text[line_start:line_end]
    near = span_value(label, piece, start - line_start, end - line_start)
    return unproposed_value(label, text, start, end, near, whole=len(piece) == len(text) or not names,
                            area=lambda: area)


def _run(name: str, piece: str, runs: dict[tuple[str, str], list[Suggestion]],
         year: int | None = None, area: str = "") -> list[Suggestion]:
    """What the suggester ``name`` proposes for ``piece`` of a document of ``year`` and jurisdiction
    ``area`` (the same each time: kept in ``runs``, one document's)."""
    found = runs.get((name, piece))
    if found is None:
        found = runs[name, piece] = suggested(get_suggester(name), piece, year, area)
    return found


def plausible(piece: str) -> bool:
    """Whether ``piece`` could be a span of any label: no label's span is one character, or
    punctuation alone."""
    return len(piece) >= 2 and any(ch.isalnum() for ch in piece)


class ModelSuggester:
    """A :class:`SequenceModel` as a suggester (``suggest(text)``, the model alone) and beside
    the rules (:meth:`combine`)."""

    name = ORIGIN

    def __init__(self, model: SequenceModel, min_confidence: float = 0.0, source: str = "this project",
                 model_only: Iterable[str] = ()) -> None:
        self.model = model
        self.labels = model.labels
        self.min_confidence = min_confidence
        self.source = source
        # labels whose rule spans need the model's agreement (MODEL_ONLY, for the seed's layers)
        self.model_only = frozenset(model_only).intersection(self.labels)

    def tagged(self, text: str, rules: list[Suggestion], labels: Iterable[str] | None = None,
               progress: Along | None = None) -> list[Tagged]:
        """What the model's layers tag in ``text`` (``rules``: the rules' proposals, its features).
        ``progress`` hears, after each block of a long document (:meth:`_in_blocks`), the fraction of the
        tagging done (by characters: 400,000 of them took 2.3 s and the bar stood still); it may raise to stop."""
        if not text:
            return []
        vocabulary = self.model.vocabulary(labels)
        if len(text) <= BLOCK_CHARS:
            with no_collection():  # the features are dropped before the collector runs again
                return self.model.tag(document_features(text, rules, vocabulary), lines(text), labels, text)
        with no_collection():  # a long document: a block of lines at a time (model/blocks.py)
            return self._in_blocks(text, rules, vocabulary, labels, progress)

    def _in_blocks(self, text: str, rules: list[Suggestion], vocabulary: Vocabulary,
                   labels: Iterable[str] | None, progress: Along | None = None) -> list[Tagged]:
        """:meth:`tagged` of a long document, a block at a time; a stacked layer's in a second pass
        over the blocks, once its stage 1 has read the whole document (its words' other mentions).
        The first pass keeps each block's attribute numbers (crfsuite's C interface: 4 bytes a
        feature, some 15 MB for 400,000 characters), so the second does not make its rows again (the
        features: half the time of the model's tagging); through python-crfsuite it makes them again.
        ``progress``: after each block, the characters done of each pass (the first :data:`FIRST_PASS` of
        the whole when there is a second)."""
        wanted = [label for label in self.labels if labels is None or label in set(labels)]
        stacked = [label for label in wanted if label in self.model.stacked]
        directions = direction_ranges(text, vocabulary)
        ordered = sorted(rules, key=attrgetter("start"))
        starts = [s.start for s in ordered]
        probs = {label: np.zeros(len(text)) for label in stacked}
        found: dict[str, Any] = {}
        kept: dict[int, dict[int, Any]] = {}  # each block's attribute numbers, by its start
        out: list[Tagged] = []
        for second_pass in (False, True) if stacked else (False,):
            before, share = (FIRST_PASS, 1.0 - FIRST_PASS) if second_pass else (0.0, FIRST_PASS if stacked else 1.0)
            for start, end in blocks(text, rules, BLOCK_CHARS):
                where = list(lines(text[start:end]))
                flats = kept.pop(start, None) if second_pass else ({} if stacked else None)
                near = ordered[bisect_left(starts, start - 1):bisect_right(starts, end + 1)]
                rows = [] if flats else block_features(text, near, vocabulary, start, end, directions)
                if second_pass:
                    got = [t for label in stacked
                           for t in self.model.stage_two(rows, where, label, found[label][start:end], flats)]
                else:
                    got = self.model.tag(rows, where, [label for label in wanted if label not in stacked], flats=flats)
                    for label in stacked:
                        probs[label][start:end] = self.model.stage_one(rows, where, label, flats)
                    if flats is not None:
                        kept[start] = flats
                out += [Tagged(t.label, t.start + start, t.end + start, t.confidence) for t in got]
                if progress is not None:
                    progress(before + share * min(end + 1, len(text)) / len(text))
            if not second_pass and stacked:  # (after the second: no pass left to read them)
                words = cut_words(text)[0]
                found = {label: columns(words, probs[label], self.model.stacked[label].kinds) for label in stacked}
        return out

    def _suggestion(self, text: str, t: Tagged, values: dict[tuple[str, int, int], dict[str, object]],
                    runs: dict[tuple[str, str], list[Suggestion]] | None = None,
                    year: int | None = None, area: str = "") -> Suggestion:
        value = values.get((t.label, t.start, t.end))
        return Suggestion(t.start, t.end, t.label, text[t.start:t.end],
                          dict(value) if value is not None
                          else value_of(t.label, text, t.start, t.end, runs, year, area),
                          round(t.confidence, 4), f"model: {t.label} p={t.confidence:.2f} (learned from "
                          f"{self.source})", ORIGIN)

    def suggest(self, text: str, rules: list[Suggestion] | None = None,
                tagged: list[Tagged] | None = None, year: int | None = None, area: str = "") -> list[Suggestion]:
        """The model's own proposals of at least ``min_confidence`` (not combined with the rules');
        ``tagged``: what the model tagged in ``text`` already; ``year`` and ``area``: the document's (its
        metadata's: the rules' and the values' former units and its jurisdiction, as the suggest run
        reads them)."""
        rules = rule_proposals(text, year, area) if rules is None else rules
        if tagged is None:
            tagged = self.tagged(text, rules)
        values = {(s.label, s.start, s.end): s.value for s in rules}
        runs: dict[tuple[str, str], list[Suggestion]] = {}
        return [self._suggestion(text, t, values, runs, year, area) for t in tagged if self._shown(text, t)]

    def combine(self, text: str, rules: list[Suggestion], labels: Iterable[str] | None = None,
                tagged: list[Tagged] | None = None, year: int | None = None, area: str = "",
                progress: Along | None = None) -> list[Suggestion]:
        """The rules' proposals and the model's, as the module says (overlaps not yet resolved);
        ``year`` and ``area``: the document's, for the values of the model's own spans (:func:`value_of`);
        ``progress``: :meth:`tagged`'s."""
        if tagged is None:
            tagged = self.tagged(text, rules, labels, progress)
        found = {(t.label, t.start, t.end): t for t in tagged}
        model_only = self.model_only
        out: list[Suggestion] = []
        for s in rules:
            t = found.pop((s.label, s.start, s.end), None)
            if t is None:
                if s.label not in model_only:
                    out.append(s)
                continue
            confidence = round(1 - (1 - s.confidence) * (1 - t.confidence), 4)
            # the constructor, not dataclasses.replace (several times its cost, for each agreed span)
            out.append(Suggestion(s.start, s.end, s.label, s.text, s.value, confidence,
                                  f"{AGREED}: {s.reason} (model p={t.confidence:.2f})", s.origin))
        taken = _spans_by_label([s for s in rules if s.label not in model_only])
        runs: dict[tuple[str, str], list[Suggestion]] = {}
        out += [self._suggestion(text, t, {}, runs, year, area) for t in found.values() if self._shown(text, t)
                and not _overlaps(taken.get(t.label), t.start, t.end)]
        return out

    def _shown(self, text: str, t: Tagged) -> bool:
        """Whether the model's span ``t`` is proposed at all: confident enough, and a possible name."""
        return t.confidence >= self.min_confidence and plausible(text[t.start:t.end])

def _spans_by_label(spans: Iterable[Suggestion]) -> dict[str, tuple[list[int], list[int]]]:
    """Per label, the starts of ``spans`` in order and the running maximum of their ends."""
    by_label: dict[str, list[tuple[int, int]]] = {}
    for s in spans:
        by_label.setdefault(s.label, []).append((s.start, s.end))
    out = {}
    for label, found in by_label.items():
        found.sort()
        out[label] = ([b for b, _ in found], list(accumulate((e for _, e in found), max)))
    return out


def _overlaps(spans: tuple[list[int], list[int]] | None, start: int, end: int) -> bool:
    """Whether ``start``:``end`` overlaps one of ``spans`` (:func:`_spans_by_label`): among those
    starting before its end, the furthest end lies beyond its start."""
    if spans is None:
        return False
    i = bisect_left(spans[0], end)
    return bool(i) and spans[1][i - 1] > start
