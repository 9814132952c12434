"""What the review keys do to the spans of the open document (label keys, accept, reject,
delete, done, accept/reject all), and where an undo or redo is shown. Every change goes
through the window's :class:`~annotator.gui.ops.Ops`, so each is one undoable step.

A label key acts only on what the user can see: a text selection or a selected span that is
on screen. A selection over one span of the same label the user may reshape (theirs, or an open
suggestion; never another coder's) gives that span its boundaries (:mod:`annotator.gui.boundaries`);
one over several open suggestions of that label takes their place, one step (``Store.label_span``).
Any other edit of another coder's span (a relabel, A, a value or note in the form, the boundary keys)
goes to the user's own copy of it, li's span unchanged (``Store.edit_as``, ``core/store/own_copies.py``:
the window's A, relabels and form edits go through it), said in the status bar; X and Delete leave it
as it is (:meth:`Editing.coders_kept`).
A span labelled by hand gets its label's value (a district's code, an amount's yuan), computed on
its paragraph (a district's, where that decides nothing, in the whole document and its
jurisdiction, as the model's); a relabelled span gets the new label's value (or none), never the
old one's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from annotator.core.models import ChangeSet
from annotator.core.review import open_suggestions
from annotator.core.selection import snap_to_words, trim_span
from annotator.core.span_row import SpanRow
from annotator.core.store.labelling import coders_span
from annotator.gui import review_flow
from annotator.gui.big_steps import deciding
from annotator.gui.boundaries import value_here
from annotator.gui.display import label_text, span_text
from annotator.gui.models.document_list import DONE

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


NEW = -1  # a label key is adding a span (its id comes with the ChangeSet)


class Editing(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self._keyed: int | None = None  # while a label key writes: the span it reshapes, or NEW

    def label_key(self, label: str) -> None:
        """Label the selected text, or relabel the selected span — only what is on screen."""
        w = self.w
        if w.ops is None or w.doc_id is None:
            return
        w.reloading.before_key()  # what another program wrote first: words just labelled there are not labelled twice
        view = w.text_view
        start, end = view.selection_cp()
        if start < end:
            if not view.is_on_screen(start, end):
                self.nothing_on_screen()
                return
            if w.settings.snap_to_words:
                start, end = snap_to_words(view.text, start, end)
            start, end = trim_span(view.text, start, end)
            if start >= end:
                return
            layer = self.gold_layer()
            same = w.boundaries.replaceable(label, start, end, layer)
            self._keyed = same.id if same is not None else NEW  # the window selects it as it shows the change
            try:
                changeset = (w.boundaries.reshape(same, start, end) if same is not None
                             else w.ops.add_span(w.doc_id, start, end, label, layer,
                                                 value=value_here(w, label, start, end)))
            finally:
                self._keyed = None
            if changeset and layer and same is None:
                w.statusBar().showMessage(self.tr("Added to the gold layer “{0}” (the Adjudication panel is open)")
                                          .format(layer), 6000)
            if changeset:
                view.clear_text_selection()
                made = self.selection_after(changeset, None, same.id if same is not None else NEW)
                if w.selected_id != made:  # not shown by the window (no step recorded)
                    w.select_annotation(made, scroll=False)
            return
        a = w.ann_model.by_id(w.selected_id) if w.selected_id is not None else None
        if a is None or view.selected_id() != a.id or not view.is_on_screen(a.start, a.end):
            self.nothing_on_screen()
        elif a.label != label:
            self.relabel_selected(label)
        elif a.status == "suggested":  # its own label's key on an open suggestion: yes, that (it did nothing)
            self.accept_selected()

    def gold_layer(self) -> str | None:
        """While the Adjudication panel is shown the user decides: a span labelled by hand goes into
        its gold layer (a span no coder marked), and a selection reshapes only that layer's spans,
        never a coder's."""
        panel = self.w.docks.made.get("adjudication")
        return panel.layer_name() if panel is not None and panel.isVisible() else None  # type: ignore[attr-defined]

    def selection_after(self, changeset: ChangeSet, current: int | None, keyed: int | None = None) -> int | None:
        """The span to select once ``changeset`` is shown: the one a label key is making (the span
        it reshaped, or the new one: the one the step keeps, after the suggestions it removed in its
        place), else ``current`` (selected once, not first the old span again)."""
        keyed = self._keyed if keyed is None else keyed
        if keyed is None:
            return current
        if keyed != NEW:
            return keyed
        return next((c.after.id for c in reversed(changeset.annotation_changes) if c.after is not None), keyed)

    def relabel_selected(self, label: str, run: int | None = None) -> None:
        """Give the selected span another label; its value is computed for that label (or emptied),
        on its paragraph (the whole of a long document took a second a key). The relabels of one
        ``run`` of the form's label box (its arrow keys) are one undo step; one the project refuses
        there (an overlap) is said in the status bar, not in an error box at each arrow key."""
        w, ops = self.w, self.w.ops
        if ops is None or w.selected_id is None:
            return
        a = w.ann_model.by_id(w.selected_id)
        if a is None or a.id is None or a.label == label or self.coders_kept([a.id]):
            return
        theirs = self.theirs([a.id])
        if run is None:
            changeset = ops.set_label(a.id, label, value_here(w, label, a.start, a.end))
        else:
            with ops.quietly():
                changeset = ops.set_label(a.id, label, value_here(w, label, a.start, a.end),
                                          merge_key=("label box", a.id, run))
        self.copied(theirs, [a.id], changeset)

    def nothing_on_screen(self) -> None:
        self.w.statusBar().showMessage(self.tr("Nothing selected on screen: select some text or click a span, "
                                               "then press the label key."), 6000)

    def chosen_ids(self, deciding: bool = False) -> list[int]:
        """The spans the review keys act on: the selected span, or every row selected in the
        annotation list with it (Shift/Ctrl+click, Shift+arrows); the rows selected in the list
        when the selected span is none of its rows (Ctrl+A after the span went from the list, rejected
        or filtered out: A acted on that hidden span alone); while the Adjudication panel is open,
        not a coder's (:meth:`coders_kept`); ``deciding`` (X, Delete): not another coder's either."""
        chosen = self.w.selected_id
        rows = self.w.table.selected_ids()
        ids = rows if chosen in rows or rows and not self.w.table.shows(chosen) else \
            [chosen] if chosen is not None else []
        return [i for i in ids if not self.coders_kept([i], deciding)]

    def coders_kept(self, ids: list[int], deciding: bool = False) -> bool:
        """While the Adjudication panel is open the coders' own spans stay as they are (a key on one
        moved it into the adjudicator's layer, out of the coder's version): True, and the status bar
        says so, when one of ``ids`` is the span of one of the panel's coders. With the panel closed,
        ``deciding`` (X, Delete): True, and said, when one is another coder's span (its coder's decision,
        changed in adjudication); the other edits of one go to the user's own copy (``Store.edit_as``)."""
        panel = self.w.docks.made.get("adjudication")
        if panel is None or not panel.isVisible():
            theirs = self.theirs(ids) if deciding else []
            if theirs:
                self.w.statusBar().showMessage(self.tr(
                    "{0}'s span stays as they left it: a coder's decisions are changed in adjudication "
                    "(the Adjudication panel, Ctrl+Shift+J)").format(theirs[0].annotator), 8000)
            return bool(theirs)
        coders = set(self.panel_coders())
        spans = (self.w.ann_model.by_id(i) for i in ids)
        if not any(a is not None and a.annotator in coders for a in spans):
            return False
        self.w.statusBar().showMessage(self.tr("A coder's span stays as it is while the Adjudication panel is open: "
                                               "decide its region there (1–9, 0), or edit the gold span (Enter)"), 8000)
        return True

    def theirs(self, ids: list[int]) -> list[SpanRow]:
        """The spans of ``ids`` that are another coder's to the user (``labelling.coders_span``: of a layer of
        the project's coders but theirs), as the window's rows hold them (thousands of rows chosen: one
        read of the store, its coders)."""
        who = self.w.ops.annotator() if self.w.ops is not None else ""
        coders = self.w.ops.coders() if self.w.ops is not None else ()  # the project's (store/coders.py)
        return [r for i in ids if (r := self.w.ann_model.span_row(i)) is not None and coders_span(r, who, coders)]

    def panel_coders(self) -> list[str]:
        """The coders the Adjudication panel compares (none while it is closed): their spans stay as they are."""
        panel = self.w.docks.made.get("adjudication")
        return list(panel.model.coders) if panel is not None and panel.isVisible() else []  # type: ignore[attr-defined]

    def copied(self, theirs: list[SpanRow], ids: list[int], changeset: ChangeSet | None) -> int | None:
        """After an edit of ``ids`` among which ``theirs`` are other coders' spans: said in the status bar
        (their spans stay theirs, the edit went to the user's own copy; those not copied, a span of the
        user's overlapping them), and of one span its copy selected, whose id is given back."""
        if not theirs or changeset is None:
            return None
        chosen = set(ids)
        copies = [c.after.id for c in changeset.annotation_changes
                  if c.after is not None and (c.before is None or c.before.id not in chosen)]
        said = self.tr("{0}'s span stays as they left it; the edit went to your own copy of it, in your layer "
                       "(Ctrl+Z takes it back)").format(theirs[0].annotator)
        if len(copies) < len(theirs):
            said += self.tr("; {0} of other coders' spans not copied: a span of yours of that label overlaps "
                            "them").format(f"{len(theirs) - len(copies):,}")
        self.w.statusBar().showMessage(said, 8000)
        made = copies[-1] if len(ids) == 1 and copies else None
        if made is not None and self.w.selected_id != made:
            self.w.select_annotation(made, scroll=False)
        return made

    def decided_ids(self, deciding: bool = False) -> list[int]:
        """The spans A, X and Delete act on (:meth:`chosen_ids`), the article's selected text seen to: a
        selection exactly over one span none of them overlaps (a suggestion's text dragged over, a hit
        of Find) chooses that span; one over the spans decided has been used and goes (left, a label
        key next labelled it again: a second span over the one just accepted, not a relabel); one
        elsewhere stays for a label key. Nothing to decide: said in the status bar (it was silent)."""
        w = self.w
        view = w.text_view
        ids = self.chosen_ids(deciding=deciding)
        start, end = view.selection_cp()
        if start < end:
            spans = [a for i in ids if (a := w.ann_model.by_id(i)) is not None]
            if not any(a.start < end and start < a.end for a in spans):
                exact = [s.id for s in view.spans_at(start) if s.start == start and s.end == end]
                if len(exact) == 1 and view.is_on_screen(start, end) and not self.coders_kept(exact):
                    w.select_annotation(exact[0], scroll=False)
                    ids, spans = exact, [a for i in exact if (a := w.ann_model.by_id(i)) is not None]
            if any(a is not None and a.start < end and start < a.end for a in spans):
                view.clear_text_selection()
        if not ids and w.selected_id is None and not w.table.selected_ids():
            w.statusBar().showMessage(self.tr("No span selected: select one first (N, a click); selected text "
                                              "takes a label by its key (1–4)"), 6000)
        return ids

    def accept_selected(self) -> None:
        """Accept the chosen spans (:meth:`decided_ids`); while the Adjudication panel is open an open
        suggestion goes into its gold layer (the adjudicator's accepted spans made them a coder: the
        digits shifted)."""
        w = self.w
        if not (w.ops and (ids := self.decided_ids())):
            return
        layer = self.gold_layer()
        if not layer:
            theirs, shown = self.theirs(ids), self._shown(ids)
            changeset = w.ops.accept(ids)
            self._said(ids, "accepted", changeset)
            self.copied(theirs, ids, changeset)
            review_flow.decided(w, changeset is not None)  # on to the next, when so set
            self._over_theirs(shown, changeset)
            return
        changeset = w.ops.accept_into(ids, layer)  # the open suggestions among them: one step
        written = len(changeset.annotation_changes) if changeset is not None else 0
        if len(ids) > 1 and written:
            w.statusBar().showMessage(self.tr("Accepted {0} spans").format(f"{written:,}"), 6000)
            w.table.select_also(ids)  # the rows accepted together stay highlighted (the window selected one)
        review_flow.decided(w, written > 0)

    def edit_fields(self, ann_id: int, fields: dict[str, Any], merge_key: object = None) -> None:
        """A value or note typed in the form (successive ones with the same ``merge_key``, a value box's
        arrow keys, one undo step); a coder's span stays as it is while the Adjudication panel is open
        (the edit moved it into the adjudicator's layer): the form shows it again."""
        w = self.w
        if w.ops is None:
            return
        if self.coders_kept([ann_id]):
            w.form.show_annotation(w.ann_model.by_id(ann_id))
            return
        theirs = self.theirs([ann_id])
        self.copied(theirs, [ann_id], w.ops.update(ann_id, merge_key, **fields))

    def reject_selected(self) -> None:
        if self.w.ops and (ids := self.decided_ids(deciding=True)):
            shown = self._shown(ids)
            changeset = self.w.ops.reject(ids)
            self._said(ids, "rejected", changeset)
            review_flow.decided(self.w, changeset is not None)
            self._over_theirs(shown, changeset)

    def _shown(self, ids: list[int]) -> dict[int, str]:
        """The statuses the window shows of the spans ``ids`` (before A or X writes)."""
        rows = (self.w.ann_model.span_row(i) for i in ids[:2])  # one span said; several: the first two read
        return {r.id: r.status for r in rows if r is not None}

    def _over_theirs(self, shown: dict[int, str], changeset: ChangeSet | None) -> None:
        """A or X on a suggestion another program decided the other way since the window showed it
        (``annotator review`` in a terminal, before the window's next look): the key's decision is
        stored, as the user meant it for that span, and said, with Ctrl+Z giving theirs back (it
        passed unsaid)."""
        if changeset is None or len(shown) != 1:
            return
        (span_id, status), = shown.items()
        before = next((c.before for c in changeset.annotation_changes
                       if c.before is not None and c.before.id == span_id and c.after is not None), None)
        if before is None or before.status == status or before.status == "suggested":
            return
        said = self.tr("Accepted {0}: another program had rejected it meanwhile; Ctrl+Z gives its rejection back") \
            if before.status == "rejected" else \
            self.tr("Rejected {0}: another program had accepted it meanwhile; Ctrl+Z gives its acceptance back")
        self.w.reloading.check()  # the rest of what it wrote shown too
        self.w.statusBar().showMessage(said.format(span_text(before.label, before.text)), 15000)

    def _said(self, ids: list[int], status: str, changeset: ChangeSet | None) -> None:
        """Several rows accepted or rejected at once: how many, in the status bar (rows that vanish
        from a filtered list said nothing); one span's A / X stays silent, its row and the text show it."""
        if len(ids) < 2 or changeset is None:
            return
        changed = len(changeset.annotation_changes) + sum(map(len, changeset.status_changes))
        said = (self.tr("Accepted {0} spans") if status == "accepted" else self.tr("Rejected {0} spans")).format(
            f"{changed:,}")
        if changed < len(ids):
            said += self.tr("; {0} of the rows chosen had that status already").format(f"{len(ids) - changed:,}")
        self.w.statusBar().showMessage(said, 6000)
        self.w.table.select_also(ids)  # the rows still listed stay highlighted (the window selected one)

    def delete_selected(self) -> None:
        if self.w.ops and (ids := self.decided_ids(deciding=True)):
            self.w.ops.delete(ids)

    def toggle_done(self) -> None:
        w = self.w
        if w.doc_id is None:
            return
        row = w.doc_model.row_of(w.doc_id)
        if row >= 0:
            done = w.doc_model.document(row).done
            mark = Qt.CheckState.Unchecked if done else Qt.CheckState.Checked
            w.doc_model.setData(w.doc_model.index(row, DONE), mark, Qt.ItemDataRole.CheckStateRole)
            row = w.doc_model.row_of(w.doc_id)  # what Ctrl+D did, said (not a stale message left standing)
            if row >= 0 and w.doc_model.document(row).done != done:
                model, name = w.doc_model, w.doc_model.document(row).name
                count = sum(model.document(r).done for r in range(model.rowCount()))
                said = self.tr("{0} marked done ({1} of {2} documents done)") if not done else \
                    self.tr("{0} no longer marked done ({1} of {2} documents done)")
                said = said.format(name, count, model.rowCount())
                left = model.counts(w.doc_id).get("suggested", 0)
                if left and not done:  # suggestions skipped: said where the document's counts were (now hidden)
                    said += self.tr("; {0} open suggestions are still in it (N goes to them)").format(f"{left:,}")
                w.statusBar().showMessage(said, 6000)

    def bulk_status(self, label: str, status: str, scope: str) -> None:
        """Accept or reject every open suggestion of one label in this document or the project."""
        w = self.w
        if w.ops is None or w.store is None or (scope == "document" and w.doc_id is None):
            return
        ids = open_suggestions(w.store, [label], [w.doc_id] if scope == "document" and w.doc_id is not None else None)
        where = self.tr("in this document") if scope == "document" else self.tr("in the whole project")
        verb = self.tr("Accept") if status == "accepted" else self.tr("Reject")
        if not ids:
            w.statusBar().showMessage(self.tr("No open {0} suggestions {1}.").format(label_text(label), where), 4000)
            return
        question = self.tr("{0} {1} open {2} suggestion(s) {3}?").format(verb, f"{len(ids):,}", label_text(label),
                                                                         where)  # 1,035 as the status bar
        if status == "accepted" and label == "DISTRICT":  # 鼓楼区 of 南京 in a report of 福州: say so before
            from annotator.core.suggest.district.follow import guessed_among

            guessed = guessed_among(w.store, "suggested", ids, [w.doc_id] if scope == "document" and w.doc_id
                                    is not None else None)
            if guessed:
                question += "\n\n" + self.tr("{0} of them keep a code the tables' order chose (several units share "
                                              "the name): give the document's jurisdiction first, or check them "
                                              "once accepted").format(f"{guessed:,}")
        if w.confirm(question):
            title = deciding(status, len(ids), label_text(label))  # a big one is written by the worker
            # those still open then: not one another program decided while the question was open
            (w.ops.accept if status == "accepted" else w.ops.reject)(ids, title, still_open=True)

    def show_step(self, step: ChangeSet) -> None:
        """Before an undo or redo: show the document it changes, and the place in it (not one
        another program removed): its first span, unless one of its spans is on screen already
        (Accept all undone while reading the middle of the document stays there)."""
        w = self.w
        ids = [i for i in step.documents() if w.doc_model.row_of(i) >= 0]
        if not ids:
            return
        if w.doc_id not in ids:
            w.open_document(ids[0])
        span = step.first_span(w.doc_id) if w.doc_id in ids else None
        lo, hi = w.text_view.visible_range()
        if span is not None and not any(a.start < hi and a.end > lo and a.document_id == w.doc_id
                                        for c in step.annotation_changes for a in (c.before, c.after) if a):
            w.text_view.reveal(*span)
