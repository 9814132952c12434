"""Driving the window by mouse: click spans, drag-select and click label buttons, table rows, done marks."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from annotator.gui.models.annotation_table import ANN_ID_ROLE, START
from annotator.gui.models.document_list import DONE

Left = Qt.MouseButton.LeftButton


def point_of(view, cp: int) -> QPoint:
    """The viewport point of the character at code point ``cp`` (at its caret rectangle)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(cp))
    return view.cursorRect(cursor).center() + QPoint(2, 0)


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def test_clicking_a_span_selects_its_table_row(window, store, qtbot, agree):
    view = window.text_view
    amount = by_text(store, window.doc_id, "55.1亿元")
    qtbot.mouseClick(view.viewport(), Left, pos=point_of(view, amount.start + 2))
    assert window.selected_id == amount.id
    assert window.table.currentIndex().data(ANN_ID_ROLE) == amount.id
    assert window.form.text_label.text() == "55.1亿元"
    agree(window)
    qtbot.mouseClick(view.viewport(), Left, pos=point_of(view, amount.end + 1))  # plain text: nothing selected
    assert window.selected_id is None
    assert not window.table.currentIndex().isValid()


def test_clicking_a_span_after_an_astral_character(window, store, qtbot, agree):
    window.open_document(store.document_id_by_name("b.txt"))
    amount = by_text(store, window.doc_id, "3245.7万元")
    qtbot.mouseClick(window.text_view.viewport(), Left, pos=point_of(window.text_view, amount.start))
    assert window.selected_id == amount.id
    agree(window)


def test_clicking_the_inner_span_of_a_nest_selects_it(window, store, qtbot, agree):
    window.text_view.select_range(0, 6)  # 厦门市湖里区 as a PROJECT around the DISTRICT 厦门市
    qtbot.mouseClick(window.form.label_button("PROJECT"), Left)
    outer = by_text(store, window.doc_id, "厦门市湖里区")
    inner = by_text(store, window.doc_id, "厦门市")
    qtbot.mouseClick(window.text_view.viewport(), Left, pos=point_of(window.text_view, 1))
    assert window.selected_id == inner.id
    qtbot.mouseClick(window.text_view.viewport(), Left, pos=point_of(window.text_view, 4))
    assert window.selected_id == outer.id
    assert window.text_view.nests.on_screen() == [(0, 6, 1, "PROJECT", "accepted")]  # the outer span's line stays
    agree(window)


def test_drag_select_then_click_a_label_button(window, store, qtbot, agree):
    view = window.text_view
    text = view.text
    start = text.index("国家级高新技术企业")
    end = start + len("国家级高新技术企业")
    qtbot.mousePress(view.viewport(), Left, pos=point_of(view, start))
    qtbot.mouseMove(view.viewport(), point_of(view, end))
    qtbot.mouseRelease(view.viewport(), Left, pos=point_of(view, end))
    assert view.selection_cp() == (start, end)
    qtbot.mouseClick(window.form.label_button("TARGET"), Left)
    a = by_text(store, window.doc_id, "国家级高新技术企业")
    assert (a.label, a.status, a.origin) == ("TARGET", "accepted", "manual")
    assert window.table.currentIndex().data(ANN_ID_ROLE) == a.id
    agree(window)


def test_selecting_a_table_row_selects_and_scrolls_to_the_span(window, store, qtbot, agree):
    project = by_text(store, window.doc_id, "松元产业园")
    row = next(r for r in range(window.ann_proxy.rowCount())
               if window.ann_proxy.index(r, 0).data(ANN_ID_ROLE) == project.id)
    rect = window.table.visualRect(window.ann_proxy.index(row, START))
    qtbot.mouseClick(window.table.viewport(), Left, pos=rect.center())
    assert window.selected_id == project.id
    assert window.text_view.selected_id() == project.id
    assert window.text_view.selection_cp()[0] == project.start
    agree(window)
    qtbot.mouseClick(window.form.reject_button, Left)
    assert store.annotation(project.id).status == "rejected"
    agree(window)


def test_form_edits_the_value_and_note(window, store, qtbot, agree):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    edit = window.form._value_edits["yuan"]
    assert edit.isVisible() and not window.form._value_edits["unit"].isVisible()
    edit.setFocus()
    qtbot.keyClicks(edit, "5510000000")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert store.annotation(amount.id).value == {"yuan": 5510000000}
    window.form.note_edit.setFocus()
    qtbot.keyClicks(window.form.note_edit, "check 1")
    qtbot.keyClick(window.form.note_edit, Qt.Key.Key_Tab)
    assert store.annotation(amount.id).note == "check 1"
    assert store.annotation(amount.id).status == "suggested"  # typing 1 in a field is no label key
    agree(window)


def test_clicking_a_document_opens_it_and_done_mark_is_saved(window, store, qtbot):
    panel = window.panel
    doc_c = store.document_id_by_name("c.txt")
    index = panel.proxy.mapFromSource(window.doc_model.index(window.doc_model.row_of(doc_c), 0))
    qtbot.mouseClick(panel.view.viewport(), Left, pos=panel.view.visualRect(index).center())
    assert window.doc_id == doc_c
    assert "翔安区" in window.text_view.toPlainText()
    window.doc_model.setData(window.doc_model.index(window.doc_model.row_of(doc_c), DONE),
                             Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert store.document(doc_c).done
    assert "1 / 3" in window.project_status.text()


def test_open_suggestions_filter(window, qtbot):
    panel = window.panel
    assert panel.proxy.rowCount() == 3
    qtbot.mouseClick(panel.open_only, Left)
    assert panel.proxy.rowCount() == 2
    panel.filter_edit.setText("同安")
    assert panel.proxy.rowCount() == 1


def test_import_by_drop_and_suggestions_run_as_tasks(window, store, tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from annotator.gui import tasks

    monkeypatch.setattr(tasks, "SYNC", True)
    article = tmp_path / "new.txt"
    article.write_text("思明区计划投资5亿元建设软件园四期。\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Left, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.doc_model.rowCount() == 4
    new_id = store.document_id_by_name("new.txt")
    assert new_id is not None
    window.open_document(new_id)
    window.commands.run_suggestions()
    assert window.doc_id == new_id
    assert {a.label for a in store.annotations(new_id)} >= {"DISTRICT", "AMOUNT"}
    assert window.ann_model.rowCount() == len(store.annotations(new_id))
    assert window.doc_model.counts(new_id)["suggested"] == len(store.annotations(new_id))


def test_language_switch_keeps_the_window_working(window, qtbot):
    window.commands.set_language("zh_CN")
    window.commands.set_language("en")
    assert window.window_actions["accept"].text()
    assert window.settings.language == "en"
