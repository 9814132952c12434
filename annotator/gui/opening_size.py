"""The size a dialog opens at: its usual one at the usual font; at a large one (18–20 pt, or
QT_SCALE_FACTOR=2) as many characters wide and lines tall as it holds at the usual font, or as wide
as its table's columns, so that what it lists is not cut or scrolled sideways; never more than
:data:`SHARE` of the screen's available room (a dialog of a fixed size opened 1000 px wide on a
smaller screen, or showed a column cut in a window of the usual font's size)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

SHARE = 0.9  # of the screen's available room, each way, a dialog opens at most


def in_characters(widget: QWidget, chars: int, lines: int) -> QSize:
    """``chars`` Chinese characters wide and ``lines`` lines tall in ``widget``'s font."""
    metrics = widget.fontMetrics()
    return QSize(chars * metrics.horizontalAdvance("中"), lines * metrics.height())


def columns_width(view: QAbstractItemView, header: QHeaderView, most: int = 0) -> int:
    """The width ``view`` needs to show each of its columns (``header``'s sections) whole, their
    headings and cells (each at most ``most`` px, if given), with its frame and a vertical scroll bar."""
    stretched = QHeaderView.ResizeMode.Stretch
    widths = [max(header.sectionSizeHint(i), view.sizeHintForColumn(i),  # a column set wider (a key's box): its width
                  0 if header.sectionResizeMode(i) == stretched else header.sectionSize(i))
              for i in range(header.count()) if not header.isSectionHidden(i)]
    columns = sum(min(w, most) if most else w for w in widths)
    return columns + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen under ``widget``'s middle (its window's, where it opens if not shown yet), else the
    primary one; None without a screen. Not ``widget.screen()``: PySide makes the screen's wrapper a
    child of the widget's (as it does with what any getter returns), and when two dialogs that had
    asked were freed by Python's cycle collector it deleted the screen itself, Qt's own: the next
    dialog crashed the program (the third Project › Export… on PySide6 6.10.0). QGuiApplication's
    functions belong to no widget: the screen stays Qt's."""
    middle = widget.mapToGlobal(widget.rect().center())
    return QGuiApplication.screenAt(middle) or QGuiApplication.primaryScreen()


def screen_room(widget: QWidget) -> QRect | None:
    """The available geometry of the screen ``widget`` opens on (its parent's), None without one."""
    screen = screen_of(widget)
    return None if screen is None else screen.availableGeometry()


def opening_size(widget: QWidget, usual: QSize, *needs: QSize) -> QSize:
    """``usual``, or as large as the largest of ``needs`` where one is larger, inside :data:`SHARE`
    of the screen's room (the usual size too, on a small screen)."""
    wide = max([usual.width(), *(need.width() for need in needs)])
    tall = max([usual.height(), *(need.height() for need in needs)])
    room = screen_room(widget)
    if room is None:
        return QSize(wide, tall)
    return QSize(min(wide, int(room.width() * SHARE)), min(tall, int(room.height() * SHARE)))


def with_lines_whole(widget: QWidget, size: QSize) -> QSize:
    """``size``, made as tall as ``widget``'s wrapped lines need at its width (a window's layout asks no
    height for a width: at 18 pt a dialog opened at the usual font's height drew its wrapped question
    cut at the top and bottom), inside :data:`SHARE` of the screen's room."""
    need = widget.heightForWidth(size.width())
    return opening_size(widget, size, QSize(size.width(), need)) if need > size.height() else size
