"""The lead adjudicating a merged team project in the window, as it is worked: open suggestions
from the package are still there, the lead presses X on one, types a layer name; each digit must
still take the coder it names, and no decision may write into a coder's layer."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def project(tmp_path):
    """Two coders (李四, 王 五) who disagree on 湖里区/湖里, and an open suggestion nobody decided."""
    folder = tmp_path / "课题 组" / "主 项目"
    with Store.create(folder) as store:
        doc = add_document(store, "河池 报告.txt", TEXT)
        for start, end, label, coder in [(0, 3, "DISTRICT", "李四"), (0, 2, "DISTRICT", "王 五"),
                                         (5, 11, "AMOUNT", "李四"), (5, 11, "AMOUNT", "王 五")]:
            store.add_annotation(doc, start, end, label, annotator=coder)
        store.add_annotation(doc, 13, 18, "PROJECT", status="suggested")
    return folder


def spans(store, who):
    return sorted((a.start, a.end, a.label, a.status) for a in store.annotations() if a.annotator == who)


def open_panel(window, store, qtbot):
    window.open_document(store.document_id_by_name("河池 报告.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    return panel


def key_on_the_suggestion(window, store, qtbot, key):
    """The open suggestion nobody decided selected in the article, and ``key`` pressed there."""
    suggestion = next(a for a in store.annotations() if a.status == "suggested")
    window.select_annotation(suggestion.id)
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, key)
    return suggestion


def test_the_lead_rejecting_a_suggestion_does_not_become_a_coder_whose_version_key_1_takes(window, store, qtbot):
    # the lead (window name 'tester') pressed X on an open suggestion: 'tester' became the panel's first
    # column, so 1 took their empty version ("none of them") instead of 李四's 湖里区
    panel = open_panel(window, store, qtbot)
    key_on_the_suggestion(window, store, qtbot, Qt.Key.Key_X)
    assert spans(store, "tester") == [(13, 18, "PROJECT", "rejected")]
    assert panel.model.coders == ["李四", "王 五"]
    panel.table.setFocus()
    panel._select(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert spans(store, "gold") == [(0, 3, "DISTRICT", "accepted")]


def test_a_layer_named_as_a_coder_is_refused_and_the_coders_spans_stay(window, store, qtbot):
    # the gold layer's field given a coder's name: the panel listed 李四's spans as the decisions and a
    # digit deleted them, writing another coder's version in their place
    panel = open_panel(window, store, qtbot)
    panel.layer.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.layer)
    panel.layer.selectAll()
    panel.layer.insert("李四")  # as an input method gives it (QTest types Latin-1 only)
    qtbot.keyClick(panel.layer, Qt.Key.Key_Return)
    assert len(window.errors) == 1 and "not written by adjudication" in window.errors[0]
    assert panel.layer_name() == "gold" and panel.model.coders == ["李四", "王 五"]
    panel.table.setFocus()
    panel._select(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_2)
    assert spans(store, "gold") == [(0, 2, "DISTRICT", "accepted")]
    assert spans(store, "李四") == [(0, 3, "DISTRICT", "accepted"), (5, 11, "AMOUNT", "accepted")]
    panel.layer.setText("终审 层")  # a new layer's name is taken as it is
    panel.layer.editingFinished.emit()
    assert panel.layer_name() == "终审 层" and len(window.errors) == 1
    assert not panel.model.region(0).decided


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)])
def test_with_the_panel_open_the_review_keys_leave_a_coders_span_as_it_is(window, store, qtbot, key, modifier):
    # X on 李四's 55.1亿元 in the article rejected it and moved it into the lead's layer ('tester'): 李四's
    # version lost it, and 'tester' showed as a coder; Delete deleted it; Alt+← moved it
    panel = open_panel(window, store, qtbot)
    before = spans(store, "李四")
    li = next(a for a in store.annotations() if a.annotator == "李四" and a.start == 5)
    window.select_annotation(li.id)
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, key, modifier)
    assert spans(store, "李四") == before and spans(store, "tester") == []
    assert "Adjudication panel" in window.statusBar().currentMessage()
    assert panel.model.coders == ["李四", "王 五"]
    suggestion = next(a for a in store.annotations() if a.status == "suggested")  # nobody's: the keys work
    window.select_annotation(suggestion.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_X)
    assert store.annotation(suggestion.id).status == "rejected"


def test_enter_on_a_region_without_a_gold_span_says_why_nothing_is_selected(window, store, qtbot):
    panel = open_panel(window, store, qtbot)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # undecided: nothing to edit
    assert "No gold span here" in window.statusBar().currentMessage()
    assert QApplication.focusWidget() is panel.table
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # 王 五's 湖里
    panel._select(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    (gold,) = (a for a in store.annotations() if a.annotator == "gold")
    assert window.selected_id == gold.id and QApplication.focusWidget() is window.text_view


def test_accepting_an_open_suggestion_with_the_panel_open_puts_it_in_the_gold_layer(window, store, qtbot):
    # A (or Enter) accepted it into the lead's own layer: 'tester' then had accepted spans and became
    # the panel's first coder, so every digit took the coder before the one it named
    panel = open_panel(window, store, qtbot)
    suggestion = key_on_the_suggestion(window, store, qtbot, Qt.Key.Key_A)
    assert spans(store, "gold") == [(13, 18, "PROJECT", "accepted")]
    assert store.annotation(suggestion.id).origin == "adjudicated"
    assert spans(store, "tester") == []
    assert panel.model.coders == ["李四", "王 五"]
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # one step, undone whole
    assert store.annotation(suggestion.id).status == "suggested" and spans(store, "gold") == []


def test_a_value_typed_in_the_form_leaves_a_coders_span_as_it_is_with_the_panel_open(window, store, qtbot):
    # the form's edit moved 李四's AMOUNT into the lead's layer with the new value
    open_panel(window, store, qtbot)
    amount = next(a for a in store.annotations() if a.annotator == "李四" and a.label == "AMOUNT")
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    yuan.setFocus()
    yuan.selectAll()
    qtbot.keyClicks(yuan, "123")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    after = store.annotation(amount.id)
    assert (after.annotator, after.value) == ("李四", amount.value)
    assert spans(store, "tester") == []
    assert yuan.text() == str(amount.value.get("yuan", ""))  # the form shows the span as it is
    assert "stays as it is" in window.statusBar().currentMessage()
