"""Ctrl+L linking a sum to a county's project gives the sum the project's district in the store (a
second connection sees it at once) and in Facts; Ctrl+Z takes both back. Before, the sum kept its
suggested link to the city (the jurisdiction), and the county's project's money was the city's."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.models import Suggestion
from annotator.core.suggest.links import suggest_document_links
from tests.gui.conftest import add_document, type_chinese
from tests.gui.test_link_chooser import open_chooser

Ctrl = Qt.KeyboardModifier.ControlModifier
TEXT = "河池市人民政府工作报告\n\n加快建设巴马国际旅游区集散中心项目一期工程，各项工作有序推进。全年完成投资5亿元。\n"
PROJECT = "巴马国际旅游区集散中心项目一期工程"


def district_of(store, span_id):
    texts = {a.id: a.text for a in store.annotations()}
    return [(texts.get(k.target_id), k.status, k.origin) for k in store.links_from(span_id)
            if k.kind == "district" and k.status != "rejected"]


def test_ctrl_l_to_a_countys_project_moves_the_sum_to_the_county_and_ctrl_z_back(window, store, qtbot, agree):
    doc = add_document(store, "hechi.txt", TEXT)
    values = {"河池市": {"name": "河池市", "code": "451200"}, "巴马": {"name": "巴马瑶族自治县", "code": "451227"},
              "5亿元": {"yuan": 500_000_000}}
    store.add_suggestions(doc, [Suggestion(TEXT.index(p), TEXT.index(p) + len(p), label, p, value=values.get(p, {}))
                                for label, p in (("DISTRICT", "河池市"), ("DISTRICT", "巴马"), ("PROJECT", PROJECT),
                                                 ("AMOUNT", "5亿元"))])
    suggest_document_links(store, [doc])
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(doc)
    window.text_view.flush_formatting()
    amount = next(a.id for a in store.annotations(doc) if a.text == "5亿元")
    assert district_of(store, amount) == [("河池市", "suggested", "jurisdiction")]
    chooser = open_chooser(window, qtbot, amount)
    type_chinese(chooser.filter, "集散中心")
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert district_of(store, amount) == [("巴马", "suggested", "project")]
    assert "district: 巴马瑶族自治县 451227" in window.form.links_label.text()
    assert window.undo_stack.count() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Ctrl)
    assert district_of(store, amount) == [("河池市", "suggested", "jurisdiction")]
    assert not [k for k in store.links_from(amount) if k.kind == "project"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Ctrl)
    assert district_of(store, amount) == [("巴马", "suggested", "project")]
    agree(window)
