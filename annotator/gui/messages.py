"""Message boxes for the modules of the window's start: QMessageBox (and QDialog under it) gets its
Python type when a box is first shown rather than when those modules are imported (~1.2 ms of a
start; ``tests/gui/test_start.py`` checks)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


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


def _box(parent: QWidget | None, icon: object, title: str, text: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from annotator.gui.keys_back import kept

    lines = text.split("\n")
    if len(lines) <= LINES_SHOWN:
        with kept():  # the keys back where they were when it closes
            (QMessageBox.warning if icon == QMessageBox.Icon.Warning else QMessageBox.information)(parent, title, text)
        return
    more = QCoreApplication.translate("Messages", "… {0} more line(s): Show Details").format(
        f"{len(lines) - LINES_SHOWN:,}")
    box = QMessageBox(icon, title, "\n".join([*lines[:LINES_SHOWN], more]),  # type: ignore[arg-type]
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(text)
    with kept():
        box.exec()
    box.deleteLater()


def about(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from annotator.gui.keys_back import kept

    with kept():  # the keys back where they were when it closes (else no widget had them)
        QMessageBox.about(parent, title, text)


def confirmed(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes / No; True for Yes."""
    from PySide6.QtWidgets import QMessageBox

    from annotator.gui.keys_back import kept

    with kept():  # the keys back where they were when it closes (else no widget had them)
        return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes
