"""The annotation table's columns as the user chose them: shown or hidden from the header's
context menu (as in a mail client's message list; by keyboard *View › Columns of the spans table*) and
the widths dragged, kept in the settings (``persist/table_columns``, JSON by column name) for every
project and the next start.

A column the user never chose about follows the table's room (the value hides in a narrow table,
:class:`~annotator.gui.widgets.annotation_view.AnnotationView`); "Fit columns to the table"
forgets every choice and width.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu, QTableView

from annotator.gui.models.annotation_table import TEXT

KEYS = ("label", "text", "status", "value", "origin", "confidence", "start", "end")  # by column


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColumnChoices", text)


MAX_WIDTH = 10_000  # px: a width kept beyond it was not dragged (Qt takes a section's size as a C int)


def _a_width(value: Any) -> bool:
    """Whether a kept width is one a drag gives: a number of pixels from 1 to MAX_WIDTH (a hand-edited
    1e400 stopped the window at its start with an OverflowError; 10**20 failed each fitting of the columns)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= MAX_WIDTH


class ColumnChoices:
    """Which columns the user showed or hid, and the widths they dragged (by column index)."""

    def __init__(self, settings: Any = None) -> None:
        self.settings = settings
        self.shown: dict[int, bool] = {}
        self.widths: dict[int, int] = {}
        raw = getattr(settings, "table_columns", "") if settings is not None else ""
        try:
            kept = json.loads(raw) if raw else {}
            self.shown = {KEYS.index(k): bool(v) for k, v in kept.get("shown", {}).items() if k in KEYS}
            self.widths = {KEYS.index(k): int(v) for k, v in kept.get("widths", {}).items()
                           if k in KEYS and _a_width(v)}
        except (ValueError, TypeError, AttributeError):  # an older or hand-edited value: no choices
            self.shown, self.widths = {}, {}

    def width(self, column: int, fitted: int) -> int:
        return self.widths.get(column, fitted)

    def choose(self, column: int, shown: bool) -> None:
        self.shown[column] = shown
        self._save()

    def resized(self, column: int, width: int) -> None:
        if width > 0 and column != TEXT:  # the text takes what the others leave
            self.widths[column] = width
            self._save()

    def reset(self) -> None:
        self.shown, self.widths = {}, {}
        self._save()

    def _save(self) -> None:
        if self.settings is not None:
            self.settings.table_columns = json.dumps({
                "shown": {KEYS[c]: v for c, v in sorted(self.shown.items())},
                "widths": {KEYS[c]: v for c, v in sorted(self.widths.items())}})


def column_menu(view: QTableView, choices: ColumnChoices, changed: Callable[[], None]) -> QMenu:
    """The header's menu: a check per column (not the text's: always shown) and a reset."""
    menu = QMenu(view)
    menu.setObjectName("columnMenu")
    fill_column_menu(menu, view, choices, changed)
    return menu


def fill_column_menu(menu: QMenu, view: QTableView, choices: ColumnChoices, changed: Callable[[], None]) -> None:
    """``menu`` anew with the header menu's entries (also *View › Columns of the spans table*, by keyboard)."""
    menu.clear()
    model = view.model()
    for column in range(model.columnCount()):
        if column == TEXT:
            continue
        action = menu.addAction(str(model.headerData(column, view.horizontalHeader().orientation())))
        action.setCheckable(True)
        action.setChecked(not view.isColumnHidden(column))

        def chosen(on: bool, c: int = column) -> None:
            choices.choose(c, on)
            changed()
        action.toggled.connect(chosen)
    menu.addSeparator()
    reset = menu.addAction(_tr("Fit columns to the table"))
    reset.setObjectName("fitColumns")

    def fit() -> None:
        choices.reset()
        changed()
    reset.triggered.connect(fit)


def show_column_menu(view: QTableView, choices: ColumnChoices, changed: Callable[[], None], pos: QPoint) -> QMenu:
    header = view.horizontalHeader()
    menu = column_menu(view, choices, changed)
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(header.mapToGlobal(pos))
    return menu
