"""Driving the window by keyboard: select with shift+arrows, label keys, Enter/A, X, Delete, N/P."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

Shift = Qt.KeyboardModifier.ShiftModifier


def select_by_keys(qtbot, view, start: int, length: int) -> None:
    view.select_range(start, start)  # caret there, then extend with shift+right
    for _ in range(length):
        qtbot.keyClick(view, Qt.Key.Key_Right, Shift)
    assert view.selection_cp() == (start, start + length)


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def test_select_range_and_press_1_saves_an_accepted_district(window, store, qtbot, agree):
    view = window.text_view
    select_by_keys(qtbot, view, 3, 3)
    qtbot.keyClick(view, Qt.Key.Key_1)
    a = by_text(store, window.doc_id, "湖里区")
    assert (a.label, a.start, a.end, a.status, a.origin, a.annotator) == ("DISTRICT", 3, 6, "accepted", "manual",
                                                                           "tester")
    assert window.selected_id == a.id
    assert not view.textCursor().hasSelection()
    agree(window)


def test_whitespace_and_full_width_punctuation_are_trimmed(window, store, qtbot, agree):
    text = window.text_view.text
    start = text.index("，集美区")
    select_by_keys(qtbot, window.text_view, start, 4)  # "，集美区"
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    a = by_text(store, window.doc_id, "集美区")
    assert (a.start, a.end) == (start + 1, start + 4)
    agree(window)


def test_enter_accepts_and_x_rejects_suggestions(window, store, qtbot, agree):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = by_text(store, window.doc_id, "厦门市")
    assert window.selected_id == first.id
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert store.annotation(first.id).status == "accepted"
    assert store.annotation(first.id).annotator == "tester"
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_N)
    amount = by_text(store, window.doc_id, "55.1亿元")
    assert window.selected_id == amount.id
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert store.annotation(amount.id).status == "rejected"
    assert amount.id not in view.shown_spans()
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert by_text(store, window.doc_id, "松元产业园").status == "accepted"
    agree(window)


def test_n_jumps_to_the_next_suggestion_in_another_document(window, store, qtbot, agree):
    view = window.text_view
    first_doc = window.doc_id
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.doc_id == first_doc
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    assert window.doc_id != first_doc
    amount = by_text(store, window.doc_id, "3245.7万元")
    assert window.selected_id == amount.id
    assert window.panel.view.currentIndex().data() == store.document(window.doc_id).name
    agree(window)
    qtbot.keyClick(window.text_view, Qt.Key.Key_P)  # back across the documents
    assert window.doc_id == first_doc
    assert window.selected_id == by_text(store, first_doc, "松元产业园").id


def test_offsets_after_a_character_outside_the_bmp(window, store, qtbot, agree):
    """b.txt has 𠀀 (two UTF-16 units) before its spans: the store keeps code points."""
    doc_b = store.document_id_by_name("b.txt")
    window.open_document(doc_b)
    text = store.document(doc_b).text
    start = text.index("同安区")
    select_by_keys(qtbot, window.text_view, start, 3)
    assert window.text_view.textCursor().selectionStart() == start + 1  # Qt counts the surrogate pair
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # AMOUNT over DISTRICT: nests
    nested = [a for a in store.annotations(doc_b) if a.label == "AMOUNT" and a.text == "同安区"]
    assert nested and (nested[0].start, nested[0].end) == (start, start + 3)
    agree(window)


def test_label_key_changes_the_label_and_delete_removes(window, store, qtbot, agree):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    ann_id = window.selected_id
    qtbot.keyClick(view, Qt.Key.Key_2)
    changed = store.annotation(ann_id)
    assert (changed.label, changed.status) == ("PROJECT", "accepted")
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ann_id not in {a.id for a in store.annotations(window.doc_id)}
    assert window.selected_id is None
    agree(window)


def test_a_selection_over_two_spans_of_the_same_label_is_refused_with_a_message(window, store, qtbot, agree):
    select_by_keys(qtbot, window.text_view, 3, 3)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # 湖里区, beside the suggested DISTRICT 厦门市
    select_by_keys(qtbot, window.text_view, 1, 4)  # over both: whose boundaries would it replace?
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    assert window.errors and "overlaps" in window.errors[0]
    assert len(store.annotations(window.doc_id)) == 4
    agree(window)


def test_typing_in_the_find_bar_does_not_trigger_label_keys(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "55.1")  # "1" is the DISTRICT key elsewhere
    assert window.find_bar.edit.text() == "55.1"
    assert window.find_bar.count.text().startswith("1")
    assert len(store.annotations(window.doc_id)) == 3
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    start, end = window.text_view.selection_cp()
    assert window.text_view.text[start:end] == "55.1"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


@pytest.mark.parametrize("scope", ["document", "project"])
def test_accept_all_of_one_label_after_confirmation(window, store, scope, agree):
    asked = []
    window.confirm = lambda question: asked.append(question) or True
    window.editing.bulk_status("DISTRICT", "accepted", scope)
    statuses = {a.document_id: a.status for a in store.annotations(statuses=None, labels=["DISTRICT"])}
    assert "2" in asked[0] if scope == "project" else "1" in asked[0]
    assert statuses[window.doc_id] == "accepted"
    assert (set(statuses.values()) == {"accepted"}) == (scope == "project")
    agree(window)


def test_accepting_more_spans_than_are_kept_one_by_one_updates_the_views_and_undoes(window, store, agree, qtbot,
                                                                                    monkeypatch):
    """Past COMPACT_FROM spans the step is one compact StatusChange: the window re-reads what it
    shows, and Ctrl+Z puts every status and annotator back."""
    from annotator.core.store import statuses

    monkeypatch.setattr(statuses, "COMPACT_FROM", 1)
    before = {a.id: (a.status, a.annotator) for a in store.annotations()}
    window.confirm = lambda question: True
    window.editing.bulk_status("AMOUNT", "accepted", "project")  # two spans, in two documents
    assert window.undo_stack.count() == 1
    amounts = [a for a in store.annotations() if a.label == "AMOUNT"]
    assert len(amounts) == 2 and {(a.status, a.annotator) for a in amounts} == {("accepted", "tester")}
    agree(window)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {a.id: (a.status, a.annotator) for a in store.annotations()} == before
    agree(window)
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, redo)
    assert {(a.status, a.annotator) for a in store.annotations() if a.label == "AMOUNT"} == {("accepted", "tester")}
    agree(window)


def test_declined_confirmation_changes_nothing(window, store):
    window.confirm = lambda question: False
    window.editing.bulk_status("AMOUNT", "rejected", "project")
    assert {a.status for a in store.annotations()} == {"suggested"}


def test_reopens_the_last_document_at_the_same_position(window, settings, project, qtbot):
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document
    from annotator.gui.main_window import MainWindow

    text = "".join(f"第{i}段：海沧区推进项目建设。\n" for i in range(3000))
    doc_id = window.store.add_document(Document(None, "long.txt", "long", text, sha256=sha256(text))).id
    window.doc_model.reload()
    window.open_document(doc_id)
    target = text.index("第1500段")
    window.text_view.scroll_to(target)
    top = window.text_view.top_position()
    assert abs(top - target) < 40
    window.close()
    from annotator.gui.places import recall

    assert recall(settings, str(project.resolve()))[0] == "long.txt"
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.resize(1200, 800)
    again.show()
    qtbot.waitExposed(again)
    assert again.open_project(project)
    assert again.doc_id == doc_id
    qtbot.waitUntil(lambda: abs(again.text_view.top_position() - top) < 40)
    again.store.close()


def test_first_start_asks_the_name_and_opens_the_demo(project, settings, monkeypatch, qapp):
    import sys

    from PySide6.QtWidgets import QApplication

    from annotator import demo
    from annotator.gui import app as app_module
    from annotator.gui.dialogs import name_dialog

    settings.annotator_name = ""
    settings.last_project = ""
    opened = []
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    monkeypatch.setattr(name_dialog, "ask_annotator_name", lambda parent, current="": "Li Hua")
    monkeypatch.setattr(demo, "ensure_demo", lambda folder=None: project)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def fake_exec():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible())
        opened.append((window.store.folder, window.doc_id))
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert app_module.run(None) == 0
    assert settings.annotator_name == "Li Hua"
    assert opened and opened[0][0] == project and opened[0][1] is not None
    assert settings.last_project == str(project.resolve())


def test_opening_the_demo_folder_builds_the_demo_in_the_data_folder(settings, monkeypatch, qapp, tmp_path):
    import sys

    from PySide6.QtWidgets import QApplication

    from annotator.core import resources
    from annotator.gui import app as app_module
    from annotator.paths import DATA_DIR_ENV, DB_FILENAME

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    source = str(resources.demo_source())  # projects/demo of the checkout, or in the package
    shipped = sorted(p.name for p in resources.demo_source().iterdir())
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    opened = []

    def fake_exec():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible())
        opened.append((window.store.folder, window.ann_model.rowCount()))
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert app_module.run(source) == 0  # as `annotator gui projects/demo` on a fresh checkout
    demo = tmp_path / "data" / "demo"
    assert (demo / DB_FILENAME).exists()
    assert opened and opened[0][0] == demo and opened[0][1] > 0
    assert sorted(p.name for p in resources.demo_source().iterdir()) == shipped  # nothing written there
