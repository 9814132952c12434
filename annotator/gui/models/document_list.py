"""The project's documents as a table: file name, title and date (the document's metadata:
``title`` else its first line, ``date``), accepted spans, open suggestions, done mark. Sorted
by :data:`SORT_ROLE` (numbers as numbers); tooltips carry the full texts a narrow column elides."""
from __future__ import annotations

import sqlite3
from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from annotator.core import review
from annotator.core.models import STATUSES, ChangeSet, DocumentEntry
from annotator.core.store import Store
from annotator.gui import collector
from annotator.gui.display import metadata_key_text
from annotator.gui.models.sorting import SortsItself, descending

NAME, TITLE, DATE, ACCEPTED, OPEN, DONE = range(6)
COLUMNS = 6
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# Qt asks data() seven roles a cell at each paint (font, colours, decoration …): the roles as ints,
# compared without a lookup of Qt's enums, and the flags made once
_DISPLAY, _CHECK, _TOOLTIP, _ALIGN = (Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.CheckStateRole.value,
                                      Qt.ItemDataRole.ToolTipRole.value, Qt.ItemDataRole.TextAlignmentRole.value)
_EDIT = Qt.ItemDataRole.EditRole.value  # the name cell's editor (Project › Rename document…)
_ANSWERED = frozenset((_DISPLAY, _CHECK, _TOOLTIP, _ALIGN, DOC_ID_ROLE, SORT_ROLE, _EDIT))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CELL = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = _CELL | Qt.ItemFlag.ItemIsUserCheckable
_EDITABLE = _CELL | Qt.ItemFlag.ItemIsEditable  # the name: the view starts its editor only when asked
_ID, _NAME, _DATE = (attrgetter(f) for f in ("id", "name", "date"))


def _nonzero(counts: dict[str, int] | None) -> dict[str, int]:
    return {status: n for status, n in (counts or {}).items() if n}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentListModel", text)


class DocumentListModel(SortsItself[int], QAbstractTableModel):
    """Rows are documents in store order, or sorted by a column (ties by id; see models.sorting).
    ``set_done`` writes the done mark (through ops); ``rename``, given by the window, a name typed in the
    name cell (``gui/renaming.py``)."""

    sort_columns = COLUMNS
    # the list a look at another program's writes had the worker read (refresh(background=True)) is shown:
    # whether it changed what the list showed
    looked = Signal(bool)

    def __init__(self, store: Store | None = None, set_done: Callable[[int, bool], bool] | None = None,
                 parent=None):
        super().__init__(parent)
        self._docs: list[DocumentEntry] = []
        self._counts: dict[int, dict[str, int]] = {}
        self._rows: dict[int, int] = {}
        self._sorted: tuple[int, bool] | None = None  # (column, descending) the rows are sorted by; None: by id
        self._keys: list[tuple] = []  # each row's sort key, while sorted
        self._done = self._open = 0  # documents marked done, open suggestions: kept as changes come
        self._dates = False  # does some document have a date
        self._store = store
        self._set_done = set_done
        self.rename: Callable[[int, str], bool] | None = None
        self._read_at: Any = None  # the store's counts_mark when the list was read: equal, the list is as stored
        # the list of a project opened read by the worker (the start: gui/app.py): 140-620 ms for 4,704
        # reports on the window's thread before its first paint
        self.first_read_later = False
        self._awaited: int | None = None  # the worker's reading the list waits for (its request's number)
        self._list_reader: Any = None  # the worker reading the list at Ctrl+R (document_list_reading.ListReader)
        self._look = False  # the worker's reading under way is a look's (refresh), not Ctrl+R's: ``looked`` follows
        if store is not None:
            self.reload()

    # ------------------------------------------------------------- loading
    def set_store(self, store: Store | None, set_done: Callable[[int, bool], bool] | None = None) -> None:
        """A project opened (or none): its list read now, or by the worker while the window paints
        (:attr:`first_read_later`; meanwhile the list is empty and says it is being read)."""
        self._store, self._set_done, self._read_at = store, set_done, None
        if store is not None and self.first_read_later:
            self.reload(background=True)
            self._reset([], {})  # reading() already: an empty list says so, the article too
        else:
            self.reload()

    @collector.held  # 20,000 entries and their counts made at once: the collector runs once after
    def reload(self, background: bool = False) -> None:
        """Read the documents and their counts anew, unless nothing was written to the project since
        they were read (``Store.counts_mark``: this window's writes and another program's): Ctrl+R
        counted the spans of every document each time, 100 ms of 200 for 475,000 spans.
        ``background`` (Ctrl+R): read by a worker on its own connection, shown when it comes
        (:mod:`annotator.gui.document_list_reading`); the list shows what it showed meanwhile."""
        mark = self._store.counts_mark() if self._store is not None else None
        if mark is not None and mark == self._read_at:
            return
        self._look = False
        if background and self._store is not None:
            self._read_at = mark  # a write meanwhile is read at the next reload
            self._awaited = self._reader().request(self._store.folder, mark)
            return
        self._forget_reading()
        self._read_at = mark  # read before the documents: a write meanwhile is read at the next reload
        self._reset(self._store.document_entries() if self._store is not None else [],
                    self._store.document_counts() if self._store is not None else {})

    def _reset(self, docs: list[DocumentEntry], counts: dict[int, dict[str, int]]) -> None:
        self.beginResetModel()
        self._docs, self._counts = docs, counts
        self._order_rows()
        self._done, _n, self._open = review.totals(self._docs, self._counts)
        self._dates = any(map(_DATE, self._docs))
        self.endResetModel()

    def _reader(self) -> Any:
        if self._list_reader is None:
            from annotator.gui.document_list_reading import ListReader  # not before the first paint

            self._list_reader = ListReader(self)
            self._list_reader.read_list.connect(self._read_in_background)
        return self._list_reader

    def _forget_reading(self) -> None:
        if self._list_reader is not None:
            self._list_reader.forget()  # read here and now: what the worker reads is older
            self._awaited = None

    def reading(self) -> bool:
        """Whether a read of the list by the worker is under way (Ctrl+R)."""
        return self._awaited is not None

    @collector.held
    def _read_in_background(self, number: int, mark: Any, docs: Any, counts: Any) -> None:
        """The worker's reading, on the GUI thread: shown unless superseded; read again when this window
        wrote since it was asked for (an edit meanwhile kept the counts as shown, the reading had them
        before it). Another program's writes meanwhile do not hold it back (``annotator suggest`` writing
        a document's suggestions every moment had each reading read again, none shown): shown, the
        list is read again at the next Ctrl+R or look (``_read_at`` the mark it was asked at)."""
        reader = self._list_reader
        if reader is None or number != reader.asked or number != self._awaited:
            return
        self._awaited = None
        look, self._look = self._look, False
        if self._store is None or docs is None:  # the project went away meanwhile: the list stays
            return
        try:
            written = self._store.counts_mark()[0] != mark[0]  # the rows this window's connection wrote
        except sqlite3.Error:  # the window closed its project meanwhile
            return
        if written:
            self._read_at = None
            self.reload(background=True)
            self._look = look
            return
        if self._docs:
            changed = self._show(docs, counts)
        else:  # the first read (the list said it was reading: said no more, even of a project without documents)
            self._reset(docs, counts)
            changed = bool(docs)
        if look:
            self.looked.emit(changed)

    def refresh(self, background: bool = False) -> bool:
        """Read the documents and their counts again (another program changed them); False when
        they are what the list shows. The same documents: the rows that differ are updated where
        they are (the list's selection, scroll and column widths stay); documents added or
        removed: the list is read anew (:meth:`reload`). ``background`` (the window's look every
        1.5 s while another program writes: ~200 ms each for 4,704 reports): read by the worker,
        shown when it comes, then ``looked`` says whether it changed the list; True: asked for."""
        if self._store is None:
            return False
        self._read_at = self._store.counts_mark()  # the list as stored at this mark
        if background:
            self._awaited = self._reader().request(self._store.folder, self._read_at)
            self._look = True
            return True
        self._look = False
        self._forget_reading()
        return self._show(self._store.document_entries(), self._store.document_counts())

    def _show(self, docs: list[DocumentEntry], counts: dict[int, dict[str, int]]) -> bool:
        """Show ``docs`` and ``counts`` as read (False: they are what the list shows)."""
        held = {d.id: d for d in self._docs}
        if held.keys() != {d.id for d in docs}:
            self._reset(docs, counts)
            return True
        shown = self._counts  # a document's counts compared as they are first (the same: 4,704 in 5 ms, not 20)
        changed = [d for d in docs if d != held[d.id] or (counts.get(d.id) != shown.get(d.id)
                                                          and _nonzero(counts.get(d.id)) != _nonzero(shown.get(d.id)))]
        if not changed:
            return False
        for doc in changed:
            self._docs[self._rows[doc.id]] = doc
        self._counts = counts
        self._done, _n, self._open = review.totals(self._docs, self._counts)
        self._dates = any(map(_DATE, self._docs))
        for doc in changed:
            self._reposition(doc.id)
        rows = sorted(self._rows[d.id] for d in changed)
        starts = [r for i, r in enumerate(rows) if i == 0 or rows[i - 1] != r - 1]
        ends = [r for i, r in enumerate(rows) if i == len(rows) - 1 or rows[i + 1] != r + 1]
        for first, last in zip(starts, ends, strict=True):  # each run of rows (the filter looks at them again:
            self.dataChanged.emit(self.index(first, NAME), self.index(last, DONE))  # rows 1 and 4,000 are two)
        return True

    def apply(self, changeset: ChangeSet) -> None:
        """Adjust counts, done marks and metadata by what a ChangeSet did (no query over the whole project)."""
        for change in changeset.annotation_changes:
            for a, step in ((change.before, -1), (change.after, +1)):
                if a is not None:
                    counts = self._counts.setdefault(a.document_id, dict.fromkeys(STATUSES, 0))
                    counts[a.status] = counts.get(a.status, 0) + step
                    self._open += step if a.status == review.OPEN else 0
        for mark in changeset.done_changes:
            row = self._rows.get(mark.document_id)
            if row is not None:
                self._done += int(mark.after) - int(self._docs[row].done)
                self._docs[row] = self._docs[row]._replace(done=mark.after)
        changed = ({c.document_id for c in changeset.metadata_changes}
                   | {c.document_id for c in changeset.name_changes}) & self._rows.keys()
        if changed and self._store is not None:  # a title, date or name typed in: read those rows again
            for entry in self._store.document_entries(changed):
                self._docs[self._rows[entry.id]] = entry
            self._dates = any(map(_DATE, self._docs))
        for doc_id in changeset.document_ids:
            self._reposition(doc_id)
        rows = [self._rows[i] for i in changeset.document_ids if i in self._rows]
        if rows:  # only the cells that may have changed repaint (a label key: the two counts)
            first = NAME if changed else ACCEPTED
            last = DONE if changed or changeset.done_changes else OPEN
            self.dataChanged.emit(self.index(min(rows), first), self.index(max(rows), last))

    # ------------------------------------------------------------- sorting
    def _key(self, doc: DocumentEntry) -> tuple:
        assert self._sorted is not None
        column, reverse = self._sorted
        value = self._sort_value(doc, column)
        return (descending(value) if reverse else value, doc.id)

    def _sort_value(self, doc: DocumentEntry, col: int) -> str | int:
        value = self._value(doc, col) if col != DONE else int(doc.done)
        return value.casefold() if isinstance(value, str) else value

    def _order_rows(self) -> None:
        """The rows by id (as the store lists them), or by their keys while sorted."""
        if self._sorted is None:
            self._keys = []
        else:
            pairs = sorted(((self._key(d), d) for d in self._docs), key=lambda p: p[0])
            self._keys, self._docs = [k for k, _d in pairs], [d for _k, d in pairs]
        self._rows = dict(zip(map(_ID, self._docs), range(len(self._docs)), strict=True))

    def _reposition(self, doc_id: int) -> None:
        """A document's counts, done mark or metadata changed: while sorted, move its row to its
        new place (one row moved, not the list sorted again)."""
        row = self._rows.get(doc_id)
        if self._sorted is None or row is None:
            return
        key = self._key(self._docs[row])
        if key == self._keys[row]:
            return
        found = bisect_left(self._keys, key)
        final = found - 1 if found > row else found  # its index once taken out of its old place
        if final == row:
            self._keys[row] = key
            return
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), final if final < row else final + 1)
        doc = self._docs.pop(row)
        del self._keys[row]
        self._docs.insert(final, doc)
        self._keys.insert(final, key)
        for i in range(min(row, final), max(row, final) + 1):
            self._rows[self._docs[i].id] = i
        self.endMoveRows()

    # ------------------------------------------------------------- queries
    def doc_ids(self) -> list[int]:
        return list(map(_ID, self._docs))

    def names(self) -> list[str]:
        return list(map(_NAME, self._docs))

    _row_ids = doc_ids  # what models.sorting.SortsItself asks for

    def documents(self) -> list[DocumentEntry]:
        return list(self._docs)

    def document(self, row: int) -> DocumentEntry:
        return self._docs[row]

    def row_of(self, doc_id: int) -> int:
        return self._rows.get(doc_id, -1)

    def name_of(self, doc_id: int | None) -> str:
        """The name of a listed document ("" for none)."""
        row = self._rows.get(doc_id, -1) if doc_id is not None else -1
        return self._docs[row].name if row >= 0 else ""

    def largest_count(self, rows: range | None = None) -> int:
        """The largest accepted or open count of the given rows (of every document without them)."""
        counts = self._counts.values() if rows is None else (self.counts(self._docs[r].id) for r in rows)
        return max((max(c.get("accepted", 0), c.get("suggested", 0)) for c in counts), default=0)

    def counts(self, doc_id: int) -> dict[str, int]:
        return self._counts.get(doc_id, {"accepted": 0, "suggested": 0, "rejected": 0})

    def totals(self) -> tuple[int, int, int]:
        """(done documents, all documents, open suggestions) of the project: what
        :func:`annotator.core.review.totals` counts, kept up to date instead of counted at each change."""
        return self._done, len(self._docs), self._open

    # --------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def has_dates(self) -> bool:
        """Does some document have a date (else the list may hide that column)?"""
        return self._dates

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), metadata_key_text("title"), metadata_key_text("date"), self.tr("Spans"),
                    self.tr("Open"), self.tr("Done"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("File name"), self.tr("Title (metadata, else the first line)"), self.tr("Date (metadata)"),
                    self.tr("Accepted spans"), self.tr("Open suggestions"), self.tr("Marked done"))[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._docs):
            return None
        doc, col = self._docs[row], index.column()
        if role == _DISPLAY:
            return self._value(doc, col) if col != DONE else None
        if role == _ALIGN:
            return _RIGHT if col == ACCEPTED or col == OPEN else None
        if role == _CHECK:
            return (Qt.CheckState.Checked if doc.done else Qt.CheckState.Unchecked) if col == DONE else None
        if role == DOC_ID_ROLE:
            return doc.id
        if role == _EDIT:
            return doc.name if col == NAME else None
        if role == SORT_ROLE:
            return self._sort_value(doc, col)
        return self._tooltip(doc, col)

    def _value(self, doc: DocumentEntry, col: int) -> str | int:
        if col == NAME:
            return doc.name
        if col == TITLE:
            return doc.title
        if col == DATE:
            return doc.date
        return self.counts(doc.id).get("accepted" if col == ACCEPTED else "suggested", 0)

    def _tooltip(self, doc: DocumentEntry, col: int) -> str | None:
        """The full texts of the row (a narrow column elides them) and what each count means."""
        counts = self.counts(doc.id)
        if col in (ACCEPTED, OPEN):
            return _tr("{0} accepted spans, {1} open suggestions").format(
                *(f"{counts.get(key, 0):,}" for key in ("accepted", "suggested")))  # 1,035 as the status bar
        if col == DONE:
            return _tr("Marked done") if doc.done else _tr("Not marked done")
        lines = [doc.name, doc.title, doc.date]
        return "\n".join(line for line in lines if line)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        return _CHECKABLE if column == DONE else _EDITABLE if column == NAME and self.rename is not None else _CELL

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == NAME and role == Qt.ItemDataRole.EditRole:
            return self.rename is not None and self.rename(self._docs[index.row()].id, str(value))  # rows: apply()
        if not index.isValid() or index.column() != DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        doc = self._docs[index.row()]
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if self._set_done is not None and not self._set_done(doc.id, done):
            return False
        self._done += int(done) - int(self._docs[index.row()].done)
        self._docs[index.row()] = doc._replace(done=done)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self._reposition(doc.id)
        return True
