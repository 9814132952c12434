"""The window's dock panels (Adjudication, Guide, Statistics), each made when first asked for.

Their entries are in the View menu from the start, with their keys (Ctrl+Shift+J, F1, Ctrl+Shift+S; *Float the panel*:
dock_floating.py); a panel itself — its module, its widgets, what it reads — is made the first time its entry is used
or the window's attribute (``window.guide`` …) is read. A panel shown when the window last closed is made before the
window state is restored, as the window always did; one made later takes its place from that state
(``QMainWindow.restoreDockWidget``), else it docks hidden in its area. So the first paint waits for none of the hidden.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QFrame, QScrollArea, QStyle, QWidget

from annotator.gui import sort_menus
from annotator.gui.file_drops import hand_files_to_window
from annotator.gui.widgets.dock_floating import FloatingEntry

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Docks", text)


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
ARTICLE_CHARACTERS = 20  # a line of the article a panel beside it leaves, where it can
PANELS = (  # in the View menu's order
    # below the article, where a column per coder has room
    Panel("adjudication", "annotator.gui.widgets.adjudication_panel", "AdjudicationPanel", "adjudicationDock",
          "&Adjudication", "Ctrl+Shift+J", _BOTTOM, True),
    Panel("guide", "annotator.gui.widgets.guide_panel", "GuidePanel", "guideDock",
          "&Guide to the label under the cursor", "F1", _RIGHT, False),
    Panel("statistics", "annotator.gui.widgets.stats_panel", "StatsPanel", "statsDock",
          "S&tatistics", "Ctrl+Shift+S", _RIGHT, True),
)


class _Scrolled(QScrollArea):
    """A panel's body, as large as the panel and never smaller than its least (Qt's resizable scroll
    area made a body with a wrapped label as tall as its preferred height: it scrolled even where
    its least fitted)."""

    def __init__(self, body: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the area
        self.setWidget(body)
        body.installEventFilter(self)

    def _fit_body(self) -> None:
        body, room = self.widget(), self.viewport().size()
        if body is not None:
            body.resize(room.expandedTo(body.minimumSizeHint()))

    def minimumSizeHint(self) -> QSize:
        """Room for its scroll bars (Qt's 68 px made three panels too tall for 700 px at 20 pt)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(3 * bar, 2 * bar).boundedTo(super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_body()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_body()  # its least changed (another language, another hint)
            self.updateGeometry()
        return super().eventFilter(watched, event)


def scrolled(body: QWidget) -> QScrollArea:
    """A panel's ``body`` in a scroll area: its least size no longer makes the window taller or wider
    than a short screen (three panels at a 20-pt font needed 1392×1026); :func:`least_size` is the
    size that shows it whole, which the window gives it where it can."""
    return _Scrolled(body)


def least_size(panel: QDockWidget) -> QSize:
    """The panel's size with its body whole (its title bar and its body's least)."""
    area, least = panel.widget(), panel.minimumSizeHint()
    if not isinstance(area, _Scrolled):  # (the Statistics scroll their own way)
        return least
    body = area.widget()
    if body is None:
        return least
    size = least - area.minimumSizeHint() + body.minimumSizeHint()
    if panel.features() & QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar:  # its title beside its body
        size.setHeight(body.minimumSizeHint().height() + panel.height() - area.height())
    return size


class _OnResize(QObject):
    def __init__(self, watched: QObject, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.then()
        return False


class _OnHide(QObject):
    """What a panel beside the article had when the user hid it (its entry, its key, its close
    button): its width, the window's size and the panes' sizes, to give back when it is shown again."""

    def __init__(self, panel: QDockWidget, docks: Docks) -> None:
        super().__init__(panel)
        self.docks = docks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # not as the window is deleted (on quitting): hidden_at's error there crashed PySide6 6.10.0
        if event.type() == QEvent.Type.Hide and not event.spontaneous() and isinstance(watched, QDockWidget) \
                and shiboken6.isValid(self.docks.w):
            self.docks.hidden_at(watched)
        return False


class _OnDrag(QObject):
    """A drag of the window's separator above or below the article: the heights of the panels there
    before it, handed to :meth:`Docks.dragged` once it is over (the window moves its separators on a
    timer of its own)."""

    def __init__(self, window: QWidget, docks: Docks) -> None:
        super().__init__(window)
        self.docks = docks
        self._before: dict[QDockWidget, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) and isinstance(watched, QWidget) \
                and event.button() == Qt.MouseButton.LeftButton \
                and watched.childAt(event.position().toPoint()) is None:  # on no widget: a separator
            self._before = {p: p.height() for p in self.docks.made.values() if self.docks.above_or_below(p)}
        elif kind == QEvent.Type.MouseButtonRelease and self._before:
            before, self._before = self._before, {}
            QTimer.singleShot(0, lambda: self.docks.dragged(before))
        return False


class Docks:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.made: dict[str, QDockWidget] = {}
        self._hidden: dict[QDockWidget, tuple[QSize, int, list[int]]] = {}  # see hidden_at
        self._given_back: set[QDockWidget] = set()  # shown again as they were: not fitted again
        self._showing: set[QDockWidget] = set()  # shown by the user, to be fitted at the loop's next turn
        self._chosen: dict[QDockWidget, int] = {}  # the heights the user dragged panels above or below the article to
        self.entries: dict[str, QAction] = {}  # of the panels not made yet
        self._form_label = ""  # the label last chosen with a form button: the guide starts from it
        window.form.label_chosen.connect(self._remember_form_label)
        menu = window.window_actions.menus["menu_view"]
        for panel in PANELS:
            entry = QAction(window, checkable=panel.toggle)
            entry.setShortcut(QKeySequence(panel.key))
            entry.triggered.connect(lambda checked, p=panel: self._entry_used(p, checked))
            window.addAction(entry)
            menu.addAction(entry)
            self.entries[panel.name] = entry
        self.retranslate()
        sort_menus.attach(window)  # the View menu's other entries: the tables' order and columns by keyboard
        self.floating = FloatingEntry(window, self)  # View › Float the panel (widgets/dock_floating.py)
        self._refit = QTimer(window, singleShot=True, interval=0)  # after a resize of the window, once laid out
        self._refit.timeout.connect(self._fit_all)
        window.installEventFilter(_OnResize(window, self._refit.start))
        window.installEventFilter(_OnDrag(window, self))
        for name in window.settings.panels_to_restore([p.object_name for p in PANELS]):
            self.get(next(p.name for p in PANELS if p.object_name == name), restore=False)
        from annotator.gui.widgets.article_room import ArticleRoom  # (it reads this module's panels)

        ArticleRoom(window)  # the article's width after a restore on a smaller screen

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
        menu = w.window_actions.menus["menu_view"]
        menu.insertAction(entry, action)
        menu.removeAction(entry)
        w.removeAction(entry)
        entry.deleteLater()
        # shown below the article it leaves the form and the table their room; shown beside it by the user
        # (its entry, its key), the article its width
        def shown(on: bool) -> None:
            if on:
                self._fit_later(panel, beside=False)

        def used(checked: bool) -> None:
            if checked or not spec.toggle:
                self._fit_later(panel)
        panel.visibilityChanged.connect(shown)
        panel.installEventFilter(_OnHide(panel, self))
        panel.dockLocationChanged.connect(lambda _area: self._chosen.pop(panel, None))  # fitted to its new place
        action.triggered.connect(used)
        panel.topLevelChanged.connect(lambda floating: self._docked(panel, floating))
        if spec.name == "guide" and self._form_label:
            panel.follow_form_button(self._form_label)  # type: ignore[attr-defined]
        title_button_tips(panel, spec.key)
        hand_files_to_window(w, panel)  # its fields too pass dragged files on to the window
        return panel

    def show_guide(self) -> None:
        """Help › Annotation guide: what F1 does (View › Guide to the label under the cursor)."""
        self._entry_used(next(p for p in PANELS if p.name == "guide"), True)

    def _entry_used(self, spec: Panel, checked: bool) -> None:
        panel = self.get(spec.name)
        if not spec.toggle:
            panel.show_for_cursor()  # type: ignore[attr-defined]
        else:
            panel.setVisible(checked)
            if checked:
                panel.raise_()
            self._focus(panel, checked)
        if checked or not spec.toggle:
            self._fit_later(panel)

    def _docked(self, panel: QDockWidget, floating: bool) -> None:
        """A floating panel the user docked (a double-click on its title bar, or dragged into place) is shown
        beside the article as its key shows it: the others give way, and where the article would still lack
        its room it floats again, said (docked back in an 800-px window it squeezed the article to 227 px)."""
        if not floating and panel.isVisible() and self.w.isVisible():
            self._fit_later(panel)

    def _fit_all(self) -> None:
        """The window resized: each panel made fitted again (below the article)."""
        for panel in self.made.values():
            self._fit(panel, beside=False)

    def _fit_later(self, panel: QDockWidget, beside: bool = True) -> None:
        if beside:  # shown by the user
            self._showing.add(panel)
        QTimer.singleShot(0, lambda: self._fit(panel, beside))

    def _fit(self, panel: QDockWidget, beside: bool = True) -> None:
        """A panel below the article as tall as the window can give without squeezing the form's
        rows and the table's least rows beside the article, but never less than its body's least
        where the window has the height, nor than its ``wanted_height()`` where the article's column
        can give it down to its least (the Adjudication panel's table rows, where the adjudicator
        works all day: at 768 px its table showed two), or the height the user dragged it to
        (:meth:`dragged`); a panel beside the article:
        :meth:`_fit_width`, when the user shows it, and the article its room (``article_room.make_room``:
        the Statistics shown by its key in a 790-px window left it 217 px)."""
        from annotator.gui.widgets.form_room import room_beside_panel, room_for_column

        w = self.w
        showing = {panel, *self._showing} if beside else set()
        self._showing.discard(panel)
        if not panel.isVisible() or panel.isFloating() or not w.right_splitter.isVisible():
            return
        if w.dockWidgetArea(panel) in (Qt.DockWidgetArea.LeftDockWidgetArea, _RIGHT):
            self._give_back(panel)
            # when the user shows it (not shown again as it was), not at each resize of the window:
            if beside and panel not in self._given_back:  # a width they gave it stays
                self._fit_width(panel)
            if beside:  # the article keeps its room (its width given back was that of a wider window's)
                from annotator.gui.widgets.article_room import make_room

                make_room(w, shown=showing)  # (not one shown a moment ago and not fitted yet hidden)
            return
        chosen = self._chosen.get(panel)
        if chosen is not None:  # the height the user dragged it to stays (squeezed where the window lacks room)
            if chosen != panel.height():
                w.resizeDocks([panel], [chosen], Qt.Orientation.Vertical)
            return
        # the layouts' pending requests first: the window's layout still held the column's least of before
        # (its form taller), so on a busy machine resizeDocks kept the panel 29 px under its least at
        # 1024×600, the Adjudication hint cut under the status bar
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        short = room_for_column(w.right_splitter) - w.right_splitter.height()
        wanted = getattr(panel, "wanted_height", lambda: 0)()  # the Adjudication panel's: its table's rows
        height = panel.height()
        if height > wanted:  # taller than it wants: the form whole first
            height = max(wanted, height - max(0, short))
        if height <= wanted:  # up to what it wants, the form's fields scrolled down to a few rows (or back to them)
            height = min(wanted, panel.height() + w.right_splitter.height() - room_beside_panel(w.right_splitter))
        # never less than its body whole, where the window has the height (else its body scrolls)
        height = max(least_size(panel).height(), height)
        if height != panel.height():
            w.resizeDocks([panel], [height], Qt.Orientation.Vertical)

    def above_or_below(self, panel: QDockWidget) -> bool:
        """``panel`` is shown docked above or below the article."""
        return panel.isVisible() and not panel.isFloating() and self.w.dockWidgetArea(panel) in (
            Qt.DockWidgetArea.TopDockWidgetArea, _BOTTOM)

    def dragged(self, before: dict[QDockWidget, int]) -> None:
        """The user dragged the window's separator: a panel above or below the article it made taller or
        shorter keeps that height from now on, until they drag it again (the next resize of the window
        gave the Adjudication panel its eight rows back), or it moves."""
        for panel, height in before.items():
            if self.above_or_below(panel) and panel.height() != height:
                self._chosen[panel] = panel.height()

    def hidden_at(self, panel: QDockWidget) -> None:
        """``panel`` is being hidden: its width, the window's size and the panes' beside it, as they are."""
        w = self.w
        if not panel.isFloating() \
                and w.dockWidgetArea(panel) in (Qt.DockWidgetArea.LeftDockWidgetArea, _RIGHT):
            self._hidden[panel] = (w.size(), panel.width(), w.main_splitter.sizes())
        self._given_back.discard(panel)

    def _give_back(self, panel: QDockWidget) -> None:
        """A panel beside the article hidden and shown again comes back at the width it had (Qt gave
        it less each time: 156, 100, then 68 px at 1024 px, its tables cut); in a window of the
        same size with the panes as they were too, and not fitted again (:meth:`_fit_width` measured
        the article before its pane had its width back)."""
        window_size, width, panes = self._hidden.pop(panel, (None, 0, []))
        if window_size is None:
            return
        w = self.w
        w.resizeDocks([panel], [width], Qt.Orientation.Horizontal)
        if window_size == w.size():
            w.main_splitter.setSizes(panes)
            self._given_back.add(panel)

    def _fit_width(self, panel: QDockWidget) -> None:
        """A panel beside the article no wider than leaves the article :data:`ARTICLE_CHARACTERS`
        characters a line, down to its own least, then the document list down to its least (a
        20-pt font: the Guide took 522 px of a 1366 px window and left the article one character)."""
        w = self.w
        view = w.text_view
        short = ARTICLE_CHARACTERS * view.fontMetrics().horizontalAdvance("中") - view.viewport().width()
        if short <= 0:
            return
        area = w.dockWidgetArea(panel)  # the panels beside it in that area share its width
        least = max(least_size(p).width() for p in self.made.values()
                    if p is panel or p.isVisible() and not p.isFloating() and w.dockWidgetArea(p) == area)
        width = min(panel.width(), max(least, panel.width() - short))
        short -= panel.width() - width
        w.resizeDocks([panel], [width], Qt.Orientation.Horizontal)
        sizes = w.main_splitter.sizes()
        give = min(short, sizes[0] - w.panel.minimumSizeHint().width())
        if give > 0:
            w.main_splitter.setSizes([sizes[0] - give, sizes[1] + give, *sizes[2:]])

    @staticmethod
    def _focus(panel: QDockWidget, shown: bool) -> None:
        """A panel shown by its entry or key takes the keys when it has keys of its own (Adjudication)."""
        take = getattr(panel, "take_focus", None)
        if shown and take is not None:
            take()

    def _remember_form_label(self, name: str) -> None:
        self._form_label = name

    def retranslate(self) -> None:
        """The entries of the panels not made yet (a made one names its own); the title bar's buttons."""
        for panel in PANELS:
            entry = self.entries.get(panel.name)
            if entry is not None:
                entry.setText(QCoreApplication.translate(panel.cls, panel.text))
            made = self.made.get(panel.name)
            if made is not None:
                title_button_tips(made, panel.key)


def title_button_tips(panel: QDockWidget, key: str) -> None:
    """The two icons of a panel's title bar said in a tooltip (Qt gives them none: a newcomer hovering
    the square and the cross learnt nothing), in the interface's language."""
    tips = {"qt_dockwidget_floatbutton": _t("Float the panel in a window of its own (double-click its title "
                                            "to put it back)"),
            "qt_dockwidget_closebutton": _t("Close the panel ({0} shows it again)").format(key)}
    for button in panel.findChildren(QAbstractButton):
        if button.objectName() in tips:
            button.setToolTip(tips[button.objectName()])
