"""Links in the window: the form's lines for the selected span ("district: 湖里区 350206",
"for project: 松元产业园"), the spans linked to it highlighted in the article, the keys that set,
accept and remove links (L, Shift+L; Ctrl+L links to a span chosen from a list,
``dialogs/link_chooser.py``), and the document's jurisdiction shown in the form for correcting.
Every change goes through the window's Ops, so each is one undoable step.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core import jurisdiction
from annotator.core import links as rules
from annotator.core.errors import AnnotatorError
from annotator.core.models import Annotation, ChangeSet, Document, Link
from annotator.core.span_row import SpanRow
from annotator.core.store.labelling import coders_span
from annotator.gui.display import span_text
from annotator.gui.jurisdiction_words import followed, joined, no_code_said
from annotator.gui.reasons import link_reason_text

if TYPE_CHECKING:
    from annotator.core.store import Store
    from annotator.gui.dialogs.link_chooser import LinkChoice, LinkChooser
    from annotator.gui.main_window import MainWindow

LINKED_FROM_SHOWN = 8  # lines of the spans linked to the selected one; the rest are counted
CHOOSER_CONTEXT = 8  # characters of text shown each side of a span in Link to…'s list (the span itself in view)


class Linking(QObject):
    settled = Signal()  # a document opened has painted and formatted all its spans, a turn ago

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.hovered = self._span_under_mouse  # tests may replace it
        self._guess_for: tuple[int, Document] | None = None  # a document opened, its guess to come
        self._guess = QTimer(self, interval=0)
        self._guess.timeout.connect(self._guess_when_formatted)
        self._painted = False  # the formatting was seen done a turn ago
        self.chooser: LinkChooser | None = None  # Link to… while it is open
        self._keys_had: QWidget | None = None  # the widget with the keys when it opened: they go back there
        self._pointer = QPoint()  # where the mouse was when the span was selected (see _span_under_mouse)
        self.shown_links: tuple = ()  # (span id, its links, the spans linked to it) the form shows (reloading.py)

    # ------------------------------------------------------------ showing
    def show(self, a: Annotation | None) -> None:
        """The links of the selected span in the form; its linked spans highlighted."""
        w = self.w
        self._pointer = QCursor.pos()
        if a is None or w.store is None or a.id is None:
            self.shown_links = ()
            w.form.show_links([])
            w.text_view.set_linked([])
            return
        links = [k for k in w.store.links_from(a.id) if k.status != "rejected"]
        sources = w.store.linked_from(a.id)
        self.shown_links = (a.id, links, sources)
        lines = [self.describe(k) for k in links]
        lines += [self.tr("linked from: {0}").format(self._text(i)) for i in sources[:LINKED_FROM_SHOWN]]
        if len(sources) > LINKED_FROM_SHOWN:  # the jurisdiction of a long report: every fact
            lines.append(self.tr("… and {0} more spans linked to it").format(len(sources) - LINKED_FROM_SHOWN))
        w.form.show_links(lines)
        w.text_view.set_linked([k.target_id for k in links if k.target_id is not None] + sources)

    def describe(self, link: Link) -> str:
        target = self.w.ann_model.by_id(link.target_id) if link.target_id is not None else None
        if link.kind == rules.PROJECT:
            line = self.tr("for project: {0}").format(target.text if target else "?")
        else:
            line = self.tr("district: {0}").format(rules.district_of(link, target) or "?")
        if link.status == "suggested":
            line += (" " + self.tr("(suggested: {0})").format(link_reason_text(link.reason)) if link.reason
                     else self.tr(" (suggested)"))
        return line

    def _plain(self, ann_id: int) -> str:
        a = self.w.ann_model.by_id(ann_id)
        return a.text if a else "?"

    def _text(self, ann_id: int) -> str:
        a = self.w.ann_model.by_id(ann_id)
        return span_text(a.label, a.text) if a else "?"

    def show_document(self, doc_id: int | None, doc: Document | None = None) -> None:
        """The document's jurisdiction: as given, else the guess as a grey hint (``doc``: the
        document just read, not to be read again)."""
        w = self.w
        self._guess.stop()
        self._guess_for = None
        if w.store is None or doc_id is None:
            w.form.show_jurisdiction(None, "")
            return
        if doc is None or doc.id != doc_id:
            doc = w.store.document(doc_id)
        given = str(doc.metadata.get(jurisdiction.KEY) or "")
        found = jurisdiction.guess(doc, w.ann_model.text_spans("DISTRICT"))  # type: ignore[arg-type]
        hint = self.tr("guessed: {0}").format(found.district) if found else self.tr("none found")
        w.form.show_jurisdiction(given, hint)

    def show_document_later(self, doc_id: int, doc: Document) -> None:
        """A document just opened: its given jurisdiction at once, the guess (it reads every
        DISTRICT span: 3–4 ms at 10,000 spans) once the article has painted and formatted its
        spans, which the user waits for; the grey hint shows a moment after. ``settled`` follows."""
        self._guess.stop()
        if doc.metadata.get(jurisdiction.KEY) or not self.w.text_view.is_formatting():
            self.show_document(doc_id, doc)  # the hint shows only in an empty field
        else:
            self.w.form.show_jurisdiction("", "")
            self._guess_for = doc_id, doc
        self._painted = False
        self._guess.start()

    def _guess_when_formatted(self) -> None:
        if self.w.text_view.is_formatting():
            self._painted = False
            return  # asked again at the next turn of the event loop
        if not self._painted:  # the text formatted last is painted first, the guess a turn later
            self._painted = True
            return
        self._guess.stop()
        pending, self._guess_for = self._guess_for, None
        if pending is not None and pending[0] == self.w.doc_id:
            self.show_document(*pending)
        self.settled.emit()

    def retranslate(self) -> None:
        """The interface's language changed: the form's link lines and jurisdiction hint anew."""
        self.show(self.w.form.annotation())
        self.show_document(self.w.doc_id)

    def on_changes(self, changeset: ChangeSet) -> None:
        w = self.w
        if any(c.document_id == w.doc_id for c in changeset.metadata_changes):
            self.show_document(w.doc_id)

    # ------------------------------------------------------------ editing
    def link_key(self) -> None:
        """L: link the selected span to the span under the mouse; else accept its suggested links;
        else link it to the nearest district."""
        w = self.w
        source = w.ann_model.by_id(w.selected_id) if w.selected_id is not None else None
        if w.ops is None or w.store is None or source is None or source.id is None:
            return
        target = self.hovered()
        suggested = [k.id for k in w.store.links_from(source.id) if k.status == "suggested" and k.id is not None]
        if target is None and suggested:
            if w.editing.coders_kept([source.id], deciding=True):  # li's suggested links: li's to decide
                return
            from annotator.core.link_review import open_links  # when first needed: not at the window's start

            stale = set(open_links(w.store, doc_ids=[source.document_id]).stale).intersection(suggested)
            if stale:  # a link to a rejected span concerns nothing: never accepted (Shift+L rejects it)
                w.statusBar().showMessage(self.tr("{0} suggested link(s) of {1} join a rejected span and stay "
                                                  "open: Shift+L removes them.").format(len(stale), source.text),
                                          8000)
            ready = [i for i in suggested if i not in stale]
            if ready and (done := w.ops.accept_links(ready, accept=self._accepting())) and not stale:
                made = [c.after for c in done.link_changes if c.after is not None and c.after.source_id == source.id]
                if made:  # said as a link made by L is (it was silent)
                    self._say_linked(source, made[0].kind, made[0].target_id, done, made[0].value.get("name"))
            return
        chosen = rules.link_for_key(source, target, w.ann_model.rows())  # type: ignore[arg-type]
        if chosen is None:
            w.statusBar().showMessage(self.tr("No span to link {0} to: a project, amount or target links to a "
                                              "district, an amount or target to a project.").format(source.text),
                                      6000)
            return
        kind, target = chosen
        self._link(source.id, kind, target.id)

    def choose_key(self) -> None:
        """Ctrl+L (*Edit › Link to…*): link the selected span to a span chosen in a list (its projects
        and districts, the nearest first), by keyboard; the link one undo step, as L's."""
        w = self.w
        if w.ops is None or w.store is None:
            return
        source = w.ann_model.by_id(w.selected_id) if w.selected_id is not None else None
        if source is None or source.id is None:
            w.statusBar().showMessage(self.tr("Select the span to link first (an amount, a target or a project)."),
                                      6000)
            return
        found = rules.link_choices(source, w.ann_model.rows(), w.text_view.text)
        if not found:
            w.statusBar().showMessage(self.tr("No span to link {0} to: a project, amount or target links to a "
                                              "district, an amount or target to a project.").format(source.text),
                                      6000)
            return
        if not w.ops.writable():  # a read-only project: refused as any edit is, before the list opens
            return
        from annotator.gui.dialogs.link_chooser import LinkChooser  # when first needed: not at the window's start

        chooser = LinkChooser(span_text(source.label, source.text), self._choices(w.store, source.id, found), w)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        source_id = source.id
        chooser.finished.connect(self._chooser_closed)  # before accepted: the chooser itself is read there
        chooser.accepted.connect(lambda: self._link_chosen(source_id, chooser.chosen()))
        view = w.text_view
        if view.is_on_screen(source.start, source.end):  # beside the span, under its line
            cursor = QTextCursor(view.document())
            cursor.setPosition(view.offsets.to_qt(source.start))
            line = view.cursorRect(cursor)
            chooser.place_by(QRect(view.viewport().mapToGlobal(line.topLeft()), line.size()))
        self.chooser, self._keys_had = chooser, QApplication.focusWidget()
        chooser.open()

    def _choices(self, store: Store, source_id: int, found: list[tuple[str, SpanRow]]) -> Sequence[LinkChoice]:
        """The chooser's choices, each made when it first reads it (the rows it shows: not all 4,000
        districts of a long report, each with the text around it, as it opens)."""
        from annotator.gui.dialogs.link_chooser import LazyChoices, LinkChoice
        from annotator.gui.dialogs.search_dialog import snippet

        w = self.w
        now = {(k.kind, k.target_id): k.status for k in store.links_from(source_id) if k.status != "rejected"}
        text, text_of = w.text_view.text, w.ann_model.text_of

        def choice(i: int) -> LinkChoice:
            kind, row = found[i]
            code = row.value.get("code") if kind == rules.DISTRICT else ""
            return LinkChoice(kind, row.id, text_of(row), str(code or ""),
                              snippet(text, row.start, row.end, CHOOSER_CONTEXT), now.get((kind, row.id), ""),
                              row.status == "suggested")
        return LazyChoices(len(found), choice, [i for i, (kind, row) in enumerate(found) if (kind, row.id) in now])

    def _chooser_closed(self) -> None:
        from annotator.gui.keys_back import give_back

        self.chooser = None
        give_back(self._keys_had)  # not no widget: the next N or Ctrl+Z did nothing
        self._keys_had = None

    def _link_chosen(self, source_id: int, choice: LinkChoice | None) -> None:
        if choice is not None:
            self._link(source_id, choice.kind, choice.target_id)

    def _link(self, source_id: int, kind: str, target_id: int | None) -> None:
        """L's or Ctrl+L's link made and said. While the Adjudication panel is open a link joins gold
        spans: a coder's span (either end) is replaced by the gold span of its mention, and without one
        the link is refused, the status bar saying what to do (``gold_links.gold_span_of``)."""
        w = self.w
        layer = w.editing.gold_layer()
        if w.ops is None or w.store is None:
            return
        ends = [w.store.annotation(i) if i is not None else None for i in (source_id, target_id)]
        if layer is not None:
            from annotator.core.team.gold_links import gold_span_of

            coders = w.editing.panel_coders()
            for n, a in enumerate(ends):
                if a is not None and coders_span(a, layer, coders):
                    if (gold := gold_span_of(w.store, a, layer)) is None:
                        w.statusBar().showMessage(self.tr(
                            "{0}'s {1} is not in the gold layer “{2}”: take a version of its region in the "
                            "Adjudication panel (1–9), then link the gold span").format(a.annotator, a.text, layer),
                            8000)
                        return
                    ends[n] = gold
        source, target = ends
        assert source is not None and source.id is not None
        done = w.ops.link(source.id, kind, target.id if target is not None else None, accept=self._accepting())
        if done is None:  # refused, and said so
            return
        self._say_linked(source, kind, target.id if target is not None else None, done)  # or linked so already
        if source.id != source_id or (target is not None and target.id != target_id):
            w.statusBar().showMessage(w.statusBar().currentMessage() + self.tr(
                " (the gold spans: the coders' stay as they are)"), 6000)
            if w.selected_id == source_id:  # the gold span linked, shown in the form
                w.select_annotation(source.id, scroll=False)

    def _accepting(self) -> bool:
        """A link chosen by hand accepts the suggestions it joins, but not while the Adjudication panel
        is open: there an accept goes into its gold layer, decided in the panel (A)."""
        return not self.w.editing.gold_layer()

    def _say_linked(self, source: Annotation, kind: str, target_id: int | None, done: ChangeSet,
                    name: str | None = None) -> None:
        """The status bar: what was linked to what (the other end of a range of money with it), and
        the suggestions the link accepted (the span, the other end, the target: reviewed by hand), or
        that it was so linked already (``done`` changed nothing); ``name``: a district named by no span
        (the document's jurisdiction)."""
        w = self.w
        target = w.ann_model.by_id(target_id) if target_id is not None else None
        if not done.changes:  # L over the project it is linked to already: said, not silent as if not pressed
            said = (self.tr("{0} is already linked to project {1}") if kind == rules.PROJECT
                    else self.tr("{0} is already linked to district {1}"))
            w.statusBar().showMessage(said.format(source.text, target.text if target is not None else name or "?"),
                                      6000)
            return
        said = self.tr("{0} linked to project {1}") if kind == rules.PROJECT else self.tr("{0} linked to district {1}")
        said = said.format(source.text, target.text if target is not None else name or "?")
        linked = next((c.after.source_id for c in done.link_changes if c.after is not None), source.id)
        ends = {c.after.source_id for c in done.link_changes if c.after is not None} - {source.id, linked}
        if ends:  # 3-5亿元: both ends are one fact (core/range_links.py)
            said += self.tr(" (with the other end of its range, {0})").format("、".join(self._plain(i) for i in ends))
        accepted = [c.after.text for c in done.annotation_changes if c.after is not None and c.before is not None
                    and c.before.status == "suggested" and c.after.status == "accepted"]
        if accepted:
            said += self.tr("; suggestion(s) accepted: {0}").format("、".join(accepted))
        me = w.ops.annotator() if w.ops is not None else ""
        coders = w.ops.coders() if w.ops is not None else ()
        coder = next((a.annotator for a in (source, target) if a is not None and coders_span(a, me, coders)), "")
        copies = [c.after.text for c in done.annotation_changes if c.before is None and c.after is not None]
        if coder and copies:  # another coder's span: the link joins the user's own copy (range_links.link_by_hand)
            said += self.tr("; {0}'s spans stay theirs: the link joins your own copies ({1}), in your layer "
                            "(Ctrl+Z takes them back)").format(coder, "、".join(copies))
        w.statusBar().showMessage(said, 6000)
        if linked != source.id and w.selected_id == source.id:  # the user's copy linked: shown in the form
            w.select_annotation(linked, scroll=False)

    def bulk_links(self, status: str, scope: str) -> None:
        """Edit › Accept (Reject) all in this document (the project) › Links: its suggested links, as
        ``annotator review P --accept --links`` decides them: accepted only where the spans they
        join are accepted; rejected all; other coders' links left as they are. One undo step."""
        from annotator.core.link_review import open_links  # when first needed: not at the window's start

        w = self.w
        if w.ops is None or w.store is None or (scope == "document" and w.doc_id is None):
            return
        found = open_links(w.store, doc_ids=[w.doc_id] if scope == "document" and w.doc_id is not None else None,
                           annotator=w.ops.annotator())  # li's links stay li's (core/link_review.py)
        ids = found.ready if status == "accepted" else [*found.ready, *found.waiting, *found.stale]
        where = self.tr("in this document") if scope == "document" else self.tr("in the whole project")
        left = (self.tr(" {0} wait for a span still suggested; {1} join a rejected span (Reject all › Links).")
                .format(len(found.waiting), len(found.stale)) if status == "accepted" and len(ids) < found.total
                else "")
        if found.theirs:
            left += self.tr(" {0} of other coders ({1}) stay theirs: a coder's decisions are changed in "
                            "adjudication.").format(len(found.theirs), "、".join(dict.fromkeys(found.theirs)))
        if not ids:
            w.statusBar().showMessage(self.tr("No suggested links to decide {0}.").format(where) + left, 8000)
            return
        verb = self.tr("Accept") if status == "accepted" else self.tr("Reject")
        if w.confirm(self.tr("{0} {1} suggested link(s) {2}?").format(verb, f"{len(ids):,}", where) + left):
            w.ops.decide_links(ids, status)
            if left:
                w.statusBar().showMessage(left.strip(), 8000)

    def unlink_key(self) -> None:
        """Shift+L: remove the links of the selected span (a suggested one rejected), and of the other end
        of its range of money; the status bar says what went (it said nothing, as if the key did nothing)."""
        w = self.w
        if w.ops is None or w.selected_id is None:
            return
        source = w.ann_model.by_id(w.selected_id)
        if w.editing.coders_kept([w.selected_id], deciding=True):  # li's links stay li's, as X leaves li's span
            return
        done = w.ops.unlink(w.selected_id)
        if done is None or source is None:
            return
        if not done.link_changes:
            w.statusBar().showMessage(self.tr("{0} has no links to remove").format(source.text), 6000)
            return
        said = self.tr("Links of {0} removed").format(source.text)
        ends = {c.before.source_id for c in done.link_changes if c.before is not None} - {source.id}
        if ends:  # 3-5亿元: both ends are one fact (core/range_links.py)
            said += self.tr(" (with the other end of its range, {0})").format("、".join(self._plain(i) for i in ends))
        w.statusBar().showMessage(said, 6000)

    def set_jurisdiction(self, text: str) -> None:
        w = self.w
        if w.ops is not None and w.doc_id is not None:
            fix = jurisdiction.corrected(text)  # 河池币 451200: the code wins, as annotator meta says
            step = w.ops.set_metadata(w.doc_id, jurisdiction.KEY, fix.value if fix is not None else text,
                                      expected=w.form.jurisdiction_shown)
            if step is None:
                self.show_document(w.doc_id)  # refused (another program's since, say): the stored one shows
                return
            found = jurisdiction.parse(text, w.ann_model.text_spans("DISTRICT"))  # type: ignore[arg-type]
            said = [followed(w.store, w.doc_id, step, bool(text.strip()))]  # its open district suggestions
            if fix is not None and not fix.other_writing:
                said.insert(0, self.tr(
                    "{0} is not the name of division {1} ({2}): the code wins, so the jurisdiction is {3}").format(
                        fix.typed, fix.code, fix.name, fix.value))
            elif found is not None and not found.code:  # a typo (湖里县), a name of several units (鼓楼区)
                said.insert(0, no_code_said(text))  # took the facts' codes away without a word
            if any(said):
                w.statusBar().showMessage(joined(said), 12000)

    def _span_under_mouse(self) -> Annotation | SpanRow | None:
        """The span the mouse points at, once it was moved there after the span to link was selected: a
        pointer left resting over the article while N chose the span by keyboard linked it to whatever
        lay under the pointer, not to its suggested district."""
        view = self.w.text_view
        if QCursor.pos() == self._pointer:
            return None
        point = view.viewport().mapFromGlobal(QCursor.pos())
        if not view.viewport().rect().contains(point):
            return None
        try:
            spans = view.spans_at(view.char_at(point))
        except (AnnotatorError, IndexError):
            return None
        return spans[0] if spans else None
