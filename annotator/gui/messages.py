"""Message boxes for the modules of the window's start: QMessageBox (and QDialog under it) gets its
Python type when a box is first shown rather than when those modules are imported (~1.2 ms of a
start; ``tests/gui/test_start.py`` checks)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """As :func:`information`, with the warning icon (a long text's rest under Show Details)."""
    from PySide6.QtWidgets import QMessageBox

    _box(parent, QMessageBox.Icon.Warning, title, text)


LINES_SHOWN = 12  # a longer text's box outgrows the screen (paths wrap: two rows a line), its OK button out of reach


def information(parent: QWidget | None, title: str, text: str) -> None:
    """A long text (an import's summary of thousands of files) shows its first :data:`LINES_SHOWN`
    lines and how many more there are; the whole text is under Show Details (it scrolls)."""
    from PySide6.QtWidgets import QMessageBox

    _box(parent, QMessageBox.Icon.Information, title, text)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    lines = text.split("\n")
    shown = text
    if len(lines) > LINES_SHOWN:
        more = QCoreApplication.translate("Messages", "… {0} more line(s): Show Details").format(
            f"{len(lines) - LINES_SHOWN:,}")
        shown = "\n".join([*lines[:LINES_SHOWN], more])
    box = QMessageBox(icon, title, shown, QMessageBox.StandardButton.Ok, parent)
    if shown != text:
        box.setDetailedText(text)
    run(box)


def run(box: QMessageBox) -> int:
    """``box`` shown modal, its text wrapping within the screen (``gui/message_text.py``: a path
    without spaces no longer cut at its right edge), the keys back where they were when it closes
    (else no widget had them); what ``exec()`` returned."""
    from annotator.gui.keys_back import kept
    from annotator.gui.message_text import wrapped

    with kept():
        answer = wrapped(box).exec()
    box.deleteLater()
    return answer


def about(parent: QWidget | None, title: str, text: str) -> None:
    """As ``QMessageBox.about``: the application's icon."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    icon = box.windowIcon()
    box.setIconPixmap(icon.pixmap(icon.actualSize(QSize(64, 64))))
    run(box)


def confirmed(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes / No; True for Yes."""
    from PySide6.QtWidgets import QMessageBox

    Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, question, Yes | No, parent)
    run(box)
    return box.clickedButton() is not None and box.clickedButton() is box.button(Yes)
