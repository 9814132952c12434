"""Adjudication in the window, by keys: the panel lists the open document's disagreements, a digit
takes that coder's version into the gold layer, 0 takes none, Ctrl+Z takes a decision back, J walks on
into the next document, Enter selects the gold span for editing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from annotator.core.store import Store
from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
A_TEXT = "湖里区投资55.1亿元建设松元产业园。"
B_TEXT = "集美区新增企业20家。"


@pytest.fixture
def project(tmp_path):
    """Two coders: they disagree on 湖里区/湖里 and on the project, agree on the sum (a.txt), and
    disagree on the target of b.txt."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        a, b = add_document(store, "a.txt", A_TEXT), add_document(store, "b.txt", B_TEXT)
        for doc, start, end, label, coder in [(a, 0, 3, "DISTRICT", "ann"), (a, 0, 2, "DISTRICT", "bo"),
                                              (a, 5, 11, "AMOUNT", "ann"), (a, 5, 11, "AMOUNT", "bo"),
                                              (a, 13, 18, "PROJECT", "bo"),
                                              (b, 3, 10, "TARGET", "ann"), (b, 3, 9, "TARGET", "bo")]:
            store.add_annotation(doc, start, end, label, annotator=coder)
    return folder


def gold(store, doc_id=None):
    return sorted((a.document_id, a.start, a.end, a.label, a.status) for a in store.annotations(doc_id)
                  if a.annotator == "gold")


def test_keys_in_the_panel_settle_disagreements_into_the_gold_layer(window, store, qtbot):
    doc_a, doc_b = (store.document_id_by_name(n) for n in ("a.txt", "b.txt"))
    window.open_document(doc_a)
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)  # View › Adjudication
    panel = window.adjudication
    qtbot.waitUntil(panel.isVisible)
    assert panel.model.coders == ["ann", "bo"]
    assert [(r.start, r.end) for r in panel.model.regions] == [(0, 3), (13, 18)]  # the sum is agreed
    panel._select(1)
    rect = panel.table.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the first region
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    assert panel.table.currentIndex().row() == 0
    assert window.text_view.selection_cp() == (0, 3)  # the region is shown in the article
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # bo's 湖里; the label key 2 does nothing to the text
    assert gold(store) == [(doc_a, 0, 2, "DISTRICT", "accepted")]
    assert panel.table.currentIndex().row() == 1  # on to the project
    panel.take_agreed()  # the button's work: the agreed sum
    assert (doc_a, 5, 11, "AMOUNT", "accepted") in gold(store)
    qtbot.keyClick(panel.table, Qt.Key.Key_0)  # not a project: none of them; a.txt is settled, on to b.txt
    assert (doc_a, 13, 18, "PROJECT", "rejected") in gold(store)
    assert window.doc_id == doc_b and panel.model.regions[panel.table.currentIndex().row()].start == 3
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Ctrl)  # back to a.txt, the project undecided again
    assert window.doc_id == doc_a and (doc_a, 13, 18, "PROJECT", "rejected") not in gold(store)
    panel._select(1)
    qtbot.keyClick(panel.table, Qt.Key.Key_0)
    assert window.doc_id == doc_b
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert gold(store, doc_b) == [(doc_b, 3, 10, "TARGET", "accepted")]
    panel._select(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # edit: the gold span is selected in the article
    gold_span = next(a for a in store.annotations(doc_b) if a.annotator == "gold")
    assert window.selected_id == gold_span.id and QApplication.focusWidget() is window.text_view
    coders = sorted((a.start, a.end, a.annotator) for a in store.annotations() if a.annotator != "gold")
    assert len(coders) == 7  # the coders' own spans are never changed


def test_the_agreement_button_shows_what_the_core_computes(window, qtbot, monkeypatch):
    from annotator.core.team.agreement import project_agreement
    from annotator.gui import tasks

    monkeypatch.setattr(tasks, "SYNC", True)
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.mouseClick(panel.agreement_button, Qt.MouseButton.LeftButton)
    dialog = panel.agreement
    assert dialog is not None and dialog.isVisible()
    expected = project_agreement(window.store)
    model = dialog.model
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    overall = next(row for row in shown if row[1] == "overall")
    want = next(r for r in expected.rows if r.label == "overall")
    assert overall[0] == "ann / bo" and overall[6] == f"{want.exact_f1:.4f}" and overall[9] == f"{want.kappa:.4f}"
    assert len(shown) == len(expected.rows)
    dialog.close()


def test_the_panel_is_worked_without_a_mouse_its_key_gives_it_the_keys(window, store, qtbot):
    # Ctrl+Shift+J showed the panel but left the keys in the article, where J and the digits do nothing of
    # the panel's, and Tab could not reach it (the annotation table walked its cells for ever)
    doc_a = store.document_id_by_name("a.txt")
    window.open_document(doc_a)
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    assert panel.table.currentIndex().row() == 0 and window.text_view.selection_cp() == (0, 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # bo's 湖里
    assert gold(store) == [(doc_a, 0, 2, "DISTRICT", "accepted")]
    qtbot.keyClick(panel.table, Qt.Key.Key_J, Ctrl | Shift)  # hidden, then shown again by its key
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)


def test_tab_walks_out_of_every_table_of_the_window(window, qtbot):
    window.adjudication.show()
    tables = [window.findChild(QTableView, "annotationTable"), window.findChild(QTableView, "documentList"),
              window.adjudication.table]
    for table in tables:
        table.setFocus()
        qtbot.waitUntil(lambda t=table: QApplication.focusWidget() is t)
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not table, table.objectName()


def test_the_agreement_button_is_pressed_from_the_keyboard(window, qtbot):
    """Tab from the coders' field to Agreement…, Space: the dialog opens (computed in the background,
    as in use), its table takes the keys, Esc closes it. A QA pass saw no dialog 300 ms after Space:
    the first press of a session imports numpy (~0.2 s), and a project of one coder shows why
    instead (tests/gui/test_chinese_ui.py)."""
    panel = window.adjudication
    panel.show()
    panel.coders.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.coders)
    for _ in range(5):  # the layer, the check box, the two buttons before it
        if QApplication.focusWidget() is panel.agreement_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.agreement_button
    qtbot.keyClick(panel.agreement_button, Qt.Key.Key_Space)
    dialog = panel.agreement
    assert dialog is not None and dialog.isVisible() and dialog.model.rowCount() > 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_gold_span_edited_in_the_article_stays_in_the_gold_layer(window, store, qtbot):
    # Enter, then a boundary key, a label key or X on the gold span moved it into the window user's layer
    # ('tester'): the region was undecided again, the gold export lacked it and agreement counted a new coder
    doc_a = store.document_id_by_name("a.txt")
    window.open_document(doc_a)
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_1)  # ann's 湖里区
    panel._select(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # its end one to the left
    assert [(a.start, a.end, a.annotator) for a in store.annotations(doc_a) if a.origin == "adjudicated"] == [
        (0, 2, "gold")]
    assert panel.model.region(0).decided and panel.model.region(0).taken() == "bo"  # now bo's 湖里
    qtbot.keyClick(window.text_view, Qt.Key.Key_X)  # gold says: no district here
    assert gold(store, doc_a) == [(doc_a, 0, 2, "DISTRICT", "rejected")]
    assert "tester" not in {a.annotator for a in store.annotations()}
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert gold(store, doc_a) == [(doc_a, 0, 3, "DISTRICT", "accepted")]


def test_coders_typed_as_the_chinese_list_writes_them_are_two_coders(window, store, qtbot):
    # the Agreement dialog lists the coders as 张三、李四; typed so in the panel they were one coder named
    # '张三、李四' with no spans: an empty table and no word why
    with Store.open(window.store.folder) as other:
        other.add_annotation(store.document_id_by_name("b.txt"), 0, 3, "DISTRICT", annotator="张三")
    window.open_document(store.document_id_by_name("a.txt"))
    panel = window.adjudication
    panel.show()
    panel.coders.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.coders)
    qtbot.keyClicks(panel.coders, "ann")
    panel.coders.insert("、")  # as an input method gives it (QTest types Latin-1 only)
    qtbot.keyClicks(panel.coders, "bo")
    qtbot.keyClick(panel.coders, Qt.Key.Key_Return)
    assert panel.model.coders == ["ann", "bo"]
    assert [(r.start, r.end) for r in panel.model.regions] == [(0, 3), (13, 18)]


def test_with_the_panel_open_a_span_labelled_by_hand_goes_into_the_gold_layer(window, store, qtbot):
    """A span no coder marked: the adjudicator selects it and presses a label key. It went into
    their own layer (a new coder in the panel, missing from the exported gold); and a selection
    over a coder's span reshaped that coder's span."""
    doc_a = store.document_id_by_name("a.txt")
    window.open_document(doc_a)
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.waitUntil(panel.isVisible)
    view.setFocus()
    view.select_range(A_TEXT.index("建设"), A_TEXT.index("建设") + 2)  # not a project, but no coder's span
    qtbot.keyClick(view, Qt.Key.Key_2)  # PROJECT
    assert (doc_a, 11, 13, "PROJECT", "accepted") in gold(store)
    made = next(a for a in store.annotations(doc_a) if a.annotator == "gold")
    assert made.origin == "adjudicated" and "gold layer" in window.statusBar().currentMessage()
    view.select_range(0, 2)  # over ann's 湖里区 and bo's 湖里: the coders' spans stay as they are
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert (doc_a, 0, 2, "DISTRICT", "accepted") in gold(store)
    coders = sorted((a.start, a.end, a.label, a.annotator) for a in store.annotations(doc_a) if a.annotator != "gold")
    assert coders == [(0, 2, "DISTRICT", "bo"), (0, 3, "DISTRICT", "ann"), (5, 11, "AMOUNT", "ann"),
                      (5, 11, "AMOUNT", "bo"), (13, 18, "PROJECT", "bo")]
    assert panel.model.coders == ["ann", "bo"]  # the adjudicator is no coder
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert gold(store) == []
    panel.hide()  # the panel closed: the user's own span again
    view.setFocus()
    view.select_range(11, 13)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert [a.annotator for a in store.annotations(doc_a) if (a.start, a.end) == (11, 13)] == ["tester"]


def test_a_decision_undone_is_the_region_the_next_digit_decides(window, store, qtbot):
    doc_a = store.document_id_by_name("a.txt")
    window.open_document(doc_a)
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.waitUntil(panel.isVisible)
    panel._select(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # bo's 湖里; on to the project
    assert panel.table.currentIndex().row() == 1
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Ctrl)  # 湖里区/湖里 undecided again
    assert gold(store) == []
    assert panel.table.currentIndex().row() == 0  # the undone region, not the project
    qtbot.keyClick(panel.table, Qt.Key.Key_1)  # ann's 湖里区 this time
    assert gold(store) == [(doc_a, 0, 3, "DISTRICT", "accepted")]


def test_the_agreement_dialog_shows_the_links_the_coders_gave(window, qtbot, monkeypatch):
    # the window's table left out what `annotator agreement` prints of the links
    from annotator.gui import tasks

    monkeypatch.setattr(tasks, "SYNC", True)
    store = window.store
    spans = {(a.annotator, a.label): a for a in store.annotations(store.document_id_by_name("a.txt"))}
    for coder in ("ann", "bo"):  # each coder's sum linked to their own 湖里区 / 湖里: the same district
        store.add_link(spans[coder, "AMOUNT"].id, "district", spans[coder, "DISTRICT"].id, annotator=coder)
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    qtbot.mouseClick(window.adjudication.agreement_button, Qt.MouseButton.LeftButton)
    model = window.adjudication.agreement.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") for c in range(model.columnCount())]
    # (headings of two words, and on this 800 px screen a share under its counts, on two lines)
    shown = {(row[0], row[1]): dict(zip(headers, row, strict=True)) for row in (
        [model.index(r, c).data().replace("\n", " ") for c in range(model.columnCount())]
        for r in range(model.rowCount()))}
    assert shown["ann / bo", "AMOUNT"]["Same district"] == "1/1 (1.000)"
    assert shown["ann / bo", "AMOUNT"]["Same project"] == "1/1 (1.000)"  # neither gave it a project
    assert shown["ann / bo", "DISTRICT"]["Same district"] == "–"  # a district has no district
    window.adjudication.agreement.close()


def test_a_coder_merged_in_later_takes_the_next_key_and_the_others_keep_theirs(window, store, qtbot):
    """A coder added by a merge while the panel was open sorted in between ("ann", "bo" and then "al":
    bo's key 2 became al's), so an adjudicator working by memory took the wrong version: the newcomer
    now takes the next digit until the project is opened again."""
    doc_a = store.document_id_by_name("a.txt")
    window.open_document(doc_a)
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.waitUntil(panel.isVisible)
    assert panel.model.coders == ["ann", "bo"]
    with Store.open(store.folder) as other:  # annotator merge, from another process
        other.add_annotation(doc_a, 0, 3, "DISTRICT", annotator="al")
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)  # read in again
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    qtbot.waitUntil(lambda: panel.model.coders == ["ann", "bo", "al"])
    panel._select(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # bo's 湖里, as before the merge
    assert gold(store, doc_a)[0][1:4] == (0, 2, "DISTRICT")
