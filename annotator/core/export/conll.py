"""Character-level CoNLL / BIO, the usual input of Chinese NER tools.

Format (UTF-8, no BOM)::

    # doc: 000_a.txt
    厦 B-DISTRICT
    门 I-DISTRICT
    投 O
    ...
    。 O
    <blank line>
    全 O                    (the next sentence of the document)
    ...
    <blank line>
    # doc: 001_b.txt
    ...

- One character (code point) per line, a space, then its tag: ``B-LABEL`` on the first
  character of a span, ``I-LABEL`` on the rest, ``O`` outside every span. A space inside a
  label's name (a label the project added: ``my policy``) is written ``_`` (``B-my_policy``): a
  tag holding a space made a line of four fields, which readers that split on whitespace break on.
- One sentence per block: sentences (ending at 。！？!?；; or a line break, ``sentences.py``) and
  documents are separated by one blank line, as NER tools read sentences; a span never
  crosses a break (a sentence goes on while a span does).
- Each document starts with a ``# doc: NAME`` comment line (readers that take comments: flair
  ``comment_symbol="#"``, the conllu format). ``doc_comments=False`` (``annotator export …
  --no-doc-comments``) writes bare two-column files, for readers such as ``spacy convert`` that
  would take the comment for tokens.
- Whitespace (spaces, tabs, line breaks, the full-width space) is skipped: a line holding a
  blank token would break readers that split on whitespace, and Chinese text needs no
  spaces. Tags of a span simply continue over a skipped character. Offsets into the stored text
  therefore cannot be read back from this file; use the jsonl export for that.
- Nested or crossing spans: the outer (longer) span wins and the shorter one is left out whole
  (a span is never cut into pieces). Equal lengths: the earlier one wins. The summary warns how
  many spans were left out.
- Which documents: those with at least one exported span, and those marked done (a done
  document without spans is a real "nothing here"); documents not yet looked at are left out,
  so they do not teach a model that everything in them is ``O``.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.core.export.sentences import sentence_ends
from annotator.core.models import Annotation
from annotator.core.store import Store
from annotator.core.writing import atomic_path


class Written(int):
    """The number of documents written, and how many sentences and nested spans it held."""

    sentences: int = 0
    dropped: int = 0

    def __new__(cls, documents: int, sentences: int = 0, dropped: int = 0) -> Written:
        self = super().__new__(cls, documents)
        self.sentences, self.dropped = sentences, dropped
        return self

    def __str__(self) -> str:
        return f"{int(self):,} document(s), {self.sentences:,} sentence(s)"

    @property
    def warning(self) -> str:
        """What the summary says after the file's name: the nested spans left out, if any."""
        if not self.dropped:
            return ""
        return (f"; warning: {self.dropped:,} span(s) inside or across a longer one left out "
                "(BIO has one tag a character)")

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else format(int(self), spec)


def tag_spans(text: str, spans: Iterable[Annotation]) -> tuple[list[str], int]:
    """The BIO tag of every character of ``text`` and the number of spans left out: longer spans
    first, a span that clashes with a longer one is left out whole."""
    out = ["O"] * len(text)
    taken = [False] * len(text)
    dropped = 0
    for a in sorted(spans, key=lambda a: (-(a.end - a.start), a.start, a.label)):
        start, end = max(a.start, 0), min(a.end, len(text))
        if start >= end:
            continue
        if any(taken[start:end]):
            dropped += 1
            continue
        first, label = True, "_".join(a.label.split())
        for i in range(start, end):
            taken[i] = True
            if text[i].isspace():
                continue
            out[i] = f"{'B' if first else 'I'}-{label}"
            first = False
    return out, dropped


def tags(text: str, spans: Iterable[Annotation]) -> list[str]:
    """The BIO tag of every character of ``text`` (see :func:`tag_spans`)."""
    return tag_spans(text, spans)[0]


def sentence_breaks(text: str, tagged: list[str]) -> set[int]:
    """Offsets after which a sentence ends (``sentences.py``), except inside a span."""
    breaks = set()
    for end in sentence_ends(text)[:-1]:
        after = next((i for i in range(end, len(text)) if not text[i].isspace()), None)
        if after is not None and tagged[after].startswith("I-"):
            continue  # a span runs on across the end: the sentence goes on with it
        breaks.add(end)
    return breaks


def document_blocks(name: str, text: str, spans: Iterable[Annotation], doc_comments: bool = True
                    ) -> tuple[list[list[str]], int]:
    """The sentences of one document as blocks of lines (the first with the ``# doc:`` line), and
    the number of spans left out."""
    tagged, dropped = tag_spans(text, spans)
    breaks = sentence_breaks(text, tagged)
    blocks: list[list[str]] = []
    block: list[str] = [f"# doc: {' '.join(name.split())}"] if doc_comments else []
    has_tokens = False
    for i, (ch, tag) in enumerate(zip(text, tagged, strict=True)):
        if not ch.isspace():
            block.append(f"{ch} {tag}")
            has_tokens = True
        if i + 1 in breaks and has_tokens:
            blocks.append(block)
            block, has_tokens = [], False
    if has_tokens or not blocks:
        blocks.append(block)
    return blocks, dropped


def document_lines(name: str, text: str, spans: Iterable[Annotation], doc_comments: bool = True) -> Iterator[str]:
    """The lines of one document: its sentences separated by blank lines."""
    blocks, _dropped = document_blocks(name, text, spans, doc_comments)
    for k, block in enumerate(blocks):
        if k:
            yield ""
        yield from block


def write(store: Store, out: str | Path, *, statuses: Iterable[str] | None = ("accepted",),
          labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
          annotators: Iterable[str] | None = None, doc_comments: bool = True) -> Written:
    """Write the BIO file to ``out`` (replaced only once complete); returns the number of documents
    (an int that also says how many sentences and left-out spans there were)."""
    statuses = list(statuses) if statuses else ["accepted"]
    spans_by_doc: dict[int, list[Annotation]] = {}
    for a in store.iter_annotations(statuses=statuses, labels=None if labels is None else list(labels),
                                    doc_ids=None if doc_ids is None else list(doc_ids),
                                    annotators=None if annotators is None else list(annotators)):
        spans_by_doc.setdefault(a.document_id, []).append(a)
    wanted = set(doc_ids) if doc_ids is not None else None
    chosen = [d.id for d in store.documents()
              if d.id is not None and (wanted is None or d.id in wanted) and (d.id in spans_by_doc or d.done)]
    n = sentences = dropped = 0
    with atomic_path(Path(out)) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            for doc_id, name, text in store.document_texts(chosen):
                blocks, left_out = document_blocks(name, text, spans_by_doc.get(doc_id, ()), doc_comments)
                for block in blocks:
                    if sentences:
                        f.write("\n")
                    f.write("".join(line + "\n" for line in block))
                    sentences += 1
                dropped += left_out
                n += 1
            f.flush()
            os.fsync(f.fileno())
    return Written(n, sentences, dropped)
