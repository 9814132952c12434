"""The window notices what another program wrote to its project (the command line, a second
window) and shows it without Ctrl+R: when it becomes active again and at each tick of a timer
while it is active (here the check is called, or the timer's tick emitted, so that nothing waits
on the clock). It keeps the open document, the selected span, the caret, the scroll and what is
being typed; its own edits never count as another program's."""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.models import Suggestion
from annotator.gui import tasks
from tests.gui.conftest import add_document, show_active

MESSAGE = "Reloaded: the project was changed by another program"


def suggestion(text: str, piece: str, label: str) -> Suggestion:
    start = text.index(piece)
    return Suggestion(start, start + len(piece), label, piece, confidence=0.7, reason="other", origin="other")


def shown(window) -> set[tuple[int, int, str, str]]:
    return {(r.start, r.end, r.label, r.status) for r in window.ann_model.rows()}


def test_suggestions_another_program_adds_show_at_the_next_look(window, store, agree, qtbot):
    text = window.text_view.text
    store.add_suggestions(window.doc_id, [suggestion(text, "集美区", "DISTRICT")])
    assert not any(r.start == text.index("集美区") for r in window.ann_model.rows())  # not yet looked
    assert window.reloading.check()
    start = text.index("集美区")
    assert (start, start + 3, "DISTRICT", "suggested") in shown(window)
    assert window.statusBar().currentMessage() == MESSAGE
    qtbot.waitUntil(lambda: window.doc_model.counts(window.doc_id)["suggested"] == 4)  # the list: by a worker
    agree(window)
    assert not window.reloading.check()  # nothing new since
    assert window.reloading.reloads == 1


def test_the_timers_tick_and_coming_back_to_the_window_look(window, store, qtbot):
    reloading = window.reloading
    assert reloading.timer.isActive()  # the window is active
    text = window.text_view.text
    store.add_suggestions(window.doc_id, [suggestion(text, "集美区", "DISTRICT")])
    reloading.timer.timeout.emit()
    assert reloading.reloads == 1
    other = show_active(qtbot, QWidget())  # another program's window in front
    qtbot.waitUntil(lambda: not reloading.timer.isActive())
    store.add_suggestions(window.doc_id, [suggestion(text, "80家", "TARGET")])
    assert reloading.reloads == 1  # not while another window is active
    other.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: reloading.reloads == 2)
    assert reloading.timer.isActive()
    assert any(r.label == "TARGET" for r in window.ann_model.rows())


def test_a_span_accepted_elsewhere_stays_selected_and_the_caret_stays(window, store, qtbot, agree):
    view = window.text_view
    span = next(r for r in window.ann_model.rows() if r.status == "suggested")
    window.select_annotation(span.id, scroll=False)
    start = view.text.index("集美区")
    view.select_range(start, start + 3)  # a selection the next label key would take
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    store.set_status([span.id], "accepted", annotator="other")
    assert window.reloading.check()
    assert window.selected_id == span.id and window.form.annotation().status == "accepted"
    assert view.selection_cp() == (start, start + 3)
    assert QApplication.focusWidget() is view
    qtbot.waitUntil(lambda: window.doc_model.counts(window.doc_id)["accepted"] == 1)
    agree(window)


def test_the_scroll_of_a_long_document_stays(window, store, qtbot):
    line = "海沧区推进东孚智能制造产业园建设，完成投资12.4亿元。\n"
    doc_id = add_document(store, "long.txt", line * 400)
    window.reload()
    window.open_document(doc_id)
    view = window.text_view
    view.flush_formatting()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top, caret, value = view.top_position(), view.textCursor().position(), bar.value()
    assert top > 0
    at = view.text.index("\n", top) + 1 + line.index("12.4亿元")  # in the next line, on screen
    store.add_suggestions(doc_id, [Suggestion(at, at + 6, "AMOUNT", "12.4亿元", reason="other", origin="other")])
    assert window.reloading.check()
    assert window.doc_id == doc_id and view.top_position() == top and view.textCursor().position() == caret
    assert bar.value() == value
    assert [(r.start, r.label) for r in view.spans_between(top, at + 6)] == [(at, "AMOUNT")]
    assert view.format_at(at).background().style() != Qt.BrushStyle.NoBrush  # drawn at once
    assert view.format_at(at - 1).background().style() == Qt.BrushStyle.NoBrush


def test_a_note_being_typed_is_saved_and_stays_in_its_field(window, store, qtbot):
    span = window.ann_model.rows()[0]
    window.select_annotation(span.id)
    note = window.form.note_edit
    note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    qtbot.keyClicks(note, "to check")
    note.setCursorPosition(1)
    store.set_status([span.id], "accepted", annotator="other")  # the span shown changes
    assert window.reloading.check()
    assert store.annotation(span.id).note == "to check" and store.annotation(span.id).status == "accepted"
    assert QApplication.focusWidget() is note and note.text() == "to check" and note.cursorPosition() == 1
    assert window.form.annotation().status == "accepted"


def test_the_windows_own_edits_are_not_another_programs(window, store, qtbot):
    view = window.text_view
    start = view.text.index("集美区")
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)  # a label key
    window.select_annotation(next(r.id for r in window.ann_model.rows() if r.status == "suggested"))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # accept
    window.editing.toggle_done()
    window.undo_stack.undo()
    assert store.annotations(window.doc_id)  # written, seen by another connection
    assert not window.reloading.check()
    store.add_suggestions(window.doc_id, [suggestion(view.text, "80家", "TARGET")])
    window.reload()  # Ctrl+R has read it already
    assert not window.reloading.check()
    assert window.reloading.reloads == 0 and window.errors == []


def test_a_write_that_changes_nothing_shown_is_not_announced(window, store):
    store.set_meta("something", "else")  # another connection's commit, nothing the window shows
    assert not window.reloading.check()
    assert window.reloading.reloads == 0 and window.statusBar().currentMessage() == ""


def test_not_while_a_task_of_the_window_writes(window, store, monkeypatch):
    store.add_suggestions(window.doc_id, [suggestion(window.text_view.text, "集美区", "DISTRICT")])
    monkeypatch.setattr(tasks, "_running", 1)
    assert not window.reloading.check()
    monkeypatch.setattr(tasks, "_running", 0)
    assert window.reloading.check()


def test_a_document_another_program_removed_leaves_the_list(window, store, agree, qtbot):
    shown_doc = window.doc_id
    other = next(i for i in window.doc_model.doc_ids() if i != shown_doc)
    store.delete_documents([other])
    assert not window.reloading.check()  # nothing the open document shows: the list, read by a worker, says it
    qtbot.waitUntil(lambda: other not in window.doc_model.doc_ids())
    assert window.doc_id == shown_doc and window.statusBar().currentMessage() == MESSAGE
    store.delete_documents([shown_doc])  # the open one: another is opened, as Ctrl+R does
    assert window.reloading.check()
    assert window.doc_id not in (None, shown_doc)
    qtbot.waitUntil(lambda: shown_doc not in window.doc_model.doc_ids())
    assert window.reloading.reloads == 2 and window.errors == []
    agree(window)


def test_a_label_key_after_the_command_line_suggested_adds_no_second_span(window, project, qtbot, store):
    """`annotator suggest` finds 规上工业企业… while the window shows the document; the user selects
    the same words and presses the label key: the suggestion is accepted, not doubled."""
    view = window.text_view
    for a in store.annotations(window.doc_id):  # the rules suggest them again
        store.delete_annotations([a.id])
    window.reload()
    done = subprocess.run([sys.executable, "-m", "annotator", "suggest", str(project), "--model", "none"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    new = [a for a in store.annotations(window.doc_id) if a.label == "TARGET"]
    assert new, done.stdout
    target = new[0]
    window.reloading.timer.timeout.emit()
    assert window.reloading.reloads == 1
    view.select_range(target.start, target.end)
    qtbot.keyClick(view, Qt.Key.Key_4)  # TARGET
    at = [a for a in store.annotations(window.doc_id) if (a.start, a.end) == (target.start, target.end)]
    assert [(a.id, a.status) for a in at] == [(target.id, "accepted")]
    assert window.errors == []


def test_a_label_key_before_the_window_looked_accepts_the_new_suggestion(window, store, qtbot, agree):
    """Another program saves a suggestion and the user labels the same words before the window's
    next look (up to 1.5 s): the store accepts that suggestion instead of adding a copy of it, and
    undo makes it a suggestion again."""
    view = window.text_view
    text = view.text
    store.add_suggestions(window.doc_id, [suggestion(text, "国家级高新技术企业", "PROJECT")])
    new = next(a for a in store.annotations(window.doc_id) if a.text == "国家级高新技术企业")
    assert window.ann_model.by_id(new.id) is None  # the window has not looked yet
    view.select_range(new.start, new.end)
    qtbot.keyClick(view, Qt.Key.Key_2)  # PROJECT
    at = [a for a in store.annotations(window.doc_id) if (a.start, a.end) == (new.start, new.end)]
    assert [(a.id, a.status, a.annotator) for a in at] == [(new.id, "accepted", "tester")]
    assert window.selected_id == new.id and window.errors == []
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotation(new.id).status == "suggested"
    agree(window)


def test_undo_of_a_step_whose_span_another_program_removed_says_so(window, store, qtbot):
    span = next(r for r in window.ann_model.rows() if r.status == "suggested")
    window.select_annotation(span.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)  # accept: one step
    store.delete_annotations([span.id])
    window.window_actions.undo.trigger()  # Ctrl+Z: the window looks first
    assert window.reloading.reloads == 1 and span.id not in {r.id for r in window.ann_model.rows()}
    (message,) = window.errors
    assert "another program removed" in message and "taken out of the history" in message and "id " not in message
    assert not window.undo_stack.canUndo()


def test_undo_of_a_step_in_a_document_another_program_removed_opens_nothing_gone(window, store, qtbot, agree):
    view = window.text_view
    start = view.text.index("集美区")
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)
    removed = window.doc_id
    store.delete_documents([removed])
    window.window_actions.undo.trigger()
    assert window.errors == [] and window.doc_id not in (None, removed)
    agree(window)


def test_the_message_is_in_the_interfaces_language(window, store, qtbot):
    try:
        window.commands.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() == "标注工程(&P)")
        store.add_suggestions(window.doc_id, [suggestion(window.text_view.text, "集美区", "DISTRICT")])
        assert window.reloading.check()
        assert window.statusBar().currentMessage() == "已重新载入：另一个程序修改了标注工程"
    finally:
        window.commands.set_language("en")


def test_a_document_another_program_imports_is_listed_while_search_all_documents_is_in_front(window, store, qtbot):
    """(A QA pass: with the non-modal Search all documents active, the window was not, so it did not
    look: a document `annotator import` added was not in the list, though its hit opened it.)"""
    reloading = window.reloading
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, keys)  # Search all documents
    dialog = window.commands._search_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert reloading.timer.isActive()  # a window of the window's own in front: it still looks
    listed = len(window.doc_model.doc_ids())
    add_document(store, "new.txt", "建设松元产业园二期。")
    reloading.timer.timeout.emit()
    qtbot.waitUntil(lambda: len(window.doc_model.doc_ids()) == listed + 1)
    assert QApplication.activeWindow() is dialog  # the keys stay in the dialog
    other = show_active(qtbot, QWidget())  # another program in front: no looks
    qtbot.waitUntil(lambda: not reloading.timer.isActive())
    other.close()


def test_a_label_another_program_renames_shows_in_the_window_behind_the_labels_dialog(window, project, qtbot):
    """(A QA pass: with Project › Labels… open, a modal dialog, the window did not look: the form's
    buttons and the list showed `annotator labels P --rename` only once the dialog was closed.)"""
    from annotator.core.store import Store
    from annotator.gui.dialogs.label_editor import LabelEditorDialog

    window.store.add_label("POLICY")
    window.store.add_suggestions(window.doc_id, [suggestion(window.text_view.text, "集美区", "POLICY")])
    window.reload()
    assert "POLICY" in window.form._buttons and "POLICY" in {r.label for r in window.ann_model.rows()}
    window.reloading.timer.setInterval(20)  # its ticks, not the clock's 1.5 s
    dialog = LabelEditorDialog(window.store, window, ops=window.ops)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as its exec() shows it, without the loop
    dialog.outside.timer.setInterval(20)
    show_active(qtbot, dialog)
    assert QApplication.activeModalWidget() is dialog
    with Store.open(project) as other:  # annotator labels P --rename POLICY STRATEGY --add SECTOR, in a terminal
        other.update_label("POLICY", new_name="STRATEGY")
        other.add_label("SECTOR")
    qtbot.waitUntil(lambda: "STRATEGY" in window.form._buttons)
    assert list(window.form._buttons) == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "STRATEGY", "SECTOR"]
    labels = {r.label for r in window.ann_model.rows()}
    assert "STRATEGY" in labels and "POLICY" not in labels
    assert window.statusBar().currentMessage() == MESSAGE
    qtbot.waitUntil(lambda: "STRATEGY" in {label.name for label in dialog.shown})  # the dialog's own look
    assert QApplication.activeModalWidget() is dialog and QApplication.activeWindow() is dialog  # keys stay there
    dialog.close()
