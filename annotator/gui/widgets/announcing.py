"""What the status bar says, said to a screen reader too: the window's answers to a key ("Accepted PROJECT
松元产业园", "Undone: Accept …", "No open suggestions left.") were only drawn there, and a reviewer listening
heard nothing of them (nor that a key had been refused). Each message the window shows is sent as an
accessibility announcement (Qt ≥ 6.8: ``QAccessibleAnnouncementEvent``), politely: after what the screen
reader is saying. A status tip (a menu entry hovered; Qt's own, not through ``showMessage`` of Python) is
not: the screen reader reads the entry itself."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str) -> None:
    """Say ``text`` (its line breaks as spaces) to a screen reader, from ``source`` (the status bar); nothing
    for an empty one (a message cleared). Qt drops it at once while no screen reader listens."""
    said = " ".join(text.split())
    if said:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, said))
