"""N / P: the next (previous) open suggestion, across the documents the list shows (its filter
applied; the open one always), found by :func:`annotator.core.review.step_suggestion`; the
status bar says when none is left, when the step goes on into another document (a reviewer
going through one report with N was taken into the next without a word, its done mark not set),
and when it went round the end of the list (N) or its start (P) to the other end, or back round
to the start (end) of the only document left with open suggestions (:func:`review.went_round`).

N / P follow the annotation list's filters of label, annotator, origin and text (the suggestion
selected is one the list shows, in this document and the next ones: ``core/span_filter.py``), not
its status filter: a status other than "suggested" chosen there is cleared to show the open
suggestion selected, and said. They walk the rows in the table's order: the text's, or, with the table
sorted by a column (by confidence, the doubtful first), the rows' order it shows, in this document and the
next ones (sorted alike), so that N after X or A goes on down the table as the row selected in place of
a row that left it does (it jumped to the next suggestion in the text, anywhere in the table). With none
of the filters' suggestions left the status bar names the filter (an AMOUNT filter set and forgotten made N
say "none left" with DISTRICTs open)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core import review
from annotator.core.models import Annotation
from annotator.core.span_filter import SpanFilter
from annotator.core.span_row import SpanRow
from annotator.gui.display import label_text, origin_text, status_text
from annotator.gui.row_left import going_on_from

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def step_suggestion(w: MainWindow, step: int) -> None:
    if w.store is None or w.doc_id is None:
        return
    w.reloading.before_key()  # what another program wrote first: N went to a suggestion `annotator review` had decided
    store, here_doc, listed = w.store, w.doc_id, w.panel.listed_ids()
    current = going_on_from(w)  # the selected span (the one decided, when X or A took its row out of the table)
    doc_ids = [d for d in w.doc_model.doc_ids() if d in listed or d == here_doc]
    order = w.ann_model.table_order()  # a column sorts the table: its rows' order, else the text's
    here = _place(w, current, order)
    only = w.ann_proxy.span_filter()
    labels = sorted(only.labels) if only.labels is not None else None

    def open_spans(d: int) -> Iterable[Annotation | SpanRow]:  # the window's rows of its document, else the store's
        return w.ann_model.rows() if d == here_doc else store.iter_annotations(d, statuses=[review.OPEN], labels=labels)

    def text_of(a: Annotation | SpanRow) -> str:
        return a.text if isinstance(a, Annotation) else w.ann_model.text_of(a)

    target = review.step_suggestion(
        doc_ids, here_doc, here, step, open_spans=open_spans,
        open_count=lambda d: w.doc_model.counts(d).get(review.OPEN, 0), only=only, text_of=text_of,
        holding=lambda: store.documents_suggesting(labels, only.annotator, only.origin, only.needle), order=order)
    if target is None:
        if w.doc_id in w.doc_model.doc_ids():
            w.statusBar().showMessage(_none_left(w, doc_ids, only), 6000 if only else 4000)
        return
    status = w.ann_proxy.status_only()
    if status not in (None, review.OPEN):  # the list's status box hid it: cleared, said below
        w.table_filter.clear_status()
    doc_id, ann_id = target
    found = w.ann_model.by_id(ann_id) if doc_id == here_doc and ann_id is not None else None
    round_ = review.went_round(doc_ids, here_doc, here, doc_id, _place(w, found, order) if found else None, step)
    left = w.doc_model.name_of(w.doc_id) if doc_id != w.doc_id else ""
    if left:
        w.open_document(doc_id)
    if ann_id is not None:
        w.select_annotation(ann_id)
    said = ""
    if left:
        if round_:  # past the list's end (start): said, not a silent jump to the other end of the list
            said = (_tr("No open suggestions further on in {0} nor in the documents after it: wrapped round "
                        "to the first document with some, {1}") if step > 0
                    else _tr("No open suggestions earlier in {0} nor in the documents before it: wrapped round "
                             "to the last document with some, {1}"))
        else:
            said = (_tr("No open suggestions further on in {0}: on to {1}") if step > 0
                    else _tr("No open suggestions earlier in {0}: back to {1}"))
        said = said.format(left, w.doc_model.name_of(doc_id))
    elif round_:
        said = (_tr("No open suggestions further on in {0} nor in another document: wrapped round to its first one")
                if step > 0 else
                _tr("No open suggestions earlier in {0} nor in another document: wrapped round to its last one"))
        said = said.format(w.doc_model.name_of(doc_id))
    if said and only:
        said += _tr(" (the list's filter: {0})").format(filter_named(only))
    if status not in (None, review.OPEN):
        cleared = _tr("The list's status filter ({0}) was cleared to show the open suggestion selected")
        said = "; ".join(filter(None, (said, cleared.format(status_text(status)))))
    if said:
        w.statusBar().showMessage(said, 6000)


def _place(w: MainWindow, span: Annotation | None, order: review.Order | None) -> review.Place | None:
    """Where ``span`` (None: the caret) stands in the order N / P walk; in a sorted table the caret has no
    place among the rows (sorted by confidence): None, from the table's top (its end)."""
    if order is None:
        return review.position(span, w.text_view.selection_cp()[0])
    return order(span) if span is not None else None


def _none_left(w: MainWindow, doc_ids: list[int], only: SpanFilter) -> str:
    """No open suggestion is left, or none the list's filters let through (named: clear it for the others)."""
    if not only or not any(w.doc_model.counts(d).get(review.OPEN, 0) for d in doc_ids):
        return QCoreApplication.translate("MainWindow", "No open suggestions left.")
    if [field for field, _value in only.parts()] == ["label"]:
        return _tr("No more {0} suggestions (the list's filter); clear it for the others").format(
            filter_named(only))
    return _tr("No more suggestions pass the list's filter ({0}); clear it for the others").format(
        filter_named(only))


def filter_named(only: SpanFilter) -> str:
    """The list's filters as the status bar names them: AMOUNT, 模型, “亿元”."""
    shown = {"label": label_text, "annotator": lambda a: a or _tr("(nobody)"), "origin": origin_text,
             "text": lambda t: f"“{t}”"}
    return ", ".join(shown[field](value) for field, value in only.parts())


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionSteps", text)
