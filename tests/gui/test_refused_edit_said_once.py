"""A note or value typed into the form and refused by the project (a read-only project, a suggestion
overlapping a span of one's own of its label): Enter said so in two error boxes, one after the other
(Enter sent the typing twice), and the field went on showing the typing as if it were saved. Now one
message, and the field shows what the project holds; the article has the keys."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui import languages
from tests.gui.conftest import build_project, open_read_only

language = languages.language  # the fixture: English, then Chinese


def test_a_note_refused_for_an_overlap_is_said_once_and_the_field_shows_the_stored_note(window, store, qtbot, agree,
                                                                                          language):
    doc, view = window.doc_id, window.text_view
    store.add_annotation(doc, 2, 5, "DISTRICT", status="accepted", annotator="tester")  # 市湖里, over 厦门市
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    qtbot.keyClick(view, Qt.Key.Key_N)
    suggestion = window.selected_id
    assert store.annotation(suggestion).text == "厦门市"
    qtbot.keyClick(view, Qt.Key.Key_F2)
    note = window.form.note_edit
    assert QApplication.focusWidget() is note
    qtbot.keyClicks(note, "check")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    (error,) = window.errors  # one box, not two
    assert ("overlap" if language == "en" else "重叠") in error
    assert store.annotation(suggestion).note == "" and note.text() == ""
    assert QApplication.focusWidget() is view
    agree(window)


def test_a_value_typed_in_a_read_only_project_is_refused_once(window, qtbot, tmp_path, monkeypatch):
    open_read_only(window, build_project(tmp_path / "shared"), monkeypatch)
    view = window.text_view
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    amount = next(r for r in window.ann_model.rows() if r.label == "AMOUNT")
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    yuan.setFocus()
    yuan.selectAll()
    qtbot.keyClicks(yuan, "12")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert len(window.errors) == 1 and "read-only" in window.errors[0]
    assert window.store.annotation(amount.id).value.get("yuan") is None and yuan.text() == ""
