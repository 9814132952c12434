"""A researcher at the keyboard with a Chinese input method on (a QA pass).

- Esc on Help › About annotator…, Project › Methods paragraph… and the coding team's Hand out a package…,
  Open a package… and Merge coders' work… closed them and left no widget with the keys (the next N
  or Ctrl+Z did nothing until a click). The keys now go back where they were, as after the other dialogs.
- The review keys act wherever the focus is but in a field: with pinyin on, a letter reaches the
  input method only where it is enabled. It is off in the article, the lists, the annotation table,
  the buttons and choice boxes (Qt enables it in an item view only on an editable row; none is),
  and on in the fields, where Chinese is typed.
"""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodQueryEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import type_chinese

Ctrl = Qt.KeyboardModifier.ControlModifier


def esc_when_shown(window: QWidget, seen: list[str]) -> None:
    """Press Esc in the dialog once it is shown and has the keys, as a user would."""
    def press() -> None:
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        main = QApplication.focusWidget()
        if dialog in (None, window) or QApplication.activeWindow() is not dialog or (
                main is not None and main.window() is not dialog):
            QTimer.singleShot(5, press)
            return
        seen.append(type(dialog).__name__)
        QApplication.sendEvent(QApplication.focusWidget(), _esc())
        if shiboken6.isValid(dialog) and dialog.isVisible():
            seen.append("still open")

    QTimer.singleShot(0, press)


def _esc():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize(("what", "dialog"), [
    ("about", "QMessageBox"), ("methods", "MethodsDialog"), ("hand_out", "HandOutDialog"),
    ("open_package", "QFileDialog"), ("merge", "MergeDialog"), ("coders", "CodersDialog"),
    ("first_steps", "QMessageBox"), ("preferences", "PreferencesDialog"), ("export", "ExportDialog")])
def test_esc_closes_the_dialog_and_the_article_has_the_keys_again(window, store, qtbot, what, dialog):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    span = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    seen: list[str] = []
    esc_when_shown(window, seen)
    team = {"hand_out": "hand_out_action", "open_package": "open_action", "merge": "merge_action",
            "coders": "coders_action"}
    (getattr(window.team, team[what]) if what in team else window.window_actions[what]).trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [dialog]  # shown, and Esc closed it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)  # not None: no widget
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Ctrl)
    assert store.annotation(span).status == "suggested"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert window.selected_id not in (None, span)


def input_method_on(widget: QWidget) -> bool:
    """What the platform's input method asks of the focus widget before it takes a key."""
    widget.setFocus()
    assert QApplication.focusWidget() is widget
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
    QApplication.sendEvent(widget, query)
    return bool(query.value(Qt.InputMethodQuery.ImEnabled))


def test_the_input_method_is_off_where_the_review_keys_act_and_on_in_the_fields(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    table, docs = window.findChild(QWidget, "annotationTable"), window.panel.view
    assert table.currentIndex().isValid() and docs.currentIndex().isValid()  # on a row, as when arrowed to
    keys_act = [window.text_view, table, docs, window.findChild(QWidget, "labelFilter")]
    keys_act += [b for b in window.form.findChildren(QWidget) if b.isVisible() and type(b).__name__ in (
        "QPushButton", "LinksRow") or type(b).__name__ == "QComboBox" and b.isVisible() and not b.isEditable()]
    assert len(keys_act) >= 9 and [w for w in keys_act if input_method_on(w)] == []
    fields = [window.findChild(QWidget, name) for name in ("textFilter", "documentFilter")]
    fields.append(window.form.note_edit)
    assert all(input_method_on(w) for w in fields)
    type_chinese(fields[0], "厦门")  # pinyin committed in the text filter: typed there
    assert fields[0].text() == "厦门"
    assert [table.model().index(r, 1).data() for r in range(table.model().rowCount())] == ["厦门市"]


def framed(window, pane: QWidget) -> bool:
    """Whether the window, as painted, shows the pane's edges in the highlight colour."""
    from PySide6.QtCore import QPoint

    image = window.grab().toImage()
    highlight = pane.palette().color(pane.palette().ColorRole.Highlight).rgb()
    middle = pane.height() // 2
    return all(image.pixel(pane.mapTo(window, QPoint(x, middle))) == highlight for x in (0, pane.width() - 1))


def test_the_pane_that_has_the_keys_is_framed_as_tab_and_esc_move_them(window, qtbot):
    """The current row looked the same with the focus in the table or not: Tab out of the text filter
    showed nowhere where N or an arrow key would go."""
    article, table = window.text_view, window.findChild(QWidget, "annotationTable")
    qtbot.keyClick(article, Qt.Key.Key_N)
    assert framed(window, article) and not framed(window, table)
    window.findChild(QWidget, "textFilter").setFocus()
    assert not framed(window, article)  # a field: the style's own frame shows it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table
    assert framed(window, table) and not framed(window, article)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # on to the document list's filter, then the check box, the list
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.panel.view and framed(window, window.panel.view)
    window.resize(1000, 700)  # the frame follows the pane's size
    qtbot.waitUntil(lambda: framed(window, window.panel.view))
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is article and framed(window, article)
    assert not framed(window, window.panel.view)
