"""The window's view of the core's undo history (:class:`annotator.core.undo.UndoHistory`).

Each step of the history — spans, labels or a done mark, whatever its ChangeSet holds — is
one :class:`ChangeCommand` on a QUndoStack, which gives the Undo / Redo actions their text
(the step's name in the interface's language, :mod:`annotator.gui.step_names`; :func:`retitle`
after a language switch) and enabled state. A command only asks the history to undo or redo and tells the views what
was written.

The change is in the database when the command is pushed, so its first ``redo()`` (which
``QUndoStack.push`` calls) writes nothing, it only tells the views. Before a step is undone
or redone, ``show`` brings its document on screen. A step that fails

- for good is taken out of the history by the core; here it becomes obsolete (the stack
  drops it too) and a message names it; the other steps stay undoable;
- for now (busy, disk) stays in the history: :func:`undo_step` / :func:`redo_step` put the
  stack's index back, so the same key tries it again;
- with nothing left to write (its span removed by another program: an Add undone) is dropped as
  well, and ``on_vanished`` says so (the status bar: "nothing undone", never "Undone").
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.models import ChangeSet
from annotator.core.undo import UndoHistory
from annotator.gui.step_names import Names, step_name

Notify = Callable[[ChangeSet], None]
OnError = Callable[[str], None]
Show = Callable[[ChangeSet], None]
OnVanished = Callable[[ChangeSet, bool], None]  # the step, forward: it found nothing left to write


MERGING = 1  # the id() of a step that merges with the next of the same merge_key


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class ChangeCommand(QUndoCommand):
    """One step of the history: ``history.undo()`` / ``history.redo()``, then ``notify`` with
    what was written (the step, or its inverse after an undo)."""

    def __init__(self, history: UndoHistory, changeset: ChangeSet, notify: Notify, on_error: OnError | None = None,
                 *, show: Show | None = None, merge_key: object = None, on_vanished: OnVanished | None = None):
        super().__init__(step_name(changeset))
        self.merge_key = merge_key  # steps pushed one after another with the same key are one (mergeWith)
        self.history = history
        self.changeset = changeset
        self._notify = notify
        self._on_error = on_error
        self._show = show
        self._on_vanished = on_vanished  # said in the status bar (gui/undo_said.py), not as an error
        self._skip: bool | None = True  # the next redo (True) / undo (False) finds it done already
        self._quiet = False  # ... and need not tell the views either (they never heard otherwise)
        self.retry = False  # the last attempt failed for now: undo_step / redo_step restore the index

    def id(self) -> int:
        return MERGING if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """``other``, just pushed with the same key (the label box's next relabel of the same span, the
        boundary keys' next move of it), becomes part of this step, in the core's history as on the
        stack: one undo takes back both.
        Steps that cancel out leave no step (the stack drops one made obsolete)."""
        history = self.history
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key or history.index < 2 \
                or history.steps[history.index - 2] is not self.changeset or history.next_undo() is not other.changeset:
            return False
        step = history.fold_last()
        if step is None:
            self.setObsolete(True)
            return True
        self.changeset = step
        self.setText(step_name(step))
        return True

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)

    def _run(self, forward: bool) -> None:
        if self._skip is forward:
            quiet, self._skip, self._quiet = self._quiet, None, False
            if not quiet:
                self._notify(self.changeset if forward else self.changeset.inverse())
            return
        if (self.history.next_redo() if forward else self.history.next_undo()) is not self.changeset:
            self.setObsolete(True)  # the stack and the history disagree: never write the wrong step
            return
        if self._show is not None:
            self._show(self.changeset)
        outcome = self.history.redo() if forward else self.history.undo()
        if outcome is None:
            return
        if outcome.written is not None:
            self._notify(outcome.written)
        elif outcome.kept:  # nothing was written; the step can be tried again
            self.retry = True
            self._skip, self._quiet = not forward, True
            self._report(forward, outcome.error, kept=True)
        elif outcome.vanished and self._on_vanished is not None:  # out of the history; nothing was written
            self.setObsolete(True)
            self._on_vanished(self.changeset, forward)
        else:  # the core took it out of the history
            self.setObsolete(True)
            self._report(forward, _tr("another program removed what it changes since the window read it")
                         if outcome.gone else outcome.error, kept=False)

    def _report(self, forward: bool, why: str, kept: bool) -> None:
        if self._on_error is None:
            return
        from annotator.gui.core_errors import error_line  # the core's reason in the interface's language

        what = (_tr("Could not redo “{0}”: {1}") if forward else _tr("Could not undo “{0}”: {1}")).format(
            self.text(), error_line(why))
        if kept:
            then = _tr("The step stays in the history; press the same key to try again.")
        elif forward:
            then = _tr("This step was taken out of the history.")
        else:
            then = _tr("This step was taken out of the history; the earlier steps can still be undone.")
        self._on_error(f"{what}\n{then}")


def retitle(stack: QUndoStack, names: Names | None = None) -> None:
    """Name every step again (the interface's language changed, a document was renamed: by ``names``, its
    name now). The stack is not told (``setText`` emits nothing): the Undo / Redo actions are named anew after."""
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, ChangeCommand):
            command.setText(step_name(command.changeset, names))


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
    if isinstance(command, ChangeCommand) and command.retry:
        command.retry = False
        back()  # writes nothing (the step is marked done that way), only moves the index back
