"""Undo commands: each holds a ChangeSet and only calls the store's revert / reapply.

The change is already in the database when the command is pushed, so its first
``redo()`` (which ``QUndoStack.push`` calls) applies nothing, it only tells the views.
What is undone is undone in the database too.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.errors import AnnotatorError
from annotator.core.models import Change, ChangeSet
from annotator.core.store import Store

Notify = Callable[[ChangeSet], None]
OnError = Callable[[str], None]


class ChangeCommand(QUndoCommand):
    def __init__(self, store: Store, changeset: ChangeSet, notify: Notify, on_error: OnError | None = None,
                 *, applied: bool = True, text: str = ""):
        super().__init__(text or changeset.description)
        self.store = store
        self.changeset = changeset
        self._notify = notify
        self._on_error = on_error
        self._skip_next_redo = applied

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
        elif not self._run(self.store.reapply):
            return
        self._notify(self.changeset)

    def undo(self) -> None:
        if self._run(self.store.revert):  # views always hear what just happened: before -> after
            self._notify(inverse(self.changeset))

    def _run(self, step: Callable[[ChangeSet], None]) -> bool:
        try:
            step(self.changeset)
        except (AnnotatorError, sqlite3.Error) as e:  # locked, or another writer changed the rows
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(e))
            return False
        return True


def inverse(changeset: ChangeSet) -> ChangeSet:
    """The ChangeSet that undoes ``changeset``."""
    return ChangeSet(tuple(Change(c.after, c.before) for c in reversed(changeset.changes)),
                     f"undo {changeset.description}")


class DoneCommand(QUndoCommand):
    """The done mark of one document, already written when pushed; undo writes it back."""

    def __init__(self, store: Store, doc_id: int, before: bool, after: bool, notify: Callable[[int], None],
                 on_error: OnError | None = None, text: str = ""):
        super().__init__(text or ("mark done" if after else "mark not done"))
        self.store, self.doc_id, self.before, self.after = store, doc_id, before, after
        self._notify, self._on_error = notify, on_error
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
        else:
            self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def _write(self, done: bool) -> None:
        try:
            self.store.set_document_done(self.doc_id, done)
        except (AnnotatorError, sqlite3.Error) as e:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(e))
            return
        self._notify(self.doc_id)
