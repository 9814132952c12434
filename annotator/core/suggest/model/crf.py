"""The sequence labeller: one linear-chain CRF (python-crfsuite) per label, tagging characters
B (a span starts), I (it goes on) or O.

**One layer per label.** Spans of different labels nest (an AMOUNT or a DISTRICT inside a
TARGET, a DISTRICT inside a PROJECT: the guide asks for both), so one B/I/O sequence of
all labels would have to drop the inner spans or learn combined tags from few examples. Each
label's own layer is a plain B/I/O sequence, as the guide defines it (spans of one label never
overlap in one annotator's layer), and every layer is trained and tagged over the same
features, computed once per document (:mod:`.features`). Labels a project adds are learned
the same way.

A :class:`SequenceModel` is a set of layers (crfsuite's model files, as bytes) and what they
were trained on; :meth:`SequenceModel.to_bytes` packs it into one zip (``info.json`` and a
``layer<i>.crfsuite`` per label), the form kept in a project and shipped as the seed.
Training is deterministic: L-BFGS over the examples in the order given.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pycrfsuite

from annotator.core.errors import AnnotatorError
from annotator.core.suggest.model.blocks import LineFeatures
from annotator.core.suggest.model.ctagger import CLayers, open_layers
from annotator.core.suggest.model.features import FEATURE_VERSION, Features, Vocabulary
from annotator.core.suggest.model.layerfile import layer_attributes, whole_layer
from annotator.core.suggest.model.stackfeatures import Second, columns, feature_names
from annotator.core.suggest.segment import words as cut_words
from annotator.core.working_folders import working_folder

Span = tuple[int, int]


@dataclass(frozen=True)
class Params:
    """Training settings: ``c1`` (L1: drops weak features, keeps the model small), ``c2`` (L2),
    ``max_iterations`` of L-BFGS, ``minfreq`` (features seen fewer times are not used).

    ``c1`` 0.1 rather than 0.05: leave-one-report-out on the shared reports scores as well (PROJECT
    overlap F1 0.846 model alone, 0.859 both, against 0.843 and 0.856) with a sparser model, and
    tagging costs about what the features a character has that some layer knows. Larger ``c1``
    (0.2 - 1.0) and ``minfreq`` 2 - 4 lost on PROJECT; more iterations make it sparser still but
    cost training time (the seed, trained once, takes 80)."""
    c1: float = 0.1
    c2: float = 0.01
    max_iterations: int = 60
    minfreq: float = 0.0
    algorithm: str = "lbfgs"

    def crfsuite(self) -> dict[str, Any]:
        common = {"max_iterations": self.max_iterations, "feature.minfreq": self.minfreq,
                  "feature.possible_transitions": True}
        if self.algorithm == "lbfgs":
            return {**common, "c1": self.c1, "c2": self.c2}
        return common

    def as_dict(self) -> dict[str, Any]:
        return {"algorithm": self.algorithm, "c1": self.c1, "c2": self.c2, "max_iterations": self.max_iterations,
                "minfreq": self.minfreq}


DEFAULT = Params()


@dataclass
class Example:
    """One document as one annotator marked it: its features, its accepted spans by label, and
    the labels it counts for (a document teaches "no span here" only for labels it was marked for).
    ``features``: the rows of its ``lines`` (:class:`.blocks.LineFeatures`, computed a block at a
    time), or of all its characters (then ``lines`` says where its lines are)."""
    features: Features | LineFeatures
    spans: dict[str, list[Span]]
    labels: set[str]
    lines: list[Span] = field(default_factory=list)

    def sequences(self) -> Iterator[tuple[int, int, Sequence[Sequence[Any]]]]:
        """(start, end, rows) of each line: the sequences the trainer learns from."""
        if isinstance(self.features, LineFeatures):
            yield from self.features
        else:
            for start, end in self.lines:
                yield start, end, self.features[start:end]


@dataclass(frozen=True)
class Tagged:
    """A span the model proposes: label, offsets, and the lowest marginal probability (crfsuite's)
    of the tags along it - how sure the model is of the span as a whole."""
    label: str
    start: int
    end: int
    confidence: float


def tags_for(n: int, spans: Iterable[Span]) -> list[str]:
    """B/I/O of ``n`` characters for ``spans`` (which do not overlap)."""
    tags = ["O"] * n
    for start, end in spans:
        if 0 <= start < end <= n:
            tags[start] = "B"
            tags[start + 1:end] = ["I"] * (end - start - 1)
    return tags


_SPAN = re.compile("[BI]I*")


def spans_of(tags: Sequence[str]) -> list[Span]:
    """The spans of a B/I/O sequence (an I after O starts a span too)."""
    return [m.span() for m in _SPAN.finditer("".join(tags))]


class SequenceModel:
    """Layers by label (crfsuite model bytes) and ``info`` (what they were trained on); ``stacked``: a
    second layer of a label (the seed's PROJECT, :mod:`.stacking`) that tags it in place of its layer,
    reading beside the features what that layer makes of the document (:mod:`.stackfeatures`)."""

    def __init__(self, layers: dict[str, bytes], info: dict[str, Any] | None = None, through_c: bool = True,
                 stacked: dict[str, Second] | None = None) -> None:
        self.layers = dict(layers)
        self.info = dict(info or {})
        self.stacked = {label: second for label, second in (stacked or {}).items() if label in self.layers}
        self.through_c = through_c  # tag through crfsuite's C interface where it can (else python-crfsuite)
        self._taggers: dict[str, pycrfsuite.Tagger] = {}
        self._c: CLayers | None | bool = False  # False: not opened yet
        self._vocabularies: dict[tuple[str, ...], Vocabulary] = {}

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted(self.layers))

    def __getstate__(self) -> dict[str, Any]:  # worker processes get the bytes, open their own taggers
        return {"layers": self.layers, "info": self.info, "stacked": self.stacked}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["layers"], state["info"], stacked=state.get("stacked"))  # type: ignore[misc]

    def all_layers(self) -> dict[str, bytes]:
        """Every crfsuite file of the model by its key: a label's layer, its stacked layer (:func:`second_key`)."""
        return {**self.layers, **{second_key(label): second.layer for label, second in self.stacked.items()}}

    def to_bytes(self) -> bytes:
        """The zip: ``info.json`` (naming the files: ``layers``, and ``stacked`` with the features each
        adds) and a crfsuite file per layer; a model without a stacked layer writes what it always did."""
        buf = io.BytesIO()
        names = {label: f"layer{i}.crfsuite" for i, label in enumerate(self.labels)}
        seconds = {label: f"stacked{i}.crfsuite" for i, label in enumerate(sorted(self.stacked))}
        files = [*((n, self.layers[label]) for label, n in names.items()),
                 *((n, self.stacked[label].layer) for label, n in seconds.items())]
        stacked = {"stacked": {label: {"file": n, "kinds": self.stacked[label].kinds}
                               for label, n in seconds.items()}} if seconds else {}
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            info = json.dumps({**self.info, "layers": names, **stacked}, ensure_ascii=False, sort_keys=True)
            for name, data in (("info.json", info.encode()), *files):
                z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data,  # no clock: the same model, same bytes
                           compress_type=zipfile.ZIP_DEFLATED)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, where: str = "the model",
                   remedy: str = "train it again (annotator train)") -> SequenceModel:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                info = json.loads(z.read("info.json"))
                names = info.pop("layers")
                layers = {str(label): z.read(name) for label, name in names.items()}
                stacked = {str(label): Second(z.read(second["file"]), str(second["kinds"]))
                           for label, second in info.pop("stacked", {}).items()}
            # crfsuite reads a layer in place, unchecked: a cut one would crash the program (a model of
            # other features is never tagged with: its layers are not looked at)
            damaged = [label for label, layer in [*layers.items(), *((k, s.layer) for k, s in stacked.items())]
                       if info.get("features") == FEATURE_VERSION and not whole_layer(layer)]
            if damaged:
                raise ValueError(f"its layer{'s' if len(damaged) > 1 else ''} of {', '.join(damaged)} "
                                 f"{'are' if len(damaged) > 1 else 'is'} damaged")
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
                KeyError, ValueError, AttributeError, TypeError) as e:
            raise AnnotatorError(f"{where} cannot be read ({e}); {remedy}") from e
        return cls(layers, info if isinstance(info, dict) else {}, stacked=stacked)

    def usable(self) -> bool:
        """Trained on the features this program computes."""
        return bool(self.layers) and self.info.get("features") == FEATURE_VERSION

    def _tagger(self, label: str) -> pycrfsuite.Tagger:
        tagger = self._taggers.get(label)
        if tagger is None:
            tagger = pycrfsuite.Tagger()
            tagger.open_inmemory(self.all_layers()[label])
            self._taggers[label] = tagger
        return tagger

    def vocabulary(self, labels: Iterable[str] | None = None) -> Vocabulary:
        """The features the layers of ``labels`` (default all) know: the only ones worth computing
        for them (an attribute a layer does not know adds nothing to any score). All features
        when a layer's dictionary cannot be read."""
        wanted = tuple(label for label in self.labels if labels is None or label in set(labels))
        vocabulary = self._vocabularies.get(wanted)
        if vocabulary is None:
            known: set[str] | None = set()
            every = self.all_layers()
            for label in (*wanted, *(second_key(label) for label in wanted if label in self.stacked)):
                found = layer_attributes(every[label])
                if found is None or known is None:
                    known = None
                    break
                known.update(found)
            fast = self._c_layers()
            vocabulary = self._vocabularies[wanted] = Vocabulary(
                None if known is None else frozenset(known), fast.numbers if fast is not None else None)
        return vocabulary

    def tag(self, features: Features, lines: Iterable[Span], labels: Iterable[str] | None = None,
            text: str | None = None, flats: dict[int, Any] | None = None) -> list[Tagged]:
        """The spans each layer (of ``labels``, default all) proposes over ``lines`` of a document.
        Marginals (the confidence) are computed only for the lines where a layer tags a span. A label
        with a stacked layer is tagged by it (:meth:`stage_two`), over what its layer makes of every
        character (:meth:`stage_one`) and ``text`` (the document ``features`` are of: its words).
        ``flats``: where to keep the attribute numbers found (C interface) for later calls on these rows."""
        wanted = [label for label in self.labels if labels is None or label in set(labels)]
        stacked = [label for label in wanted if label in self.stacked]
        lines = list(lines) if stacked else lines
        # each block's attribute numbers, found once for the layers and the stacked one (C interface); kept
        # only then (a document of 100,000 characters: some 4 MB, and the suggest run tags 50,000 at most)
        if flats is None and stacked:
            flats = {}
        out = self._spans(self._paths(features, lines, [label for label in wanted if label not in self.stacked],
                                      flats))
        if stacked and text is None:
            raise ValueError("a stacked layer reads the text its features are of")
        for label in stacked:
            probs = self.stage_one(features, lines, label, flats)
            out += self.stage_two(features, lines, label, columns(cut_words(text or "")[0], probs,
                                                                  self.stacked[label].kinds), flats)
        return out

    @staticmethod
    def _spans(paths: Iterable[tuple[str, int, str, Callable[[str, int], float]]], label: str = "") -> list[Tagged]:
        out: list[Tagged] = []
        for key, start, tags, marginal in paths:
            for m in _SPAN.finditer(tags):
                s, e = m.span()
                p = min(map(marginal, tags[s:e], range(s, e)))
                out.append(Tagged(label or key, start + s, start + e, p))
        return out

    def stage_one(self, features: Features, lines: Iterable[Span], label: str,
                  flats: dict[int, Any] | None = None) -> Any:
        """P(B or I) (1 - P(O)) of every row of ``features`` under ``label``'s layer, a numpy array
        (0 outside ``lines``): crfsuite's marginals, through its C interface where it can."""
        fast = self._c_layers()
        if fast is not None:
            return fast.outside(features, lines, label, flats)
        out = np.zeros(len(features))
        tagger = self._tagger(label)
        for start, end in lines:
            tagger.set(pycrfsuite.ItemSequence(features[start:end]))
            marginal = tagger.marginal
            out[start:end] = [1.0 - marginal("O", i) for i in range(end - start)]
        return out

    def stage_two(self, features: Features, lines: Iterable[Span], label: str, found: Any,
                  flats: dict[int, Any] | None = None) -> list[Tagged]:
        """The spans ``label``'s stacked layer tags over ``lines``, each row read with its features of
        stage 1 (``found``: :func:`.stackfeatures.columns` of the rows of ``features``)."""
        kinds = self.stacked[label].kinds
        names = feature_names(kinds)
        fast = self._c_layers()
        if fast is not None:  # attribute numbers, 0 for none (the last of each row of the table: NONE is -1)
            table = np.array([[fast.numbers.get(name, 0) for name in row] + [0] for row in names], dtype=np.int64)
            extra = table[np.arange(len(kinds)), found] if kinds else None
            return self._spans(fast.paths(features, lines, [second_key(label)], extra, flats), label)
        encoded = [[name.encode() for name in row] for row in names]
        first = next((row[0] for row in features if row), None)
        added = [[(encoded if isinstance(first, bytes) else names)[k][b] for k, b in enumerate(row) if b >= 0]
                 for row in found.tolist()]
        rows = [[*row, *more] for row, more in zip(features, added, strict=True)]
        return self._spans(self._paths(rows, lines, [second_key(label)]), label)

    def _paths(self, features: Features, lines: Iterable[Span],
               labels: list[str], flats: dict[int, Any] | None = None
               ) -> Iterator[tuple[str, int, str, Callable[[str, int], float]]]:
        """(label, line start, its B/I/O, marginal(tag, position)) of each line and layer whose path
        holds a span: through crfsuite's C interface where it can be reached (:mod:`.ctagger`),
        else through python-crfsuite (the same tags)."""
        fast = self._c_layers()
        if fast is not None:
            yield from fast.paths(features, lines, labels, flats=flats)
            return
        wanted = [(label, self._tagger(label)) for label in labels]
        if not wanted:
            return
        item_sequence = pycrfsuite.ItemSequence
        for start, end in lines:
            seq = item_sequence(features[start:end])
            for label, tagger in wanted:
                found = tagger.tag(seq)
                if found.count("O") == len(found):  # no span (most lines of most layers)
                    continue
                yield label, start, "".join(found), tagger.marginal

    def _c_layers(self) -> CLayers | None:
        if self._c is False:
            every = self.all_layers()
            fast = open_layers(every, {label: layer_attributes(data) for label, data in every.items()}) \
                if self.through_c else None
            self._c = fast if fast is not None and self._agrees(fast) else None
        return self._c if isinstance(self._c, CLayers) else None

    def _agrees(self, fast: CLayers) -> bool:
        """Whether the C interface tags a probe as python-crfsuite does (a guard against a library
        whose structs differ from those :mod:`.ctagger` knows): each layer's attributes, spread
        over 64 characters, both ways."""
        names = sorted(fast.numbers) or ["-"]  # a model that kept no attribute: rows of an unknown one
        probe: Features = [[names[(i * 7919 + k * 104729) % len(names)] for k in range(i % 9)] for i in range(64)]
        lines = [(0, 40), (40, 64)]
        for label in fast.layers:
            tagger = self._tagger(label)
            want = []
            for start, end in lines:
                found = tagger.tag(pycrfsuite.ItemSequence(probe[start:end]))
                want.append((start, "".join(found), round(tagger.marginal(found[0], 0), 9)))
            got = {start: (tags, round(marginal(tags[0], 0), 9)) for found, start, tags, marginal in
                   fast.paths(probe, lines, [label]) if found == label}
            if any(got.get(start, ("O" * len(tags), None))[0] != tags or
                   (start in got and got[start][1] != p) for start, tags, p in want):
                return False
        return True


def second_key(label: str) -> str:
    """The key of ``label``'s stacked layer among a model's crfsuite files (no label holds a NUL)."""
    return f"{label}\0stacked"


def train(examples: Sequence[Example], labels: Iterable[str], params: Params = DEFAULT,
          info: dict[str, Any] | None = None, on_layer: Callable[[int, int, str], None] | None = None) -> SequenceModel:
    """A layer for each of ``labels`` that some example counts for, trained on those examples.
    ``on_layer(i, n, label)`` hears before each layer is trained (it may raise to stop). Each layer's
    trainer takes the rows of each line as they are kept (not as crfsuite's items, built once for
    all layers: they took twice the memory of the rows, and no less time)."""
    layers: dict[str, bytes] = {}
    wanted = sorted(set(labels))
    with working_folder("crf") as tmp:  # (one a killed or cancelled training left is removed by the next)
        for i, label in enumerate(wanted):
            if on_layer is not None:
                on_layer(i, len(wanted), label)
            trainer = pycrfsuite.Trainer(algorithm=params.algorithm, verbose=False)
            trainer.set_params(params.crfsuite())
            used = 0
            for ex in examples:
                if label not in ex.labels:
                    continue
                tags = tags_for(len(ex.features), ex.spans.get(label, []))
                for start, end, rows in ex.sequences():
                    trainer.append(rows, tags[start:end])
                    used += 1
            if not used:
                continue
            path = tmp / f"{len(layers)}.crfsuite"
            trainer.train(str(path))
            layers[label] = path.read_bytes()
    return SequenceModel(layers, {**(info or {}), "features": FEATURE_VERSION, "params": params.as_dict()})
