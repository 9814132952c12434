"""The article's width: it keeps its room when the window state is restored, the window moves to
another screen or is made narrower, and when a panel is shown beside it.

A layout saved on a wide screen and restored on a smaller one (1280 px, then 800) kept the panels'
widths and left the article the rest: 82 px, four characters a line; the Statistics panel shown by
its key in a 790-px window left it 217 px. The article is what the user reads, so it has at least
:func:`article_need` — 40 % of the window or :data:`ARTICLE_CHARACTERS` characters at its font,
whichever is less — and the side panels give way first (:func:`make_room`): the panels docked beside
it down to their least, then the document list, then the form's column, and last the panels beside
it are hidden (said in the status bar, with the key that shows them). A panel the user has just
shown is not hidden: the others beside it are, and where it still leaves the article too little it
floats in a window of its own (said too), so its key always shows it; docked back by the user (a
double-click on its title bar) it is shown as by its key, floating again where there is still no room
(``Docks._docked``). A panel hidden so comes back beside the article when the window is made wide
enough again (:meth:`ArticleRoom.give_back`); one the user closed, or showed again themselves, is
theirs: it stays as they left it.
"""
from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QStyle

from annotator.gui.opening_size import screen_room
from annotator.gui.widgets.docks import ARTICLE_CHARACTERS, PANELS, least_size

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

SHARE = 0.4  # of the window's width the article has at least, where 20 characters need more
_BESIDE = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


def _laid_out() -> None:
    """The window's pending layout done now (``resizeDocks`` takes effect at the next one)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def article_need(w: MainWindow) -> int:
    """The width the article's column needs: 40 % of the window, or 20 characters a line and its
    margins (its column's width less its text's) where that is less."""
    view = w.text_view
    column = w.main_splitter.widget(1)
    assert column is not None, "the main splitter holds the document list, the article's column and the form"
    characters = ARTICLE_CHARACTERS * view.fontMetrics().horizontalAdvance("中") \
        + column.width() - view.viewport().width()
    return min(int(SHARE * w.width()), characters)


def _beside(w: MainWindow) -> list[QDockWidget]:
    return [p for p in w.docks.made.values()
            if p.isVisible() and not p.isFloating() and w.dockWidgetArea(p) in _BESIDE]


def _short(w: MainWindow) -> int:
    return article_need(w) - w.main_splitter.sizes()[1]


def make_room(w: MainWindow, shown: Collection[QDockWidget] = ()) -> None:
    """Widen the article to :func:`article_need`, the side panels giving way (see the module); ``shown``:
    the panels the user has just shown, floated rather than hidden."""
    if not w.isVisible() or _short(w) <= 0:
        return
    _laid_out()  # only where it seems short: at every start it put the first paint after the project's first timers
    if _short(w) <= 0:
        return
    widths = {p: p.width() for p in _beside(w)}  # before they give way: a panel hidden comes back so wide
    for area in _BESIDE:  # the panels beside it, down to their least (those in one area share its width)
        panels = [p for p in _beside(w) if w.dockWidgetArea(p) == area]
        short = _short(w)
        if panels and short > 0:
            least = max(least_size(p).width() for p in panels)
            width = max(least, max(p.width() for p in panels) - short)
            w.resizeDocks(panels, [width] * len(panels), Qt.Orientation.Horizontal)
            _laid_out()
    _take_from_panes(w)
    hidden = []
    while _short(w) > 0 and _beside(w):  # the last resort: the panel beside it farthest from it hidden
        panel = _to_leave(w, shown)
        if panel in shown:
            _float(w, panel)
            continue
        panel.hide()
        hidden.append(panel)
        _laid_out()
        _take_from_panes(w)
    if hidden:
        room = w.findChild(ArticleRoom, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if room is not None:
            room.hid({p: widths.get(p, p.width()) for p in hidden})
        keys = {p.object_name: p.key for p in PANELS}
        w.statusBar().showMessage(QCoreApplication.translate(
            "ArticleRoom", "{0} hidden to give the article room in this window; {1} shows it again").format(
            ", ".join(_title(p) for p in hidden),
            " / ".join(keys.get(p.objectName(), "") for p in hidden)), 15000)


def _room_for(w: MainWindow, panel: QDockWidget) -> bool:
    """Whether ``panel``, shown beside the article at its least (beside another panel of its side: in
    that one's width), leaves the article :func:`article_need` with the panes at their least."""
    sizes = w.main_splitter.sizes()
    spare = sizes[1] - article_need(w) + sizes[0] - w.panel.minimumSizeHint().width() \
        + sizes[2] - w.right_splitter.minimumSizeHint().width()
    area = w.dockWidgetArea(panel)
    if any(w.dockWidgetArea(p) == area for p in _beside(w)):
        return spare >= 0
    separator = w.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, w)
    return spare >= least_size(panel).width() + separator


def _title(panel: QDockWidget) -> str:
    return panel.windowTitle().replace("&", "")


def _to_leave(w: MainWindow, shown: Collection[QDockWidget]) -> QDockWidget:
    """The panel beside the article to take away next: the farthest from it, those just ``shown``
    last — and before those sharing their side (their width is its width: hidden first, they gave nothing)."""
    beside = _beside(w)
    centre = w.main_splitter.geometry().center().x()
    just = [p for p in beside if p in shown]
    sides = {w.dockWidgetArea(p) for p in just}
    others = [p for p in beside if p not in shown and w.dockWidgetArea(p) not in sides]
    return max(others or just or beside, key=lambda p: abs(p.geometry().center().x() - centre))


def _float(w: MainWindow, panel: QDockWidget) -> None:
    """``panel``, which the user has just shown, in a window of its own beside the main window where the
    screen has room, else over the document list (the form's buttons and the article left in sight):
    no width of the article's taken (said in the status bar)."""
    width, height = panel.width(), max(w.main_splitter.height(), least_size(panel).height())  # the article's
    top = w.main_splitter.mapToGlobal(QPoint(0, 0))
    panel.setFloating(True)
    frame, room = w.frameGeometry(), screen_room(w)
    screen = frame if room is None else room  # no screen (at exit): no room beside the window
    if frame.right() + width <= screen.right():
        x = frame.right() + 1
    elif frame.left() - width >= screen.left():
        x = frame.left() - width
    else:
        x = top.x()
    step = panel.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)  # each over the one before, cascaded:
    others = [p for p in w.docks.made.values() if p is not panel and p.isVisible() and p.isFloating()]
    panel.setGeometry(x + step * len(others), top.y() + step * len(others), width, height)
    _laid_out()
    _take_from_panes(w)
    w.activateWindow()  # the keys stay with the window's article
    w.statusBar().showMessage(QCoreApplication.translate(
        "ArticleRoom", "{0} in a window of its own: no room for it beside the article").format(_title(panel)), 15000)


def _take_from_panes(w: MainWindow) -> None:
    """The document list, then the form's column, down to their least: their width to the article."""
    sizes = w.main_splitter.sizes()
    short, before = _short(w), list(sizes)
    for i, pane in ((0, w.panel), (2, w.right_splitter)):
        give = min(short, sizes[i] - pane.minimumSizeHint().width())
        if give > 0:
            sizes[i] -= give
            sizes[1] += give
            short -= give
    if sizes != before:  # (the same sizes set again changed how the splitter shares a wider window)
        w.main_splitter.setSizes(sizes)


class ArticleRoom(QObject):
    """:func:`make_room` when the window is first shown (its state restored), again once the platform
    has placed it if that changed its size (a window manager fitting it to the screen), when it moves
    to another screen and when it is made narrower (once laid out at its new width). A panel shown by
    the user: :class:`~annotator.gui.widgets.docks.Docks` calls :func:`make_room` itself."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._shown_at: QSize | None = None  # the window's size when first shown, None before
        self._narrowed = QTimer(self, singleShot=True, interval=0)
        self._narrowed.timeout.connect(lambda: make_room(self.w))
        self.hidden: dict[QDockWidget, int] = {}  # make_room hid them (their widths), not shown since
        self._watched: set[QDockWidget] = set()
        self._widened = QTimer(self, singleShot=True, interval=0)
        self._widened.timeout.connect(self.give_back)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._shown_at is not None and isinstance(event, QResizeEvent):
            if event.size().width() < event.oldSize().width():
                self._narrowed.start()
            elif event.size().width() > event.oldSize().width() and self.hidden:
                self._widened.start()
        if event.type() == QEvent.Type.Show and self._shown_at is None and self.w.windowHandle() is not None:
            self.w.windowHandle().screenChanged.connect(lambda _screen: QTimer.singleShot(0, self._moved))
            make_room(self.w)  # now, laid out at its size: before a document is opened and scrolled to its place
            self._shown_at = self.w.size()
            QTimer.singleShot(0, self._placed)
        return False

    def _placed(self) -> None:
        if self.w.size() != self._shown_at:  # (not when the user already showed a panel)
            make_room(self.w)

    def _moved(self) -> None:
        make_room(self.w)

    def hid(self, panels: dict[QDockWidget, int]) -> None:
        """:func:`make_room` hid ``panels`` (their widths before): shown again when the window has room."""
        for panel, width in panels.items():
            self.hidden.setdefault(panel, width)
            if panel not in self._watched:  # shown by the user (or here): no longer the window's to show
                self._watched.add(panel)
                panel.visibilityChanged.connect(lambda shown, p=panel: shown and self.hidden.pop(p, None))

    def give_back(self) -> None:
        """The window made wider: the panels it hid, the last hidden (the nearest the article) first,
        shown again beside the article while it keeps its room (at the width they had, where the
        window gives it: :meth:`~annotator.gui.widgets.docks.Docks._give_back`, then :func:`make_room`)."""
        w = self.w
        _laid_out()  # at the new width
        shown: dict[QDockWidget, int] = {}
        for panel, width in reversed(list(self.hidden.items())):
            if panel.isVisible() or panel.isFloating():  # the user's since
                del self.hidden[panel]
            elif _room_for(w, panel):
                panel.show()  # (its visibilityChanged takes it off the list)
                _laid_out()
                shown[panel] = width
            else:
                break
        if shown:  # once the docks have fitted it (at the loop's next turn): its width, as far as the article leaves
            QTimer.singleShot(0, self, lambda: self._widths(shown))

    def _widths(self, panels: dict[QDockWidget, int]) -> None:
        w = self.w
        for panel, width in panels.items():
            if panel.isVisible() and not panel.isFloating():
                w.resizeDocks([panel], [width], Qt.Orientation.Horizontal)
                _laid_out()
        make_room(w)
