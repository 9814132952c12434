"""F1 showed the Guide panel and gave it the keys, but nothing closed it by keyboard: F1 again showed it
again, Esc only left it, and its close button takes no keys. F1 pressed while the panel has the keys
now closes it, the article taking them; F1 from elsewhere shows it, as before."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.store import Store

Ctrl = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def test_f1_in_the_guide_closes_it_and_the_article_has_the_keys(window, store, qtbot):
    press(qtbot, Qt.Key.Key_N)
    first = window.selected_id
    press(qtbot, Qt.Key.Key_F1)
    panel = window.guide
    assert panel.isVisible() and focused() is panel.view
    press(qtbot, Qt.Key.Key_Backtab)  # back to the panel's Edit button, still in the panel
    assert focused() is panel.edit_button
    press(qtbot, Qt.Key.Key_F1)
    assert not panel.isVisible()
    assert focused() is window.text_view
    press(qtbot, Qt.Key.Key_N)  # the review goes on from the article
    assert window.selected_id not in (None, first)
    press(qtbot, Qt.Key.Key_A)
    assert store.annotation(window.selected_id).status == "accepted"
    press(qtbot, Qt.Key.Key_F1)  # from the article F1 shows it again, on the label under the cursor
    assert panel.isVisible() and focused() is panel.view
    press(qtbot, Qt.Key.Key_F1)
    assert not panel.isVisible() and focused() is window.text_view


def test_a_guide_being_written_stays_in_its_editor_when_f1_closes_the_panel(window, project, qtbot):
    press(qtbot, Qt.Key.Key_Home)  # the caret on 厦门市, a DISTRICT
    press(qtbot, Qt.Key.Key_F1)
    panel = window.guide
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Space)  # Edit
    assert focused() is panel.editor
    press(qtbot, Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(focused(), "Tag whole names")
    press(qtbot, Qt.Key.Key_F1)
    assert not panel.isVisible() and focused() is window.text_view
    press(qtbot, Qt.Key.Key_F1)
    assert panel.isVisible() and focused() is panel.editor  # the text written kept
    press(qtbot, Qt.Key.Key_S, Ctrl)
    with Store.open(project) as fresh:
        assert fresh.label_guide("DISTRICT") == "Tag whole names"
