"""Training the project's model on its accepted spans, and keeping it in the project.

**What it learns from.** Every document with accepted spans, as each annotator marked it: in a
merged team project each coder's accepted spans of a document are one version of it (where the
coders agree the model sees the span twice, where they differ it sees both), except that a
document with an adjudicated layer (annotator ``gold``) is learned from that layer alone. A
version teaches a label's layer only if it holds spans of that label, or the document is marked
done: a document where nobody has marked targets yet does not teach "no target here".
Open suggestions and rejected spans are not learned from (a rejected span is never proposed
again all the same: :func:`..runner.suggest_documents` drops it).

The model is kept under the name ``sequence`` in the project's database
(:mod:`annotator.core.store.trained`) with what it was trained on, so that ``annotator suggest``
can say when enough has been accepted since to train again.
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.labels import in_order
from annotator.core.models import Annotation, Suggestion
from annotator.core.progress import Stopped, stopping
from annotator.core.store import Store
from annotator.core.store.trained import SEQUENCE_MODEL, accepted_count, delete_model, save_model
from annotator.core.suggest.model.blocks import LineFeatures, line_features
from annotator.core.suggest.model.crf import DEFAULT, Example, Params, SequenceModel, train
from annotator.core.suggest.model.suggester import rule_proposals
from annotator.core.suggest.traditional import simplified
from annotator.core.suggest.values import document_year

MODEL_NAME = SEQUENCE_MODEL
GOLD_LAYER = "gold"  # the adjudicated layer (annotator.core.team.adjudication.GOLD)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Elsewhere = Callable[..., Any]  # elsewhere(function, *args, **progress hooks) -> its result; raises Stopped


@dataclass
class Document:
    """A document with its accepted spans, ready to learn from: the features of its lines (computed
    once, a block at a time: :func:`.blocks.line_features`), and the versions of its spans (one per
    annotator)."""
    doc_id: int
    name: str
    text: str
    versions: list[tuple[str, list[Annotation]]]
    done_labels: tuple[str, ...] = ()  # every label of the project when the document is marked done
    rules: list[Suggestion] = field(default_factory=list)  # what the rules propose (features too)
    year: int | None = None  # the year the suggest run reads it as of (values.document_year): former units
    features: LineFeatures = field(default_factory=lambda: LineFeatures(0))

    def taught(self) -> set[str]:
        """The labels the document teaches, and is scored on: those it holds accepted spans of, and
        every label of the project when it is marked done (a label nobody reviewed here says
        nothing of what is right, so a proposal of it is neither right nor wrong)."""
        return {a.label for _, spans in self.versions for a in spans} | set(self.done_labels)

    def examples(self) -> list[Example]:
        out = []
        for _, spans in self.versions:
            by_label: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for a in spans:
                by_label[a.label].append((a.start, a.end))
            labels = set(by_label) | set(self.done_labels)
            out.append(Example(self.features, {k: _apart(v) for k, v in by_label.items()}, labels))
        return out


def _apart(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of one label that do not overlap (the first, then the longest, of any that do)."""
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    return kept


def read_documents(store: Store, doc_ids: Iterable[int] | None = None) -> list[Document]:
    """The documents (of ``doc_ids``, default all) with accepted spans, as the store holds them: their
    features not computed yet (:func:`featurised`; the window computes them in a child process)."""
    ids = list(doc_ids) if doc_ids is not None else None
    by_doc: dict[int, dict[str, list[Annotation]]] = defaultdict(lambda: defaultdict(list))
    for a in store.iter_annotations(statuses=["accepted"], doc_ids=ids):
        by_doc[a.document_id][a.annotator].append(a)
    wanted = sorted(by_doc)
    done = {d.id for d in store.documents() if d.done and d.id in by_doc}
    all_labels = tuple(store.label_names())
    out: list[Document] = []
    for doc_id, name, text in store.document_texts(wanted):
        layers = by_doc[doc_id]
        versions = [(GOLD_LAYER, layers[GOLD_LAYER])] if GOLD_LAYER in layers else sorted(layers.items())
        out.append(Document(doc_id, name, text, versions, all_labels if doc_id in done else (),
                            year=document_year(text, store.document_metadata(doc_id))))
    return out


def featurised(docs: list[Document], progress: Progress | None = None) -> list[Document]:
    """``docs`` with their features computed (``progress``: document i of n, before each)."""
    for i, doc in enumerate(docs):
        if progress is not None:
            progress(i, len(docs), doc.name)
        featurise(doc)
    return docs


def gather(store: Store, doc_ids: Iterable[int] | None = None, progress: Progress | None = None) -> list[Document]:
    """The documents (of ``doc_ids``, default all) with accepted spans, their features computed."""
    return featurised(read_documents(store, doc_ids), progress)


def featurise(doc: Document) -> None:
    """The rules' proposals and the features of ``doc``, read in simplified characters as the suggest run
    reads a text (``runner.propose``: a report in traditional ones learned as it is then read)."""
    plain = simplified(doc.text)
    doc.rules = rule_proposals(plain, doc.year)
    doc.features = line_features(plain, doc.rules, [a for _, spans in doc.versions for a in spans])


@dataclass
class TrainReport:
    documents: int = 0
    spans: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    labels: tuple[str, ...] = ()
    score: dict[str, Any] = field(default_factory=dict)
    cancelled: bool = False
    removed: bool = False  # nothing to learn from, and a model learned before (of spans since rejected) went

    def lines(self, order: Sequence[str] = ()) -> list[str]:
        """What was learned, the labels in ``order`` (a project's)."""
        if self.cancelled:
            return ["training cancelled: the project keeps the model it had"]
        if not self.labels:  # said "trained on 0 accepted span(s) … in 0.0 s" first: nothing was trained
            return ["nothing to learn from: accept or mark spans first; suggestions use the shipped model"]
        per = ", ".join(f"{k} {self.spans[k]}" for k in in_order(self.spans, order))
        return [f"trained on {sum(self.spans.values())} accepted span(s) of {self.documents} document(s) "
                f"({per}) in {self.seconds:.1f} s"]


def model_from(docs: Sequence[Document], params: Params = DEFAULT, source: str = "",
               on_layer: Progress | None = None) -> tuple[SequenceModel, TrainReport]:
    """A model trained on ``docs``, and what it learned from (``on_layer``: :func:`.crf.train`'s)."""
    began = time.perf_counter()
    examples = [ex for d in docs for ex in d.examples()]
    counts: dict[str, int] = defaultdict(int)
    for ex in examples:
        for label, spans in ex.spans.items():
            counts[label] += len(spans)
    labels = {label for label, n in counts.items() if n}
    model = train(examples, labels, params, {"spans": dict(counts), "documents": len(docs), "source": source},
                  on_layer)
    report = TrainReport(len(docs), dict(counts), time.perf_counter() - began, model.labels)
    return model, report


def learn(docs: list[Document], params: Params = DEFAULT, progress: Progress | None = None,
          on_layer: Progress | None = None) -> tuple[SequenceModel, TrainReport]:
    """The CPU work of a training, which needs no store: the features of ``docs`` (as
    :func:`read_documents` gives them; ``progress`` hears of each), then the model (``on_layer``)."""
    return model_from(featurised(docs, progress), params, "project", on_layer)


def train_project(store: Store, params: Params = DEFAULT, progress: Progress | None = None,
                  fit: bool = False, cancelled: Cancelled | None = None,
                  on_layer: Progress | None = None, elsewhere: Elsewhere | None = None) -> TrainReport:
    """Train on the project's accepted spans and keep the model in the project (when there is
    anything to learn from). ``fit``: also score the model on the documents it learned from
    (``report.score``, a quick look: no test of new text). ``progress`` hears of each document
    read, ``on_layer(i, n, label)`` of each label's layer trained; once ``cancelled`` says so
    (asked between documents, between layers and at the end), the training stops and nothing is kept.
    ``elsewhere``: how to run :func:`learn` in another process (the window's child process,
    :meth:`annotator.core.worker_process.WorkerProcess.run`, which hears ``cancelled`` itself);
    the store is read and written here."""
    began = time.perf_counter()

    try:
        docs = read_documents(store)
        if elsewhere is None:
            model, report = learn(docs, params, stopping(progress, cancelled), stopping(on_layer, cancelled))
        else:
            model, report = elsewhere(learn, docs, params, progress=progress, on_layer=on_layer)
        if cancelled is not None and cancelled():  # heard while the last layer learned
            raise Stopped
    except Stopped:
        return TrainReport(seconds=time.perf_counter() - began, cancelled=True)
    report.seconds = time.perf_counter() - began
    if model.layers:
        model.info["accepted"] = accepted_count(store)
        # each layer's label by its id too: a label renamed later keeps its layer (choice.follow_renames)
        model.info["label_ids"] = {label.name: label.id for label in store.labels() if label.name in model.layers}
        save_model(store, MODEL_NAME, model.to_bytes(), model.info)
        if fit:
            from annotator.core.suggest.model.scoring import fit as fit_scores  # scoring imports this module

            report.score = fit_scores(docs if elsewhere is None else featurised(docs), model)
    else:  # nothing accepted is left: a model of spans since rejected would go on suggesting them
        report.removed = delete_model(store, MODEL_NAME)
    return report
