"""The GUI's one way to change data: one-line wrappers over store calls.

Each operation commits at once and gives a ChangeSet (spans, labels or a done mark alike):
it becomes a step of the core's undo history (:class:`annotator.core.undo.UndoHistory`),
shown on the window's QUndoStack as one :class:`~annotator.gui.undo.ChangeCommand`, and is
announced by :attr:`Ops.changed` (after an undo or redo too, with what was written), so each
view refreshes only what it touched. Store errors become :attr:`Ops.failed` (one sentence;
after a database error, what an integrity check of the project found); label edits raise
them instead (the label editor shows them beside the cell). A refusal of a step the user repeats
by holding a key (a boundary moved into a neighbour) is :attr:`Ops.refused` instead, under
:meth:`Ops.quietly`: the window shows it in the status bar, not as one dialog per key press.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from annotator.core.errors import AnnotatorError, DocumentGone, SpanGone
from annotator.core.models import ADJUDICATED, ChangeSet, Label
from annotator.core.store import Store
from annotator.core.undo import UndoHistory
from annotator.gui import big_steps
from annotator.gui.step_names import step_name
from annotator.gui.undo import ChangeCommand, Show

if TYPE_CHECKING:
    from annotator.core.team.adjudication import Region


class Ops(QObject):
    changed = Signal(object)  # ChangeSet: what an operation, an undo or a redo wrote
    failed = Signal(str)
    refused = Signal(str)  # a refusal under quietly(): the status bar's, not a dialog's
    vanished = Signal(object, bool)  # an undo (False) or redo (True) of a step whose spans are gone already

    def __init__(self, store: Store, undo_stack: QUndoStack, annotator: Callable[[], str],
                 parent: QObject | None = None, show: Show | None = None):
        super().__init__(parent)
        self.store = store
        self.history = UndoHistory(big_steps.Reverter(  # a big step undone or redone on the task worker
            store, self._window, lambda step, forward: big_steps.undoing(step_name(step), forward)))
        self.undo_stack = undo_stack
        if undo_stack.count() == 0:  # Qt takes a limit only while the stack is empty
            undo_stack.setUndoLimit(self.history.limit)  # the same oldest step forgotten by both
        self.annotator = annotator
        self.show = show  # brings a step's document on screen before it is undone or redone
        self._quiet = False

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """The core's refusals (AnnotatorError) of the operations inside become :attr:`refused`."""
        self._quiet, before = True, self._quiet
        try:
            yield
        finally:
            self._quiet = before

    # ------------------------------------------------------------ operations
    def add_span(self, doc_id: int, start: int, end: int, label: str, layer: str | None = None,
                 **fields: Any) -> ChangeSet | None:
        """A span labelled by hand, the user's; with ``layer``, a decision of the adjudicator written
        into that gold layer (a span no coder marked)."""
        if layer:
            return self._do(self.store.label_span, doc_id, start, end, label, annotator=layer,
                            origin=ADJUDICATED, **fields)
        return self._do(self.store.label_span, doc_id, start, end, label, annotator=self.annotator(), **fields)

    def set_label(self, ann_id: int, label: str, value: dict | None = None,
                  merge_key: object = None) -> ChangeSet | None:
        """Relabel (and accept) a span, the user's now (origin manual); its value becomes ``value``
        (another coder's stays theirs: the user's copy takes the label, ``Store.relabel_as``).
        Successive relabels with the same ``merge_key`` are one undo step (the form's label box)."""
        changeset = self._call(self.store.relabel_as, ann_id, label, self.annotator(), value=value)
        return None if changeset is None else self._record(changeset, merge_key)

    def update(self, ann_id: int, merge_key: object = None, **fields: Any) -> ChangeSet | None:
        """Change a span's fields (another coder's: the user's own copy of it, ``Store.edit_as``);
        successive updates with the same ``merge_key`` are one undo step (the boundary keys' moves of
        one span, the arrow keys of the form's qualifier box)."""
        changeset = self._call(self.store.edit_as, ann_id, self.annotator(), **fields)
        return None if changeset is None else self._record(changeset, merge_key)

    def accept(self, ids: list[int], title: str = "", still_open: bool = False) -> ChangeSet | None:
        """Accept spans ``ids``; many (``big_steps.BIG``) on the task worker, ``title`` saying so;
        ``still_open``: those still open suggestions when written (listed before a question)."""
        return self._set_status(ids, "accepted", title, still_open)

    def accept_into(self, ids: list[int], layer: str) -> ChangeSet | None:
        """Open suggestions the adjudicator accepts: into the gold ``layer`` (origin adjudicated), not
        into a layer of the adjudicator's own, which the panel would then list as a coder; one step."""
        from annotator.core.team import adjudication

        return self._do(adjudication.accept_into, self.store, ids, layer)

    def reject(self, ids: list[int], title: str = "", still_open: bool = False) -> ChangeSet | None:
        return self._set_status(ids, "rejected", title, still_open)

    def _set_status(self, ids: list[int], status: str, title: str, still_open: bool = False) -> ChangeSet | None:
        """Through ``Store.decide_as``: another coder's span is copied into the user's layer, never decided."""
        if len(ids) < big_steps.BIG:
            return self._do(self.store.decide_as, ids, status, self.annotator(), still_open)
        title = title or big_steps.deciding(status, len(ids), "")
        return self._do(big_steps.on_worker, self._window(), self.store, title, "decide_as", ids, status,
                        self.annotator(), still_open)

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def delete(self, ids: list[int]) -> ChangeSet | None:
        return self._do(self.store.delete_annotations, ids)

    def set_done(self, doc_id: int, done: bool) -> bool:
        return self._do(self.store.set_document_done, doc_id, done) is not None

    def rename_document(self, doc_id: int, name: str) -> ChangeSet | None:
        """Document ``doc_id`` named ``name``, one undo step (empty when it was named so already)."""
        return self._do(self.store.rename_document, doc_id, name)

    def link(self, source_id: int, kind: str, target_id: int | None, accept: bool = True) -> ChangeSet | None:
        """The span linked by hand; the other end of a range of money (3-5亿元) with it, and (``accept``)
        the spans it joins that are still suggestions accepted, one step (``core/range_links.py``)."""
        from annotator.core import range_links  # when first needed: not at the window's start

        call = range_links.link_by_hand if accept else range_links.link
        return self._do(call, self.store, source_id, kind, target_id, annotator=self.annotator())

    def writable(self) -> bool:
        """Whether the project can be written; if not, its refusal is shown as an edit's would be (a
        chooser asks this before the user chooses what the store would refuse)."""
        if not self.store.read_only:
            return True
        from annotator.core.store.read_only import refused

        def refuse() -> None:
            raise refused(self.store.folder)

        self._call(refuse)
        return False

    def accept_links(self, ids: list[int], accept: bool = False) -> ChangeSet | None:
        """One span's suggested links accepted (L); the other end of its range follows; with ``accept``
        the spans they join that are still suggestions too, one step (``core/range_links.py``)."""
        from annotator.core import range_links

        return self._do(range_links.accept, self.store, ids, self.annotator(), spans_too=accept)

    def decide_links(self, ids: list[int], status: str) -> ChangeSet | None:
        return self._do(self.store.set_link_status, ids, status, self.annotator())

    def unlink(self, source_id: int) -> ChangeSet | None:
        from annotator.core import range_links

        return self._do(range_links.unlink, self.store, source_id, annotator=self.annotator())

    def set_metadata(self, doc_id: int, key: str, value: str, expected: str | None = None) -> ChangeSet | None:
        """``expected``: the value shown where it was typed (another program's since is kept, the edit refused).
        The jurisdiction's open district suggestions follow it in one step (``core/suggest/district/follow.py``)."""
        from annotator.core.suggest.district.follow import set_metadata

        return self._do(set_metadata, self.store, doc_id, key, value, expected)

    def set_guide(self, label: str, text: str, expected: str | None = None) -> ChangeSet | None:
        """The project's guide of ``label`` ("" : none, the shipped text shows); ``expected``: the
        guide it was written from (refused when the project holds another by now)."""
        return self._do(self.store.set_label_guide, label, text, expected)

    def adjudicate(self, region: Region, coder: str | None, layer: str) -> ChangeSet | None:
        """The layer takes ``coder``'s version of ``region`` (None: none of them)."""
        from annotator.core.team import adjudication  # the adjudication panel's: not at the window's start

        return self._do(adjudication.take, self.store, region, coder, layer)

    def take_agreed(self, doc_id: int, coders: list[str], layer: str) -> ChangeSet | None:
        from annotator.core.team import adjudication

        return self._do(adjudication.take_agreed, self.store, doc_id, coders, layer)

    def take_alone(self, doc_id: int, coders: list[str], layer: str) -> ChangeSet | None:
        """The spans of the one coder who coded ``doc_id``, into the layer as they are."""
        from annotator.core.team import adjudication

        return self._do(adjudication.take_alone, self.store, doc_id, coders, layer)

    # ---------------------------------------------------------------- labels
    # Refusals are raised (the label editor shows them beside the cell that caused them).
    def add_label(self, name: str, color: str, shortcut: str = "", description: str = "") -> Label:
        changeset = self._record(self.store.add_label(name, color, shortcut, description))
        label = changeset.label_changes[0].after
        assert label is not None
        return label

    def update_label(self, name: str, **fields: str) -> ChangeSet:
        return self._record(self.store.update_label(name, **fields))

    def delete_label(self, name: str) -> ChangeSet:
        return self._record(self.store.delete_label(name))

    def move_label(self, name: str, place: int) -> ChangeSet:
        return self._record(self.store.move_label(name, place))

    def coders(self) -> tuple[str, ...]:
        """The project's coders (``Store.coders``), read before an edit decides whose span it changes; none
        when the database cannot be read (a damaged file): the edit's own write then fails and says what that
        means, once, as every write's failure is said (the read raised past it, out of the event loop)."""
        try:
            return self.store.coders()
        except sqlite3.Error:
            return ()

    # ------------------------------------------------------------- machinery
    def _do(self, call: Callable[..., ChangeSet], *args: Any, **kwargs: Any) -> ChangeSet | None:
        changeset = self._call(call, *args, **kwargs)
        return None if changeset is None else self._record(changeset)

    def _record(self, changeset: ChangeSet, merge_key: object = None) -> ChangeSet:
        """A written ChangeSet becomes one undo step and is announced (pushing runs its first redo,
        which writes nothing and emits :attr:`changed`); with the ``merge_key`` of the step before,
        part of that step (ChangeCommand.mergeWith)."""
        if self.history.push(changeset):
            self.undo_stack.push(ChangeCommand(self.history, changeset, self.changed.emit, self.failed.emit,
                                               show=self.show, merge_key=merge_key, on_vanished=self.vanished.emit))
        return changeset

    def _call(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except SpanGone:  # the window shows what it read: another program has changed the project since
            self.failed.emit(self.tr("This span is no longer in the project: another program (the command line, "
                                     "suggestions run again) removed it since the window read it. Press Ctrl+R "
                                     "to see what the project holds now; nothing was changed."))
        except DocumentGone:
            self.failed.emit(self.tr("This document is no longer in the project: another program removed it since "
                                     "the window read it. Press Ctrl+R to see what the project holds now; nothing "
                                     "was changed."))
        except AnnotatorError as e:  # the core's sentence in the interface's language (the status bar shows it too)
            from annotator.gui.core_errors import error_text

            (self.refused if self._quiet else self.failed).emit(error_text(str(e)))
        except sqlite3.Error as e:  # not a refusal: the database itself failed; say what that means
            from annotator.gui.safety import saved_work_report

            self.failed.emit(f"{e}\n\n{saved_work_report(self.store)}")
        return None
