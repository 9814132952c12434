"""Words in a report written in traditional characters: a double-click on 湖裡區 selected 湖 alone, and
Ctrl+Alt+arrows moved a span's edge one character at a time (建設|松|元|產|業|園), since jieba cut the
traditional text into single characters; the words are cut as in the report's simplified form now
(湖裡區, 產業園), one character for one, so the offsets stay."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text
from tests.gui.test_double_click import at

Ctrl, Alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
TEXT = "廈門市湖裡區計劃投資55.1億元建設松元產業園。\n"


def test_a_double_click_selects_the_traditional_word_and_a_label_key_labels_it(window, store, qtbot):
    doc = open_text(window, store, qtbot, TEXT)
    view = window.text_view
    district = TEXT.index("湖裡區")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, district + 1))
    assert view.selection_cp() == (district, district + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)
    (a,) = store.annotations(doc)
    assert (a.label, a.text, a.value) == ("DISTRICT", "湖裡區", {"name": "湖里区", "code": "350206"})


def test_ctrl_alt_arrows_move_a_traditional_span_by_words(window, store, qtbot):
    doc = open_text(window, store, qtbot, TEXT)
    start = TEXT.index("松元產業園")
    project = window.ops.add_span(doc, start, start + 5, "PROJECT").changes[0].after
    window.select_annotation(project.id)
    view = window.text_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left, Ctrl | Alt)  # the end one word left: 松元|產業園
    assert store.annotation(project.id).text == "松元"
    qtbot.keyClick(view, Qt.Key.Key_Right, Ctrl | Alt)
    assert store.annotation(project.id).text == "松元產業園"
