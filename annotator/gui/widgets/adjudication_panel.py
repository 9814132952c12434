"""The adjudication panel: walk the coders' disagreements document by document and settle each
into the gold layer (``core/team/adjudication.py``).

Keys in its table: ``1``…``9`` take that coder's version, ``0`` takes none of them, ``Enter``
selects the region's gold span in the article for editing (boundary keys, label keys, the form),
``J`` goes to the next open disagreement (into the next document when this one has none left).
Every decision goes through the window's ops, so it is saved at once and undone with Ctrl+Z.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.team.adjudication import GOLD, Region, check_layer, coders_of, links_differ, regions
from annotator.core.team.unnamed import unnamed_note, unnamed_spans
from annotator.gui.i18n import names_list, sentence, sentences
from annotator.gui.models.regions import RegionModel
from annotator.gui.widgets.docks import scrolled
from annotator.gui.widgets.flow_layout import FlowLayout, PlaceholderField, labelled
from annotator.gui.widgets.region_table import TABLE_ROWS, WANTED_ROWS, Controls, RegionTable

__all__ = ["TABLE_ROWS", "AdjudicationPanel"]
SHOWN_LEFT = 3  # the documents one coder alone coded named when J finds no disagreement left
SHOWN_CHARS = 24  # of a region's text in the status bar, after a decision
MARGIN = 4  # around and between the panel's rows (Qt's 9, then 6, made it too tall for 600 in a Chinese font)

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

class AdjudicationPanel(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("adjudicationDock")
        self.w = window
        self.model = RegionModel(self)
        self._text: tuple[int | None, str] = (None, "")  # the open document's text, read once
        self._quiet = False
        self._undecided: set[tuple[int, int, int]] = set()  # (document, start, end) of the regions listed undecided
        self._order: tuple[object, list[str]] = (None, [])  # (the store, its coders in the order their keys were given)
        self.coders, self.layer = PlaceholderField(), PlaceholderField(GOLD, least=GOLD)
        self.only_open = QCheckBox()
        self.only_open.setChecked(True)
        self.table = RegionTable()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.model.modelReset.connect(self.table.fit_columns)  # another document, other coders
        self.table.verticalHeader().hide()
        self.agreed_button, self.next_button, self.agreement_button = QPushButton(), QPushButton(), QPushButton()
        self.alone_button = QPushButton()  # a document one coder alone coded: theirs taken as they are
        self.alone_button.setVisible(False)
        self._alone: str | None = None  # that coder, in the open document
        self.coders_label, self.layer_label, self.hint = QLabel(), QLabel(), QLabel(wordWrap=True)
        self.coders_label.setBuddy(self.coders)  # the fields' names for a screen reader
        self.layer_label.setBuddy(self.layer)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(MARGIN)
        # each a row that wraps where a narrow dock (400 px at a large font) has not the width for all of it
        fields, buttons = FlowLayout(spacing=MARGIN), FlowLayout(spacing=MARGIN)
        fields.addWidget(labelled(self.coders_label, self.coders, 3))  # wider than the layer's one
        fields.addWidget(labelled(self.layer_label, self.layer, 1))
        for widget in (self.only_open, self.agreed_button, self.alone_button, self.next_button, self.agreement_button):
            buttons.addWidget(widget)
        self.controls = Controls(fields, buttons)
        layout.addLayout(self.controls)
        layout.addWidget(self.table, 1)
        self.dockLocationChanged.connect(self._docked)
        self.topLevelChanged.connect(self._docked)
        layout.addWidget(self.hint)
        self.body = body
        self.setWidget(scrolled(body))  # a large font in a short window: it scrolls, the window still fits
        self.retranslate()
        self.table.take.connect(self.take)
        self.table.edit_asked.connect(self.edit)
        self.table.next.connect(self.next_disagreement)
        self.agreed_button.clicked.connect(self.take_agreed)
        self.alone_button.clicked.connect(self.take_alone)
        self.next_button.clicked.connect(self.next_disagreement)
        self.agreement_button.clicked.connect(self.show_agreement)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        for signal in (self.coders.editingFinished, self.only_open.toggled):
            signal.connect(self.refresh)
        self._layer = GOLD  # the layer last checked
        self.layer.editingFinished.connect(self.layer_changed)
        window.ann_model.modelReset.connect(self.refresh)  # another document opened
        window.undo_stack.indexChanged.connect(self.refresh)  # a decision, an edit, an undo
        self.visibilityChanged.connect(self.refresh)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Adjudication"))  # its title: the View menu's entry follows it, then
        self.toggleViewAction().setText(self.tr("&Adjudication"))  # takes its access letter (gui/widgets/docks.py)
        self.coders_label.setText(self.tr("Coders:"))
        self.coders.setPlaceholderText(self.tr("names (empty: all)"))  # short: whole in a narrow dock
        self.coders.setToolTip(self.tr("names, separated by commas (empty: every annotator)"))
        self.layer_label.setText(self.tr("Gold layer:"))
        self.only_open.setText(self.tr("Only disagreements"))
        self.agreed_button.setText(self.tr("Take all agreed"))
        self.next_button.setText(self.tr("Next disagreement (J)"))
        self.agreement_button.setText(self.tr("Agreement…"))
        self.table.setAccessibleName(self.tr("Regions to decide"))
        self.alone_button.setText(self.tr("Take {0}'s spans").format(self._alone or ""))
        self._show_hint(*getattr(self, "_hint_state", (None, 0)))  # in the new language

    def _show_hint(self, coders: list[str] | None, shown: int) -> None:
        """The keys, or why the table is empty: fewer than two coders to compare, nothing to decide
        (``shown``: the regions listed; -1, no document open)."""
        if coders is not None and len(coders) < 2 and self.typed_coders():
            text = self.tr("Adjudication compares two or more coders: name them above, separated by commas.")
        elif coders is not None and len(coders) < 2:
            note = self._unnamed()  # their spans are there, in no coder's layer: "nobody has accepted" was wrong
            if coders:
                text = self.tr("Adjudication compares two or more coders: this project has spans of {0} only. Merge "
                               "the coders' work into this one (Project › Coding team › Merge coders' work…) to "
                               "decide between them.").format(
                    coders[0])
            elif note:
                text = self.tr("Adjudication compares two or more coders: no coder has accepted spans in this "
                               "project yet.")
            else:
                text = self.tr("Adjudication compares two or more coders: nobody has accepted spans in this "
                               "project yet.")
            text += "\n" + note if note else ""
        elif coders is not None and self._alone is not None:
            others = names_list(c for c in coders if c != self._alone)
            text = (self.tr("Only {0} coded this document ({1} did not): nothing to compare, no disagreement "
                            "between coders. “Take {0}'s spans” copies theirs into the gold layer as they are; "
                            "untick “Only disagreements” to decide them one by one.") if self.alone_button.isVisibleTo(
                self) else self.tr("Only {0} coded this document ({1} did not): nothing to compare; the gold layer "
                                   "holds their spans.")).format(self._alone, others)
        elif coders is not None and shown == 0:
            text = self.tr("No disagreements left in this document: J goes to the next in a later document; "
                           "untick “Only disagreements” to see every region.")
        else:
            text = self.tr("1–9: take that coder's version · 0: none of them · Enter: edit the gold span · "
                           "Ctrl+Z: undo")
        self._hint_state = (coders, shown)
        self.hint.setText(text)

    def _unnamed(self) -> str:
        """What ``annotator adjudicate`` says, short of two coders, of the accepted spans in no coder's
        layer (a Label Studio export imported without --annotator), in the interface's language."""
        from annotator.gui.summaries import summary_lines  # the core's sentence in the interface's language

        if self.w.store is None:
            return ""
        note = unnamed_note(unnamed_spans(self.w.store, ["accepted"]), ["accepted"])
        return sentence(summary_lines([note])[0]) if note else ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _docked(self, *_: object) -> None:
        area = self.w.dockWidgetArea(self)
        # below (or above) the article its title runs up its left side: a row more of the table in a short window
        across = not self.isFloating() and area in (Qt.DockWidgetArea.BottomDockWidgetArea,
                                                    Qt.DockWidgetArea.TopDockWidgetArea)
        vertical = QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar
        self.setFeatures(self.features() | vertical if across else self.features() & ~vertical)
        if self.controls.dock_at(area, self.isFloating()) and not self.isFloating():
            # laid out at the side as wide as its one row needed: back to the width it wants stacked
            QTimer.singleShot(0, lambda: self.w.resizeDocks([self], [self.sizeHint().width()],
                                                            Qt.Orientation.Horizontal))

    def wanted_height(self) -> int:
        """Its height with WANTED_ROWS rows of the table in view, its fields, buttons and hint as laid out
        now (the window's Docks give it that below the article where the window has the room)."""
        hidden = max(0, self.body.height() - self.widget().height())  # its body scrolled: not all in view
        rows = WANTED_ROWS * self.table.verticalHeader().defaultSectionSize()
        return self.height() + hidden + rows - self.table.viewport().height()

    # ------------------------------------------------------------ reading
    def typed_coders(self) -> list[str]:
        """The names in the coders' field, split at commas (",", "，") and at "、" (张三、李四, as the
        Agreement dialog lists them in Chinese)."""
        text = self.coders.text().replace("，", ",").replace("、", ",")
        return [c.strip() for c in text.split(",") if c.strip()]

    def coder_names(self) -> list[str]:
        typed = self.typed_coders()
        if typed or self.w.store is None:
            return typed
        found = coders_of(self.w.store, self.layer_name())
        store, before = self._order  # a coder merged in since goes last: the others keep their digit keys
        kept = [c for c in before if c in found] if store is self.w.store else []
        self._order = (self.w.store, kept + [c for c in found if c not in kept])
        return list(self._order[1])

    def layer_name(self) -> str:
        return self.layer.text().strip() or GOLD

    def refresh(self) -> None:
        store = self.w.store
        coders = self.coder_names() if self.isVisible() and store is not None else None
        for button in (self.agreed_button, self.next_button):  # one coder: nothing agreed nor disagreed between
            button.setEnabled(coders is None or len(coders) > 1)  # coders (annotator adjudicate refuses it too)
        if coders is None or store is None or self.w.doc_id is None or len(coders) < 2:
            self._alone = None
            self.alone_button.hide()
            # no column "1 demo" of a project's one coder, whose key 1 copied their spans into the gold layer
            self.model.set_regions("", [], [])
            self._show_hint(coders, -1)  # no document open: still why there is nothing to compare, else the keys
            return
        current = self.model.region(self.table.currentIndex().row())
        every = regions(store, self.w.doc_id, coders, self.layer_name())
        self._alone = next((r.alone for r in every if r.alone is not None), None)  # the same in every region
        self.alone_button.setText(self.tr("Take {0}'s spans").format(self._alone or ""))
        self.alone_button.setVisible(any(r.alone is not None and not r.decided for r in every))  # hint: before
        found = self._listed(every)
        before, self._undecided = self._undecided, {(r.document_id, r.start, r.end) for r in found if not r.decided}
        if self._text[0] != self.w.doc_id:
            self._text = (self.w.doc_id, store.document(self.w.doc_id).text)
        self.model.set_regions(self._text[1], coders, found)
        self._show_hint(coders, len(found))
        if current is not None and current.document_id == self.w.doc_id:
            # a region undecided again (a decision undone, the gold span deleted) is the one to decide:
            # the next digit goes to it, not to the region the decision had moved on to
            reopened = [i for i, r in enumerate(found) if (r.document_id, r.start, r.end) in self._undecided - before]
            # keep the article's selection (the user may be editing there), unless the region is gone (another
            # program made the coders agree there): the article shows the region the next digit decides
            self._quiet = bool(reopened) or any(r.start < current.end and current.start < r.end for r in found)
            self._select(reopened[0] if reopened else
                         next((i for i, r in enumerate(found) if r.end > current.start), len(found) - 1))
            self._quiet = False

    def layer_changed(self) -> None:
        """A layer holding a coder's spans is refused at once (a decision would replace them): the
        field goes back to the layer it named, and the window says why."""
        name = self.layer_name()
        if name != self._layer and self.w.store is not None:
            try:
                check_layer(self.w.store, name)
            except AnnotatorError as e:
                from annotator.gui.core_errors import error_text

                self.layer.setText(self._layer)
                self.w.show_error(self.tr("Gold layer"), error_text(str(e)))
                return
            self._layer = name
        self.refresh()

    def _regions(self, doc_id: int, coders: list[str] | None = None) -> list[Region]:
        assert self.w.store is not None
        return self._listed(regions(self.w.store, doc_id, self.coder_names() if coders is None else coders,
                                    self.layer_name()))

    def _listed(self, found: list[Region]) -> list[Region]:
        """The regions the table lists: the disagreements (none where one coder alone coded), or all."""
        return [r for r in found if r.disagreement] if self.only_open.isChecked() else found

    # ------------------------------------------------------------ deciding
    def take(self, key: int) -> None:
        region = self.model.region(self.table.currentIndex().row())
        coders = self.model.coders
        if region is None or self.w.ops is None or key > len(coders):
            return
        if key and region.left_out(coders[key - 1]):  # their empty column would take none of the versions
            self.w.statusBar().showMessage(self.tr("{0} did not code this document: {1} takes nothing here (0 takes "
                                                   "none of the versions)").format(coders[key - 1], key), 8000)
            return
        self.w.reloading.before_key()  # another program's writes first (a merge --replace of a coder's copy)
        if self.model.region(self.table.currentIndex().row()) != region:  # the versions listed are not theirs now
            self.w.statusBar().showMessage(self.tr(
                "Another program changed the spans of this region since the panel listed them: nothing taken; the "
                "panel shows them as stored now"), 8000)
            return
        coder, layer = coders[key - 1] if key else None, self.layer_name()
        if self.w.ops.adjudicate(region, coder, layer) is None:
            return  # a refused decision (the window said why) stays on its region
        self._next(self._decided(region, coder, layer))  # said in the status bar: not a message left standing

    def _decided(self, region: Region, coder: str | None, layer: str) -> str:
        """What a digit decided, for the status bar, as Take all agreed says what it took: the region by its
        text (a long one cut), the coder whose version was taken, or none (0, or a coder with no span there)."""
        text = self._text[1][region.start:region.end] if self._text[0] == region.document_id else ""
        text = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"
        if coder is None or not next(v for v in region.versions if v.coder == coder).spans:
            return self.tr("Took none of the versions of “{0}”: rejected in layer {1}.").format(text, layer)
        return self.tr("Took {0}'s version of “{1}” into layer {2}.").format(coder, text, layer)

    def take_agreed(self) -> None:
        """Take the agreed regions; the status bar says how many spans, and, as ``annotator adjudicate``,
        how many of those regions the coders linked differently (the links most of them gave were taken)."""
        if self.w.ops is None or self.w.doc_id is None or self.w.store is None:
            return
        coders, layer = self.coder_names(), self.layer_name()
        if len(coders) < 2:  # one coder's spans are no agreement (the button is greyed out then)
            return
        differ = len(links_differ(self.w.store, self.w.doc_id, coders, layer))  # counted before they are taken
        changeset = self.w.ops.take_agreed(self.w.doc_id, coders, layer)
        if changeset is None:  # refused: the window said why
            return
        said = self.tr("Took {0} agreed span(s) into layer {1}.").format(len(changeset.annotation_changes), layer)
        if self._alone is not None:  # as annotator adjudicate says it
            said += " " + self.tr("Only {0} coded this document: nothing agreed between coders here; “Take {0}'s "
                                  "spans” takes theirs as they are.").format(self._alone)
        if differ:
            said += " " + self.tr("{0} of the agreed regions the coders linked differently: the links most of them "
                                  "gave were taken (the first coder's on a tie); this panel lists spans, not links: "
                                  "check those.").format(differ)
        self.w.statusBar().showMessage(said, 15000)

    def take_alone(self) -> None:
        """The spans of the one coder who coded the open document, taken as they are (one step)."""
        if self.w.ops is None or self.w.doc_id is None or self._alone is None:
            return
        who, layer = self._alone, self.layer_name()
        changeset = self.w.ops.take_alone(self.w.doc_id, self.coder_names(), layer)
        if changeset is not None:  # None: refused, the window said why
            self.w.statusBar().showMessage(self.tr("Took {0} span(s) of {1} into layer {2}.").format(
                len(changeset.annotation_changes), who, layer), 15000)

    def show_agreement(self) -> None:
        """The coders' agreement over the project (the coders named above, else every annotator)."""
        from annotator.gui.dialogs.agreement_dialog import show_agreement

        self.agreement = show_agreement(self.w, self.typed_coders())

    def edit(self) -> None:
        """Select the region's gold span in the article (the first, when there are several)."""
        region = self.model.region(self.table.currentIndex().row())
        gold = [a for a in region.layer if a.status != "rejected"] if region else []
        if gold and gold[0].id is not None:
            self.w.select_annotation(gold[0].id)
            self.w.text_view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif region is not None:  # Enter did nothing, without a word
            self.w.statusBar().showMessage(self.tr("No gold span here to edit: take a coder's version (1–9) first, "
                                                   "or label the text by hand in the article"), 6000)

    def next_disagreement(self) -> None:
        """The next region still open after the current row; else the first in a later document."""
        self._next("")

    def _next(self, said: str) -> None:
        """:meth:`next_disagreement`, after a decision ``said`` in the status bar (with, when no disagreement
        is left, what J says then)."""
        if said:
            self.w.statusBar().showMessage(said, 6000)
        row = self.table.currentIndex().row()
        for i in range(row + 1, self.model.rowCount()):
            r = self.model.regions[i]
            if r.disagreement and not r.decided:
                self._select(i)
                return
        ids = self.w.doc_model.doc_ids()
        later = ids[ids.index(self.w.doc_id) + 1:] if self.w.doc_id in ids else ids
        coders = self.coder_names()
        for doc_id in later:
            if any(r.disagreement and not r.decided for r in self._regions(doc_id, coders)):
                self.w.open_document(doc_id)
                self._select(next(i for i, r in enumerate(self.model.regions) if r.disagreement and not r.decided))
                return
        self.w.statusBar().showMessage(sentences(said, self._none_after(coders)), 8000)

    def _none_after(self, coders: list[str]) -> str:
        """What J says when no disagreement is left after this one, naming the documents one coder alone coded
        that are still to take (J passes them: nothing to compare there)."""
        from annotator.core.team.uncompared import still_to_take

        assert self.w.store is not None
        left = sorted({a.document for a in still_to_take(self.w.store, coders, self.layer_name())})
        if not left or len(coders) < 2:
            return self.tr("No open disagreement after this one")
        shown = names_list(left[:SHOWN_LEFT]) + (" …" if len(left) > SHOWN_LEFT else "")
        return self.tr("No open disagreement after this one; {0} document(s) that one coder alone coded are still "
                       "to take: {1}").format(len(left), shown)

    def take_focus(self) -> None:
        """Shown by its key (Ctrl+Shift+J): the table takes the keys (digits, J, Enter), on its first
        region; the article kept them, where J and the digits do nothing of the panel's."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid():
            self._select(0)

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _row_changed(self, current, _previous) -> None:
        region = self.model.region(current.row())
        if region is not None and not self._quiet:
            if self.w.selected_id is not None:  # the form and X, A, Delete were on a span out of sight
                self.w.select_annotation(None, scroll=False)
            self.w.text_view.select_range(region.start, region.end)
            self.w.text_view.centre(region.start, region.end)
