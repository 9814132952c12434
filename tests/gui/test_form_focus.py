"""The form where a user types: what is typed is saved when a window action (Ctrl+R, a menu)
is taken from the field; a field emptied and greyed under the typing (its span went) gives
the keys back to the article, not to the next field; the mouse wheel over a label or value box
never changes a span; a value refused as typed is marked only while it is in the field; a
division code typed alone brings its unit's name."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

Ctrl = Qt.KeyboardModifier.ControlModifier


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def type_in(qtbot, field, text):
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, text)


def test_a_reload_while_typing_a_note_keeps_the_span_and_the_field(window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    type_in(qtbot, window.form.note_edit, "check")
    qtbot.keyClick(window.form.note_edit, Qt.Key.Key_R, Ctrl)  # reload: the span stays selected
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    assert store.annotation(amount.id).note == "check"  # saved first, as leaving the field saves it
    assert window.selected_id == amount.id and window.form.note_edit.text() == "check"
    assert QApplication.focusWidget() is window.form.note_edit and window.form.note_edit.cursorPosition() == 5
    qtbot.keyClicks(window.form.note_edit, "ed")
    assert window.form.note_edit.text() == "checked"


def test_a_reload_while_typing_a_note_of_a_span_gone_gives_the_article_the_keys_not_the_jurisdiction(
        window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    type_in(qtbot, window.form.note_edit, "check")
    window.reloading.timer.stop()  # Ctrl+R reads it, not the window's look at the project
    store.delete_annotations([amount.id])  # another program
    qtbot.keyClick(window.form.note_edit, Qt.Key.Key_R, Ctrl)  # reload: nothing selected, the note greyed
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    assert window.selected_id is None and not window.form.note_edit.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)  # a review key, not typed into a field
    first = by_text(store, window.doc_id, "厦门市")
    assert window.selected_id == first.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert store.document(window.doc_id).metadata.get("jurisdiction") is None
    assert window.form.jurisdiction_edit.text() == ""


def test_a_value_row_hidden_under_the_typing_gives_the_article_the_keys(window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    type_in(qtbot, yuan, "5")
    window.window_actions["next"].trigger()  # from the menu: the next span, a PROJECT, has no yuan row
    assert window.selected_id == by_text(store, window.doc_id, "松元产业园").id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert store.annotation(window.selected_id).status == "accepted"


def wheel(widget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_over_the_label_or_a_value_box_changes_no_span(window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    form = window.form
    for box in (form.label_combo, form._value_edits["qualifier"]):
        wheel(box)
        wheel(box)
        wheel(box, down=False)
    assert store.annotation(amount.id) == amount
    assert form.current_label() == "AMOUNT" and form._value_edits["qualifier"].currentText() == ""
    assert window.undo_stack.count() == 0
    window.select_annotation(None)  # the box labels the selected text when no span is shown: not by the wheel
    view = window.text_view
    start = view.text.index("湖里区")
    view.select_range(start, start + 3)
    wheel(form.label_combo)
    assert [a.text for a in store.annotations(window.doc_id)] == ["厦门市", "55.1亿元", "松元产业园"]


def test_a_refused_value_is_marked_only_while_it_is_in_the_field(window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    yuan.clear()
    type_in(qtbot, yuan, "abc")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert yuan.styleSheet() != "" and store.annotation(amount.id).value == amount.value  # refused, marked
    window.select_annotation(None)
    window.select_annotation(amount.id)  # shown again: its stored value, unmarked
    assert yuan.text() == "" and yuan.styleSheet() == ""
    other = window.store.add_annotation(window.doc_id, 0, 3, "AMOUNT", status="accepted", annotator="t")
    window.reload()
    window.select_annotation(amount.id)
    type_in(qtbot, yuan, "x")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert yuan.styleSheet() != ""
    window.select_annotation(other.changes[0].after.id)  # another amount: not marked
    assert yuan.styleSheet() == ""


def test_a_menu_action_taken_while_typing_saves_what_was_typed_first(window, store, qtbot, agree):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    type_in(qtbot, window.form.note_edit, "check")
    window.window_actions["next"].trigger()  # Edit › Next suggestion, the focus still in the note
    assert store.annotation(amount.id).note == "check"
    assert window.selected_id == by_text(store, window.doc_id, "松元产业园").id
    agree(window)
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    yuan.clear()
    type_in(qtbot, yuan, "12")
    qtbot.keyClick(yuan, Qt.Key.Key_D, Ctrl)  # the document done, by its shortcut
    assert store.annotation(amount.id).value.get("yuan") == 12 and store.document(window.doc_id).done
    qtbot.keyClick(yuan, Qt.Key.Key_Escape)
    type_in(qtbot, window.form.jurisdiction_edit, "350206")
    window.window_actions.undo.trigger()  # the jurisdiction typed is a step of its own, undone first
    assert store.document(window.doc_id).metadata.get("jurisdiction") is None
    assert store.document(window.doc_id).done
    agree(window)


def test_closing_the_window_while_typing_saves_what_was_typed(window, store, qtbot):
    """The title bar's close button (or the desktop's Alt+F4) closes the window without File ›
    Quit's action: a note, a value or a jurisdiction being typed was dropped."""
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    type_in(qtbot, window.form.note_edit, "check")
    window.close()
    assert store.annotation(amount.id).note == "check"
    for field, text in (("yuan", "7"), ("jurisdiction", "350206")):
        window.show()
        window.activateWindow()
        assert window.open_project(store.folder)
        window.select_annotation(amount.id)
        edit = window.form.jurisdiction_edit if field == "jurisdiction" else window.form._value_edits[field]
        edit.clear()
        type_in(qtbot, edit, text)
        window.close()
    assert store.annotation(amount.id).value.get("yuan") == 7
    assert store.document(amount.document_id).metadata.get("jurisdiction") == "350206"


def typed_during_the_task(qtbot, monkeypatch, field, text):
    """Type ``text`` into ``field`` while the next background task runs (the real worker), at its first
    progress update: the window's thread, inside the task's own event loop, before the task's end reloads."""
    from annotator.gui import tasks

    monkeypatch.setattr(tasks, "SYNC", False)
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 60_000)  # no dialog takes the focus: the field keeps the keys
    typed = []

    def hook(_dialog, _done, _total, _current):
        if not typed:
            typed.append(QApplication.focusWidget())
            qtbot.keyClicks(field, text)

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [hook])
    return typed


def test_what_is_typed_while_an_import_or_suggestions_run_is_saved_when_the_window_reloads(
        window, store, qtbot, monkeypatch, tmp_path):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    type_in(qtbot, window.form.note_edit, "che")
    typed = typed_during_the_task(qtbot, monkeypatch, window.form.note_edit, "ck")
    (tmp_path / "d.txt").write_text("思明区新增投资3亿元。\n", encoding="utf-8")
    window.commands.import_paths([str(tmp_path / "d.txt")])  # as a drop of files does: no window action first
    assert typed == [window.form.note_edit]  # typed into the note while the import ran
    assert store.document_id_by_name("d.txt") is not None
    assert store.annotation(amount.id).note == "check"  # not dropped by the reload after the task
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    yuan.clear()
    type_in(qtbot, yuan, "1")
    typed = typed_during_the_task(qtbot, monkeypatch, yuan, "2")
    window.commands.run_suggestions()  # F5's work, the window reloaded after it
    assert typed == [yuan]
    assert store.annotation(amount.id).value.get("yuan") == 12


def test_a_division_code_typed_in_the_form_brings_its_units_name(window, store, qtbot):
    # the name stayed 厦门市 under 湖里区's code: Districts and Facts then named the wrong place
    district = by_text(store, window.doc_id, "厦门市")
    window.select_annotation(district.id)
    code = window.form._value_edits["code"]
    type_in(qtbot, code, "350206")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert store.annotation(district.id).value == {"name": "湖里区", "code": "350206"}
    assert window.form._value_edits["name"].text() == "湖里区"
    qtbot.keyClick(code, Qt.Key.Key_Escape)  # leave the field: the article has the keys again
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # one step: the name goes with the code
    assert store.annotation(district.id).value == {}
