"""Mention replacement (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named Entity
Recognition"): copies of training documents in which every span of one label (PROJECT) is replaced
by the text of another span of that label, drawn from the documents trained on, so that the model
sees names it has not seen in contexts it has, and learns more from the context than from the name.

Each copy's text is rebuilt and featurised anew (the rules' proposals are features, so they are
computed on the new text too). Spans of other labels are shifted by the change in length before
them; a span inside a replaced one (a DISTRICT inside a PROJECT) or crossing its edge is dropped,
since its text is gone. A copy teaches only the replaced label: the new names may hold places or
amounts nobody marked, and the other layers keep learning from the documents as they are.

Used only by the scripts that train and measure the seed (``--augment N``); off by default: measured
and not kept (README, "Suggestions that learn", 3 December).
"""
from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from annotator.core.models import Annotation
from annotator.core.suggest.model.blocks import LineFeatures
from annotator.core.suggest.model.training import Document, featurise

LABEL = "PROJECT"
SEED = 17  # the draws are the same on every run


def names(docs: Sequence[Document], label: str = LABEL) -> list[str]:
    """The distinct texts of the spans of ``label`` in ``docs``, sorted (the pool replacements come from)."""
    return sorted({doc.text[a.start:a.end] for doc in docs for _, spans in doc.versions for a in spans
                   if a.label == label and a.end > a.start})


def outermost(spans: Sequence[Annotation], label: str = LABEL) -> list[Annotation]:
    """The spans of ``label`` that do not overlap one another: the first, then the longest, of any that do."""
    kept: list[Annotation] = []
    for a in sorted((a for a in spans if a.label == label), key=lambda a: (a.start, -a.end)):
        if a.end > a.start and (not kept or a.start >= kept[-1].end):
            kept.append(a)
    return kept


def replaced(text: str, spans: Sequence[Annotation], pick: Callable[[str], str],
             label: str = LABEL) -> tuple[str, list[Annotation]]:
    """``text`` with each (outermost) span of ``label`` replaced by ``pick(its text)``, and ``spans``
    on the new text: the replaced ones over their new names, the others shifted, those inside a
    replaced span, across its edge or over exactly its text dropped."""
    targets = outermost(spans, label)
    pieces: list[str] = []
    moved: list[tuple[int, int, int]] = []  # (old start, old end, growth) of each replaced span
    at = 0
    for a in targets:
        name = pick(text[a.start:a.end])
        pieces += [text[at:a.start], name]
        moved.append((a.start, a.end, len(name) - (a.end - a.start)))
        at = a.end
    pieces.append(text[at:])
    new_text = "".join(pieces)

    def where(offset: int) -> int | None:
        """``offset`` on the new text, or None where it falls inside a replaced span."""
        if any(start < offset < end for start, end, _ in moved):
            return None
        return offset + sum(grown for _, end, grown in moved if end <= offset)

    out: list[Annotation] = []
    chosen = {id(a) for a in targets}
    replaced_at = {(a.start, a.end) for a in targets}
    for a in spans:
        if id(a) not in chosen and (a.start, a.end) in replaced_at:
            continue  # another label's span over exactly a replaced name (or the same name twice)
        start, end = where(a.start), where(a.end)
        if start is not None and end is not None and end > start:
            out.append(a.with_(start=start, end=end, text=new_text[start:end]))
    return new_text, sorted(out, key=lambda a: (a.start, -a.end, a.label))


def _lines_with(features: LineFeatures, spans: Sequence[Annotation]) -> LineFeatures:
    """``features`` of only the lines that hold (some of) one of ``spans``."""
    out = LineFeatures(len(features))
    for start, end, rows in features:
        if any(a.start < end and start < a.end for a in spans):
            out.add(start, end, rows)
    return out


def mention_copies(docs: Sequence[Document], copies: int = 1, lines_only: bool = False, seed: int = SEED,
                   label: str = LABEL) -> list[Document]:
    """``copies`` copies of each version of each document of ``docs`` that teaches ``label`` and holds
    spans of it, each span of it replaced by a name drawn uniformly from :func:`names` of ``docs``
    (another than its own), featurised, teaching ``label`` alone; ``lines_only``: each copy keeps only
    the lines that hold a span of ``label``. The same ``docs`` and ``seed`` give the same copies."""
    pool = names(docs, label)
    draw = random.Random(seed)

    def pick(old: str) -> str:
        if len(pool) < 2:
            return pool[0] if pool else old
        while (name := pool[draw.randrange(len(pool))]) == old:
            pass
        return name

    out: list[Document] = []
    for n in range(copies):
        for doc in docs:
            if label not in doc.taught():
                continue
            for who, spans in doc.versions:
                if not outermost(spans, label):
                    continue
                text, moved = replaced(doc.text, spans, pick, label)
                kept = [a for a in moved if a.label == label]
                copy = Document(doc.doc_id, f"{doc.name} (names replaced, copy {n + 1})", text, [(who, kept)],
                                (label,), year=doc.year)
                featurise(copy)
                if lines_only:
                    copy.features = _lines_with(copy.features, kept)
                out.append(copy)
    return out
