"""Open suggestions a coder's span supersedes: a piece of :mod:`.jsonl`'s import (gold lines, doccano
lines, Label Studio tasks), run on the spans a batch stored — a doccano line's or a task's before they are
stored: in the suggestions' own layer (no ``--annotator``, a Label Studio export naming its coder by number
alone) they would be refused, and the whole task with them.

A coder who marked 松元产业园二期 where the program suggested 松元产业园 decided that text: the suggestion
is removed and counted as superseded. Not rejected: a rejected text of a label is never proposed again
in the project (``Store.rejected_entries``), and 松元产业园 is a project's name, only cut short here;
the coder's span corrected its boundaries, as a selection over a suggestion reshapes it in the window.
Only an accepted span removes, and only an open suggestion of its label in its layer or the program's
(no annotator): a DISTRICT suggestion inside a coder's PROJECT, a span the coder rejected, another coder's
suggestion stay as they are. A suggestion with the same boundaries is decided by the line
itself (``JsonLines._decides_suggestion``), never here.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from annotator.core.models import Annotation

if TYPE_CHECKING:
    from annotator.core.imports.jsonl import JsonLines


def close_superseded(lines: JsonLines, doc_id: int, stored: Iterable[Annotation]) -> int:
    """Remove the open suggestions of document ``doc_id`` that the accepted spans ``stored`` (just added,
    inside the batch's write) overlap with other boundaries; ``lines.known`` is kept up to date and the
    number closed is added to ``lines.pending.superseded`` and returned."""
    accepted = [a for a in stored if a.status == "accepted"]
    known = lines.known.get(doc_id)
    if not accepted or not known:
        return 0
    # the document's open suggestions per label, by start (read once per call: linear in the document)
    by_label: dict[str, list[tuple[int, int, str, int]]] = {}
    for key, found in known.items():
        if found is not None and found[1] == "suggested":
            by_label.setdefault(key[0], []).append((key[1], key[2], key[4], found[0]))
    closed: dict[int, None] = {}
    for listed in by_label.values():
        listed.sort()
    longest = {label: max(end - start for start, end, _who, _id in listed) for label, listed in by_label.items()}
    for a in accepted:
        spans = by_label.get(a.label, [])
        i = bisect_left(spans, (a.end,)) - 1  # the last suggestion starting before the span's end …
        while i >= 0 and spans[i][0] + longest[a.label] > a.start:  # … back to the first that can reach it
            start, end, who, ann_id = spans[i]
            if end > a.start and (start, end) != (a.start, a.end) and who in ("", a.annotator):
                closed[ann_id] = None
            i -= 1
    if not closed:
        return 0
    lines.store.delete_annotations(list(closed), open_only=True)
    for key in [k for k, found in known.items() if found is not None and found[0] in closed]:
        del known[key]
    lines.pending.superseded += len(closed)
    return len(closed)
