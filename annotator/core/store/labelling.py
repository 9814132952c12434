"""A span the user labels by hand (a selection and its label key in the window): made anew, or the
open suggestions of its label it covers or overlaps taking its place.

One open suggestion of that label with the same boundaries is accepted as proposed (its origin, its
value kept). Otherwise the open suggestions of that label the selection overlaps — in the program's
layer (no annotator) or the user's own — give way to it: the first (by offset) gets the selection's
boundaries, the given value, and is accepted (origin ``manual``, its confidence kept: a suggestion
the coder changed, ``provenance.CHANGED``), the others are removed. Removed, not rejected: a rejected
text of a label is never proposed again in the project (``Store.rejected_entries``), and 厦门市 and
湖里区 under a coder's 厦门市湖里区 are names run together, not wrong ones (as a coder's imported span
removes the suggestions it overlaps: ``core/imports/superseded.py``). One ChangeSet, so one undo puts
every suggestion back as it was. Suggestions of other labels inside stay; an accepted span of that
label in the user's layer that the selection overlaps refuses the whole (nothing is changed).

Another coder's span is never theirs to take (:func:`reshapes`): neither an accepted span of a coder
merged in (li's 湖里区 stays li's; the user's own is made beside it, in their layer) nor an open
suggestion in a coder's layer — agreement and adjudication compare the coders' layers as the coders
left them. A coder is one of the project's coders (``Store.coders``: the layers a merge or a named
import brought in), not any name: the demo's layer ``demo``, a name the command line decided under
(``review --accept --annotator X`` in a solo project) and no one's name are the user's. The window's
selection over one span of a label reshapes by the same rule (``gui/boundaries.py``), and the user's
other edits of another coder's span (:func:`coders_span`) go to a copy of their own
(``core/store/own_copies.py``).
"""
from __future__ import annotations

from collections.abc import Collection
from typing import Any

from annotator.core.models import ADJUDICATED, MANUAL, Annotation, ChangeSet
from annotator.core.span_row import SpanRow
from annotator.core.store.annotations import AnnotationQueries

# the open suggestion of a label at exactly [start, end) that is not another coder's (one annotator's own,
# or of a layer no coder's: the program's, the demo's)
EXACT_SQL = ('SELECT id FROM annotations WHERE document_id = ? AND start = ? AND "end" = ? '
             "AND label = ? AND (annotator = ? OR annotator NOT IN (SELECT name FROM coders)) "
             "AND status = 'suggested' ORDER BY id LIMIT 1")
# the open suggestions of a label in the program's layer or one annotator's that overlap [start, end)
OVERLAPPED_SQL = ('SELECT id FROM annotations INDEXED BY annotations_layer WHERE document_id = ? AND label = ? '
                  "AND annotator IN ('', ?) AND start < ? AND \"end\" > ? AND status = 'suggested' "
                  'ORDER BY start, "end", id')


def reshapes(a: Annotation | SpanRow, annotator: str, coders: Collection[str]) -> bool:
    """Whether a selection of ``annotator``'s over ``a`` (of its label) may give ``a`` its boundaries
    and make it theirs: a span not rejected that is not another coder's (:func:`coders_span`; the
    project's ``coders``) — theirs, an open suggestion of the program's, a span of no one's name or of
    a layer no coder's (the demo's)."""
    return a.status != "rejected" and not coders_span(a, annotator, coders)


def coders_span(a: Annotation | SpanRow, annotator: str, coders: Collection[str]) -> bool:
    """Whether ``a`` is another coder's span to ``annotator``: in the layer of one of the project's
    ``coders`` (``Store.coders``: a merge's or a named import's) other than theirs, and not a gold layer's
    (origin adjudicated: the adjudicator edits it in its layer). Such a span stays as its coder left it:
    an edit of the user's goes to a copy of their own. Any other layer is the user's to edit: no one's
    name (a solo project's), the demo's ``demo``, a name the command line decided under."""
    return a.annotator != annotator and a.annotator in coders and a.origin != ADJUDICATED


class LabellingQueries(AnnotationQueries):
    def label_span(self, doc_id: int, start: int, end: int, label: str, *, annotator: str = "",
                   origin: str = MANUAL, **fields: Any) -> ChangeSet:
        """A span the user labels by hand: accepted, origin ``manual`` — or, where an open
        suggestion of that label covers exactly that span, that suggestion accepted (with the value
        it has, if any: ``value`` is for a span made anew); where open suggestions of that label
        overlap it, the first reshaped to it and the others removed (the module's doc). Looked for
        inside the write, so a suggestion another program saved after the window last looked
        (``annotator suggest`` on the open project) is accepted, not copied beside itself. A span
        of another origin (a decision written into a gold layer, ``adjudicated``) is added as it is."""
        if origin != MANUAL:
            return self.add_annotation(doc_id, start, end, label, status="accepted", origin=origin,
                                       annotator=annotator, **fields)
        with self.transaction():
            row = self.conn.execute(EXACT_SQL, (doc_id, start, end, label, annotator)).fetchone()
            if row is not None:
                if self.annotation(row[0]).value:
                    fields.pop("value", None)
                return self.update_annotation(row[0], status="accepted", annotator=annotator, **fields)
            overlapped = [i for (i,) in self.conn.execute(OVERLAPPED_SQL, (doc_id, label, annotator, end, start))]
            if not overlapped:
                return self.add_annotation(doc_id, start, end, label, status="accepted", origin=MANUAL,
                                           annotator=annotator, **fields)
            kept, others = overlapped[0], overlapped[1:]
            # the others first: in the program's layer ("" labelling too) the reshaped one would overlap them
            removed = self.delete_annotations(others) if others else ChangeSet()
            reshaped = self.update_annotation(kept, start=start, end=end, status="accepted",
                                              annotator=annotator, **fields)
        return ChangeSet((*removed.changes, *reshaped.changes), reshaped.description)
