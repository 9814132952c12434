"""N / P: the next (previous) open suggestion, across the documents the list shows (its filter
applied; the open one always), found by :func:`annotator.core.review.step_suggestion`; the
status bar says when none is left, when the step goes on into another document (a reviewer
going through one report with N was taken into the next without a word, its done mark not set),
and when it went round the end of the list (N) or its start (P) to the other end, or back round
to the start (end) of the only document left with open suggestions (:func:`review.went_round`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core import review

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def step_suggestion(w: MainWindow, step: int) -> None:
    if w.store is None or w.doc_id is None:
        return
    store, here_doc, listed = w.store, w.doc_id, w.panel.listed_ids()
    current = w.ann_model.by_id(w.selected_id) if w.selected_id is not None else None
    doc_ids = [d for d in w.doc_model.doc_ids() if d in listed or d == here_doc]
    here = review.position(current, w.text_view.selection_cp()[0])
    target = review.step_suggestion(
        doc_ids, here_doc, here, step,
        open_spans=lambda d: w.ann_model.rows() if d == here_doc
        else store.iter_annotations(d, statuses=[review.OPEN]),
        open_count=lambda d: w.doc_model.counts(d).get(review.OPEN, 0))
    if target is None:
        if w.doc_id in w.doc_model.doc_ids():
            w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "No open suggestions left."), 4000)
        return
    doc_id, ann_id = target
    found = w.ann_model.by_id(ann_id) if doc_id == here_doc and ann_id is not None else None
    round_ = review.went_round(doc_ids, here_doc, here, doc_id, review.position(found, 0) if found else None, step)
    left = w.doc_model.name_of(w.doc_id) if doc_id != w.doc_id else ""
    if left:
        w.open_document(doc_id)
    if ann_id is not None:
        w.select_annotation(ann_id)
    if left:
        if round_:  # past the list's end (start): said, not a silent jump to the other end of the list
            said = (_tr("No open suggestions further on in {0} nor in the documents after it: wrapped round "
                        "to the first document with some, {1}") if step > 0
                    else _tr("No open suggestions earlier in {0} nor in the documents before it: wrapped round "
                             "to the last document with some, {1}"))
        else:
            said = (_tr("No open suggestions further on in {0}: on to {1}") if step > 0
                    else _tr("No open suggestions earlier in {0}: back to {1}"))
        w.statusBar().showMessage(said.format(left, w.doc_model.name_of(doc_id)), 6000)
    elif round_:
        said = (_tr("No open suggestions further on in {0} nor in another document: wrapped round to its first one")
                if step > 0 else
                _tr("No open suggestions earlier in {0} nor in another document: wrapped round to its last one"))
        w.statusBar().showMessage(said.format(w.doc_model.name_of(doc_id)), 6000)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionSteps", text)
