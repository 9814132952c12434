"""What the rules, the model and both propose for a document that has accepted spans, as spans
to score (:func:`annotator.core.evaluate.score`) against them."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core.evaluate import Span, score, value_key
from annotator.core.labels import in_order
from annotator.core.models import Suggestion
from annotator.core.suggest.model.crf import SequenceModel, Tagged
from annotator.core.suggest.model.suggester import ModelSuggester, resolved
from annotator.core.suggest.model.training import Document

SYSTEMS = ("rules", "model", "both")


def _spans(doc: Document, found: Sequence[Suggestion]) -> list[Span]:
    return [Span(doc.name, s.start, s.end, s.label, value_key(s.label, s.value, every=True)) for s in found]


def gold_spans(doc: Document) -> list[Span]:
    """The document's accepted spans (of every version: the same span twice counts once)."""
    return [Span(doc.name, a.start, a.end, a.label, value_key(a.label, a.value))
            for _, spans in doc.versions for a in spans]


def predictions(doc: Document, model: SequenceModel, min_confidence: float = 0.0,
                model_only: frozenset[str] = frozenset(), tagged: list[Tagged] | None = None) -> dict[str, list[Span]]:
    """{system: spans} of the rules alone, the model alone and both (as ``annotator suggest``; with
    ``model_only`` the labels whose rule spans need the model's agreement, as beside the seed), of
    the labels the document is scored on (:meth:`Document.taught`); ``tagged``: what the model tags
    in the document, when it is not ``model``'s own tagging (``scripts/seed_folder_cv.py --stack``)."""
    suggester = ModelSuggester(model, min_confidence, model_only=model_only)
    if tagged is None:
        tagged = suggester.tagged(doc.text, doc.rules)  # (the features the layers know, a block at a time)
    found = {"rules": doc.rules, "model": resolved(suggester.suggest(doc.text, doc.rules, tagged, doc.year)),
             "both": resolved(suggester.combine(doc.text, doc.rules, tagged=tagged, year=doc.year))}
    taught = doc.taught()  # only the labels reviewed there (a document of accepted AMOUNTs: no PROJECT gold)
    return {name: _spans(doc, [s for s in spans if s.label in taught]) for name, spans in found.items()}


def fit(docs: Sequence[Document], model: SequenceModel) -> dict[str, Any]:
    """{system: scores} of ``model`` on the documents it learned from: how well it fits them (no
    test of what it does on new text: that is :mod:`.crossval`)."""
    gold: list[Span] = []
    pred: dict[str, list[Span]] = {name: [] for name in SYSTEMS}
    for doc in docs:
        gold += gold_spans(doc)
        for name, spans in predictions(doc, model).items():
            pred[name] += spans
    return {name: score(gold, pred[name]) for name in SYSTEMS}


def f1_lines(result: dict[str, Any], order: Sequence[str] = ()) -> list[str]:
    """One line per label (in ``order``, a project's): overlap F1 of each system."""
    labels = in_order({label for name in SYSTEMS for label in result[name]["labels"]}, order)
    out = []
    for label in labels:
        cells = []
        for name in SYSTEMS:
            kinds = result[name]["labels"].get(label)
            cells.append(f"{name} {kinds['overlap']['f1']:.3f}" if kinds else f"{name} -")
        out.append(f"  {label:<10} " + ", ".join(cells))
    return out
