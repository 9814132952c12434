"""*View › Float the panel*: a panel (Adjudication, Guide, Statistics) floated in a window of its own and docked
again by keyboard. Only the square button of its title bar, or a double-click on the title, did it: a keyboard
user could do neither. The entry acts on the panel that has the keys, else the one that had them last (the last
used), else the last one shown, if it is still shown; it names that panel, is checked while it floats (untick
it: docked again where it was) and greyed while no panel is shown. The keys stay where they were, in the panel
when it had them: ``Alt+V``, ``F`` from a floating panel docks it again (the window's keys work there too)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.widgets.docks import Docks


def _t(text: str) -> str:
    return QCoreApplication.translate("DockFloating", text)


class FloatingEntry(QObject):
    def __init__(self, window: MainWindow, docks: Docks) -> None:
        super().__init__(window)
        self.w, self.docks = window, docks
        self._used: list[QDockWidget] = []  # the panels that had the keys or were shown, the latest last
        self.action = QAction(window)
        self.action.setObjectName("floatPanel")
        self.action.setCheckable(True)
        self.action.triggered.connect(self.toggle)
        menu = window.window_actions.menus["menu_view"]
        menu.addAction(self.action)
        menu.aboutToShow.connect(self.follow)
        app = QApplication.instance()
        assert isinstance(app, QApplication), "widgets are made only once the QApplication is"
        app.focusChanged.connect(self._focused)
        window.installEventFilter(self)  # a panel made (polished) and the language changed: see eventFilter
        self.follow()

    def panel(self) -> QDockWidget | None:
        """The panel the entry acts on: the one with the keys, else the one used last that is still shown."""
        focus = QApplication.focusWidget()
        for panel in self._panels():
            if focus is not None and (panel is focus or panel.isAncestorOf(focus)):
                return panel
        return next((p for p in reversed(self._used) if shiboken6.isValid(p) and p.isVisible()), None)

    def _panels(self) -> list[QDockWidget]:
        return [p for p in self.docks.made.values() if shiboken6.isValid(p)]

    def _use(self, panel: QDockWidget) -> None:
        if panel in self._used:
            self._used.remove(panel)
        self._used.append(panel)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(self.w):
            panel = next((p for p in self._panels() if p is new or p.isAncestorOf(new)), None)
            if panel is not None:
                self._use(panel)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and watched is self.w:  # a panel made: followed from its first show
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QDockWidget) and not child.property("floatFollowed"):
                child.setProperty("floatFollowed", True)
                child.visibilityChanged.connect(lambda shown, p=child: self._use(p) if shown else None)
                child.topLevelChanged.connect(lambda _floating: self.follow())
                child.installEventFilter(self)  # its title changed: below
        elif kind == QEvent.Type.LanguageChange and watched is self.w:
            self.follow()
        elif kind == QEvent.Type.WindowTitleChange and isinstance(watched, QDockWidget):
            self.follow()  # a panel retranslates its title after the window: the entry named it in the other language
        return False

    def follow(self) -> None:
        """The entry names the panel it acts on, checked while that one floats; greyed with none shown."""
        panel = self.panel()
        self.action.setEnabled(panel is not None and bool(panel.features() & QDockWidget.DockWidgetFeature
                                                           .DockWidgetFloatable))
        self.action.setChecked(panel is not None and panel.isFloating())
        self.action.setText(_t("&Float the panel ({0})").format(panel.windowTitle().replace("&", ""))
                            if panel is not None else _t("&Float the panel"))

    def toggle(self) -> None:
        """The panel floated, or docked again where it was; the keys stay where they were."""
        panel = self.panel()
        if panel is None:
            return
        focus = QApplication.focusWidget()
        held = focus is not None and (panel is focus or panel.isAncestorOf(focus))
        panel.setFloating(not panel.isFloating())
        panel.show()
        if held:  # the keys in the panel: it takes them in its new place
            panel.window().activateWindow()
        else:
            self.w.activateWindow()
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        self._use(panel)
        self.follow()
        self.w.statusBar().showMessage(
            (_t("{0} floats in a window of its own: View › Float the panel (Alt+V, F) docks it again")
             if panel.isFloating() else _t("{0} docked again")).format(panel.windowTitle().replace("&", "")), 6000)
