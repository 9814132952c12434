"""L and Ctrl+L while the Adjudication panel is open: a gold link joins gold spans. From or to a coder's
span the link joins the gold span of its mention (the coder's spans and links stay as the coder left
them); a coder's span the gold layer does not hold yet is refused, the status bar saying what to do.
Before, the link went from the gold span into ann's layer (or out of it), which the gold's facts and
the coders' comparison both misread."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.models import ADJUDICATED
from annotator.core.store import Store
from tests.gui.conftest import add_document, type_chinese
from tests.gui.test_link_chooser import open_chooser

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def project(tmp_path):
    """ann and bo coded 湖里区, 55.1亿元 and (bo alone) 松元产业园; the gold layer holds 湖里区 and 55.1亿元."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        doc = add_document(store, "a.txt", TEXT)
        for start, end, label, who in [(0, 3, "DISTRICT", "ann"), (0, 3, "DISTRICT", "bo"), (5, 11, "AMOUNT", "ann"),
                                       (5, 11, "AMOUNT", "bo"), (13, 18, "PROJECT", "bo")]:
            store.add_annotation(doc, start, end, label, annotator=who)
        for start, end, label in [(0, 3, "DISTRICT"), (5, 11, "AMOUNT")]:
            store.add_annotation(doc, start, end, label, annotator="gold", origin=ADJUDICATED)
    return folder


def span(store, who, text):
    return next(a for a in store.annotations() if a.annotator == who and a.text == text)


def links(store):
    spans = {a.id: a for a in store.annotations()}
    return {(spans[k.source_id].annotator, spans[k.source_id].text, k.kind, spans[k.target_id].annotator,
             spans[k.target_id].text) for k in store.links()}


def open_panel(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)  # View › Adjudication
    qtbot.waitUntil(window.adjudication.isVisible)


def press_l(window, qtbot, source, hovered):
    window.linking.hovered = lambda: window.ann_model.by_id(hovered.id)
    window.select_annotation(source.id)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)


def test_l_from_a_gold_span_to_a_coders_span_links_the_gold_span_of_its_mention(window, store, qtbot):
    open_panel(window, qtbot)
    press_l(window, qtbot, span(store, "gold", "55.1亿元"), span(store, "ann", "湖里区"))
    assert links(store) == {("gold", "55.1亿元", "district", "gold", "湖里区")}
    said = window.statusBar().currentMessage()
    assert said == "55.1亿元 linked to district 湖里区 (the gold spans: the coders' stay as they are)", said
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert links(store) == set()


def test_l_to_a_coders_span_the_gold_layer_lacks_is_refused_and_says_what_to_do(window, store, qtbot):
    open_panel(window, qtbot)
    press_l(window, qtbot, span(store, "gold", "55.1亿元"), span(store, "bo", "松元产业园"))
    assert links(store) == set()
    assert window.statusBar().currentMessage() == (
        "bo's 松元产业园 is not in the gold layer “gold”: take a version of its region in the Adjudication panel "
        "(1–9), then link the gold span")
    assert window.errors == []


def test_ctrl_l_from_a_coders_span_links_the_gold_span_and_selects_it(window, store, qtbot):
    open_panel(window, qtbot)
    chooser = open_chooser(window, qtbot, span(store, "ann", "55.1亿元").id)
    type_chinese(chooser.filter, "湖里")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert links(store) == {("gold", "55.1亿元", "district", "gold", "湖里区")}
    assert window.selected_id == span(store, "gold", "55.1亿元").id
