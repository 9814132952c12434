"""No two shortcuts of the main window share a key: Qt makes such a key dead for both ("QAction::event:
Ambiguous shortcut overload", only activatedAmbiguously), a key README.md's table promises doing nothing.
Checked with every panel made (their actions replace the View menu's first entries), a fifth label's key,
and the window's own QShortcuts (the Guide editor's Ctrl+S) beside its QActions."""
from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui.widgets.docks import PANELS
from tests.gui.conftest import build_policy_project


def _shortcuts(window) -> dict[str, list[str]]:
    """Each key bound in the main window -> what it triggers there, once for each time it is bound. A
    widget's own key (WidgetShortcut) counts too: where that widget has the focus, a window's key alike
    matches as well, and Qt calls the pair ambiguous."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the panels' first entries
    bound: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if not widgets or any(w.window() is not window and not isinstance(w, QMenu) for w in widgets):
            continue  # on no widget and in no menu (its keys do nothing), or another window's (a dialog's)
        for seq in action.shortcuts():  # the same key twice in one action is ambiguous too
            if not seq.isEmpty():
                bound[seq.toString(QKeySequence.SequenceFormat.PortableText)].append(action.text() or repr(action))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty() and shortcut.parent().window() is window:
            bound[shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)].append("a QShortcut")
    return bound


def test_no_two_shortcuts_of_the_window_share_a_key(window, tmp_path):
    assert window.open_project(build_policy_project(tmp_path / "policy"))  # POLICY on key 5
    for panel in PANELS:
        window.docks.get(panel.name)
    bound = _shortcuts(window)
    keys = set(bound)
    assert {"N", "P", "A", "X", "L", "Shift+L", "1", "5", "F1", "F5", "Ctrl+Shift+S", "Ctrl+Shift+J",
            "Ctrl+Z", "Ctrl+Y", "Alt+Shift+Left", "Ctrl+S"} <= keys  # every kind of shortcut was collected
    shared = {key: names for key, names in bound.items() if len(names) > 1}
    assert shared == {}

