"""Links in the window, driven by keys: L links the selected span to the nearest district (or
the span under the mouse), Shift+L removes its links, undo brings them back; the form shows
the links and the document's jurisdiction, which the user corrects there."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

Shift = Qt.KeyboardModifier.ShiftModifier
Ctrl = Qt.KeyboardModifier.ControlModifier


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def test_l_links_the_selected_amount_to_the_nearest_district_and_shift_l_removes_it(window, store, qtbot, agree):
    view = window.text_view
    doc = window.doc_id
    amount, district = by_text(store, doc, "55.1亿元"), by_text(store, doc, "厦门市")
    window.select_annotation(amount.id)
    qtbot.keyClick(view, Qt.Key.Key_L)
    (link,) = store.links(doc)
    assert (link.source_id, link.kind, link.target_id, link.status, link.annotator) == (
        amount.id, "district", district.id, "accepted", "tester")
    assert "district: 厦门市" in window.form.links_label.text()
    assert view.linked_ids() == [district.id]  # the linked span is highlighted with the selection
    window.select_annotation(district.id)  # from the district: its amount is highlighted, named in the form
    assert view.linked_ids() == [amount.id] and "55.1亿元" in window.form.links_label.text()
    window.select_annotation(amount.id)
    qtbot.keyClick(view, Qt.Key.Key_L, Shift)
    assert store.links(doc) == [] and window.form.links_label.text() == ""
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == [link]
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == []
    agree(window)


def test_l_links_to_the_project_under_the_mouse_and_deleting_the_span_takes_the_link(
        window, store, qtbot, agree):
    view = window.text_view
    doc = window.doc_id
    amount, project = by_text(store, doc, "55.1亿元"), by_text(store, doc, "松元产业园")
    window.linking.hovered = lambda: window.ann_model.by_id(project.id)
    window.select_annotation(amount.id)
    qtbot.keyClick(view, Qt.Key.Key_L)
    (link,) = store.links(doc)
    assert (link.kind, link.target_id) == ("project", project.id)
    assert "for project: 松元产业园" in window.form.links_label.text()
    window.select_annotation(project.id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.links(doc) == []
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == [link]
    agree(window)


def test_the_jurisdiction_is_shown_guessed_and_corrected_in_the_form(window, store, qtbot):
    edit = window.form.jurisdiction_edit
    assert edit.isEnabled() and edit.text() == "" and "厦门市" in edit.placeholderText()
    edit.setFocus()
    qtbot.keyClicks(edit, "350206")  # a division code (QtTest types ASCII only)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert store.document(window.doc_id).metadata["jurisdiction"] == "350206"
    window.window_actions.undo.trigger()
    assert "jurisdiction" not in store.document(window.doc_id).metadata
    assert edit.text() == ""


def test_run_suggestions_suggests_links_too(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    links = store.links(window.doc_id)
    assert links and all(link.status == "suggested" and link.reason for link in links)
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    assert "district:" in window.form.links_label.text()


def test_l_accepts_the_suggested_links_of_the_selected_span(window, store, qtbot):
    window.commands.run_suggestions()
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    assert any(k.status == "suggested" for k in store.links_touching(amount.id))
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    mine = [k for k in store.links_touching(amount.id) if k.source_id == amount.id]
    assert mine and all(k.status == "accepted" and k.annotator == "tester" for k in mine)
    assert "(suggested" not in window.form.links_label.text()


def test_a_district_linked_from_many_facts_lists_a_few_and_counts_the_rest(window, store, qtbot):
    """A long report's jurisdiction is linked from every fact (7,670 in a 400,000-character one):
    the form listed them all, one line each, and N took two seconds to select it."""
    from tests.gui.conftest import add_document

    text = "厦门市：" + "".join(f"投资{i + 1}亿元。" for i in range(30))
    doc_id = add_document(store, "many.txt", text)
    district = store.add_annotation(doc_id, 0, 3, "DISTRICT", annotator="tester").changes[0].after
    for i in range(30):
        piece = f"{i + 1}亿元"
        start = text.index(piece, text.index(f"投资{i + 1}亿"))
        amount = store.add_annotation(doc_id, start, start + len(piece), "AMOUNT", annotator="tester")
        store.add_link(amount.changes[0].after.id, "district", district.id)
    window.reload()
    window.open_document(doc_id)
    window.select_annotation(district.id)
    lines = window.form.links_label.text().splitlines()
    assert lines[0] == "linked from: AMOUNT 1亿元" and lines[7] == "linked from: AMOUNT 8亿元"
    assert lines[8:] == ["… and 22 more spans linked to it"]
    assert len(window.text_view.linked_ids()) == 30  # all of them highlighted where they are on screen


def test_shift_l_rejects_a_suggested_link_and_f5_does_not_bring_it_back(window, store, qtbot):
    window.commands.run_suggestions()
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    assert "(suggested" in window.form.links_label.text()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Shift)
    mine = [k for k in store.links_touching(amount.id) if k.source_id == amount.id]
    assert mine and all(k.status == "rejected" and k.annotator == "tester" for k in mine)
    assert window.form.links_label.text() == ""
    window.commands.run_suggestions()
    assert all(k.status == "rejected" for k in store.links_touching(amount.id) if k.source_id == amount.id)
    window.select_annotation(amount.id)
    assert window.form.links_label.text() == ""


def test_l_leaves_a_suggested_link_to_a_rejected_span_open_and_says_so(window, store, qtbot):
    # L accepted every suggested link of the span: one to a rejected district became an accepted fact
    window.commands.run_suggestions()
    amount = by_text(store, window.doc_id, "55.1亿元")
    links = [k for k in store.links_from(amount.id) if k.status == "suggested"]
    to_district = next(k for k in links if k.kind == "district" and k.target_id is not None)
    store.update_annotation(to_district.target_id, status="rejected")  # its open link rejected with it ...
    store.set_link_status([to_district.id], "suggested")  # ... as an earlier annotator left it: still open
    window.reload()
    window.select_annotation(amount.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)
    after = {k.id: k.status for k in store.links_from(amount.id)}
    assert after[to_district.id] == "suggested"
    assert all(status == "accepted" for i, status in after.items() if i != to_district.id)
    assert "join a rejected span" in window.statusBar().currentMessage()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Shift)  # as the message says: removed (rejected)
    assert {k.id: k.status for k in store.links_from(amount.id)}[to_district.id] == "rejected"


def _menu_action(window, menu_key, text):
    return next(a for a in window.window_actions.menus[menu_key].actions() if a.text() == text)


def test_accept_all_links_of_the_document_from_the_edit_menu_waits_for_suggested_spans(window, store, qtbot):
    # the window had no way to decide a document's suggested links but one span at a time (L)
    window.commands.run_suggestions()
    # its progress dialog, shown when the suggesters load first (this test alone), took the activation:
    # a desktop gives it back to the window, the offscreen platform does not (Ctrl+Z below went nowhere)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    doc = window.doc_id
    before = {k.id: k for k in store.links(doc) if k.status == "suggested"}
    first = next(k for k in before.values() if k.target_id is not None)
    window.ops.accept([first.source_id, first.target_id])  # its two spans accepted; the others' not all
    states = {a.id: a.status for a in store.annotations(doc)}
    ready = {i for i, k in before.items()
             if states[k.source_id] == "accepted" and (k.target_id is None or states[k.target_id] == "accepted")}
    assert ready and len(ready) < len(before)  # some join a span still suggested
    _menu_action(window, "menu_accept_doc", "Links").trigger()
    after = {k.id: k.status for k in store.links(doc)}
    assert {i for i in before if after[i] == "accepted"} == ready
    assert "wait for a span still suggested" in window.statusBar().currentMessage()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # one step
    assert {k.id: k.status for k in store.links(doc) if k.id in before} == {i: "suggested" for i in before}
    _menu_action(window, "menu_reject_project", "Links").trigger()  # rejecting takes them all
    assert {k.status for k in store.links(doc) if k.id in before} == {"rejected"}
