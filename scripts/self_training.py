"""Self-training of the PROJECT layer on unlabeled reports (``scripts/seed_folder_cv.py --self-train``; tried
on 3 December 2026): a fold's model tags unlabeled text of the genre, and the lines where every PROJECT span
it proposes is sure become training documents that teach PROJECT alone."""
from __future__ import annotations

import sys
from pathlib import Path

from annotator.core.models import Annotation
from annotator.core.suggest.model.scoring import resolved
from annotator.core.suggest.model.suggester import MODEL_ONLY, ModelSuggester
from annotator.core.suggest.model.training import Document, featurise

LINE_MIN, LINE_MAX = 15, 400  # characters of a line taken (a heading, a table row: not)


def unlabeled(folder: Path) -> list[Document]:
    """The ``*.txt`` of ``folder`` featurised, with no span (their lines are read, never taught whole)."""
    docs = []
    for i, path in enumerate(sorted(folder.glob("*.txt"))):
        doc = Document(-1 - i, f"unlabeled/{path.name}", path.read_text(encoding="utf-8"), [("self", [])])
        featurise(doc)
        docs.append(doc)
    return docs


def sure_lines(model: object, docs: list[Document], minimum: float) -> list[Document]:
    """Each line of ``docs`` (LINE_MIN-LINE_MAX characters) with a PROJECT span as ``annotator suggest``
    proposes beside ``model`` and none below ``minimum``, as a document teaching those spans and PROJECT
    alone (its other labels unreviewed)."""
    suggester = ModelSuggester(model, 0.0, model_only=MODEL_ONLY)
    out: list[Document] = []
    for doc in docs:
        tagged = suggester.tagged(doc.text, doc.rules)
        spans = [s for s in resolved(suggester.combine(doc.text, doc.rules, tagged=tagged, year=doc.year))
                 if s.label == "PROJECT"]
        start = 0
        for line in doc.text.split("\n"):
            end = start + len(line)
            inside = [s for s in spans if start <= s.start and s.end <= end]
            crossing = [s for s in spans if s.start < end and s.end > start and s not in inside]
            if LINE_MIN <= len(line) <= LINE_MAX and inside and not crossing \
                    and min(s.confidence for s in inside) >= minimum:
                found = [Annotation(None, -1, s.start - start, s.end - start, "PROJECT", s.text) for s in inside]
                line_doc = Document(-100000 - len(out), f"{doc.name}:{start}", line + "\n", [("self", found)],
                                    done_labels=("PROJECT",))
                featurise(line_doc)
                out.append(line_doc)
            start = end + 1
    print(f"self-training: {len(out)} lines, {sum(len(d.versions[0][1]) for d in out)} PROJECT spans "
          f"of confidence >= {minimum}", file=sys.stderr, flush=True)
    return out
