"""Files dragged from the file manager are the window's, wherever they are dropped on it.

A file manager offers a dragged file as its address and as text (Nautilus, Dolphin and Explorer
put ``text/plain`` beside ``text/uri-list``), so a text field under the pointer took it as text:
``file:///…/报告.txt`` typed into the jurisdiction (saved with the next Enter), the document filter
or the table's filter, and nothing imported. :func:`hand_files_to_window` makes every widget of the
window that takes drops of its own pass a drag of local files on: Qt then offers it to the window,
which imports the files (or opens the project) as it does when they are dropped anywhere else.
Text dragged from another program (a phrase from a browser) still lands in the field.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def local_files(data: QMimeData | None) -> list[str]:
    """The local files and folders a drag carries (none for text, or for addresses on the web)."""
    if data is None or not data.hasUrls():
        return []
    return [u.toLocalFile() for u in data.urls() if u.isLocalFile()]


class _FilesPassOn(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _DRAGS and isinstance(event, QDropEvent) and local_files(event.mimeData()):
            event.ignore()  # not the field's: QApplication offers it to the widgets around it, the window last
            return True
        return False


def hand_files_to_window(window: QWidget, under: QWidget | None = None) -> None:
    """Every widget in ``under`` (the whole window by default; a panel made later) that takes drops
    itself passes dragged files on to ``window``."""
    passing = window.findChild(_FilesPassOn, "filesPassOn")
    if passing is None:
        passing = _FilesPassOn(window, objectName="filesPassOn")
    root = under if under is not None else window
    for widget in (root, *root.findChildren(QWidget)):
        if widget is not window and widget.acceptDrops():
            widget.removeEventFilter(passing)  # once each, however often a panel is handed over
            widget.installEventFilter(passing)
