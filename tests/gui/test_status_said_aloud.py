"""The status bar's answers to a key (what was accepted, undone, that no span is selected) are said to a
screen reader too, as accessibility announcements: a reviewer listening heard nothing of them. A status tip
(a menu entry hovered) is not announced: the screen reader reads the entry itself."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QStatusTipEvent
from PySide6.QtWidgets import QApplication

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, object]]:
    """The announcements sent to the screen reader: (message, the object it is said from); Qt's own
    accessibility updates pass on (none reaches a screen reader in the offscreen tests)."""
    sent: list[tuple[str, object]] = []
    update = QAccessible.updateAccessibility

    def updated(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            sent.append((event.message(), event.object()))
        else:
            update(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(updated))
    return sent


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_answers_to_keys_are_announced_with_the_status_bar_text(window, store, qtbot, said):
    bar = window.statusBar()
    press(qtbot, Qt.Key.Key_A)  # no span selected: how to choose one
    assert said and said[-1] == (bar.currentMessage(), bar) and bar.currentMessage()
    press(qtbot, Qt.Key.Key_A)  # the same answer again: said again
    assert len(said) == 2 and said[0] == said[1]
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_A)
    accepted = [a for a in store.annotations(window.doc_id) if a.status == "accepted"]
    assert len(accepted) == 1
    press(qtbot, Qt.Key.Key_Z, Ctrl)  # "Undone: Accept DISTRICT 厦门市"
    assert said[-1] == (bar.currentMessage(), bar) and accepted[0].text in said[-1][0]
    assert said[-1][0].startswith("Undone")
    assert all(a.status == "suggested" for a in store.annotations(window.doc_id))


def test_a_status_tip_is_not_announced(window, said):
    QApplication.sendEvent(window, QStatusTipEvent("Open a project"))
    assert window.statusBar().currentMessage() == "Open a project" and said == []
