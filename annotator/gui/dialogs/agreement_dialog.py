"""The coders' agreement in the window: the table ``annotator agreement`` prints (per pair of coders
and all together, per label and overall: documents and characters compared, spans, exact and overlap
matches and F1, Cohen's κ and Krippendorff's α per character, value agreement, and the links of the facts
both coders marked: same district, of those off the jurisdiction, same project, of those with a project),
computed off the GUI thread (``core/team/agreement.py``): the columns of its two tables and of the
workbook's Agreement sheet, one row per pair and label. Its rows and figures are the
command's (``agreement_table.shown_rows``): F1, κ and α to four decimals as printed and written by ``-o``, counts
with thousands separators, and a pair of coders with no document in common named under the table, not shown
as rows of 0/0.

Sixteen columns of figures are wide: a heading of two words takes two lines (Same / district), and where the
table is still wider than the dialog can be (18 pt on a 1366×768 screen) a link's share goes under its
counts (128/151 over (0.848)), and the coders and the label stay in view while it scrolls sideways."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from annotator.core.team.agreement import ALL, OVERALL, Agreement, Row
from annotator.core.team.agreement_table import shown_rows
from annotator.core.team.unnamed import unnamed_notes
from annotator.gui.display import label_text
from annotator.gui.i18n import names_list, sentence
from annotator.gui.opening_size import columns_width, in_characters, opening_size
from annotator.gui.summaries import summary_lines
from annotator.gui.widgets.frozen_columns import FrozenColumns

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
FIRST_FIGURE = 2  # the columns from Documents on hold counts and scores; Coders and Label, words
LINK_COLUMNS = range(12, 16)  # Same district, Off jurisdiction, Same project, With project


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.4f}"  # as annotator agreement prints them


def _share(same: int, n: int) -> str:
    return f"{same:,}/{n:,} ({same / n:.3f})" if n else "–"


def _count(n: int | None) -> str:
    return "–" if n is None else f"{n:,}"  # a count all coders together have none of (matches: pairs only)


def two_lines(heading: str) -> str:
    """A heading of several words on two lines, broken at its last space (Overlap F1, Off jurisdiction, 精确 F1)."""
    first, space, last = heading.rpartition(" ")
    return f"{first}\n{last}" if space else heading


def _of(same: int, n: int) -> str:
    """Same / compared, as the command's off_jurisdiction and with_project print them (no share)."""
    return f"{same:,}/{n:,}" if n else "–"


class AgreementModel(QAbstractTableModel):
    def __init__(self, result: Agreement, parent: Any = None) -> None:
        super().__init__(parent)
        self.stacked = False  # a link's share under its counts, where one line is too wide
        self.rows: list[Row] = shown_rows(result)[0]
        self.headers = [self.tr("Coders"), self.tr("Label"), self.tr("Documents"), self.tr("Characters"),
                        self.tr("Spans"), self.tr("Exact"), self.tr("Exact F1"), self.tr("Overlap"),
                        self.tr("Overlap F1"), "κ", "α", self.tr("Same values"), self.tr("Same district"),
                        self.tr("Off jurisdiction"), self.tr("Same project"), self.tr("With project")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return two_lines(self.headers[section])
        return None

    def stack(self) -> None:
        """A link's share under its counts: 128/151 over (0.848)."""
        self.beginResetModel()
        self.stacked = True
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() >= FIRST_FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # counts and scores, as numbers
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        r = self.rows[index.row()]
        group = self.tr("all coders") if r.group == ALL else r.group
        label = self.tr("overall") if r.label == OVERALL else label_text(r.label)
        values = f"{r.values_same:,}/{r.values_compared:,}" if r.values_compared else "–"
        links = r.links
        district = ([_share(links.district_same, links.district), _of(links.district_off_same, links.district_off)]
                    if links is not None else ["–"] * 2)
        project = ([_share(links.project_same, links.project), _of(links.project_given_same, links.project_given)]
                   if links is not None and r.label != "PROJECT" else ["–"] * 2)  # a project's own project: none
        if self.stacked:
            district, project = ([cell.replace(" (", "\n(") for cell in pair] for pair in (district, project))
        return [group, label, f"{r.documents:,}", f"{r.characters:,}", "/".join(f"{n:,}" for n in r.spans),
                _count(r.exact), _num(r.exact_f1), _count(r.overlap), _num(r.overlap_f1), _num(r.kappa),
                _num(r.alpha), values, district[0], district[1], project[0], project[1]][index.column()]


class AgreementDialog(QDialog):
    def __init__(self, result: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement"))
        self.model = AgreementModel(result, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.windowTitle())  # what a screen reader says of the table
        self.table.setTabKeyNavigation(False)  # Tab reaches the buttons
        self.table.verticalHeader().hide()
        for column in LINK_COLUMNS:  # no coder linked a fact: no links' columns, as the command prints no links' table
            self.table.setColumnHidden(column, all(r.links is None for r in self.model.rows))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        coders = names_list(result.coders)  # 张三、李四 in Chinese
        self.note = QLabel(self.tr("Coders: {0}. κ and α count each character of the documents both coders "
                                   "coded (its label, or none). Same district / project: of the facts both "
                                   "marked, those linked alike (a fact left unlinked concerns the document's "
                                   "jurisdiction).").format(coders) + "\n" + self.tr(
            "Exact, Overlap: the spans matched, with the same start and end or sharing a character. Off "
            "jurisdiction, With project: of those facts, the ones at least one coder puts outside the document's "
            "jurisdiction or links to a project, same / compared."), wordWrap=True)
        self.alone = QLabel(self.alone_text(result), wordWrap=True)
        self.alone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alone.setVisible(bool(self.alone.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.note, self.table, self.alone, buttons):
            layout.addWidget(widget)
        size = self._opening_size()
        links = not self.table.isColumnHidden(LINK_COLUMNS[0])
        if links and size.width() < self._whole().width():  # it would scroll sideways: the shares on a second line
            self.model.stack()
            rows = self.table.verticalHeader()
            rows.setDefaultSectionSize(rows.defaultSectionSize() + self.table.fontMetrics().lineSpacing())
            size = self._opening_size()
        self.frozen = FrozenColumns(self.table, FIRST_FIGURE)  # the coders and the label, when it still scrolls
        self.resize(size)

    def _whole(self) -> QSize:
        """As wide as every column whole: no sideways scrolling."""
        layout = self.layout()
        margins = 0 if layout is None else layout.contentsMargins().left() + layout.contentsMargins().right()
        return QSize(columns_width(self.table, self.table.horizontalHeader()) + margins, 0)

    def _opening_size(self) -> QSize:
        return opening_size(self, QSize(1000, 420), self._whole(), in_characters(self, 0, 23))

    def alone_text(self, result: Agreement, listed: int = 5) -> str:
        """What was not compared: the pairs of coders with no document in common; the documents one coder
        alone coded (core/team/uncompared.py): each whose text differs in a coder's copy, then per coder a
        count and the first names; the spans in no coder's layer, as ``annotator agreement`` says it."""
        apart = shown_rows(result)[1]
        lines = [self.tr("Not compared, no document coded by both: {0}").format(names_list(apart))] if apart else []
        lines += self._alone_lines(result, listed)
        notes = unnamed_notes(result.unnamed, result.statuses, result.suggestions)
        return "\n".join(lines + [sentence(note) for note in summary_lines(notes)])

    def _alone_lines(self, result: Agreement, listed: int) -> list[str]:
        if not result.alone:
            return []
        lines = [self.tr("Not compared: documents one coder alone coded.")]
        lines += [self.tr("{0}'s {1}: its text differs from {2} ({3}), not compared").format(
            a.coder or '""', a.document, a.differs_from, names_list(c or '""' for c in a.others))
            for a in result.alone if a.differs_from is not None]
        per_coder: dict[str, list[str]] = {}
        for a in result.alone:
            if a.differs_from is None:
                per_coder.setdefault(a.coder, []).append(a.document)
        for coder, docs in per_coder.items():
            shown = names_list(docs[:listed]) + ("…" if len(docs) > listed else "")
            lines.append(self.tr("{0} alone coded {1} document(s), not compared: {2}").format(
                coder or '""', f"{len(docs):,}", shown))
        return lines


def show_agreement(window: MainWindow, coders: list[str]) -> AgreementDialog | None:
    """Compute the agreement of ``coders`` (all when empty) in the background and show it."""
    from annotator.core.team.agreement import project_agreement

    def job(store: Any, _progress: Any, _cancelled: Any) -> Agreement:
        return project_agreement(store, annotators=coders or None)

    # the dialog's word: window.tr looked it up in the window's context, where it is not (an English title)
    result = window.commands.run_task(QCoreApplication.translate("AgreementDialog", "Agreement"), job)
    if result is None:
        return None
    dialog = AgreementDialog(result, window)
    dialog.show()
    return dialog
