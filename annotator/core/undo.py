"""The undo history of one session, kept with the data (as Anki keeps its own).

Every edit of the store returns a :class:`~annotator.core.models.ChangeSet` that is already
written; :meth:`UndoHistory.push` records it as one step, whatever it changed (spans, labels,
done marks). :meth:`UndoHistory.undo` and :meth:`UndoHistory.redo` write a step back through
``Store.revert`` / ``Store.reapply`` and say how it went (:class:`Outcome`). A step that fails

- for good (the rows were changed meanwhile, a span would now overlap another, a label is in
  use) is taken out of the history; the other steps stay undoable;
- for now (:class:`~annotator.core.errors.SaveError`: the project is busy in another program,
  the disk refused the write) stays where it was, so the same call tries it again;
- with nothing left to write (the spans it would take away are gone already: an Add undone after
  ``annotator remove``) is taken out of the history too, its :class:`Outcome` ``vanished``: nothing
  was undone, and the window says so instead of "Undone".

The window shows this history in a QUndoStack (:mod:`annotator.gui.undo`) with the same
:data:`LIMIT`; the command line and tests use it as is. The oldest steps beyond the limit are
forgotten: a window open all day kept every step (10,000 edits: 85 MB more, growing).
"""
from __future__ import annotations

import sqlite3
from typing import NamedTuple, Protocol

from annotator.core.errors import AnnotatorError, DocumentGone, SaveError, SpanGone
from annotator.core.models import AnyChange, Change, ChangeSet

LIMIT = 1000  # steps kept (about 8.5 kB each with the links a span's reject takes along)


class Reverting(Protocol):
    """``Store.revert`` / ``Store.reapply``: False when there was nothing to write (None: not known)."""

    def revert(self, changeset: ChangeSet) -> bool | None: ...

    def reapply(self, changeset: ChangeSet) -> bool | None: ...


# why a step wrote nothing: every span it would take away was gone already
NOTHING_THERE = "the spans it changes are no longer in the project (another program removed them)"


class Outcome(NamedTuple):  # never compared: each undo or redo makes its own
    """How one undo or redo went."""

    step: ChangeSet  # the step that was tried
    written: ChangeSet | None = None  # what was written (an undo: the step's inverse); None: nothing
    error: str = ""  # why nothing was written
    kept: bool = False  # the step failed only for now and is still in its place
    gone: bool = False  # it failed because another program removed a span or document it changes
    # nothing was left to write (the spans it takes away are gone already): no error, but nothing was
    # undone or redone either; taken out of the history, as a step that failed for good
    vanished: bool = False

    @property
    def ok(self) -> bool:
        return self.written is not None


class UndoHistory:
    """Steps of ChangeSets and a position among them: steps before it can be undone, after it redone."""

    def __init__(self, store: Reverting, limit: int | None = None):
        self.store = store
        self.limit = LIMIT if limit is None else limit  # steps kept; 0: all
        self._steps: list[ChangeSet] = []
        self._index = 0

    @property
    def steps(self) -> tuple[ChangeSet, ...]:
        return tuple(self._steps)

    @property
    def index(self) -> int:
        """How many steps are done (the next undo is ``steps[index - 1]``, the next redo ``steps[index]``)."""
        return self._index

    def push(self, changeset: ChangeSet) -> bool:
        """Record an edit already written; the steps that were undone are forgotten. An empty
        ChangeSet (nothing changed) is no step: False."""
        if not changeset:
            return False
        del self._steps[self._index:]
        self._steps.append(changeset)
        self._index += 1
        if self.limit and len(self._steps) > self.limit:  # the oldest forgotten, as QUndoStack's undoLimit does
            del self._steps[:len(self._steps) - self.limit]
            self._index = len(self._steps)
        return True

    def fold_last(self) -> ChangeSet | None:
        """The last two done steps become one (:func:`folded`), as the window's undo stack merges
        them (successive relabels of one span in the form's label box: one step). Steps undone
        after them are forgotten, as a push forgets them. Returns the step; None when the two
        cancel out (the step is dropped: nothing is left to undo) or there are not two steps."""
        if self._index < 2:
            return None
        del self._steps[self._index:]
        step = folded(self._steps[-2], self._steps[-1])
        del self._steps[-2:]
        if step:
            self._steps.append(step)
        self._index = len(self._steps)
        return step or None

    def clear(self) -> None:
        self._steps.clear()
        self._index = 0

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    def next_undo(self) -> ChangeSet | None:
        return self._steps[self._index - 1] if self.can_undo() else None

    def next_redo(self) -> ChangeSet | None:
        return self._steps[self._index] if self.can_redo() else None

    def undo(self) -> Outcome | None:
        """Undo the last done step (None when there is none)."""
        if not self.can_undo():
            return None
        return self._run(self._index - 1, forward=False)

    def redo(self) -> Outcome | None:
        """Redo the first undone step (None when there is none)."""
        if not self.can_redo():
            return None
        return self._run(self._index, forward=True)

    def _run(self, position: int, forward: bool) -> Outcome:
        step = self._steps[position]
        try:
            wrote = (self.store.reapply if forward else self.store.revert)(step)
        except SaveError as e:  # nothing was written and it may work later: the step stays
            return Outcome(step, error=str(e), kept=True)
        except (AnnotatorError, sqlite3.Error) as e:  # the data changed meanwhile: this step cannot be made
            del self._steps[position]
            self._index = position
            return Outcome(step, error=str(e), gone=isinstance(e, SpanGone | DocumentGone))
        if wrote is False:  # an Add undone, a Delete redone, of a span another program removed since
            del self._steps[position]
            self._index = position
            return Outcome(step, error=NOTHING_THERE, gone=True, vanished=True)
        self._index = position + 1 if forward else position
        return Outcome(step, step if forward else step.inverse())


def folded(first: ChangeSet, second: ChangeSet) -> ChangeSet:
    """One ChangeSet that does what ``first`` then ``second`` did: a span both edit is one change
    from how it was before ``first`` to how ``second`` left it (none when it is back as it was but
    for its time stamp); every other change stays, in its order, before those edits."""
    edits: dict[int, Change] = {}
    rest: list[AnyChange] = []
    for c in (*first.changes, *second.changes):
        if isinstance(c, Change) and c.before is not None and c.after is not None and c.before.id is not None:
            earlier = edits.pop(c.before.id, None)
            edits[c.before.id] = Change(earlier.before if earlier is not None else c.before, c.after)
        else:
            rest.append(c)
    kept = [c for c in edits.values() if c.before is not None and c.after is not None
            and c.before != c.after.with_(updated_at=c.before.updated_at)]
    return ChangeSet((*rest, *kept), first.description)


def describe(changeset: ChangeSet) -> str:
    """A step's name: the store's description, naming the span when one span changed."""
    changes = changeset.annotation_changes
    if len(changeset) == 1 and changes:
        a = changes[0].after or changes[0].before
        assert a is not None
        verb = changeset.description.split(" ", 1)[0] if changeset.description else "edit"
        return f"{verb} {a.label} {a.text}"
    return changeset.description
