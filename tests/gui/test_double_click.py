"""A double-click selects the word under the mouse as the segmenter cuts it (湖里区), not the whole
run of Chinese up to the next space (Qt's word: a clause or a line), so it can be labelled at once;
offsets stay code points after characters outside the BMP."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def at(view, cp: int) -> QPoint:
    """A point inside the character at ``cp``."""
    rect = view.cursorRect(view._cursor(view.offsets.to_qt(cp), view.offsets.to_qt(cp)))
    return QPoint(rect.left() + 3, rect.center().y())


def test_a_double_click_selects_the_word_and_a_label_key_labels_it(window, store, qtbot):
    text = "😀𠀀厦门市湖里区计划投资55.1亿元建设松元产业园。\n"
    doc = add_document(store, "words.txt", text)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(doc)
    view = window.text_view
    view.flush_formatting()
    district = text.index("湖里区")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, district + 1))
    assert view.selection_cp() == (district, district + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)
    (a,) = store.annotations(doc)
    assert (a.label, a.start, a.end, a.text, a.value["code"]) == (
        "DISTRICT", district, district + 3, "湖里区", "350206")
    park = text.index("产业园")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, park + 2))
    assert view.selection_cp() == (park, park + 3)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Shift, pos=at(view, park - 2))  # extend: 松元产业园
    assert view.selection_cp() == (park - 2, park + 3)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert ("PROJECT", "松元产业园") in {(b.label, b.text) for b in store.annotations(doc)}
