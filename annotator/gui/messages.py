"""Message boxes for the modules of the window's start: QMessageBox (and QDialog under it) gets its
Python type when a box is first shown rather than when those modules are imported (~1.2 ms of a
start; ``tests/gui/test_start.py`` checks)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def warning(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def confirmed(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes / No; True for Yes."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes
