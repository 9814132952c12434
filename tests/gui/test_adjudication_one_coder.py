"""The Adjudication panel on a project of one coder (the demo: its spans are demo's) said it compares two
or more coders, but its table had a column "1 demo" as if comparing coders: unticking Only disagreements
listed every region, the key 1 copied demo's span into the gold layer, and Take all agreed took every span
as "agreed" (annotator adjudicate refuses: it needs two coders). With fewer than two coders the table has
no coder's column and lists nothing, and Take all agreed and Next disagreement are greyed out."""
from __future__ import annotations

from PySide6.QtCore import Qt

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _headers(panel) -> list[str]:
    model = panel.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def test_one_coder_has_no_column_to_take_and_nothing_is_taken(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.form.annotation() is not None)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)  # tester accepts a span: the project's one coder
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)  # the Adjudication panel
    panel = window.adjudication
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: "this project has spans of tester only" in panel.hint.text())
    assert _headers(panel) == ["Where", "Text", "Decision"]  # no "1 tester"
    panel.only_open.click()  # every region, not the disagreements only
    assert not panel.only_open.isChecked()
    assert panel.model.rowCount() == 0 and _headers(panel) == ["Where", "Text", "Decision"]
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert not panel.agreed_button.isEnabled() and not panel.next_button.isEnabled()
    qtbot.mouseClick(panel.agreed_button, Qt.MouseButton.LeftButton)
    assert [a for a in store.annotations() if a.annotator == "gold"] == []
    assert "this project has spans of tester only" in panel.hint.text()
