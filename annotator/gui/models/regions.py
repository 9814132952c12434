"""The adjudication table: one row per region of the open document (``core/team/adjudication.py``),
a column per coder showing their version, and the decision the layer holds. A span two versions hold
alike but with values that disagree shows its value in each (金额 57亿元（5,700,000,000）against
（57,000,000,000）): the versions read the same without it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from annotator.core.models import Annotation
from annotator.core.team.adjudication import Region
from annotator.core.team.matching import values_agree
from annotator.gui.contrast import tint
from annotator.gui.display import span_text
from annotator.gui.models.annotation_table import format_value

Index = QModelIndex | QPersistentModelIndex
EXCERPT = 24  # characters of the region's text shown
DECIDED = "#2e9e2e"  # a decided region's row: this green, washed over the table's base


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegionModel", text)


def version_text(spans: tuple[Annotation, ...], shared: frozenset[tuple[str, int, int]] = frozenset(),
                 valued: frozenset[tuple[str, int, int]] = frozenset()) -> str:
    """A coder's version as a reader scans it: "DISTRICT 湖里区 · AMOUNT 55.1亿元" (地区 湖里区 · 金额 55.1亿元
    in Chinese), or a dash for none. The spans every coder holds (``shared``) come last: a version cut to
    its column's width shows where it differs (AMOUNT 3 · AMOUNT 5亿元 against AMOUNT 3-5亿元), not the
    target all three marked before it. A span of ``valued`` (its values disagree) shows its value."""
    ordered = sorted(spans, key=lambda a: (a.label, a.start, a.end) in shared)  # stable: in order otherwise
    return " · ".join(_span(a, (a.label, a.start, a.end) in valued) for a in ordered) or "—"


def _span(a: Annotation, valued: bool) -> str:
    said = span_text(a.label, a.text)
    return _tr("{0} ({1})").format(said, format_value(a.value) or _tr("no value")) if valued else said


def shared_keys(r: Region) -> frozenset[tuple[str, int, int]]:
    """The spans (label, start, end) every version of the region holds."""
    return frozenset.intersection(*(v.keys() for v in r.versions)) if r.versions else frozenset()


def valued_keys(r: Region) -> frozenset[tuple[str, int, int]]:
    """The spans (label, start, end) two versions hold with values that disagree (a region the coders
    marked alike that is a disagreement only by its values: 57亿元 read as 5,700,000,000 and 57,000,000,000)."""
    values: dict[tuple[str, int, int], list[dict[str, Any]]] = {}
    for v in r.versions:
        for a in v.spans:
            values.setdefault((a.label, a.start, a.end), []).append(a.value)
    return frozenset(k for k, given in values.items()
                     if any(values_agree(k[0], x, y) is False for i, x in enumerate(given) for y in given[i + 1:]))


class RegionModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.regions: list[Region] = []
        self.coders: list[str] = []
        self.text = ""

    def set_regions(self, text: str, coders: list[str], regions: list[Region]) -> None:
        self.beginResetModel()
        self.text, self.coders, self.regions = text, list(coders), list(regions)
        self.endResetModel()

    def region(self, row: int) -> Region | None:
        return self.regions[row] if 0 <= row < len(self.regions) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.regions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.coders) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        n = len(self.coders)
        if section == 0:
            return _tr("Where")
        if section == 1:
            return _tr("Text")
        if section < 2 + n:
            return f"{section - 1} {self.coders[section - 2]}"  # the key that takes this version
        return _tr("Decision")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.region(index.row())
        if r is None:
            return None
        col, n = index.column(), len(self.coders)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{r.start}–{r.end}"
            if col == 1:
                excerpt = self.text[r.start:r.end]
                return excerpt if len(excerpt) <= EXCERPT else excerpt[:EXCERPT - 1] + "…"
            if col < 2 + n:
                if r.left_out(r.versions[col - 2].coder):
                    return _tr("did not code this document")
                return version_text(r.versions[col - 2].spans, shared_keys(r), valued_keys(r))
            return self._decision(r)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return self.text[r.start:r.end]
        if role == Qt.ItemDataRole.ToolTipRole and col >= 2:  # a version cut to its column's width: whole
            return (version_text(r.versions[col - 2].spans, shared_keys(r), valued_keys(r)) if col < 2 + n
                    else self._decision(r))
        if role == Qt.ItemDataRole.BackgroundRole and r.decided:
            return tint(DECIDED, 0.12)  # a pale green, the text readable on it in any palette
        return None

    @staticmethod
    def _decision(r: Region) -> str:
        taken = r.taken()
        if not r.decided and r.alone is not None:  # no other coder's version here: no disagreement
            return _tr("only {0} coded").format(r.alone)
        if not r.decided:
            return _tr("agreed, not taken") if r.agreed else _tr("open")
        if taken == "":
            return _tr("none of them")
        if taken is None:
            return _tr("edited: ") + version_text(tuple(a for a in r.layer if a.status != "rejected"))
        return _tr("version of ") + taken
