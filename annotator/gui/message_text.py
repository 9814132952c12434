"""The text of a message box wrapping within the screen, a word too long for a line broken anywhere.

A QMessageBox's label breaks lines only between words: a path without spaces (a project folder, a
backup, an imported file: ``/mnt/shared/hechi_government_work_reports_2010_2020_annotation_project…``)
made an error, a warning, a note or a question as wide as the screen at 18 pt, the path cut at its
right edge (and Qt's own "wrap anywhere" for such a box is undone by the label as it lays itself out).
:func:`wrapped` puts a read-only text view where the label was: the text wraps within the box, no
wider than 90 % of the screen's room, scrolled beyond 70 % of its height; it is selected and copied
as it is (a path with no break added); the box keeps its buttons, Show Details and its keys.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QTextEdit, QWidget

from annotator.gui.opening_size import screen_room

if TYPE_CHECKING:  # its type made when a box is first shown, not at the first paint (tests/gui/test_start.py)
    from PySide6.QtWidgets import QMessageBox

CHARACTERS_A_LINE = 36  # Chinese characters; a shorter text's box as narrow as the text


def text_view(parent: QWidget, text: str, rich: bool = False) -> QTextEdit:
    """Read-only, frameless, the parent's colour behind it, wrapping between words or anywhere; a rich
    text's links open in the browser."""
    view = QTextBrowser(parent, openExternalLinks=True)
    view.setTabChangesFocus(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.viewport().setAutoFillBackground(False)
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard
                                 | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    view.document().setDocumentMargin(0)
    if rich:
        view.setHtml(text)
    else:
        view.setPlainText(text)
    return view


def fit(view: QTextEdit, beside: int) -> None:
    """As wide as its longest line, at most :data:`CHARACTERS_A_LINE` Chinese characters and 90 % of the
    screen's room less ``beside`` (an icon, margins); as tall as the text at that width (within 70 % of
    the room's height, scrolled beyond)."""
    room = screen_room(view) or QRect(0, 0, 1024, 600)  # without a screen (at exit): as on a small one
    document = view.document().clone(view)  # laid out at that width (the view's own is laid out at its
    document.setTextWidth(-1)  # width of the moment until it is shown)
    longest = math.ceil(document.idealWidth()) + 1
    wide = min(longest, view.fontMetrics().horizontalAdvance("中") * CHARACTERS_A_LINE,
               int(room.width() * 0.9) - beside)
    wide = max(wide, 100)
    document.setTextWidth(wide)
    view.setFixedWidth(wide)
    view.setFixedHeight(min(math.ceil(document.size().height()), int(room.height() * 0.7)))
    document.deleteLater()


def wrapped(box: QMessageBox) -> QMessageBox:
    """``box`` (all its text, buttons and details set) with its label's text in a :func:`text_view` in
    the label's place; ``box.text()`` stays the text."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    layout = box.layout()
    if label is None or layout is None:
        return box
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
    view = text_view(box, label.text(), rich)
    view.setObjectName("messageText")
    view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the buttons have the keys, as with the label
    layout.replaceWidget(label, view)
    label.hide()
    icon = box.iconPixmap()
    margins = layout.contentsMargins()
    beside = (icon.deviceIndependentSize().width() if not icon.isNull() else 0) + 7 + 2 * layout.spacing() \
        + margins.left() + margins.right() + 2 * box.style().pixelMetric(box.style().PixelMetric.PM_DefaultFrameWidth)
    fit(view, int(beside))
    return box
