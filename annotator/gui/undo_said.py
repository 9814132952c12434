"""Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y as a researcher sees them: the status bar says in words which
step was undone or redone ("Undone: Accept PROJECT 松元产业园"; a message left standing, such as
"… marked done", no longer contradicts what the undo did), and the span the step changed is
selected (the form shows it as it is now, the next key acts on it: X after undoing an accept).
A step that fails says so itself (:mod:`annotator.gui.undo`); nothing is said for it here. A step
whose span another program removed since (an Add undone after ``annotator remove``) writes nothing:
"Nothing undone: the span of … is no longer there", never "Undone: …"; one whose whole document is
gone (an accept, a done mark undone after ``annotator remove``) says that, in the status bar too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.models import ChangeSet
from annotator.gui.undo import ChangeCommand, redo_step, undo_step

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

SHOWN_MS = 6000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


def step(w: MainWindow, forward: bool) -> None:
    """Undo (redo) the stack's next step; say it and select its span once it was written."""
    stack = w.undo_stack
    index = stack.index() if forward else stack.index() - 1
    if w.ops is None or not 0 <= index < stack.count():
        return
    name = stack.text(index)
    marked = _done_mark(stack.command(index))
    written: list[ChangeSet] = []
    vanished: list[ChangeSet] = []

    def seen(changeset: ChangeSet) -> None:
        written.append(changeset)

    def gone(changeset: ChangeSet, _forward: bool) -> None:
        vanished.append(changeset)

    ops = w.ops
    ops.changed.connect(seen)
    ops.vanished.connect(gone)
    try:
        (redo_step if forward else undo_step)(stack)
    finally:
        ops.changed.disconnect(seen)
        ops.vanished.disconnect(gone)
    if vanished:  # its span removed by another program since: nothing was undone, not "Undone: …"
        w.statusBar().showMessage(_vanished_said(w, vanished[-1], name, forward), SHOWN_MS)
        return
    if not written:  # failed (said in its own message) or a big step still on the worker
        return
    w.reloading.kept_beside(written[-1])  # what another program changed beside the step: as stored
    if marked is not None:  # a done mark names its document by its title (the step's name: by its file name)
        w.statusBar().showMessage(_done_said(w, *marked, forward), SHOWN_MS)
        return
    w.statusBar().showMessage((_tr("Redone: {0}") if forward else _tr("Undone: {0}")).format(name), SHOWN_MS)
    span = _span_of(written[-1])
    if span is not None and w.ann_model.by_id(span) is not None and span != w.selected_id:
        w.select_annotation(span, scroll=False)  # on screen already: show_step revealed it


def _vanished_said(w: MainWindow, step: ChangeSet, name: str, forward: bool) -> str:
    """What a step that found nothing left to write says: its span gone, or its whole document
    (``annotator remove`` with the window open: no error box, the step dropped all the same)."""
    if w.store is not None and w.store.documents_gone(step):
        marks = step.done_changes
        if marks and len(marks) == len(step.changes) and marks[-1].name:  # a done mark: its document by name
            said = (_tr("Nothing redone: the document “{0}” is no longer in the project (another program removed "
                        "it; Ctrl+R shows what the project holds now)") if forward else
                    _tr("Nothing undone: the document “{0}” is no longer in the project (another program removed "
                        "it; Ctrl+R shows what the project holds now)"))
            return said.format(marks[-1].name)
        said = (_tr("Nothing redone: the document of “{0}” is no longer in the project (another program "
                    "removed it; Ctrl+R shows what the project holds now)") if forward else
                _tr("Nothing undone: the document of “{0}” is no longer in the project (another program "
                    "removed it; Ctrl+R shows what the project holds now)"))
        return said.format(name)
    said = (_tr("Nothing redone: the span of “{0}” is no longer there (another program removed it)") if forward
            else _tr("Nothing undone: the span of “{0}” is no longer there (another program removed it)"))
    return said.format(name)


def _done_mark(command: QUndoCommand) -> tuple[int, bool] | None:
    """(document id, marked done) of a step that only sets a done mark (Ctrl+D), else None."""
    if not isinstance(command, ChangeCommand):
        return None
    step = command.changeset
    marks = step.done_changes
    return (marks[-1].document_id, marks[-1].after) if marks and len(marks) == len(step.changes) else None


def _done_said(w: MainWindow, doc_id: int, done: bool, forward: bool) -> str:
    """"Undone: Mark document “b.txt” done": the document by its file name, as the list shows it and the
    Edit menu names the step (step_names.py)."""
    row = w.doc_model.row_of(doc_id)
    entry = w.doc_model.document(row) if row >= 0 else None
    title = entry.name if entry is not None else "?"
    if forward:
        said = _tr("Redone: Mark document “{0}” done") if done else _tr("Redone: Mark document “{0}” not done")
    else:
        said = _tr("Undone: Mark document “{0}” done") if done else _tr("Undone: Mark document “{0}” not done")
    return said.format(title)


def _span_of(changeset: ChangeSet) -> int | None:
    """The one span a step left in place (edited, relabelled, moved, accepted, deleted and undone;
    for a step of links alone, their source span), else None (several spans, a span removed, a done
    mark). The links a span's step took along (those to a rejected district) do not count."""
    spans = changeset.annotation_changes
    if spans:
        ids = {c.after.id for c in spans if c.after is not None}
        return next(iter(ids)) if len(ids) == 1 and all(c.after is not None for c in spans) else None
    ids = {k.source_id for c in changeset.link_changes for k in (c.before, c.after) if k is not None}
    return next(iter(ids)) if len(ids) == 1 else None
