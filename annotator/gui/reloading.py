"""Re-reading the project: everything at once (Ctrl+R, after the window's own background work:
:meth:`Reloading.reload`; the selected span stays selected while it exists, else the status bar
says another program removed it), and what another program wrote, noticed without a key (:meth:`Reloading.check`).

Another program may write to the project the window shows: the command line (``annotator
suggest``, ``review``, ``import``, ``remove`` …), a second window, a merge. SQLite changes the
window's ``PRAGMA data_version`` (:meth:`~annotator.core.store.Store.data_version`, microseconds)
only for the commits of other connections, never for the window's own edits; the window asks
for it when it becomes active again and every :data:`INTERVAL_MS` while it or a window of its own
(Search all documents, a panel undocked) is the active one. When the
number moved, :meth:`Reloading.refresh` reads the labels and the open document's spans again and
shows them where they differ from what is shown, and says so in the status bar; the document list
(every document's entry and counts: ~200 ms for 4,704 reports, each look while ``annotator suggest``
writes) is read by a worker (:mod:`annotator.gui.document_list_reading`) and its changed rows shown
where they are when it comes, the status bar's message then if the open document had not changed
(:meth:`Reloading._listed`). The open document stays, with its caret, text selection and scroll; the selected
span stays selected while it exists; what is being typed in the form is saved first and stays
in its field, caret and all; the focus stays where it is. A write that changed nothing shown
(the model the window's worker trained) shows nothing.

Not checked: while a background task of the window writes through a store of its own
(``tasks.busy``; the window reads everything after it, and the number it reads then is the one
compared next), while a mouse button is held (a selection being dragged: looked at again once it is
released, so a click back into the window from a terminal shows the command's writes), while a menu or a
dialog is open, except a dialog that shows another program's writes itself (:func:`look_behind`:
Project › Labels…, behind which the form's buttons and the list follow a label added or renamed).
The undo history stays: a step writes back only what it changed, and a step whose span or
document another program removed says so (:mod:`annotator.gui.undo`); after a restore by another
program it is cleared (:mod:`annotator.gui.restored_elsewhere`).
"""
from __future__ import annotations

import contextlib
import sqlite3
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.errors import AnnotatorError, DocumentGone
from annotator.core.models import Annotation, ChangeSet
from annotator.core.span_row import SpanRow
from annotator.gui.restored_elsewhere import RestoreSeen
from annotator.gui.typing_caret import Caret

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

INTERVAL_MS = 1500  # between two looks while the window is active (each one PRAGMA)
SHOWN_MS = 6000  # the status bar's message
RELEASE_MS = 100  # between two looks while a mouse button is held (at its release, the one put off)
LOOK_BEHIND = "windowLooksBehind"  # a modal dialog's property: the window shows another program's writes behind it


def look_behind(dialog: QWidget) -> None:
    """The window goes on showing what another program wrote while the modal ``dialog`` is open (one
    that follows such writes itself, and that nothing the window shows again can disturb)."""
    dialog.setProperty(LOOK_BEHIND, True)


class Reloading(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.seen = -1  # the store's data_version when the window last read the project
        self.reloads = 0  # times another program's writes were shown
        self.restores = RestoreSeen(window)  # a restore by another program clears the undo history
        self._shown: tuple[str | None, str] = (None, "")  # the text shown and its digest (_text_changed)
        # the last look said nothing (None: it did): the status bar's message then; the list the worker
        # reads for it says another program changed the project if the bar still shows that (nothing said since)
        self._unsaid: str | None = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._released = QTimer(self, singleShot=True, interval=RELEASE_MS)  # a look put off by a button held
        self._released.timeout.connect(self.check)
        # every whole read of the document list (a project opened, Ctrl+R, after a task) reads the rest too
        window.doc_model.modelAboutToBeReset.connect(self._reading)
        window.doc_model.modelReset.connect(self._read)  # read by a worker: shown when it comes (Ctrl+R)
        window.doc_model.looked.connect(self._listed)
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a window of its own in front counts as the window (focusWindowChanged)
            app.focusWindowChanged.connect(self._focus_moved)

    def _reading(self) -> None:
        self.seen = self.w.store.data_version() if self.w.store is not None else -1
        self.w.commands.model.seen(later=True)
        self.restores.say(self.restores.look())  # Ctrl+R before the window's look at a restore

    def _read(self) -> None:
        """The list read anew: the status bar's totals and the title follow (the list a worker read
        comes after the document was opened: ``annotator import`` had added documents)."""
        if self.w.store is not None:
            self.w.update_status()
            self.w._update_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.w and event.type() == QEvent.Type.ActivationChange:
            self._focus_moved()
        return False

    def _focus_moved(self, *_window: object) -> None:
        """The timer runs while the window or one of its own (the non-modal Search all documents, where
        a document the command line imported was not listed until Ctrl+R) is the active window; a
        look when the window itself comes back (another program's, a dialog closed)."""
        active = QApplication.activeWindow()
        if active is not None and _owned_by(active, self.w):
            if not self.timer.isActive() or active is self.w:
                QTimer.singleShot(0, self, self.check)  # once the activation is through
            self.timer.start()
        else:
            self.timer.stop()
            self._fold_log()

    def _fold_log(self) -> None:
        """The user went to another program (a file manager, say): the window's edits go from the
        write-ahead log into project.sqlite, so that a copy of that file alone (sent by mail, put on
        a stick) or of the folder without its -wal holds them (it lacked every edit since the last
        checkpoint, SQLite's, after some 4 MB of changes). What cannot be folded now waits for the next time."""
        store = self.w.store
        if store is not None:
            with contextlib.suppress(sqlite3.Error):
                store.fold_log()

    # --------------------------------------------------------------- Ctrl+R
    def reload(self, asked: bool = False, background: bool = False) -> None:
        """Re-read everything from the store (the open document's text too) at the place shown, the
        selected span still selected; ``asked`` (Ctrl+R): the status bar says when it is gone; the
        document list read by a worker then, and at ``background`` (a look at another program's writes)."""
        w = self.w
        if w.store is None:
            return
        restored = self.restores.look()  # another program's restore: said rather than the span it took away
        w.form.commit_typing()  # first, as a window action does: a task's end dropped a note being typed
        selected, caret = w.selected_id, Caret()
        w.labels_changed()
        if asked or background:  # the list read by a worker (document_list_reading), shown when it comes
            self._reading()  # what another program wrote so far is seen: not read again at the next look
            w.doc_model.reload(background=True)
            ids = [w.doc_id] if w.doc_id is not None and w.store.document_entries([w.doc_id]) else []
            if not ids:  # the first listed that is still there, as the list will show it (10-50 ms)
                stored = [i for i, _name in w.store.document_names()]
                there = set(stored)
                ids = [i for i in w.doc_model.doc_ids() if i in there] or stored
        else:
            w.doc_model.reload()
            ids = [w.doc_id] if w.doc_id is not None and w.doc_model.row_of(w.doc_id) >= 0 else w.doc_model.doc_ids()
        if ids and ids[0] == w.doc_id:
            w.open_document(w.doc_id, position=w.text_view.top_position())
        elif ids:
            w.open_document(ids[0])
        else:
            w.show_nothing()
        self.restores.say(restored)
        if selected is None:
            return
        if w.ann_model.by_id(selected) is not None:  # the span selected stays so, in the form too
            w.select_annotation(selected, scroll=False)
            field = caret.field  # and the field being typed in keeps the keys, caret and all
            if field is not None and w.form.isAncestorOf(field) and field.isEnabled() and field.isVisible():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                caret.restore()
        elif asked and not restored:
            w.statusBar().showMessage(self.tr("The span that was selected is no longer in the project: another "
                                              "program removed it."), SHOWN_MS)

    # ------------------------------------------------------ another program
    def check(self) -> bool:
        """Show what another program wrote since the window last read the project (True if anything)."""
        w = self.w
        if w.store is None:
            return False
        if not self._quiet():
            if QApplication.mouseButtons() != Qt.MouseButton.NoButton:  # looked again once it is released: a
                self._released.start()  # click back into the window from a terminal left it unlooked for 1.5 s
            return False
        try:
            version = w.store.data_version()
        except sqlite3.Error:  # the next edit says what is wrong, not a timer
            return False
        if version == self.seen:
            return False
        self.seen = version  # what commits from now on is seen at the next look
        restored = self.restores.look()  # before what is typed is saved: a step on the restored project
        try:
            model = self.w.commands.model.look()  # a model trained, figures computed: the panel follows
            shown = self.refresh()
        except (AnnotatorError, sqlite3.Error):
            self.restores.say(restored)
            return bool(restored)
        if model:
            self.w.statusBar().showMessage(model, SHOWN_MS)
        self.restores.say(restored)
        return shown or bool(model) or bool(restored)

    def before_key(self) -> None:
        """A key about to act on what the open document shows (a label key, N, P): what another program
        wrote is shown first (a label key on words ``annotator import-annotations`` had just labelled made
        a second span beside theirs; N went to a suggestion ``annotator review`` had decided). Not when it
        removed the open document: the key says so itself, and the document shown does not change under
        the keys that follow it (Ctrl+D would mark the next one done)."""
        w = self.w
        if w.store is None or w.doc_id is None or not self._quiet():
            return
        try:
            if w.store.data_version() == self.seen or not w.store.document_entries([w.doc_id]):
                return
        except (AnnotatorError, sqlite3.Error):
            return
        self.check()

    def kept_beside(self, step: ChangeSet) -> None:
        """After an undo or redo that wrote ``step``: a span it wrote back that holds, as stored, a field
        another program changed since (a status ``annotator review`` set beside a note undone) is shown as
        stored, not as the step left it (it writes back only what it changed; the rest stays theirs)."""
        w = self.w
        if w.store is None:
            return
        for change in step.annotation_changes:
            written = change.after
            if written is None or written.document_id != w.doc_id:
                continue
            try:
                stored = w.store.annotation(written.id)  # type: ignore[arg-type]
            except (AnnotatorError, sqlite3.Error):
                stored = None
            if stored is None or stored != written.with_(updated_at=stored.updated_at):
                self.refresh()
                return

    def _quiet(self) -> bool:
        """Nothing under way that a reload would disturb: the window's own background writes, a
        drag, a menu or a dialog (but one that lets the window look behind it)."""
        tasks = sys.modules.get("annotator.gui.tasks")  # not imported yet: no task has run
        modal = QApplication.activeModalWidget()
        return not ((tasks is not None and tasks.busy()) or QApplication.mouseButtons() != Qt.MouseButton.NoButton
                    or QApplication.activePopupWidget() is not None
                    or (modal is not None and not modal.property(LOOK_BEHIND)))

    def refresh(self) -> bool:
        """Show the project as stored now where it differs from what is shown (True if it did at once;
        the document list, read by the worker, follows: :meth:`_listed`)."""
        w = self.w
        store = w.store
        assert store is not None
        self._unsaid = None
        if w.doc_id is None:  # none open (a project without documents): those another program imported are
            if not store.document_names():  # listed as at Ctrl+R, by the worker (140-620 ms for 4,704 reports
                return False  # on the window's thread before), and the first of them opened
            self.reload(background=True)
            return self._said()
        if not store.document_entries([w.doc_id]):  # the open document removed: another opened, as Ctrl+R
            name = w.doc_model.name_of(w.doc_id)
            if name:
                return self._document_gone(name)
            self.reload(background=True)
            return self._said()
        if self._text_changed():  # read again by another program (Import again keeps its id): shown anew
            self.reload(background=True)
            return self._said()
        w.doc_model.refresh(background=True)  # said when it comes if nothing else is said (_listed)
        self._unsaid = w.statusBar().currentMessage()
        labels = store.labels() != w.window_actions.labels()
        selected = w.selected_id
        shown = w.ann_model.by_id(selected) if selected is not None else None  # as stored now
        given = str(store.document_metadata(w.doc_id).get("jurisdiction") or "")  # `annotator meta`'s
        jurisdiction = given != w.form.jurisdiction_shown
        if not (labels or jurisdiction or shown != w.form.annotation() or _links_moved(w)
                or _differ(store.span_rows(w.doc_id), w.ann_model.rows())):
            return False
        caret = Caret()
        table = w.table.verticalScrollBar().value()
        rows = store.span_rows(w.doc_id)
        typed = None  # what is typed about a span another program replaced: kept for the one in its place
        if selected is None or any(r.id == selected for r in rows):
            w.form.commit_typing()  # before the form shows the span again
            rows = store.span_rows(w.doc_id)
        else:
            selected, typed = _in_its_place(w.form.annotation(), rows), caret.typed(w.form)
        if labels:
            w.labels_changed()
        w.ann_model.set_rows(w.doc_id, rows, w.text_view.text, store)  # the panels follow (modelReset)
        w.text_view.replace_spans(rows, everything=labels)
        w.table.verticalScrollBar().setValue(table)
        w.select_annotation(selected if selected in {r.id for r in rows} else None, scroll=False)
        w.update_status()
        if jurisdiction and not w.form.jurisdiction_edit.isModified():  # not over what is being typed
            w.linking.show_document(w.doc_id)
        self._unsaid = None
        if typed is not None and (selected is None or not caret.put_back()):
            w.statusBar().showMessage(self.tr("Another program removed the span you were typing about; not saved: "
                                              "“{0}”").format(typed), 4 * SHOWN_MS)
            return True
        caret.restore()
        return self._said()

    def _listed(self, changed: bool) -> None:
        """The list the worker read for a look is shown (the status bar's totals follow it: main_window):
        where it changed, the status bar says another program changed the project unless something was
        said since the look (by the look: the open document changed, a model trained; by a key since)."""
        unsaid, self._unsaid = self._unsaid, None
        if changed and self.w.store is not None and unsaid == self.w.statusBar().currentMessage():
            self._said()

    def _text_changed(self) -> bool:
        """Whether the open document's text as stored is no longer the one shown (its digest: the text
        shown hashed once, ~1 ms for 200,000 characters; the stored one read without its text)."""
        from annotator.core.store.texts import text_sha256

        w = self.w
        assert w.store is not None and w.doc_id is not None
        text = w.text_view.text
        if self._shown[0] is not text:
            self._shown = (text, text_sha256(text))
        return w.store.document_sha(w.doc_id) not in (self._shown[1], None)

    def _document_gone(self, name: str) -> bool:
        """The open document, ``name``, another program removed (``annotator remove``): another is opened,
        as Ctrl+R does, and the status bar says why; what was being typed about it is not saved (there is
        nothing left to save it into: an error box said 'Press Ctrl+R', the window had already) but said."""
        w = self.w
        caret = Caret()
        typed = caret.typed(w.form)
        if caret.field is not None and typed is not None:
            caret.field.setModified(False)
        self.reload(background=True)
        self.reloads += 1
        if typed:
            w.statusBar().showMessage(self.tr("Another program removed {0}, the document you were typing about; "
                                              "not saved: “{1}”").format(name, typed), 4 * SHOWN_MS)
        else:
            w.statusBar().showMessage(self.tr("Reloaded: another program removed {0}, the document that was open"
                                              ).format(name), SHOWN_MS)
        return True

    def gone_chosen(self, doc_id: int, error: AnnotatorError) -> bool:
        """Whether ``error``, opening ``doc_id``, was that another program removed it since the list was read
        (clicked as the window came back from a terminal, the mouse button held while it would have looked):
        then the project is read again, the open document staying, and the status bar says so."""
        if not isinstance(error, DocumentGone):
            return False
        name = self.w.doc_model.name_of(doc_id)
        self.reload()
        self.reloads += 1
        self.w.statusBar().showMessage(self.tr("Not opened: another program removed {0} since the window listed it"
                                               ).format(name), SHOWN_MS)
        return True

    def _said(self) -> bool:
        self.reloads += 1
        self.w.statusBar().showMessage(self.tr("Reloaded: the project was changed by another program"), SHOWN_MS)
        return True


def _in_its_place(shown: Annotation | None, rows: list[SpanRow]) -> int | None:
    """The span another program put where the one ``shown`` was, with its label (``annotator suggest
    --again --replace`` drops the open suggestions and makes them again, under new ids)."""
    if shown is None:
        return None
    return next((r.id for r in rows if (r.start, r.end, r.label, r.annotator) == (shown.start, shown.end, shown.label,
                                                                                  shown.annotator)), None)


def _links_moved(w: MainWindow) -> bool:
    """Whether the selected span's links as stored differ from those the form shows (another program's
    ``annotator suggest-links`` or ``review --accept --links``: the form went on showing none)."""
    store, shown = w.store, w.linking.shown_links
    if not shown or store is None:
        return False
    ann_id, links, sources = shown
    return [k for k in store.links_from(ann_id) if k.status != "rejected"] != links \
        or store.linked_from(ann_id) != sources


def _differ(rows: list[SpanRow], shown: list[SpanRow]) -> bool:
    """Do the rows read differ from those shown? A row an edit of the window gave writes its
    value's JSON its own way: such a row is compared by its parsed value."""
    return len(rows) != len(shown) or any(a != b and (a[:7] != b[:7] or a.value != b.value)
                                          for a, b in zip(rows, shown, strict=True))


def _owned_by(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is ``window`` or a window whose parents lead to it."""
    at: QWidget | None = widget
    while at is not None:
        if at is window:
            return True
        at = at.parentWidget()
    return False
