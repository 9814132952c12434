"""Correcting a span's boundaries: keys move the selected span's start or end by a character or
a jieba word (stepping over punctuation inside a name, never across the end of a sentence:
:func:`annotator.core.selection.moved_edge`, said in the status bar), and a new selection over a
span of the same label gives that span the selection's boundaries (instead of the store's
"overlaps" refusal) when it is the user's to reshape: their own span, or an open suggestion of the
program's or theirs (``core/store/labelling.reshapes``, the rule ``Store.label_span`` keeps too);
another coder's span stays theirs and the user's is made beside it; a key moving an edge of another
coder's span moves the user's own copy of it (``Store.edit_as``). Each move is written at once through the window's
:class:`~annotator.gui.ops.Ops`: the store recomputes the span's text, its value is computed anew
for the new text (on its paragraph, so a key press stays fast, else a district's in the whole
document and its jurisdiction: :func:`value_here`; a label without value fields,
such as PROJECT, has none to compute), and the span is accepted, as a relabelled one is.

The moves of one span in a row are one undo step (a key held down for five characters: one
Ctrl+Z), as a word processor merges typing until the caret moves: a run of moves ends at any
other key (not Alt, Shift or Ctrl alone), any mouse click in the application, another edit
(the history's step before is then not the run's) or another span.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from annotator.core.jurisdiction import given_code
from annotator.core.models import Annotation, ChangeSet
from annotator.core.selection import moved_edge
from annotator.core.store.labelling import reshapes
from annotator.core.suggest.values import value_in_paragraph

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def value_here(w: MainWindow, label: str, start: int, end: int) -> dict[str, Any]:
    """The value of a span the user labels, relabels or gives new boundaries in the open document:
    its paragraph's as of the document's year (its metadata's, as the suggest run reads it: 襄樊 in
    2009 is 襄樊市, code null), else what the whole document and its given jurisdiction say, as for
    the model's spans (``values.value_in_paragraph``; a DISTRICT's code never guessed)."""
    store, doc_id = w.store, w.doc_id
    metadata = store.document_metadata(doc_id) if store is not None and doc_id is not None else None

    def area() -> str | None:
        return given_code(metadata) if metadata is not None else None

    return value_in_paragraph(label, w.text_view.text, start, end, area, metadata)


class Boundaries(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self._run = 0  # the moves of one run share a merge key; the next run has another
        self._watching = False  # an application event filter while a run is open (only then)
        self._copies: dict[int, int] = {}  # in this run: the user's copy made of another coder's span -> that span

    def move(self, edge: str, step: int, by_word: bool = False) -> None:
        """Move the selected span's ``edge`` ("start"/"end") left (step < 0) or right, if it is on screen."""
        w, ops = self.w, self.w.ops
        a = w.ann_model.by_id(w.selected_id) if ops is not None and w.selected_id is not None else None
        if (ops is None or a is None or a.id is None or w.text_view.selected_id() != a.id
                or not w.text_view.is_on_screen(a.start, a.end)):
            w.editing.nothing_on_screen()
            return
        if w.editing.coders_kept([a.id]):
            return
        start, end, stop = moved_edge(w.text_view.text, a.start, a.end, edge, step, by_word)
        if stop:  # never 。京博 nor 京博。: said, as a move into a neighbour is
            w.statusBar().showMessage(self.tr("A span does not run across the end of a sentence ({0}): select "
                                              "the text and press the label key for one that does").format(stop), 8000)
        if (start, end) != (a.start, a.end):
            run = self._copies.get(a.id, a.id)  # a copy's moves: part of the step that made it
            with ops.quietly():  # held down into a neighbour: one line in the status bar, not a dialog a key
                self.reshape(a, start, end, merge_key=("boundaries", run, self._run))
            if w.selected_id is not None and w.selected_id != a.id:
                self._copies[w.selected_id] = run
            self._watch()

    def end_run(self) -> None:
        """The next move is an undo step of its own."""
        self._run += 1
        self._copies.clear()
        if self._watching:
            self._watching = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def _watch(self) -> None:
        app = QApplication.instance()
        if not self._watching and app is not None:
            self._watching = True
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ENDS_RUN or (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                                 and event.key() not in _MODIFIERS):
            self.end_run()
        return False

    def replaceable(self, label: str, start: int, end: int, layer: str | None = None) -> Annotation | None:
        """The one span of ``label`` a new selection overlaps whose boundaries it replaces: the gold
        ``layer``'s (not rejected), when one is given; else one the user may reshape (``labelling.reshapes``:
        any not rejected but another coder's, one of the project's coders), never another coder's,
        which stays theirs beside the user's new span."""
        who = self.w.ops.annotator() if self.w.ops is not None else ""
        coders = self.w.ops.coders() if self.w.ops is not None and layer is None else ()
        same = [a for a in self.w.text_view.spans_between(start, end) if a.label == label and (
            a.status != "rejected" and a.annotator == layer if layer is not None else reshapes(a, who, coders))]
        return self.w.ann_model.by_id(same[0].id) if len(same) == 1 else None  # whole, to be reshaped

    def reshape(self, a: Annotation, start: int, end: int, merge_key: object = None) -> ChangeSet | None:
        """Give ``a`` the boundaries [start, end), its value for the new text, and accept it (one step,
        or part of the step before with the same ``merge_key``); the same boundaries only accept it,
        with the value it has (one a user corrected, the model learned)."""
        w = self.w
        if w.ops is None or a.id is None:  # a span of the open project, as the window shows it
            return None
        theirs = w.editing.theirs([a.id])  # another coder's: the user's copy takes the boundaries
        if (start, end) == (a.start, a.end) and a.value:
            changeset = w.ops.update(a.id, status="accepted")
        else:
            value = value_here(w, a.label, start, end)
            changeset = w.ops.update(a.id, merge_key=merge_key, start=start, end=end, value=value, status="accepted")
        if changeset:
            w.select_annotation(w.editing.copied(theirs, [a.id], changeset) or a.id, scroll=False)
        return changeset


_ENDS_RUN = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick}
_MODIFIERS = {Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
