"""The Statistics panel: progress (documents done, open suggestions) and, for the open document and
for the project, the spans per label and status with a bar per label, and the links.

The numbers are the core's: ``Store.document_stats`` and ``Store.stats`` (what ``annotator stats``
prints). They are read again shortly after each edit, undo or redo, after a document or project
is opened, and when the panel is shown; never while it is hidden. The project's are counted once
on the window's thread when a project is first shown, then, after an edit or another program's
write, by a worker (``gui/project_counts.py``: 90-150 ms for ~900,000 spans, off the window's
thread); the numbers shown until it is done are the previous ones. Below the project's table, how
its accepted spans came about (suggested and accepted as proposed, changed by a coder, made by hand,
imported: ``core/provenance.py``'s groups, as the workbook's About sheet gives them), always counted
by the worker (a scan of every span), so shown a moment after the rest when a project is first shown.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QProgressBar, QScrollArea, QStyle, QVBoxLayout, QWidget

from annotator.core.models import ADJUDICATED, IMPORTED, MANUAL
from annotator.core.provenance import CHANGED, OTHER, PREDICTED, PROPOSED, accepted_groups
from annotator.gui.project_counts import ProjectCounts
from annotator.gui.scheme import bold_title
from annotator.gui.widgets.counts_table import CountsTable, by_label
from annotator.gui.widgets.elided_label import ElidedLabel
from annotator.gui.widgets.model_scores import ModelScores

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

REFRESH_MS = 150  # a burst of edits (accept all) is read once


def open_count(stats: dict[str, Any]) -> int:
    return sum(n for key, n in stats.get("annotations", {}).items() if key.endswith("/suggested"))


class _Scroll(QScrollArea):
    """The panel's body scrolls up and down, never sideways: the panel is never narrower than its
    body's least (Qt gave it 68-100 px at 1024 px, the tables cut)."""

    def minimumSizeHint(self) -> QSize:
        least, body = super().minimumSizeHint(), self.widget()
        if body is None:
            return least
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(max(least.width(), body.minimumSizeHint().width() + bar + 2 * self.frameWidth()), least.height())

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """The body's least width grew (a count of four digits): the panel is asked for it anew, not
        left scrolling sideways (a scroll area does not pass its widget's layout requests on)."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class StatsPanel(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("statsDock")
        self.w = window
        self.project_stats: dict[str, Any] = {}
        self._counted: tuple[Any, tuple[int, int]] | None = None  # (the store, its counts_mark()) of project_stats
        self.document_stats: dict[str, Any] | None = None
        self._doc_read: tuple[Any, int | None, tuple[int, int]] | None = None  # (store, document, mark) read
        self.counts = ProjectCounts(self)  # the project's counts after an edit, off the GUI thread
        self.counts.counted.connect(self._counted_off_thread)
        self._asked: tuple[Any, tuple[int, int]] | None = None  # (the store, its mark) the worker counts
        self.progress = QProgressBar()
        self.progress.setObjectName("statsProgress")
        self.open_line, self.project_title = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.doc_title = ElidedLabel()  # a document's name is one word: wrapped, it held the panel wide
        self.doc_links, self.project_links = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.project_origins = QLabel(wordWrap=True)
        self.project_origins.setObjectName("projectOrigins")
        self.doc_table, self.project_table = CountsTable("documentCounts"), CountsTable("projectCounts")
        for title in (self.doc_title, self.project_title):
            bold_title(title)
        self.timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self.model = ModelScores(window, self.timer.start)  # which model suggests, its cross-validation
        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (self.progress, self.open_line, self.doc_title, self.doc_table, self.doc_links,
                       self.project_title, self.project_table, self.project_links,
                       self.project_origins, self.model):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = _Scroll()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        body.installEventFilter(scroll)
        self.setWidget(scroll)
        self.timer.timeout.connect(self.refresh)
        window.ann_model.modelReset.connect(self.timer.start)  # a document, a project, a reload
        window.doc_model.looked.connect(lambda _changed: self.timer.start())  # another program's writes, the
        # links of a document not open too (annotator review --links: the list unchanged, the links line was stale)
        window.undo_stack.indexChanged.connect(self._soon)  # an edit, an undo, a redo
        self.visibilityChanged.connect(self._shown)
        self.retranslate()

    def _shown(self, visible: bool) -> None:
        if visible:
            self.refresh()

    def _soon(self, _index: int = 0) -> None:
        """Read again :data:`REFRESH_MS` after the last of a burst of edits (connected to the undo
        stack's ``indexChanged(int)`` itself, the timer's ``start(int)`` took the stack's index as
        its interval: read 1-300 ms after each edit as the stack grew, every key of a burst)."""
        self.timer.start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics"))  # its title: the View menu's entry follows it, then
        self.toggleViewAction().setText(self.tr("S&tatistics"))  # takes its access letter (gui/widgets/docks.py)
        self.widget().setAccessibleName(self.windowTitle())  # Tab stops at its body (to scroll it): a name to say
        for table in (self.doc_table, self.project_table):
            table.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the counts from the store and show them (only while the panel is shown)."""
        store, doc_id = self.w.store, self.w.doc_id
        if not self.isVisible() or store is None:
            return
        mark = store.counts_mark()
        if self._counted is None or self._counted[0] is not store:
            self.project_stats, self._counted = store.stats(), (store, mark)  # another project: counted here,
            self._asked = (store, mark)  # how its spans came about by the worker
            self.counts.request(store.folder, mark, stats=False)
        elif self._counted[1] != mark and (self._asked is None or self._asked != (store, mark)):
            self._asked = (store, mark)  # an edit, an undo, another program's write: counted by the
            self.counts.request(store.folder, mark)  # worker; another document opened: not at all
        if (store, doc_id, mark) != self._doc_read:  # (read again after the worker's count: nothing written since)
            self.document_stats = store.document_stats(doc_id) if doc_id is not None else None
            self._doc_read = (store, doc_id, mark)
        self._show()

    def _counted_off_thread(self, folder: str, mark: Any, stats: dict[str, Any] | None) -> None:
        store = self.w.store
        if stats is None or store is None or self._asked is None or self._asked[0] is not store \
                or str(store.folder) != folder:
            return  # another project's (opened meanwhile), or the project could not be read
        if "documents" in stats:
            self.project_stats, self._counted = stats, (store, mark)
        else:  # the origins alone, of a project just shown
            self.project_stats = {**self.project_stats, **stats}
        if self._asked[1] == mark:
            self._asked = None
        if self.isVisible():  # the open document's numbers read again: another may be open since
            self.refresh()

    def _show(self) -> None:
        store, doc_id = self.w.store, self.w.doc_id
        if store is None:
            return
        labels = store.labels()
        project, document = self.project_stats, self.document_stats
        self.progress.setUpdatesEnabled(False)  # its setValue repaints it at once (13 ms the panel's first show):
        self.progress.setMaximum(max(1, project["documents"]))  # painted with the rest of the panel instead
        self.progress.setValue(project["done"])
        self.progress.setFormat(self.tr("{0} / {1} documents done").format(
            f"{project['done']:,}", f"{project['documents']:,}"))  # counts as the status bar writes them: 1,035
        self.progress.setUpdatesEnabled(True)
        here = open_count(document) if document is not None else 0
        self.open_line.setText(self.tr("Open suggestions: {0} in this document, {1} in the project").format(
            f"{here:,}", f"{open_count(project):,}"))
        name = self.w.doc_model.document(self.w.doc_model.row_of(doc_id)).name \
            if doc_id is not None and self.w.doc_model.row_of(doc_id) >= 0 else ""
        self.doc_title.setText(self.tr("This document: {0}").format(name) if name else self.tr("No document open"))
        for widget in (self.doc_table, self.doc_links):
            widget.setVisible(document is not None)
        if document is not None:
            self.doc_table.show_counts(labels, document)
            self.doc_links.setText(self._links(document))
        self.project_title.setText(self.tr("Project — documents: {0}, characters: {1}").format(
            f"{project['documents']:,}", f"{project['characters']:,}"))
        self.project_table.show_counts(labels, project)
        self.project_links.setText(self._links(project))
        self.project_origins.setText(self._origins(project))
        self.model.show_model(store, sum(n.get("accepted", 0) for n in by_label(project).values()))

    def _origins(self, stats: dict[str, Any]) -> str:
        """How the project's accepted spans came about (the worker's ``origins``; "" until counted)."""
        if "origins" not in stats:
            return ""
        groups = accepted_groups(stats["origins"])
        text = self.tr("Accepted spans: {0} suggested and accepted as proposed, {1} changed by a coder, "
                       "{2} made by hand, {3} imported").format(
            *(f"{groups[g]:,}" for g in (PROPOSED, CHANGED, MANUAL, IMPORTED)))
        if groups[PREDICTED]:
            text += self.tr(", {0} from another model's pre-annotations (Label Studio)").format(
                f"{groups[PREDICTED]:,}")
        if groups[ADJUDICATED]:
            text += self.tr(", {0} adjudicated").format(f"{groups[ADJUDICATED]:,}")
        if groups[OTHER]:
            text += self.tr(", {0} of other origins").format(f"{groups[OTHER]:,}")
        return text

    def _links(self, stats: dict[str, Any]) -> str:
        links: dict[str, int] = stats.get("links", {})
        kinds = {kind: sum(n for k, n in links.items() if k.startswith(kind + "/")) for kind in ("district", "project")}
        status = {s: sum(n for k, n in links.items() if k.endswith("/" + s))
                  for s in ("accepted", "suggested", "rejected")}
        # the rejected too: "80 links, 13 open" read as 67 accepted (a rejected district's 67 links were rejected)
        return self.tr("Links: {0} ({1} to a district, {2} to a project; {3} accepted, {4} open, {5} rejected)").format(
            *(f"{n:,}" for n in (sum(links.values()), kinds["district"], kinds["project"],
                                 status["accepted"], status["suggested"], status["rejected"])))
