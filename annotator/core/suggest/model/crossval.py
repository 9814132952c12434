"""How good the model is on this project: leave-one-document-out cross-validation.

Each document with accepted spans is held out in turn: a model is trained on all the others
and the held-out document is suggested for by the rules alone, by the model alone and by both
together (as ``annotator suggest`` does), each scored against its accepted spans
(:func:`annotator.core.evaluate.score`: per label exact and overlap P/R/F1, value accuracy).
The project's learned strings (origin ``learned``) take no part: they would hand the held-out
document's own accepted strings back. The gold of a document is its adjudicated layer where
it has one, else every annotator's accepted spans.

Over ``FOLDS`` documents, a tenth of them is held out at a time (every tenth document, in the project's
order), so ten models are trained. One model a document, each trained on nearly all of them, took time
growing with the square of their number (300 reports at 82 s a model: some 7 hours; 3,000: weeks), and a
script's ``annotator evaluate P --cross-validate`` never ended. Up to ``FOLDS`` documents nothing changed.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.evaluate import Span, score
from annotator.core.labels import in_order
from annotator.core.progress import Stopped, stopping
from annotator.core.store import Store
from annotator.core.store.trained import save_scores, scores_record
from annotator.core.suggest.model.crf import DEFAULT, Params
from annotator.core.suggest.model.scoring import SYSTEMS, gold_spans, predictions
from annotator.core.suggest.model.training import (
    MODEL_NAME,
    Document,
    Elsewhere,
    featurised,
    gather,
    model_from,
    read_documents,
)

Progress = Callable[[int, int, str], None]
FOLDS = 10  # at most this many models trained (the documents held out together in each: ``folds``)


def folds(docs: Sequence[Document]) -> list[list[Document]]:
    """The groups held out in turn: each document alone up to ``FOLDS`` of them, else every ``FOLDS``-th."""
    k = min(len(docs), FOLDS)
    return [list(docs[i::k]) for i in range(k)]


def cross_validate_documents(docs: Sequence[Document], params: Params = DEFAULT, min_confidence: float = 0.0,
                             progress: Progress | None = None) -> dict[str, Any]:
    """Scores of the rules, the model and both, each document held out in turn (see the module)."""
    if len(docs) < 2:
        raise AnnotatorError("cross-validation needs at least two documents with accepted spans "
                             f"(this project has {len(docs)})")
    began = time.perf_counter()
    gold: list[Span] = []
    pred: dict[str, list[Span]] = {name: [] for name in SYSTEMS}
    groups = folds(docs)
    for i, held in enumerate(groups):
        if progress is not None:
            progress(i, len(groups), held[0].name + (f" (+{len(held) - 1})" if len(held) > 1 else ""))
        out = {id(d) for d in held}
        model, _ = model_from([d for d in docs if id(d) not in out], params)
        for doc in held:
            gold += gold_spans(doc)
            for name, spans in predictions(doc, model, min_confidence).items():
                pred[name] += spans
    if progress is not None:
        progress(len(groups), len(groups), "")
    return {"documents": [d.name for d in docs], "folds": len(groups), "seconds": round(time.perf_counter() - began, 1),
            **{name: score(gold, pred[name]) for name in SYSTEMS}}


def cross_validate(store: Store, params: Params = DEFAULT, min_confidence: float = 0.0,
                   progress: Progress | None = None) -> dict[str, Any]:
    """:func:`cross_validate_documents` over the project's documents with accepted spans."""
    return cross_validate_documents(enough(store, gather(store)), params, min_confidence, progress)


def enough(store: Store, docs: list[Document]) -> list[Document]:
    """``docs``, when there are two at least to hold out in turn (else the sentence naming the project)."""
    if len(docs) < 2:
        raise AnnotatorError(f"{store.folder}: cross-validation needs at least two documents with accepted spans "
                             f"(this project has {len(docs)})")
    return docs


def cross_validate_read(docs: list[Document], params: Params = DEFAULT, min_confidence: float = 0.0,
                        progress: Progress | None = None, reading: Progress | None = None) -> dict[str, Any]:
    """:func:`cross_validate_documents` of documents as :func:`.training.read_documents` gives them, their
    features computed first (``reading``: document i of n): the CPU work, which needs no store."""
    return cross_validate_documents(featurised(docs, reading), params, min_confidence, progress)


def cross_validate_and_keep(store: Store, params: Params = DEFAULT, min_confidence: float = 0.0,
                            progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                            reading: Progress | None = None,
                            elsewhere: Elsewhere | None = None,
                            keep: bool = True) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The whole of ``annotator evaluate P --cross-validate`` and the window's button: read the
    project's documents with accepted spans (``reading``: document i of n), cross-validate them
    (``progress``: document held out i of n) and keep the scores in the project
    (:func:`~annotator.core.store.trained.save_scores`, with ``min_confidence``). Returns (the
    scores, what was kept), or None when ``cancelled()`` turned true before the scores were
    kept: then nothing is kept. ``elsewhere``: how to run :func:`cross_validate_read` in another process (as
    :func:`.training.train_project`'s). ``keep=False`` (a read-only project): nothing is written, the
    second part is what would have been kept."""
    try:
        docs = enough(store, read_documents(store))
        if elsewhere is None:
            result = cross_validate_read(docs, params, min_confidence, stopping(progress, cancelled),
                                         stopping(reading, cancelled))
        else:
            result = elsewhere(cross_validate_read, docs, params, min_confidence, progress=progress, reading=reading)
            if cancelled is not None and cancelled():
                raise Stopped
    except Stopped:
        return None
    ids = {label.name: label.id for label in store.labels()}  # a label renamed later: shown under its new name
    scores = {**result, "min_confidence": min_confidence, "label_ids": ids}  # (trained.under_current_names)
    return result, save_scores(store, MODEL_NAME, scores) if keep else scores_record(store, scores)


def format_cross_validation(result: dict[str, Any], order: Sequence[str] = ()) -> str:
    """One row per label (in ``order``, a project's) and system: overlap P/R/F1, exact F1, value accuracy."""
    head = (f"{'label':<10} {'system':<6} {'gold':>5} {'pred':>5}   {'P':>5} {'R':>5} {'F1':>5}   "
            f"{'exact F1':>8} {'values':>6}")
    n, k = len(result["documents"]), result.get("folds", len(result["documents"]))
    how = "leave-one-document-out" if k == n else f"{k}-fold (every {k}th document held out together, in turn)"
    rows = [f"{how} over {n:,} document(s), {result['seconds']} s",
            "overlap P / R / F1, exact F1, value accuracy of the spans matched by overlap", "", head, "-" * len(head)]
    labels = in_order({label for name in SYSTEMS for label in result[name]["labels"]}, order)
    for label in labels + ["overall"]:
        for name in SYSTEMS:
            kinds = result[name]["overall"] if label == "overall" else result[name]["labels"].get(label)
            if kinds is None:
                continue
            o, e, v = kinds["overlap"], kinds["exact"], kinds.get("value") or {}
            acc = f"{v['accuracy']:.3f}" if v.get("accuracy") is not None else "-"
            rows.append(f"{label:<10} {name:<6} {o['gold']:>5} {o['pred']:>5}   {o['p']:.3f} {o['r']:.3f} "
                        f"{o['f1']:.3f}   {e['f1']:>8.3f} {acc:>6}")
    return "\n".join(rows)
