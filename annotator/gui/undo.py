"""Undo commands: each holds one change already written to the database and only calls the
core (the store's revert / reapply, set_document_done, add_label / update_label /
delete_label) to undo or redo it.

The change is in the database when the command is pushed, so its first ``redo()`` (which
``QUndoStack.push`` calls) writes nothing, it only tells the views. Before a step is undone
or redone, ``show`` brings its document on screen. A step that fails

- for good (the rows were changed meanwhile, the span would now overlap another) is taken
  out of the history (obsolete) with a message naming it; the other steps stay undoable;
- for now (the project is busy in another program, the disk refused the write) stays where
  it was: :func:`undo_step` / :func:`redo_step` put the stack's index back, so the same key
  tries it again.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.errors import AnnotatorError, SaveError
from annotator.core.models import Change, ChangeSet, Label
from annotator.core.store import Store

Notify = Callable[[ChangeSet], None]
OnError = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class Step(QUndoCommand):
    """One undoable step whose change is already written; subclasses say how to write it."""

    def __init__(self, text: str, on_error: OnError | None, show: Callable[[Step], None] | None):
        super().__init__(text)
        self._on_error = on_error
        self._show = show
        self._skip: bool | None = True  # the next redo (True) / undo (False) finds it done already
        self._quiet = False  # ... and need not tell the views either (they never heard otherwise)
        self.retry = False  # the last attempt failed for now: undo_step / redo_step restore the index

    def documents(self) -> list[int]:
        """The documents this step changes, the first one to show first."""
        return []

    def _write(self, forward: bool) -> None:
        raise NotImplementedError

    def _announce(self, forward: bool) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)

    def _run(self, forward: bool) -> None:
        if self._skip is forward:
            quiet, self._skip, self._quiet = self._quiet, None, False
            if not quiet:
                self._announce(forward)
            return
        if self._show is not None:
            self._show(self)
        try:
            self._write(forward)
        except SaveError as e:  # busy or disk: nothing was written, the step can be tried again
            self.retry = True
            self._skip, self._quiet = not forward, True
            self._report(forward, str(e), kept=True)
            return
        except (AnnotatorError, sqlite3.Error) as e:  # the data changed meanwhile: this step cannot be made
            self.setObsolete(True)
            self._report(forward, str(e), kept=False)
            return
        self._announce(forward)

    def _report(self, forward: bool, why: str, kept: bool) -> None:
        if self._on_error is None:
            return
        what = (_tr("Could not redo “{0}”: {1}") if forward else _tr("Could not undo “{0}”: {1}")).format(
            self.text(), why)
        if kept:
            then = _tr("The step stays in the history; press the same key to try again.")
        elif forward:
            then = _tr("This step was taken out of the history.")
        else:
            then = _tr("This step was taken out of the history; the earlier steps can still be undone.")
        self._on_error(f"{what}\n{then}")


def undo_step(stack: QUndoStack) -> None:
    """``stack.undo()``, except that a step that failed only for now keeps its place."""
    _step(stack, stack.index() - 1, stack.undo, stack.redo)


def redo_step(stack: QUndoStack) -> None:
    """``stack.redo()``, except that a step that failed only for now keeps its place."""
    _step(stack, stack.index(), stack.redo, stack.undo)


def _step(stack: QUndoStack, index: int, go: Callable[[], None], back: Callable[[], None]) -> None:
    if not 0 <= index < stack.count():
        return
    command = stack.command(index)
    go()
    if isinstance(command, Step) and command.retry:
        command.retry = False
        back()  # writes nothing (the step is marked done that way), only moves the index back


# ------------------------------------------------------------------ annotations
class ChangeCommand(Step):
    """Annotations added, edited or deleted: ``store.revert`` / ``store.reapply`` of a ChangeSet."""

    def __init__(self, store: Store, changeset: ChangeSet, notify: Notify, on_error: OnError | None = None,
                 *, text: str = "", show: Callable[[Step], None] | None = None):
        super().__init__(text or describe(changeset), on_error, show)
        self.store = store
        self.changeset = changeset
        self._notify = notify

    def documents(self) -> list[int]:
        ids = [a.document_id for c in self.changeset.changes for a in (c.before, c.after) if a is not None]
        return list(dict.fromkeys(ids))

    def first_span(self, doc_id: int) -> tuple[int, int] | None:
        """Where the step's first change lies in ``doc_id`` (to scroll there)."""
        for c in self.changeset.changes:
            for a in (c.after, c.before):
                if a is not None and a.document_id == doc_id:
                    return a.start, a.end
        return None

    def _write(self, forward: bool) -> None:
        (self.store.reapply if forward else self.store.revert)(self.changeset)

    def _announce(self, forward: bool) -> None:
        self._notify(self.changeset if forward else inverse(self.changeset))


def describe(changeset: ChangeSet) -> str:
    """The undo text of a ChangeSet: the core's description, naming the span when there is one."""
    if len(changeset) == 1:
        c = changeset.changes[0]
        a = c.after or c.before
        verb = changeset.description.split(" ", 1)[0] if changeset.description else "edit"
        return f"{verb} {a.label} {a.text}"
    return changeset.description


def inverse(changeset: ChangeSet) -> ChangeSet:
    """The ChangeSet that undoes ``changeset``."""
    return ChangeSet(tuple(Change(c.after, c.before) for c in reversed(changeset.changes)),
                     f"undo {changeset.description}")


# ------------------------------------------------------------------- documents
class DoneCommand(Step):
    """The done mark of one document: ``store.set_document_done`` back and forth."""

    def __init__(self, store: Store, doc_id: int, before: bool, after: bool, notify: Callable[[int], None],
                 on_error: OnError | None = None, text: str = "", show: Callable[[Step], None] | None = None):
        super().__init__(text or ("mark done" if after else "mark not done"), on_error, show)
        self.store, self.doc_id, self.before, self.after = store, doc_id, before, after
        self._notify = notify

    def documents(self) -> list[int]:
        return [self.doc_id]

    def _write(self, forward: bool) -> None:
        self.store.set_document_done(self.doc_id, self.after if forward else self.before)

    def _announce(self, forward: bool) -> None:
        self._notify(self.doc_id)


# ---------------------------------------------------------------------- labels
class LabelCommand(Step):
    """A label added (``before`` is None), renamed, recoloured, re-keyed or re-described."""

    def __init__(self, store: Store, before: Label | None, after: Label, notify: Callable[[], None],
                 on_error: OnError | None = None, show: Callable[[Step], None] | None = None):
        if before is None:
            text = f"add label {after.name}"
        elif before.name != after.name:
            text = f"rename label {before.name} to {after.name}"
        else:
            text = f"change label {after.name}"
        super().__init__(text, on_error, show)
        self.store, self.before, self.after = store, before, after
        self._notify = notify

    def _write(self, forward: bool) -> None:
        old, new = (self.before, self.after) if forward else (self.after, self.before)
        if new is None:  # undo of an add: the core removes a label that no span uses (else refuses)
            self.store.delete_label(old.name)
        elif old is None:  # redo of an add
            self.store.add_label(new.name, new.color, new.shortcut, new.description)
        else:
            self.store.update_label(old.name, new_name=new.name, color=new.color, shortcut=new.shortcut,
                                    description=new.description)

    def _announce(self, forward: bool) -> None:
        self._notify()
