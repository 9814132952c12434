"""Progress of long work that a display can show as a fraction and a sentence.

A progress callback takes ``(done, total, current)``. Importing counts files. Suggesting may
spend all its time in one document (a 400,000-character report), so it counts thousandths
(:data:`SCALE`) of the whole job: each document's share is its length's share of all the
text, and within a document each step (a suggester, the model, storing, links) takes the share its
usual cost gives it (:class:`Meter`; the model's moves on a block of a long document at a time).
``current`` is then a :class:`Step`: document *i* of *n*, its name, and what is being done (which
labels are being suggested); ``str(step)`` says it in English for a terminal, the window says it in
its own language.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

SCALE = 1000  # progress units of a whole job measured by a Meter

SUGGEST, MODEL, STORE, LINKS = "suggest", "model", "store", "links"  # what a Step does
SPREAD = "spread"  # a document skipped (done with these settings) searched for the strings accepted since
READ = "read"  # importing: a long file (a PDF) read page by page, ``Step.page`` (page, pages)


@dataclass(frozen=True)
class Step:
    index: int  # the document, from 0
    documents: int
    name: str
    doing: str = SUGGEST
    labels: tuple[str, ...] = ()  # the labels being suggested
    page: tuple[int, int] = (0, 0)  # READ: the page read (from 1) of how many

    def __str__(self) -> str:
        if self.doing == READ:
            return f"file {self.index + 1} of {self.documents} ({self.name}): page {self.page[0]} of {self.page[1]}"
        what = {SUGGEST: f"suggesting {', '.join(self.labels)}".rstrip(), STORE: "storing the suggestions",
                MODEL: f"the model suggesting {', '.join(self.labels)}".rstrip(),
                LINKS: "suggesting links", SPREAD: "looking for the strings accepted since"}.get(self.doing, self.doing)
        return f"document {self.index + 1} of {self.documents} ({self.name}): {what}"


Progress = Callable[[int, int, Any], None]  # (done, total, current: a str or a Step)


class Stopped(Exception):
    """Raised from a progress hook made by :func:`stopping` once the caller's ``cancelled`` says so."""


def stopping(progress: Progress | None, cancelled: Callable[[], bool] | None) -> Progress | None:
    """``progress`` that first stops the work (:class:`Stopped`) once ``cancelled()`` is true:
    long work that reports progress between steps is cancelled there (None: nothing to ask)."""
    if cancelled is None:
        return progress

    def hook(done: int, total: int, current: Any) -> None:
        if cancelled():
            raise Stopped
        if progress is not None:
            progress(done, total, current)

    return hook


class Meter:
    """Reports a job over documents of the given ``sizes`` (their lengths) as
    ``progress(done, SCALE, step)``: document ``index`` ``fraction`` done is the length of the
    documents before it and that fraction of its own, out of all."""

    def __init__(self, progress: Progress | None, sizes: Sequence[int]):
        self.progress = progress
        self.before = [0, *accumulate(max(size, 1) for size in sizes)]
        self.total = self.before[-1] or 1
        self.last: Step | str = ""  # the step reported last
        self.finished_size = 0  # the lengths of the documents :meth:`finished` heard of

    def at(self, index: int, fraction: float, step: Step) -> None:
        self.last = step
        if self.progress is None:
            return
        index = min(max(index, 0), len(self.before) - 2) if len(self.before) > 1 else 0
        size = self.before[index + 1] - self.before[index] if len(self.before) > 1 else 0
        done = self.before[index] + size * min(max(fraction, 0.0), 1.0)
        self.progress(int(SCALE * done / self.total), SCALE, step)

    def finished(self, index: int, step: Step) -> None:
        """Document ``index`` is done, in whatever order the documents finish (workers): the lengths
        of all those finished so far, out of all."""
        self.last = step
        if 0 <= index < len(self.before) - 1:
            self.finished_size += self.before[index + 1] - self.before[index]
        if self.progress is not None:
            self.progress(int(SCALE * min(self.finished_size, self.total) / self.total), SCALE, step)

    def finish(self) -> None:
        """All done (the last step still named)."""
        if self.progress is not None:
            self.progress(SCALE, SCALE, self.last)


def part(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` for a job that is the part [``start``, ``end``) of a larger one: its
    ``done`` of ``total`` becomes thousandths of the whole."""
    if progress is None:
        return None
    whole = progress

    def report(done: int, total: int, current: Any) -> None:
        whole(int(SCALE * (start + (end - start) * min(done, total) / max(total, 1))), SCALE, current)

    return report


def shares(weights: Sequence[float]) -> list[float]:
    """Where each of a document's steps starts, as fractions of the document: [0, w0/W, (w0+w1)/W, …]."""
    total = sum(weights) or 1.0
    return [w / total for w in accumulate(weights, initial=0.0)]
