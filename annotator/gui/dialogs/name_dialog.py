"""Asking for the annotator's name (stored with each span they make or review)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_annotator_name(parent: QWidget | None, current: str = "", *, note: str = "") -> str | None:
    """The name typed (stripped; may be ""), or None when cancelled; ``note`` said above the question (why it
    is asked, the name offered)."""
    question = QCoreApplication.translate("NameDialog", "Your name, saved with every span you make or review:")
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("NameDialog", "Annotator name"),
        f"{note}\n\n{question}" if note else question, QLineEdit.EchoMode.Normal, current)
    return name.strip() if ok else None
