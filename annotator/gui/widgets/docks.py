"""The window's dock panels (Adjudication, Guide, Statistics), each made when first asked for.

Their entries are in the View menu from the start, with their keys (Ctrl+Shift+J, F1,
Ctrl+Shift+S); a panel itself — its module, its widgets, what it reads — is made the first time
its entry is used or the window's attribute (``window.guide`` …) is read. A panel that was shown
when the window last closed is made before the window state is restored, as the window always
did; one made later takes its place from that state (``QMainWindow.restoreDockWidget``), else it
docks hidden in its area. So the window's first paint waits for none of the hidden ones.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from annotator.gui.main_window import MainWindow


class Panel(NamedTuple):
    name: str  # the window's attribute
    module: str
    cls: str
    object_name: str  # the dock's, as the saved window state names it
    text: str  # its View menu entry, translated in the context of its class (its access letter: the
    # panel's retranslate gives its toggleViewAction this text after its title, which Qt copies into it)
    key: str
    area: Qt.DockWidgetArea
    toggle: bool  # the entry shows and hides it (the guide's shows it for the label under the cursor)


_RIGHT, _BOTTOM = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
PANELS = (  # in the View menu's order
    # below the article, where a column per coder has room
    Panel("adjudication", "annotator.gui.widgets.adjudication_panel", "AdjudicationPanel", "adjudicationDock",
          "&Adjudication", "Ctrl+Shift+J", _BOTTOM, True),
    Panel("guide", "annotator.gui.widgets.guide_panel", "GuidePanel", "guideDock",
          "&Guide to the label under the cursor", "F1", _RIGHT, False),
    Panel("statistics", "annotator.gui.widgets.stats_panel", "StatsPanel", "statsDock",
          "S&tatistics", "Ctrl+Shift+S", _RIGHT, True),
)


class Docks:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.made: dict[str, QDockWidget] = {}
        self.entries: dict[str, QAction] = {}  # of the panels not made yet
        self._form_label = ""  # the label last chosen with a form button: the guide starts from it
        window.form.label_chosen.connect(self._remember_form_label)
        menu = window.actions.menus["menu_view"]
        for panel in PANELS:
            entry = QAction(window, checkable=panel.toggle)
            entry.setShortcut(QKeySequence(panel.key))
            entry.triggered.connect(lambda checked, p=panel: self._entry_used(p, checked))
            window.addAction(entry)
            menu.addAction(entry)
            self.entries[panel.name] = entry
        self.retranslate()
        for name in window.settings.panels_to_restore([p.object_name for p in PANELS]):
            self.get(next(p.name for p in PANELS if p.object_name == name), restore=False)

    def get(self, name: str, restore: bool = True) -> QDockWidget:
        """The panel ``name``, made now if it was not yet (``restore``: placed as the saved window state
        has it)."""
        panel = self.made.get(name)
        if panel is None:
            panel = self.made[name] = self._make(next(p for p in PANELS if p.name == name), restore)
        return panel

    def _make(self, spec: Panel, restore: bool) -> QDockWidget:
        w = self.w
        panel: QDockWidget = getattr(importlib.import_module(spec.module), spec.cls)(w)
        if not (restore and w.restoreDockWidget(panel)):
            w.addDockWidget(spec.area, panel)
            panel.hide()
        action = panel.toggleViewAction() if spec.toggle else panel.show_action  # type: ignore[attr-defined]
        action.setShortcut(QKeySequence(spec.key))
        if spec.toggle:
            action.triggered.connect(lambda checked: self._focus(panel, checked))
        entry = self.entries.pop(spec.name)
        menu = w.actions.menus["menu_view"]
        menu.insertAction(entry, action)
        menu.removeAction(entry)
        w.removeAction(entry)
        entry.deleteLater()
        if spec.area == _BOTTOM:  # shown below the article: it leaves the form and the table their room
            panel.visibilityChanged.connect(lambda shown: shown and QTimer.singleShot(0, lambda: self._fit(panel)))
        if spec.name == "guide" and self._form_label:
            panel.follow_form_button(self._form_label)  # type: ignore[attr-defined]
        return panel

    def _entry_used(self, spec: Panel, checked: bool) -> None:
        panel = self.get(spec.name)
        if not spec.toggle:
            panel.show_for_cursor()  # type: ignore[attr-defined]
        else:
            panel.setVisible(checked)
            if checked:
                panel.raise_()
            self._focus(panel, checked)

    def _fit(self, panel: QDockWidget) -> None:
        """A panel below the article as tall as the window can give without squeezing the form's
        rows and the table's least rows beside the article, but never less than its own least."""
        from annotator.gui.widgets.form_room import room_for_column

        w = self.w
        short = room_for_column(w.right_splitter) - w.right_splitter.height()
        if short > 0 and panel.isVisible() and not panel.isFloating() and w.right_splitter.isVisible():
            height = max(panel.minimumSizeHint().height(), panel.height() - short)
            w.resizeDocks([panel], [height], Qt.Orientation.Vertical)

    @staticmethod
    def _focus(panel: QDockWidget, shown: bool) -> None:
        """A panel shown by its entry or key takes the keys when it has keys of its own (Adjudication)."""
        take = getattr(panel, "take_focus", None)
        if shown and take is not None:
            take()

    def _remember_form_label(self, name: str) -> None:
        self._form_label = name

    def retranslate(self) -> None:
        """The entries of the panels not made yet (a made one names its own)."""
        for panel in PANELS:
            entry = self.entries.get(panel.name)
            if entry is not None:
                entry.setText(QCoreApplication.translate(panel.cls, panel.text))
