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

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.models import Label
from annotator.core.provenance import ADJUDICATED, CHANGED, IMPORTED, MANUAL, OTHER, PROPOSED, accepted_groups
from annotator.gui.display import label_text, status_text
from annotator.gui.i18n import names_list
from annotator.gui.project_counts import ProjectCounts
from annotator.gui.widgets.elided_label import ElidedLabel
from annotator.gui.widgets.guide_panel import swatch
from annotator.gui.widgets.model_scores import ModelScores

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

STATUSES = ("accepted", "suggested", "rejected")  # the columns, in this order
LABEL_COLUMN, CHART_COLUMN = 0, 1 + len(STATUSES)
BARS_ROLE = Qt.ItemDataRole.UserRole + 1  # (colour, [accepted, open, rejected], the largest row total)
BAR_LEAST = 30  # narrower, the bar hides (its tooltip's numbers are the columns') and the label gives way
REFRESH_MS = 150  # a burst of edits (accept all) is read once


def by_label(stats: dict[str, Any]) -> dict[str, dict[str, int]]:
    """{label: {status: count}} from the "label/status" keys of ``Store.stats``."""
    counts: dict[str, dict[str, int]] = {}
    for key, n in stats.get("annotations", {}).items():
        label, _, status = key.rpartition("/")
        counts.setdefault(label, {})[status] = n
    return counts


def open_count(stats: dict[str, Any]) -> int:
    return sum(n for key, n in stats.get("annotations", {}).items() if key.endswith("/suggested"))


def shares(want: list[int], least: list[int], room: int) -> list[int]:
    """Widths for columns that want ``want`` px in ``room`` px, less: each its ``least`` and a share
    of the rest in proportion to what it lacks (all of them narrower alike below their least); the
    pixels rounded off go to the first column, so the widths fill the room."""
    if sum(least) >= room:
        widths = [n * room // max(1, sum(least)) for n in least]
    else:
        lack = sum(w - n for w, n in zip(want, least, strict=True))
        widths = [n + (room - sum(least)) * (w - n) // max(1, lack) for w, n in zip(want, least, strict=True)]
    widths[0] += room - sum(widths)
    return widths


class BarDelegate(QStyledItemDelegate):
    """A stacked bar: accepted in the label's colour, open suggestions paler, rejected grey."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        data = index.data(BARS_ROLE)
        if not data:
            return super().paint(painter, option, index)
        color, counts, largest = data
        rect: QRect = option.rect.adjusted(3, 5, -3, -5)  # type: ignore[attr-defined]
        painter.save()
        x = rect.left()
        for n, fill in zip(counts, (QColor(color), QColor(color).lighter(160), QColor("#c8c8c8")), strict=True):
            width = round(rect.width() * n / largest) if largest else 0
            if width:
                painter.fillRect(QRect(x, rect.top(), width, rect.height()), fill)
            x += width
        painter.restore()


class CountsTable(QTableWidget):
    """One row per label (and a total): accepted, open, rejected, and the bar."""

    _short: list[tuple[str, ...]] = [(), (), (), ()]  # the headers' short forms (retranslate)

    def __init__(self, name: str) -> None:
        super().__init__(0, CHART_COLUMN + 1, objectName=name)
        self.setItemDelegateForColumn(CHART_COLUMN, BarDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHART_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0") + 6)  # (Qt's 26 px: cut "0")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate()

    def fit(self) -> None:
        """In a narrow panel (1024 px) the bar went past the right edge, "Rejected" cut off with it:
        below :data:`BAR_LEAST` px for it the bar hides and the label column takes what the numbers
        leave (elided), so every number stays in view; narrower still, every column narrows (to
        its numbers, then below; the label first) and the headers elide, whole in their tooltips, so the table is
        as wide as the panel (it was cut at "DI…" after the first number)."""
        header, room = self.horizontalHeader(), self.viewport().width()
        want = [max(self._header_width(c), self.sizeHintForColumn(c)) for c in range(CHART_COLUMN)]
        narrow = room - sum(want) < BAR_LEAST
        if narrow != self.isColumnHidden(CHART_COLUMN):
            self.setColumnHidden(CHART_COLUMN, narrow)
        fixed, contents = QHeaderView.ResizeMode.Fixed, QHeaderView.ResizeMode.ResizeToContents
        if sum(want) <= room:
            header.setSectionResizeMode(LABEL_COLUMN, QHeaderView.ResizeMode.Stretch if narrow else contents)
            for column in range(LABEL_COLUMN + 1, CHART_COLUMN):
                header.setSectionResizeMode(column, contents)
            self._elide_headers([1 << 20] * CHART_COLUMN)  # whole
            return
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)  # the label's swatch and two characters
        least = [min(want[0], icon + self.fontMetrics().horizontalAdvance("中中") + 12),  # 地区, or "DI…"
                 *(min(want[c], self._least_count(c)) for c in range(LABEL_COLUMN + 1, CHART_COLUMN))]
        widths = [room - sum(want[1:]), *want[1:]]  # the label gives way first, then the numbers' headers
        if widths[0] < least[0]:
            widths = shares(want, least, room)
        if any(w < n for w, n in zip(widths[1:], least[1:], strict=True)) and room - sum(least[1:]) >= self._swatch():
            widths = [room - sum(least[1:]), *least[1:]]  # a number is never cut ("1,0…"): the label to its swatch
        for column, width in enumerate(widths):
            header.setSectionResizeMode(column, fixed)
            header.resizeSection(column, width)
        self._elide_headers(widths)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than every count (its column's shortest header with it) beside the label's
        swatch: a panel dragged to its narrowest cut the project's 1,035 to "1,…" and its Rejected column."""
        hint = super().minimumSizeHint()
        least = self._swatch() + sum(self._least_count(c) for c in range(LABEL_COLUMN + 1, CHART_COLUMN))
        return QSize(max(hint.width(), least + 2 * self.frameWidth()), hint.height())

    def _swatch(self) -> int:
        """The label column at its narrowest: the label's swatch alone."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8

    def _header_width(self, column: int) -> int:
        """The width the header's whole text takes (it may be shown elided)."""
        item, metrics = self.horizontalHeaderItem(column), self.horizontalHeader().fontMetrics()
        return self.horizontalHeader().sectionSizeHint(column) \
            + metrics.horizontalAdvance(item.toolTip()) - metrics.horizontalAdvance(item.text())

    def _least_count(self, column: int) -> int:
        """A count column at its narrowest: its numbers whole, and its shortest header (A, 接) with the
        header's margins."""
        forms = self._short[column]
        header = self.horizontalHeader().fontMetrics().horizontalAdvance(forms[-1]) + 6 if forms else 0
        return max(self.sizeHintForColumn(column), header)

    def _elide_headers(self, widths: list[int]) -> None:
        """Each header's text in its column's width, whole in its tooltip: else its short form
        (Acc., then A), else elided (Qt cut it at both ends: "cep"; "A…" in 17 px showed nothing)."""
        metrics = self.horizontalHeader().fontMetrics()
        for column, width in enumerate(widths):
            item = self.horizontalHeaderItem(column)
            forms = [item.toolTip(), *self._short[column]]
            shown = next((f for f in forms if metrics.horizontalAdvance(f) <= width - 6), None)
            if shown is None:
                shown = metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, width - 6)
            if item.text() != shown:
                item.setText(shown)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Accepted"), self.tr("Open"), self.tr("Rejected"),
                                        ""])
        self._short = [(), (self.tr("Acc."), self.tr("A")),
                       (self.tr("O"),),
                       (self.tr("Rej."), self.tr("R"))]
        for column in range(CHART_COLUMN):  # elided in a narrow panel
            item = self.horizontalHeaderItem(column)
            item.setToolTip(item.text())
        self.fit()

    def show_counts(self, labels: list[Label], stats: dict[str, Any]) -> None:
        counts = by_label(stats)
        colors = {label.name: label.color for label in labels}
        names = [label.name for label in labels] + sorted(set(counts) - set(colors))
        largest = max((sum(counts.get(n, {}).values()) for n in names), default=0)
        self.setRowCount(len(names) + 1)
        for row, name in enumerate(names):
            numbers = [counts.get(name, {}).get(s, 0) for s in STATUSES]
            item = QTableWidgetItem(label_text(name))
            item.setIcon(swatch(colors.get(name, "#888888")))
            item.setToolTip(label_text(name))  # elided in a narrow panel
            self.setItem(row, LABEL_COLUMN, item)
            self._numbers(row, numbers)
            bar = QTableWidgetItem()
            bar.setData(BARS_ROLE, (colors.get(name, "#888888"), numbers, largest))
            bar.setToolTip(names_list(f"{n} {status_text(s)}" for n, s in zip(numbers, STATUSES, strict=True)))
            self.setItem(row, CHART_COLUMN, bar)
        total = QTableWidgetItem(self.tr("Total"))
        bold = QFont(self.font())
        bold.setBold(True)
        total.setFont(bold)
        self.setItem(len(names), LABEL_COLUMN, total)
        self._numbers(len(names), [sum(counts.get(n, {}).get(s, 0) for n in names) for s in STATUSES], bold)
        self.setItem(len(names), CHART_COLUMN, QTableWidgetItem())
        self.fit()
        self.updateGeometry()  # its least width follows the counts (minimumSizeHint)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height()
                            + self.verticalHeader().defaultSectionSize() * self.rowCount() + 2 * self.frameWidth())

    def _numbers(self, row: int, numbers: list[int], font: QFont | None = None) -> None:
        for column, n in enumerate(numbers, start=1):
            item = QTableWidgetItem(f"{n:,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if font is not None:
                item.setFont(font)
            self.setItem(row, column, item)

    def numbers(self) -> dict[str, list[int]]:
        """{label or "Total" as shown: [accepted, open, rejected]} (for tests)."""
        return {self.item(r, LABEL_COLUMN).text(): [int(self.item(r, c).text().replace(",", ""))
                                                    for c in range(1, CHART_COLUMN)] for r in range(self.rowCount())}


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
        super().__init__(window, objectName="statsDock")
        self.w = window
        self.project_stats: dict[str, Any] = {}
        self._counted: tuple[Any, tuple[int, int]] | None = None  # (the store, its counts_mark()) of project_stats
        self.document_stats: dict[str, Any] | None = None
        self.counts = ProjectCounts(self)  # the project's counts after an edit, off the GUI thread
        self.counts.counted.connect(self._counted_off_thread)
        self._asked: tuple[Any, tuple[int, int]] | None = None  # (the store, its mark) the worker counts
        self.progress = QProgressBar(objectName="statsProgress")
        self.open_line, self.project_title = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.doc_title = ElidedLabel()  # a document's name is one word: wrapped, it held the panel wide
        self.doc_links, self.project_links = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.project_origins = QLabel(wordWrap=True, objectName="projectOrigins")
        self.doc_table, self.project_table = CountsTable("documentCounts"), CountsTable("projectCounts")
        for title in (self.doc_title, self.project_title):
            title.setStyleSheet("font-weight: bold; margin-top: 4px")
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
        window.undo_stack.indexChanged.connect(self.timer.start)  # an edit, an undo, a redo
        self.visibilityChanged.connect(lambda visible: visible and self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics"))  # its title: the View menu's entry follows it, then
        self.toggleViewAction().setText(self.tr("S&tatistics"))  # takes its access letter (gui/widgets/docks.py)
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
        self.document_stats = store.document_stats(doc_id) if doc_id is not None else None
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
        self.progress.setMaximum(max(1, project["documents"]))
        self.progress.setValue(project["done"])
        self.progress.setFormat(self.tr("{0} / {1} documents done").format(
            f"{project['done']:,}", f"{project['documents']:,}"))  # counts as the status bar writes them: 1,035
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
