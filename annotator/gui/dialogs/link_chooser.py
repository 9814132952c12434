"""*Edit › Link to…* (Ctrl+L): the selected span linked, by keyboard, to a span the user chooses.

A small window beside the span lists what it may be linked to (``core/links.link_choices``): for an
amount or target the document's projects and districts; for a project its districts; those of its
clause, then of its sentence, then the rest, each the nearest first whatever its kind (the district
of the amount's clause at the top, not after every project of the document), with the text around
it, the link it has now marked ✓. Typing filters the list
by the spans' text (a district's code too; full-width and half-width forms, Latin cases and white
space alike), the arrow keys move in it from the filter line, Enter links the chosen span, Esc
cancels. The dialog only chooses; the window links (``gui/linking.py``: one undo step).

The list shows the nearest ``SHOWN`` (a long report's project has 4,000 districts to choose from:
their rows took half a second to make), and says so; the filter searches them all, showing the
nearest ``SHOWN`` that hold its text. A choice's row is made when first shown, the choice itself
when first read (:class:`LazyChoices`: its text around the span is cut for the rows shown only).
"""
from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, overload

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.links import PROJECT
from annotator.core.suggest.traditional import simplified
from annotator.gui.opening_size import in_characters, opening_size, screen_of
from annotator.gui.retranslating import Retranslating

KIND, SPAN, WHERE = range(3)
CHOICE_ROLE = Qt.ItemDataRole.UserRole
# keys the filter line hands to the list: it moves there while the line keeps the typing
MOVING_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
SHOWN = 200  # rows listed at most: the nearest; the filter finds the others


class LinkChoice(NamedTuple):
    """One span the selected span may be linked to, as the list shows it."""

    kind: str  # links.PROJECT or links.DISTRICT
    target_id: int
    text: str
    code: str = ""  # a district's division code
    where: str = ""  # the text around it, the span in 【】
    now: str = ""  # "accepted" or "suggested": the span's link of this kind goes there now
    suggested_span: bool = False  # the target is a suggestion not yet accepted


class LazyChoices(Sequence[LinkChoice]):
    """``count`` choices, the i-th made by ``make(i)`` when first read, then kept."""

    def __init__(self, count: int, make: Callable[[int], LinkChoice], pinned: Iterable[int] = ()):
        self._made: list[LinkChoice | None] = [None] * count
        self._make = make
        self.pinned = frozenset(pinned)  # the choices linked now: listed however far they are

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, i: int) -> LinkChoice: ...
    @overload
    def __getitem__(self, i: slice) -> list[LinkChoice]: ...
    def __getitem__(self, i: int | slice) -> LinkChoice | list[LinkChoice]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        made = self._made[i]
        if made is None:
            made = self._made[i] = self._make(i % len(self._made))
        return made


def folded(text: str) -> str:
    """Text as the filter compares it: full-width and half-width alike, Latin cases alike, no white space,
    traditional characters as their simplified ones (张家川县 typed finds 張家川縣, as Find does)."""
    return "".join(unicodedata.normalize("NFKC", simplified(text)).casefold().split())


class LinkChooser(Retranslating, QDialog):
    """Choose the span to link ``source`` (its label and text, for the heading) to."""

    def __init__(self, source: str, choices: Sequence[LinkChoice], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linkChooser")
        self.source = source
        self.choices = choices
        self.heading = QLabel(wordWrap=True)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SPAN, QHeaderView.ResizeMode.Interactive)
        # its methods, not lambdas holding it (never freed without a parent): the signals' arguments left out
        self.list.itemDoubleClicked.connect(self.accept)
        self.list.currentItemChanged.connect(self._enable)
        self.count = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.filter, self.list, self.count, self.buttons):
            layout.addWidget(widget, 1 if widget is self.list else 0)
        # the span linked now is listed however far it is (a report's jurisdiction, linked by hand)
        self._pinned = choices.pinned if isinstance(choices, LazyChoices) else {i for i, c in enumerate(choices)
                                                                                 if c.now}
        self._made = sorted(set(range(min(SHOWN, len(choices)))) | self._pinned)  # the choices with a row, in order
        self._items = [self._item(choices[i]) for i in self._made]  # their rows
        self._keys: list[str] | None = None  # each choice's text as the filter compares it, once it filters
        self._matching = len(choices)  # the choices the filter leaves, shown or not
        self.list.addTopLevelItems(self._items)
        self.resize(self._opening_size())
        self.retranslate()
        self.list.setColumnWidth(SPAN, max(120, min(240, self.list.sizeHintForColumn(SPAN) + 12)))
        self._filter("")
        self.filter.setFocus()

    def _list(self, wanted: Iterable[int]) -> None:
        """Rows for the ``wanted`` choices (their indices) that have none yet, each in its place."""
        made = set(self._made)
        for i in (i for i in wanted if i not in made):
            at = bisect.bisect(self._made, i)
            item = self._item(self.choices[i])
            self._made.insert(at, i)
            self._items.insert(at, item)
            self.list.insertTopLevelItem(at, item)
            self._translate(item)

    def _item(self, choice: LinkChoice) -> QTreeWidgetItem:
        item = QTreeWidgetItem(["", "", choice.where])  # the first two in the interface's language: retranslate
        item.setData(KIND, CHOICE_ROLE, choice)
        item.setToolTip(WHERE, choice.where)  # the whole of it where the column cuts it off
        if choice.now or choice.suggested_span:
            font = QFont(self.list.font())
            font.setBold(bool(choice.now))
            font.setItalic(choice.suggested_span)
            item.setFont(SPAN, font)
        return item

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Link to"))
        self.heading.setText(self.tr("Link {0} to the span chosen below (Enter links it, Esc cancels):")
                             .format(self.source))
        self.filter.setPlaceholderText(self.tr("Type to filter by the span's text or code"))
        self.filter.setAccessibleName(self.filter.placeholderText())
        self.list.setAccessibleName(self.tr("Spans to link to"))
        self.list.setHeaderLabels([self.tr("Link"), self.tr("Span"), self.tr("In the text")])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for item in self._items:
            self._translate(item)
        self._say_count()

    def _translate(self, item: QTreeWidgetItem) -> None:
        choice: LinkChoice = item.data(KIND, CHOICE_ROLE)
        item.setText(KIND, self.tr("for project") if choice.kind == PROJECT else self.tr("district"))
        item.setText(SPAN, ("✓ " if choice.now else "") + " ".join(filter(None, (
            choice.text, choice.code, self.tr("(suggested link)") if choice.now == "suggested" else ""))))
        tips = [self.tr("linked now") if choice.now == "accepted" else
                self.tr("suggested link now") if choice.now else "",
                self.tr("a suggested span, not accepted yet") if choice.suggested_span else ""]
        item.setToolTip(SPAN, "; ".join(t for t in tips if t))

    # ------------------------------------------------------------ choosing
    def chosen(self) -> LinkChoice | None:
        """The choice the list's current row shows (None: the filter left none)."""
        item = self.list.currentItem()
        return item.data(KIND, CHOICE_ROLE) if item is not None and not item.isHidden() else None

    def shown(self) -> list[LinkChoice]:
        """The choices the filter leaves, in their order."""
        return [item.data(KIND, CHOICE_ROLE) for item in self._items if not item.isHidden()]

    def accept(self) -> None:
        if self.chosen() is not None:  # Enter with nothing left to choose does nothing
            super().accept()

    def _filter(self, text: str) -> None:
        needle = folded(text)
        wanted: Sequence[int] = range(len(self.choices))
        if needle:
            if self._keys is None:  # every choice read: their rows are made as they show
                self._keys = [folded(c.text + c.code) for c in self.choices]
            wanted = [i for i, key in enumerate(self._keys) if needle in key]
        self._matching, wanted = len(wanted), wanted[:SHOWN]
        keep = set(wanted) if needle else set(wanted) | self._pinned
        self._list(sorted(keep))
        first = None
        for item, i in zip(self._items, self._made, strict=True):
            item.setHidden(i not in keep)
            if first is None and not item.isHidden():
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            if first is not None:
                self.list.setCurrentItem(first)
            else:  # none current (what setCurrentItem(None) does): Enter then links nothing
                self.list.setCurrentIndex(QModelIndex())
        self._say_count()
        self._enable()

    def _say_count(self) -> None:
        left, total = self._matching, len(self.choices)
        shown, n, of = f"{SHOWN:,}", f"{left:,}", f"{total:,}"  # 4,218 as the window writes counts
        if not left:
            self.count.setText(self.tr("No span's text holds “{0}”.").format(self.filter.text()))
        elif left > SHOWN and left < total:
            self.count.setText(self.tr("The nearest {0} of the {1} spans that hold “{2}” (of {3}): type more to "
                                       "narrow them").format(shown, n, self.filter.text(), of))
        elif left > SHOWN:
            self.count.setText(self.tr("The nearest {0} of {1} spans: type to find the others").format(shown, n))
        elif left < total:
            self.count.setText(self.tr("{0} of {1} spans").format(n, of))
        else:
            self.count.setText(self.tr("{0} spans, the nearest first").format(n))

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in MOVING_KEYS):
            QApplication.sendEvent(self.list, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        return super().eventFilter(watched, event)

    def _opening_size(self) -> QSize:
        """760×360 at the usual font (the text around a span, the span in it, whole in its column); as
        many lines and characters at a large one (at 20 pt it listed a row and a half), inside the screen."""
        return opening_size(self, QSize(760, 360), in_characters(self, 54, 22))

    def place_by(self, span: QRect) -> None:
        """Put the window under ``span`` (global: the span's first line), or above it where the screen
        has no room below; kept on the screen."""
        screen = QGuiApplication.screenAt(span.center()) or screen_of(self)  # not self.screen(): see screen_of
        if screen is None:  # no screen (at exit): left where it is
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.size()  # the title bar and borders, if shown yet
        height = self.height() + frame.height()
        y = span.bottom() + 4 if span.bottom() + 4 + height <= room.bottom() else span.top() - 4 - height
        x = max(room.left(), min(span.left(), room.right() - self.width() - frame.width()))
        self.move(x, max(room.top(), y))
