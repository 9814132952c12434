"""The annotation window: composition of the document panel, the article, the form and
the annotation table. Data changes go widget → ops → store → undo stack → ``_on_changes``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator import __version__
from annotator.core.errors import AnnotatorError
from annotator.core.models import ChangeSet
from annotator.core.store import Store
from annotator.gui import collector, failure_said, messages, places, read_only, row_left
from annotator.gui.actions import Actions
from annotator.gui.boundaries import Boundaries
from annotator.gui.commands import ProjectCommands
from annotator.gui.editing import Editing
from annotator.gui.empty_hint import show_empty_hint
from annotator.gui.file_drops import hand_files_to_window, local_files
from annotator.gui.linking import Linking
from annotator.gui.models.annotation_table import ANN_ID_ROLE, AnnotationFilterProxy, AnnotationTableModel
from annotator.gui.models.document_list import DocumentListModel
from annotator.gui.ops import Ops
from annotator.gui.reloading import Reloading
from annotator.gui.session_backup import SessionBackup
from annotator.gui.suggestion_steps import step_suggestion
from annotator.gui.team import Team
from annotator.gui.widgets.annotation_filter import AnnotationFilterBar
from annotator.gui.widgets.annotation_view import AnnotationView
from annotator.gui.widgets.backup_warning import BackupWarning
from annotator.gui.widgets.docks import Docks
from annotator.gui.widgets.document_panel import DocumentPanel
from annotator.gui.widgets.find_bar import FindBar
from annotator.gui.widgets.form import AnnotationForm
from annotator.gui.widgets.form_room import share_room
from annotator.gui.widgets.message_bar import MessageBar
from annotator.gui.widgets.status_label import StatusLabel
from annotator.gui.widgets.text_view import TextView
from annotator.paths import DB_FILENAME, project_folder

if TYPE_CHECKING:
    from annotator.gui.widgets.adjudication_panel import AdjudicationPanel
    from annotator.gui.widgets.guide_panel import GuidePanel
    from annotator.gui.widgets.stats_panel import StatsPanel


class MainWindow(QMainWindow):
    def __init__(self, settings: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.settings = settings
        self.store: Store | None = None
        self.ops: Ops | None = None
        self.doc_id: int | None = None
        self.selected_id: int | None = None
        self.read_places: dict[int, int] = {}  # where each document left was read, this session (gui/places.py)
        self.undo_stack = QUndoStack(self)
        self.confirm: Callable[[str], bool] = self._ask_yes_no  # tests may replace it
        self.commands = ProjectCommands(self)
        self.editing = Editing(self)
        self.boundaries = Boundaries(self)
        self.linking = Linking(self)
        self.doc_model = DocumentListModel(parent=self)
        self.panel = DocumentPanel(self.doc_model)
        self.panel.document_activated.connect(self._document_chosen)
        self.doc_model.dataChanged.connect(lambda *_args: self.update_status())
        self.text_view = TextView()
        self.text_view.annotation_clicked.connect(lambda i: self.select_annotation(i, scroll=False))
        self.text_view.background_clicked.connect(lambda: self.select_annotation(None))
        self.form = AnnotationForm()
        self.form.label_chosen.connect(self.editing.label_key)
        self.form.relabel_requested.connect(lambda name: self.editing.relabel_selected(name, self.form.relabel_run))
        self.form.edited.connect(self.editing.edit_fields)
        self.form.accept_requested.connect(self.editing.accept_selected)
        self.form.reject_requested.connect(self.editing.reject_selected)
        self.form.delete_requested.connect(self.editing.delete_selected)
        self.form.jurisdiction_edited.connect(self.linking.set_jurisdiction)
        self.form.links_requested.connect(self.linking.choose_key)
        self.form.typing_done.connect(lambda: self.text_view.setFocus(Qt.FocusReason.OtherFocusReason))
        failure_said.refusals(self)  # a value the form refuses said in the status bar, until its field is back
        self.linking.settled.connect(self.form.reserve_line_height)  # not at the first key
        self.ann_model = AnnotationTableModel(self)
        self.ann_proxy = AnnotationFilterProxy(self)
        self.ann_proxy.setSourceModel(self.ann_model)
        self.table = AnnotationView(self.ann_proxy, self.ann_model, settings=settings)
        row_left.follow(self)  # the table's current row selects its span; a filter hiding it, none
        self.find_bar = FindBar(self.text_view)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text_view)
        column.addWidget(self.find_bar)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")  # its sizes kept (Settings.save_window)
        self.right_splitter.addWidget(self.form.wrap())
        self.table_filter = AnnotationFilterBar(self.ann_proxy, self.ann_model)
        self.right_splitter.addWidget(self.table_filter.wrap(self.table))
        self.table_filter.left.connect(lambda: self.text_view.setFocus(Qt.FocusReason.ShortcutFocusReason))
        share_room(self.right_splitter, self.table)  # the form's buttons and ~5 table rows in a short window
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        for widget in (self.panel, centre, self.right_splitter):
            self.main_splitter.addWidget(widget)
        self.main_splitter.setSizes([350, 510, 420])
        self.setCentralWidget(self.main_splitter)
        self.doc_status, self.project_status = StatusLabel(), StatusLabel()
        self.backup_warning = BackupWarning()
        self.session_backup = SessionBackup(self)  # the session's backup, off the GUI thread
        self.reloading = Reloading(self)  # what another program wrote, shown once the window notices it
        failure_said.backups(self)  # a session backup that failed: the status bar's warning
        self._backup_error = ""  # the window's store's, as last seen
        self.setStatusBar(MessageBar())  # a long message elided with "…", not cut mid-word
        self.statusBar().addWidget(self.doc_status, 1)
        self.statusBar().addPermanentWidget(self.backup_warning)
        self.statusBar().addPermanentWidget(self.project_status)
        self.window_actions = Actions(self)
        self.docks = Docks(self)  # the panels, each made when first asked for
        self.team = Team(self)  # Project › Coding team: packages handed out, opened, merged (gui/team.py)
        self.window_actions.set_project_open(False)  # until one opens
        self.window_actions.sync(settings)
        self.text_view.show_rejected = bool(settings.show_rejected)
        self.ann_proxy.set_show_rejected(bool(settings.show_rejected))
        self.text_view.set_font_size(settings.article_font_size())  # never smaller than the menus
        self.setAcceptDrops(True)
        hand_files_to_window(self)  # files dropped on a text field imported, not typed into it
        self.resize(1280, 800)
        self.retranslate()
        self.settings.restore_window(self)
        self.findChildren(QWidget)  # wrapped the QObject way (<1 ms), not by typing every QWidget subclass (~20 ms)
        self.text_view.setFocus()  # the article takes the keys from the start, not the first field in tab order

    @property
    def adjudication(self) -> AdjudicationPanel:
        return self.docks.get("adjudication")  # type: ignore[return-value]

    @property
    def guide(self) -> GuidePanel:
        return self.docks.get("guide")  # type: ignore[return-value]

    @property
    def statistics(self) -> StatsPanel:
        return self.docks.get("statistics")  # type: ignore[return-value]

    def retranslate(self) -> None:
        self._update_title()
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.window_actions.retranslate()
            self.form.retranslate()
            self.panel.retranslate()
            self.ann_model.retranslate()
            self.linking.retranslate()
            self.docks.retranslate()
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ project
    def open_project(self, path: str | Path) -> bool:
        path = project_folder(path)  # its database named (annotator gui P/project.sqlite): the project
        if self.store is not None and Path(path).resolve() == self.store.folder.resolve():
            return True  # open already (Recent projects lists it first): its undo history and document stay
        from annotator.gui.upgrading import upgrade_first  # an older project's upgrade, with a dialog

        if not upgrade_first(self, path):
            return False
        try:
            store = Store.open(path, read_only_ok=True)  # a read-only project is shown (gui/read_only.py)
        except AnnotatorError as e:
            said = str(e)
            if Path(path).is_dir() and not Path(path, DB_FILENAME).exists():  # the window's way, not 'annotator new'
                said = self.tr("{0}: not an annotator project (no {1}); Project › New project… (Ctrl+N) makes one"
                               ).format(path, DB_FILENAME)
            self.show_error(self.tr("Cannot open the project"), said)
            return False
        self._close_project()
        self.commands.forget_search()
        self.store = store
        self.ops = Ops(store, self.undo_stack, lambda: self.settings.annotator_name, self, show=self.editing.show_step)
        self.ops.changed.connect(self._on_changes)
        failure_said.follow(self, self.ops)  # each failed edit said, until the next one is saved
        self.ops.refused.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.ops.changed.connect(self.linking.on_changes)
        self.labels_changed()
        self.doc_model.set_store(store, self.ops.set_done)
        read_only.opened(self, store)  # the actions, a read-only project's notice, the session's backup
        self.settings.last_project = folder = str(Path(path).resolve())
        self.settings.add_recent(folder)
        places.reopen(self)  # the document it showed last (gui/places.py)
        return True

    def _close_project(self) -> None:
        self.commands.save_typing()  # the close button, or another project: what is typed is saved first
        places.keep(self)  # the open document and its place, kept per project
        self.undo_stack.clear()
        if self.ops is not None:
            self.ops.deleteLater()
        if self.store is not None:
            self.store.close()
        self.store, self.ops, self.doc_id = None, None, None
        self.read_places.clear()
        read_only.closed(self)
        self._backup_error = ""
        self.backup_warning.show_error("")

    def show_nothing(self) -> None:
        self.doc_id = None
        self.ann_model.set_rows(None, [], "", None)
        self.text_view.set_document("", [])
        self.select_annotation(None)
        self.linking.show_document(None)  # no jurisdiction field: no document to give one
        self._update_title()
        self.update_status()

    def labels_changed(self) -> None:
        labels = self.store.labels() if self.store is not None else []  # (none without a project)
        self.text_view.set_labels(labels)
        self.form.set_labels(labels)
        self.table_filter.set_labels(labels)
        self.ann_model.set_label_colors({label.name: label.color for label in labels})
        self.window_actions.set_labels(labels)

    def reload(self) -> None:
        """Ctrl+R, after background work: re-read everything from the store (gui/reloading.py)."""
        self.reloading.reload()

    # ----------------------------------------------------------- document
    @collector.held  # 20,000 tuples made at once: the collector runs once after, not twenty times
    def open_document(self, doc_id: int, position: int | None = None) -> None:
        if self.store is None:
            return
        try:
            doc = self.store.document(doc_id)
        except AnnotatorError as e:  # one another program removed since the list was read: said by reloading
            if not self.reloading.gone_chosen(doc_id, e):
                self.show_error(self.tr("Cannot open the document"), str(e))
            return
        rows = self.store.span_rows(doc_id)  # narrow: a span is read whole when shown or edited
        places.left(self, doc_id)
        self.doc_id, self.selected_id = doc_id, None
        self.ann_model.set_rows(doc_id, rows, doc.text, self.store)
        self.text_view.set_document(doc.text, rows, around=position or 0, read=self.ann_model.by_id)
        self.form.show_annotation(None)
        self.linking.show(None)  # the links of a span of the document left: gone with it
        self.linking.show_document_later(doc_id, doc)  # the guess after the formatting
        self.panel.show_current(doc_id)
        if position:
            self.text_view.scroll_to(position)
        places.opened(self)  # kept a moment later, for the next start
        self._update_title()
        self.update_status()

    def _document_chosen(self, doc_id: int) -> None:
        """A document clicked in the list: opened where it was read this session (else at its start), keys to it."""
        self.open_document(doc_id, position=places.back_to(self, doc_id))
        self.text_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------- selection
    def select_annotation(self, ann_id: int | None, scroll: bool = True, in_table: bool = True) -> None:
        a = self.ann_model.by_id(ann_id) if ann_id is not None else None
        self.selected_id = a.id if a else None
        self.text_view.select_annotation(self.selected_id, scroll=scroll)
        self.form.show_annotation(a)
        self.linking.show(a)
        if in_table and (after := self.table.select_span(self.selected_id)) is not None:  # not when the row chose it
            row_left.select_next(self, after, scroll)  # its row left the table: the next row's span (gui/row_left.py)

    def _table_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.select_annotation(current.data(ANN_ID_ROLE), in_table=False)

    # ---------------------------------------------------------- changes
    def _on_failed(self, message: str) -> None:
        self.statusBar().showMessage(message.splitlines()[0], 15000)
        self.show_error(self.tr("Not saved"), message)

    def _check_backup(self) -> None:
        """After a write: a failed automatic backup is shown until one works again."""
        error = self.store.backup_error if self.store is not None else ""
        if error != self._backup_error:
            self._backup_error = error
            self.backup_warning.show_error(error, self.store.folder if self.store is not None else None)

    def _on_changes(self, changeset: ChangeSet) -> None:
        """Every edit, undo and redo (spans, labels, done marks): each view takes what it shows."""
        if changeset.status_changes:  # many spans at once, kept compactly: re-read what is shown
            self.reload()
            self._check_backup()
            return
        if changeset.label_changes:
            self.labels_changed()
        self.doc_model.apply(changeset)
        doc_ids = {a.document_id for c in changeset.annotation_changes for a in (c.before, c.after) if a is not None}
        if self.doc_id not in doc_ids and len(doc_ids) == 1 and self.doc_model.row_of(min(doc_ids)) >= 0:  # elsewhere
            self.open_document(next(iter(doc_ids)))
        elif self.doc_id in doc_ids or changeset.label_changes:
            selection = self.table.selectionModel()
            selection.blockSignals(True)  # rows hidden or moved by the proxy must not move the selection
            self.ann_model.apply(changeset)
            selection.blockSignals(False)
            self.text_view.apply(changeset, self.doc_id)
        # a span deleted meanwhile is selected as none; a label key's span is selected at once
        self.select_annotation(self.editing.selection_after(changeset, self.selected_id), scroll=False)
        self.update_status()
        self._check_backup()

    # --------------------------------------------------------- navigation
    def next_suggestion(self) -> None:
        step_suggestion(self, +1)  # across the documents the list shows (gui/suggestion_steps.py)

    def previous_suggestion(self) -> None:
        step_suggestion(self, -1)

    # ------------------------------------------------------------ viewing
    def change_font_size(self, step: int) -> None:
        size = max(6, min(48, self.settings.article_font_size() + step))
        self.settings.font_size = size
        self.text_view.set_font_size(size)

    def set_show_rejected(self, on: bool) -> None:
        self.settings.show_rejected = bool(on)
        self.text_view.show_rejected = bool(on)
        self.ann_proxy.set_show_rejected(on)
        self.text_view.reload_spans(self.ann_model.rows())

    def set_suggest_on_import(self, on: bool) -> None:
        self.settings.suggest_on_import = bool(on)

    def set_snap_to_words(self, on: bool) -> None:
        self.settings.snap_to_words = bool(on)

    def _update_title(self) -> None:
        title = "annotator"
        if self.store is not None:
            title = f"{self.store.folder.name}{read_only.title_mark(self.store)} — annotator"
            name = self.doc_model.name_of(self.doc_id)
            title = f"{name} — {title}" if name else title
        self.setWindowTitle(title)
        show_empty_hint(self)  # the article's page when it holds no text

    def update_status(self) -> None:
        self.window_actions.show_done()
        if self.store is None:
            self.doc_status.clear()
            self.project_status.clear()
            return
        if self.doc_id is not None:
            counts = self.doc_model.counts(self.doc_id)
            said = self.tr("This document: {0} accepted, {1} open suggestions").format(
                *(f"{counts.get(key, 0):,}" for key in ("accepted", "suggested")))  # 1,035 as reports write
            key = self.window_actions["next"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if counts.get("suggested") and key:  # a first start showed the demo's suggestions, not how to go to one
                said += self.tr(" — {0} goes to the next").format(key)
            self.doc_status.setText(said)
        else:
            self.doc_status.clear()
        done, total, open_ = self.doc_model.totals()
        self.project_status.setText(self.tr("Project: {0} / {1} documents done, {2} open suggestions").format(
            *(f"{n:,}" for n in (done, total, open_))))

    # ------------------------------------------------------------- dialogs
    def show_error(self, title: str, message: str) -> None:
        try:
            from annotator.gui.dialogs.errors import show_error
        except ImportError:
            messages.warning(self, title, message)
        else:
            show_error(self, title, message)

    def _ask_yes_no(self, question: str) -> bool:
        return messages.confirmed(self, self.tr("Please confirm"), question)

    def about(self) -> None:
        messages.about(self, self.tr("About annotator"), self.tr(
            "annotator {0}\nAnnotate districts, projects, amounts and targets in Chinese government "
            "work reports.").format(__version__))

    # --------------------------------------------------------- drag & drop
    def dragEnterEvent(self, event) -> None:
        if self.commands.can_drop(local_files(event.mimeData())):
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent  # over a field that passed it on (gui/file_drops.py): taken here too

    def dropEvent(self, event) -> None:
        paths = local_files(event.mimeData())
        if self.commands.can_drop(paths):
            event.acceptProposedAction()
            self.commands.drop(paths)

    def closeEvent(self, event) -> None:
        self.settings.save_window(self)
        self._close_project()
        super().closeEvent(event)
