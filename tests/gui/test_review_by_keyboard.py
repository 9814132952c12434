"""A reviewer's day by keyboard (a QA pass on the shared reports): what was wrong, driven with the keys.

- Enter in the form's note (or a value, the jurisdiction) left the keys in the field: the next N typed
  "n" into the note, saved with it when the field was left. Enter now saves and gives the article the
  keys; a value refused as typed keeps them, to be corrected.
- After Link to… (Ctrl+L), a question or a message closed, no widget had the keys: the next N or Ctrl+Z
  did nothing. They go back where they were.
- L and Ctrl+L said nothing of what they linked (a link from a span still suggested now accepts it:
  tests/gui/test_link_accepts.py); L after N linked to whatever span a resting mouse pointer lay on.
- Ctrl+Z / Ctrl+Y said nothing: a "… marked done" message stood on after the mark was undone, and the
  span undone was not selected (undoing an accept in another document showed no span). The status
  bar says "Undone: …" / "Redone: …" and the step's span is selected.
- N past a document's last suggestion went on into the next document without a word.
- Link to…'s list cut each span off after the text before it.
- A target selected by hand lost its % (生产总值增长6%).
- Suggestions made again by another program (--again --replace) dropped the selection and the note
  being typed, with a "Not saved" box; documents imported meanwhile moved the list's row back.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import add_document, open_text, type_chinese
from tests.gui.test_link_chooser import open_chooser, project_links, three_projects

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def keys(qtbot):
    return lambda key, modifiers=Qt.KeyboardModifier.NoModifier: qtbot.keyClick(QApplication.focusWidget(), key,
                                                                                  modifiers)


def test_enter_in_the_note_saves_it_and_the_next_n_goes_on_with_the_review(window, store, qtbot, agree):
    press = keys(qtbot)
    press(Qt.Key.Key_N)
    first = window.selected_id
    note = window.form.note_edit
    note.setFocus()
    type_chinese(note, "核对原文")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert store.annotation(first).note == "核对原文"
    assert QApplication.focusWidget() is window.text_view  # the article has the keys again
    press(Qt.Key.Key_N)  # the next suggestion, not an "n" typed into the note
    assert window.selected_id not in (None, first)
    window.form.note_edit.setFocus()  # leaving the field again: nothing more is saved
    window.text_view.setFocus()
    assert store.annotation(first).note == "核对原文"
    press(Qt.Key.Key_A)
    assert store.annotation(window.selected_id).status == "accepted"
    agree(window)


def test_enter_on_a_refused_value_keeps_the_keys_in_the_field(window, store, qtbot):
    amount = next(a for a in store.annotations(window.doc_id) if a.label == "AMOUNT")
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    yuan.setFocus()
    yuan.selectAll()
    qtbot.keyClicks(yuan, "0.5")  # a fraction of a yuan: refused, marked
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert yuan.styleSheet() and QApplication.focusWidget() is yuan
    assert store.annotation(amount.id).value == amount.value
    yuan.selectAll()
    qtbot.keyClicks(yuan, "5510000000")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert store.annotation(amount.id).value["yuan"] == 5_510_000_000
    assert QApplication.focusWidget() is window.text_view


def test_after_link_to_closes_the_article_has_the_keys_and_ctrl_z_takes_the_link_back(window, store, qtbot):
    doc, ids = three_projects(window, store, qtbot)
    chooser = open_chooser(window, qtbot, ids["8亿元"])
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert project_links(store, doc) == [(ids["8亿元"], "project", ids["集美软件园"], "accepted")]
    assert window.statusBar().currentMessage() == "8亿元 linked to project 集美软件园"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)  # no window.activateWindow()
    keys(qtbot)(Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == []
    assert window.statusBar().currentMessage() == "Undone: Link to a project"
    assert window.selected_id == ids["8亿元"]
    chooser = open_chooser(window, qtbot, ids["8亿元"])
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    assert store.links(doc) == []


def test_after_a_question_the_article_has_the_keys(window, store, qtbot):
    window.confirm = window._ask_yes_no  # the real question box, answered Yes by its Enter
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.editing.bulk_status("DISTRICT", "accepted", "document")
    assert asked and "DISTRICT" in asked[0]
    assert all(a.status == "accepted" for a in store.annotations(window.doc_id) if a.label == "DISTRICT")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    keys(qtbot)(Qt.Key.Key_N)  # the keys work at once
    assert window.selected_id is not None and store.annotation(window.selected_id).label != "DISTRICT"


def test_undo_and_redo_say_what_they_did_and_select_the_step_s_span(window, store, qtbot, agree):
    press = keys(qtbot)
    first_doc = window.doc_id
    press(Qt.Key.Key_N)
    span = window.selected_id
    name = store.annotation(span).text
    press(Qt.Key.Key_A)
    press(Qt.Key.Key_D, Ctrl)
    bar = window.statusBar()
    assert "marked done" in bar.currentMessage()
    window.open_document(window.doc_model.doc_ids()[1])  # on to the next document
    press(Qt.Key.Key_Z, Ctrl)
    assert not store.document(first_doc).done
    # not "… marked done" left standing; the document named by its file name, as the list and the Edit menu name it
    assert bar.currentMessage() == f"Undone: Mark document “{store.document(first_doc).name}” done"
    press(Qt.Key.Key_Z, Ctrl)
    assert store.annotation(span).status == "suggested"
    assert bar.currentMessage() == f"Undone: Accept DISTRICT {name}"
    assert window.doc_id == first_doc and window.selected_id == span  # X now rejects it
    assert window.form.annotation().status == "suggested"
    agree(window)
    press(Qt.Key.Key_Y, Ctrl)
    assert store.annotation(span).status == "accepted"
    assert bar.currentMessage() == f"Redone: Accept DISTRICT {name}"
    agree(window)
    press(Qt.Key.Key_X)  # the keys act on the span the redo selected
    assert store.annotation(span).status == "rejected"


def test_n_past_the_document_s_last_suggestion_says_it_goes_on_into_the_next(window, store, qtbot):
    press = keys(qtbot)
    first_doc = window.doc_id
    opened = len([a for a in store.annotations(first_doc) if a.status == "suggested"])
    for _ in range(opened):
        press(Qt.Key.Key_N)
    assert window.doc_id == first_doc and window.statusBar().currentMessage() == ""
    press(Qt.Key.Key_N)
    second_doc = window.doc_id
    assert second_doc != first_doc and store.annotation(window.selected_id).document_id == second_doc
    names = {d: window.doc_model.name_of(d) for d in (first_doc, second_doc)}
    assert window.statusBar().currentMessage() == (
        f"No open suggestions further on in {names[first_doc]}: on to {names[second_doc]}")
    press(Qt.Key.Key_P)
    assert window.doc_id == first_doc
    assert window.statusBar().currentMessage() == (
        f"No open suggestions earlier in {names[second_doc]}: back to {names[first_doc]}")


def test_link_to_s_list_shows_each_span_whole_in_the_text_around_it(window, store, qtbot):
    from annotator.gui.dialogs.link_chooser import WHERE

    text = ("常态化开展“政企同心·亲清茶事”活动，推进黄河三角洲农业高新技术产业示范区建设工程，在全国首创市县两级"
            "法智护航中心，多渠道办结企业诉求1.3万件。滨州市争取新增专项债券149亿元，有力保障项目建设资金需求。\n")
    doc = open_text(window, store, qtbot, text, "bonds.txt")
    ids = {}
    long_name = "黄河三角洲农业高新技术产业示范区建设工程"
    for label, piece in (("PROJECT", "“政企同心·亲清茶事”活动"), ("PROJECT", long_name),
                         ("PROJECT", "法智护航中心"), ("DISTRICT", "滨州市"), ("AMOUNT", "149亿元")):
        start = text.index(piece)
        ids[piece] = window.ops.add_span(doc, start, start + len(piece), label).changes[0].after.id
    chooser = open_chooser(window, qtbot, ids["149亿元"])
    # the district of the amount's sentence first, then the projects nearest first
    assert [c.text for c in chooser.shown()] == ["滨州市", "法智护航中心", long_name, "“政企同心·亲清茶事”活动"]
    metrics, room = chooser.list.fontMetrics(), chooser.list.columnWidth(WHERE)
    for i in range(chooser.list.topLevelItemCount()):
        where = chooser.list.topLevelItem(i).text(WHERE)
        assert metrics.horizontalAdvance(where[:where.index("】") + 1]) < room, where  # the span is not cut off
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Escape)


def _suggest_again_replacing(store, doc_id: int) -> None:
    """What ``annotator suggest P --again --replace`` does to a document's open suggestions: dropped,
    then proposed again in the same places under new ids."""
    from annotator.core.models import Suggestion

    open_ = [a for a in store.annotations(doc_id) if a.status == "suggested"]
    store.delete_annotations([a.id for a in open_])
    store.add_suggestions(doc_id, [Suggestion(a.start, a.end, a.label, a.text, value=a.value, confidence=a.confidence,
                                              reason=a.reason, origin=a.origin) for a in open_])


def test_suggestions_made_again_by_another_program_keep_the_span_selected_and_the_note_being_typed(
        window, store, qtbot, agree):
    amount = next(a for a in store.annotations(window.doc_id) if a.label == "AMOUNT")
    window.select_annotation(amount.id)
    note = window.form.note_edit
    note.setFocus()
    type_chinese(note, "待核对")
    _suggest_again_replacing(store, window.doc_id)
    assert window.reloading.check()  # as the window's next look (every 1.5 s) does
    again = next(a for a in store.annotations(window.doc_id) if a.label == "AMOUNT")
    assert again.id != amount.id and (again.start, again.end) == (amount.start, amount.end)
    assert window.selected_id == again.id and window.form.annotation().id == again.id  # the place kept
    assert QApplication.focusWidget() is note and note.text() == "待核对"  # the typing kept, not refused
    assert window.errors == []
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert store.annotation(again.id).note == "待核对"
    agree(window)


def test_a_span_removed_while_its_note_is_typed_says_what_was_not_saved(window, store, qtbot, agree):
    amount = next(a for a in store.annotations(window.doc_id) if a.label == "AMOUNT")
    window.select_annotation(amount.id)
    note = window.form.note_edit
    note.setFocus()
    type_chinese(note, "待核对")
    store.delete_annotations([amount.id])  # and nothing in its place
    assert window.reloading.check()
    assert window.selected_id is None and window.errors == []
    assert "not saved: “待核对”" in window.statusBar().currentMessage()
    agree(window)


def _point_at(window, cp: int) -> None:
    from PySide6.QtGui import QCursor, QTextCursor

    view = window.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(cp))
    QCursor.setPos(view.viewport().mapToGlobal(view.cursorRect(cursor).center()))


def test_l_after_choosing_the_span_by_keyboard_ignores_a_mouse_pointer_resting_over_the_text(window, store, qtbot):
    from tests.gui.test_link_chooser import TEXT

    doc, ids = three_projects(window, store, qtbot)
    _point_at(window, TEXT.index("松元产业园") + 1)  # the pointer left over a project
    window.select_annotation(ids["8亿元"])  # as N selects it
    keys(qtbot)(Qt.Key.Key_L)
    assert project_links(store, doc) == [(ids["8亿元"], "district", ids["湖里区"], "accepted")]  # the nearest district
    assert window.statusBar().currentMessage() == "8亿元 linked to district 湖里区"
    _point_at(window, TEXT.index("集美软件园") + 1)  # the mouse moved to the project: L links to it
    keys(qtbot)(Qt.Key.Key_L)
    assert (ids["8亿元"], "project", ids["集美软件园"], "accepted") in project_links(store, doc)


def test_a_target_selected_with_shift_arrows_keeps_its_percent_sign(window, store, qtbot, agree):
    text = "2024年主要预期目标是：地区生产总值增长6%，一般公共预算收入增长7.5％。\n"
    doc = open_text(window, store, qtbot, text, "targets.txt")
    view = window.text_view
    for piece in ("地区生产总值增长6%，", "一般公共预算收入增长7.5％"):  # the comma after it trimmed, not the %
        start = text.index(piece)
        view.select_range(start, start)
        view.setFocus()
        for _ in piece:
            qtbot.keyClick(view, Qt.Key.Key_Right, Shift)
        qtbot.keyClick(view, Qt.Key.Key_4)
    targets = sorted((a.text, a.value) for a in store.annotations(doc) if a.label == "TARGET")
    assert targets == [("一般公共预算收入增长7.5％", {"quantity": 7.5, "unit": "%"}),
                       ("地区生产总值增长6%", {"quantity": 6, "unit": "%"})]
    agree(window)


def test_a_link_from_a_span_still_suggested_accepts_it_and_says_so(window, store, qtbot):
    amount = next(a for a in store.annotations(window.doc_id) if a.label == "AMOUNT")
    chooser = open_chooser(window, qtbot, amount.id)
    type_chinese(chooser.filter, "松元")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    accepted = [k.kind for k in store.links_from(amount.id) if k.status == "accepted"]
    assert accepted == ["project"]
    assert store.annotation(amount.id).status == "accepted"  # the reviewer chose its project: reviewed
    assert window.statusBar().currentMessage() == ("55.1亿元 linked to project 松元产业园; "
                                                   "suggestion(s) accepted: 55.1亿元、松元产业园")


def test_documents_imported_by_another_program_keep_the_row_the_keys_moved_to_in_the_list(window, store, qtbot):
    from annotator.gui.models.document_list import DOC_ID_ROLE

    press = keys(qtbot)
    opened = window.doc_id
    press(Qt.Key.Key_F6)
    press(Qt.Key.Key_Down)  # on to the next document, not opened yet
    view = window.panel.view
    moved_to = view.currentIndex().data(DOC_ID_ROLE)
    assert moved_to != opened and window.doc_id == opened
    add_document(store, "d.txt", "集美区新增10家规上工业企业。\n")  # as `annotator import` does beside the window
    window.reloading.check()
    qtbot.waitUntil(lambda: window.panel.proxy.rowCount() == 4)  # the new document listed (read by a worker)
    assert view.currentIndex().data(DOC_ID_ROLE) == moved_to and QApplication.focusWidget() is view
    press(Qt.Key.Key_Return)
    assert window.doc_id == moved_to and QApplication.focusWidget() is window.text_view
