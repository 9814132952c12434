"""Character-level CoNLL / BIO, the usual input of Chinese NER tools.

Format (UTF-8, no BOM)::

    # doc: 000_a.txt
    厦 B-DISTRICT
    门 I-DISTRICT
    投 O
    ...
    <blank line>
    # doc: 001_b.txt
    ...

- One character (code point) per line, a space, then its tag: ``B-LABEL`` on the first
  character of a span, ``I-LABEL`` on the rest, ``O`` outside every span.
- Documents are separated by one blank line; each starts with a ``# doc: NAME`` comment line
  (readers that take comments: flair ``comment_symbol="#"``, the conllu format). Pass
  ``doc_comments=False`` for bare two-column files.
- Whitespace (spaces, tabs, line breaks, the full-width space) is skipped: a line holding a
  blank token would break readers that split on whitespace, and Chinese text needs no
  spaces. Tags of a span simply continue over a skipped character. Offsets into the stored text
  therefore cannot be read back from this file; use the jsonl export for that.
- Nested or crossing spans: the outer (longer) span wins and the shorter one is left out whole
  (a span is never cut into pieces). Equal lengths: the earlier one wins.
- Which documents: those with at least one exported span, and those marked done (a done
  document without spans is a real "nothing here"); documents not yet looked at are left out,
  so they do not teach a model that everything in them is ``O``.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.core.models import Annotation
from annotator.core.store import Store
from annotator.core.writing import atomic_path


def tags(text: str, spans: Iterable[Annotation]) -> list[str]:
    """The BIO tag of every character of ``text``; longer spans first, a span that clashes is left out."""
    out = ["O"] * len(text)
    taken = [False] * len(text)
    for a in sorted(spans, key=lambda a: (-(a.end - a.start), a.start, a.label)):
        start, end = max(a.start, 0), min(a.end, len(text))
        if start >= end or any(taken[start:end]):
            continue
        first = True
        for i in range(start, end):
            taken[i] = True
            if text[i].isspace():
                continue
            out[i] = f"{'B' if first else 'I'}-{a.label}"
            first = False
    return out


def document_lines(name: str, text: str, spans: Iterable[Annotation], doc_comments: bool = True) -> Iterator[str]:
    if doc_comments:
        yield f"# doc: {' '.join(name.split())}"
    for ch, tag in zip(text, tags(text, spans), strict=True):
        if not ch.isspace():
            yield f"{ch} {tag}"


def write(store: Store, out: str | Path, *, statuses: Iterable[str] | None = ("accepted",),
          labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
          doc_comments: bool = True) -> int:
    """Write the BIO file to ``out`` (replaced only once complete); returns the number of documents."""
    statuses = list(statuses) if statuses else ["accepted"]
    spans_by_doc: dict[int, list[Annotation]] = {}
    for a in store.iter_annotations(statuses=statuses, labels=None if labels is None else list(labels),
                                    doc_ids=None if doc_ids is None else list(doc_ids)):
        spans_by_doc.setdefault(a.document_id, []).append(a)
    wanted = set(doc_ids) if doc_ids is not None else None
    chosen = [d.id for d in store.documents()
              if d.id is not None and (wanted is None or d.id in wanted) and (d.id in spans_by_doc or d.done)]
    n = 0
    with atomic_path(Path(out)) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            for doc_id, name, text in store.document_texts(chosen):
                if n:
                    f.write("\n")
                for line in document_lines(name, text, spans_by_doc.get(doc_id, ()), doc_comments):
                    f.write(line + "\n")
                n += 1
            f.flush()
            os.fsync(f.fileno())
    return n
