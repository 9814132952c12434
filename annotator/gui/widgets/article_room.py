"""The article's width after the window state is restored or the window moves to another screen.

A layout saved on a wide screen and restored on a smaller one (1280 px, then 800) kept the panels'
widths and left the article the rest: 82 px, four characters a line. The article is what the user
reads, so it has at least :func:`article_need` — 40 % of the window or :data:`ARTICLE_CHARACTERS`
characters at its font, whichever is less — and the side panels give way first (:func:`make_room`):
the panels docked beside it down to their least, then the document list, then the form's column,
and last the panels beside it are hidden (said in the status bar, with the key that shows them).
A window the user narrows by hand is left as they make it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

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
    characters = ARTICLE_CHARACTERS * view.fontMetrics().horizontalAdvance("中") \
        + column.width() - view.viewport().width()
    return min(int(SHARE * w.width()), characters)


def _beside(w: MainWindow) -> list[QDockWidget]:
    return [p for p in w.docks.made.values()
            if p.isVisible() and not p.isFloating() and w.dockWidgetArea(p) in _BESIDE]


def _short(w: MainWindow) -> int:
    return article_need(w) - w.main_splitter.sizes()[1]


def make_room(w: MainWindow) -> None:
    """Widen the article to :func:`article_need`, the side panels giving way (see the module)."""
    if not w.isVisible() or _short(w) <= 0:
        return
    _laid_out()  # only where it seems short: at every start it put the first paint after the project's first timers
    if _short(w) <= 0:
        return
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
        panel = max(_beside(w), key=lambda p: abs(p.geometry().center().x() - w.main_splitter.geometry().center().x()))
        panel.hide()
        hidden.append(panel)
        _laid_out()
        _take_from_panes(w)
    if hidden:
        keys = {p.object_name: p.key for p in PANELS}
        w.statusBar().showMessage(QCoreApplication.translate(
            "ArticleRoom", "{0} hidden to give the article room on this screen; {1} shows it again").format(
            ", ".join(p.windowTitle().replace("&", "") for p in hidden),
            " / ".join(keys.get(p.objectName(), "") for p in hidden)), 15000)


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
    has placed it if that changed its size (a window manager fitting it to the screen), and when it
    moves to another screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._shown_at: QSize | None = None  # the window's size when first shown, None before
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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
