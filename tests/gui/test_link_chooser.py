"""Edit › Link span to… (Ctrl+L): an amount linked by keyboard to the project the text gives it,
not the nearest one — a list of the document's projects, then its districts, the nearest first;
the arrow keys or typing choose, Enter links, Esc cancels. The link is in the store at once, one
undo step; a read-only project refuses it as any edit; a span with nothing to link to says so."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import build_project, open_read_only, open_text, type_chinese

Ctrl = Qt.KeyboardModifier.ControlModifier
# three projects, then their sums in the same order: 8亿元 is 集美软件园's, the second
TEXT = "湖里区今年推进松元产业园、集美软件园、同安工业集中区建设，总投资分别为12亿元、8亿元和5亿元。\n"
SPANS = [("DISTRICT", "湖里区"), ("PROJECT", "松元产业园"), ("PROJECT", "集美软件园"), ("PROJECT", "同安工业集中区"),
         ("AMOUNT", "12亿元"), ("AMOUNT", "8亿元"), ("AMOUNT", "5亿元")]


def three_projects(window, store, qtbot) -> tuple[int, dict[str, int]]:
    doc = open_text(window, store, qtbot, TEXT, "three.txt")
    ids = {}
    for label, piece in SPANS:
        start = TEXT.index(piece) if piece != "8亿元" else TEXT.index("、8亿元") + 1
        ids[piece] = window.ops.add_span(doc, start, start + len(piece), label).changes[0].after.id
    window.undo_stack.clear()
    return doc, ids


def open_chooser(window, qtbot, span_id):
    window.select_annotation(span_id)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Ctrl)
    chooser = window.linking.chooser
    assert chooser is not None and chooser.isVisible()
    return chooser


def project_links(store, doc):
    return [(k.source_id, k.kind, k.target_id, k.status) for k in store.links(doc)]


def test_ctrl_l_down_enter_links_the_amount_to_the_second_project_and_ctrl_z_takes_it_back(window, store, qtbot,
                                                                                            agree):
    doc, ids = three_projects(window, store, qtbot)
    chooser = open_chooser(window, qtbot, ids["8亿元"])
    # the projects nearest first (同安工业集中区 is just before the sum), then the district
    assert [c.text for c in chooser.shown()] == ["同安工业集中区", "集美软件园", "松元产业园", "湖里区"]
    assert chooser.filter.hasFocus() or chooser.focusWidget() is chooser.filter
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Down)
    assert chooser.chosen().text == "集美软件园"
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert window.linking.chooser is None  # closed
    assert project_links(store, doc) == [(ids["8亿元"], "project", ids["集美软件园"], "accepted")]
    assert "for project: 集美软件园" in window.form.links_label.text()
    assert window.undo_stack.count() == 1
    window.activateWindow()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert store.links(doc) == []
    assert window.form.links_label.text() == ""
    agree(window)


def test_typing_filters_the_list_and_a_district_or_another_project_replaces_nothing_else(window, store, qtbot):
    doc, ids = three_projects(window, store, qtbot)
    chooser = open_chooser(window, qtbot, ids["5亿元"])
    type_chinese(chooser.filter, "湖里")  # as an input method commits it
    assert [(c.kind, c.text) for c in chooser.shown()] == [("district", "湖里区")]
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert project_links(store, doc) == [(ids["5亿元"], "district", ids["湖里区"], "accepted")]

    chooser = open_chooser(window, qtbot, ids["5亿元"])
    assert "✓ 湖里区" in [chooser.list.topLevelItem(i).text(1) for i in range(chooser.list.topLevelItemCount())]
    type_chinese(chooser.filter, "松元")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert sorted(project_links(store, doc)) == [(ids["5亿元"], "district", ids["湖里区"], "accepted"),
                                                 (ids["5亿元"], "project", ids["松元产业园"], "accepted")]

    chooser = open_chooser(window, qtbot, ids["5亿元"])  # another project: it replaces the first, one step
    type_chinese(chooser.filter, "同安")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert (ids["5亿元"], "project", ids["同安工业集中区"], "accepted") in project_links(store, doc)
    assert (ids["5亿元"], "project", ids["松元产业园"], "accepted") not in project_links(store, doc)
    window.activateWindow()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert sorted(project_links(store, doc)) == [(ids["5亿元"], "district", ids["湖里区"], "accepted"),
                                                 (ids["5亿元"], "project", ids["松元产业园"], "accepted")]


def test_esc_and_a_filter_that_leaves_nothing_link_nothing(window, store, qtbot):
    doc, ids = three_projects(window, store, qtbot)
    chooser = open_chooser(window, qtbot, ids["12亿元"])
    qtbot.keyClicks(chooser.filter, "zz")
    assert chooser.shown() == [] and chooser.chosen() is None
    assert not chooser.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "zz" in chooser.count.text()
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)  # nothing to link: the list stays open
    assert chooser.isVisible() and store.links(doc) == []
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Escape)
    assert window.linking.chooser is None  # closed
    assert store.links(doc) == [] and window.undo_stack.count() == 0


def test_a_span_with_nothing_to_link_to_says_so_in_the_status_bar(window, store, qtbot):
    doc, ids = three_projects(window, store, qtbot)
    window.select_annotation(ids["湖里区"])  # a district links to nothing
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Ctrl)
    assert window.linking.chooser is None
    assert "No span to link 湖里区 to" in window.statusBar().currentMessage()
    window.select_annotation(None)
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Ctrl)
    assert window.linking.chooser is None and "Select the span to link" in window.statusBar().currentMessage()
    assert store.links(doc) == []


def test_a_read_only_project_refuses_ctrl_l_as_any_edit(window, qtbot, tmp_path, monkeypatch):
    folder = open_read_only(window, build_project(tmp_path / "snapshot"), monkeypatch)
    doc = next(d.id for d in window.store.documents() if d.name == "a.txt")
    window.open_document(doc)
    amount = next(r.id for r in window.ann_model.rows() if r.label == "AMOUNT")
    window.select_annotation(amount)
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Ctrl)
    assert window.linking.chooser is None
    assert len(window.errors) == 1 and window.errors[0].startswith(f"{folder}: the project is read-only")
    assert window.store.links(doc) == [] and window.undo_stack.count() == 0


def test_a_suggested_link_is_marked_and_choosing_it_accepts_it(window, store, qtbot):
    doc, ids = three_projects(window, store, qtbot)
    store.add_link(ids["12亿元"], "project", ids["同安工业集中区"], status="suggested", origin="clause")
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)  # what the other program wrote, read
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    chooser = open_chooser(window, qtbot, ids["12亿元"])
    texts = [chooser.list.topLevelItem(i).text(1) for i in range(chooser.list.topLevelItemCount())]
    assert "✓ 同安工业集中区 (suggested link)" in texts and "松元产业园" in texts
    type_chinese(chooser.filter, "同安工业")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Enter)  # the keypad's Enter links too
    assert project_links(store, doc) == [(ids["12亿元"], "project", ids["同安工业集中区"], "accepted")]
    window.activateWindow()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert project_links(store, doc) == [(ids["12亿元"], "project", ids["同安工业集中区"], "suggested")]


def test_the_district_of_the_amounts_sentence_is_first_in_the_list_not_after_every_project(window, store, qtbot):
    text = "推进松元产业园、集美软件园、同安工业集中区、翔安创新园建设。\n今年湖里区安排资金12亿元，集美区安排3亿元。\n"
    doc = open_text(window, store, qtbot, text, "districts.txt")
    ids = {}
    for label, piece in [("PROJECT", "松元产业园"), ("PROJECT", "集美软件园"), ("PROJECT", "同安工业集中区"),
                         ("PROJECT", "翔安创新园"), ("DISTRICT", "湖里区"), ("AMOUNT", "12亿元"),
                         ("DISTRICT", "集美区")]:
        start = text.index(piece)
        ids[piece] = window.ops.add_span(doc, start, start + len(piece), label).changes[0].after.id
    chooser = open_chooser(window, qtbot, ids["12亿元"])
    assert [c.text for c in chooser.shown()][:2] == ["湖里区", "集美区"]  # its clause's, then its sentence's
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)  # the first one, no typing
    assert (ids["12亿元"], "district", ids["湖里区"], "accepted") in project_links(store, doc)
