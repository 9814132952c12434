"""Alt+Shift+← moved a span's start onto a 。 (。京博物流园) and Alt+→ its end past one (松元产业园。): spans no
selection would give (a 。 is trimmed) and no gold span holds. A boundary key now never grows a span across
the end of a sentence — the status bar says so, the span stays — and steps over the punctuation inside
a name (南丹·独山: one key from 独 to 丹), as over a line break."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text

Alt, Shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
SAID = "A span does not run across the end of a sentence (。)"


def test_the_end_of_a_sentence_stops_a_boundary_key_and_is_said(window, store, qtbot, agree):
    view = window.text_view
    project = next(a for a in store.annotations(window.doc_id) if a.text == "松元产业园")  # 。 right after it
    window.select_annotation(project.id)
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    assert store.annotation(project.id) == project  # not 松元产业园。, not even accepted
    assert window.statusBar().currentMessage().startswith(SAID)
    assert window.undo_stack.count() == 0
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt | Qt.KeyboardModifier.ControlModifier)  # by a word: the same
    assert store.annotation(project.id) == project
    agree(window)


def test_a_start_moved_left_stops_at_a_sentence_and_steps_over_a_name_s_dot(window, store, qtbot, agree):
    text = "推进项目建设。京博物流园开工，南丹·独山民族工业园投产。\n"
    doc = open_text(window, store, qtbot, text, "punctuation.txt")
    ids = {}
    for piece in ("京博物流园", "独山民族工业园"):
        start = text.index(piece)
        ids[piece] = window.ops.add_span(doc, start, start + len(piece), "PROJECT").changes[0].after.id
    view = window.text_view
    window.select_annotation(ids["京博物流园"])
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt | Shift)
    assert store.annotation(ids["京博物流园"]).text == "京博物流园"  # not 。京博物流园
    assert window.statusBar().currentMessage().startswith(SAID)
    window.select_annotation(ids["独山民族工业园"])
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt | Shift)
    assert store.annotation(ids["独山民族工业园"]).text == "丹·独山民族工业园"  # not ·独山民族工业园
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt | Shift)
    assert store.annotation(ids["独山民族工业园"]).text == "南丹·独山民族工业园"
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt | Shift)  # a ， before it: stepped over, to 工
    assert store.annotation(ids["独山民族工业园"]).text == "工，南丹·独山民族工业园"
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt | Shift)  # back: off the ， at once
    assert store.annotation(ids["独山民族工业园"]).text == "南丹·独山民族工业园"
    agree(window)
