"""Two keys of a review by keyboard that save a key or a search for the mouse:

- *Edit › Go on to the next suggestion after A / X* (a setting, off unless chosen: the selection stays
  on the span decided, as a reviewer used to A then N expects, unless its row leaves the filtered annotation
  list, when the row in its place is selected and N goes on from the span decided: gui/row_left.py): with it,
  Enter / A and X, the form's Accept and Reject, an open suggestion's own label key, select the next open
  suggestion as N does
  (across the documents the list shows, said when it goes on into another). One key a suggestion
  instead of two. Ctrl+Z takes the decision back and selects its span again, as always.
- F2 (*Edit › Edit note*): the form's note takes the keys, its text selected (four and more Tabs
  from the article before); Enter saves it and gives the article the keys back, Esc leaves it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from annotator.gui.suggestion_steps import step_suggestion

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewFlow", text)


def set_go_on(w: MainWindow, on: bool) -> None:
    """The menu's check mark: remembered with the other settings."""
    w.settings.next_after_decision = bool(on)


def decided(w: MainWindow, written: bool) -> None:
    """After A / X (``written``: the decision was saved): on to the next open suggestion, when the
    setting asks for it. A decision refused (read-only project, a span removed meanwhile) stays put,
    its message standing."""
    if written and w.settings.next_after_decision:
        step_suggestion(w, +1)


def edit_note(w: MainWindow) -> None:
    """F2: the selected span's note takes the keys (shown if the form's rows were scrolled)."""
    note = w.form.note_edit
    if w.ops is None or w.form.annotation() is None or not note.isEnabled():
        w.statusBar().showMessage(_tr("No span selected: select a span (N, a click), then F2 edits its note."), 6000)
        return
    w.form.fields_area.ensureWidgetVisible(note)
    note.setFocus(Qt.FocusReason.ShortcutFocusReason)
    note.selectAll()
