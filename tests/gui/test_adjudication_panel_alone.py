"""A document only one coder coded, in the Adjudication panel (Li Ming coded jincheng_2020.txt, 王芳
did not): with "Only disagreements" ticked the panel listed each of Li Ming's spans as an open
disagreement (Li Ming against —), without a word that 王芳 never coded the document. It now lists none,
says who coded it and who did not, and *Take Li Ming's spans* takes them as they are, one step
(``annotator adjudicate --take-alone``). *Take all agreed* takes nothing there and says why, as the
command line does; its undo step is named "Take 2 agreed spans" (it was "Adjudicate 2 spans")."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Store
from tests.gui.conftest import add_document
from tests.gui.panels import open_adjudication

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "湖里区投资55.1亿元建设松元产业园。"
ALONE = "思明区投资30亿元建设软件园。"


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        both = add_document(store, "a.txt", TEXT)
        for coder in ("Li Ming", "王芳"):
            store.add_annotation(both, 0, 3, "DISTRICT", annotator=coder)
            store.add_annotation(both, 5, 11, "AMOUNT", annotator=coder)
        store.add_annotation(both, 13, 18, "PROJECT", annotator="王芳")  # the one disagreement
        alone = add_document(store, "b.txt", ALONE)
        store.add_annotation(alone, 0, 3, "DISTRICT", annotator="Li Ming")
        store.add_annotation(alone, 5, 9, "AMOUNT", annotator="Li Ming")
    return folder


def gold(store, doc):
    return sorted((a.start, a.end, a.label) for a in store.annotations(doc) if a.annotator == "gold")


def test_a_document_one_coder_coded_is_no_disagreement_and_its_spans_are_taken_on_request(window, store, qtbot):
    panel = open_adjudication(window, qtbot)
    doc = store.document_id_by_name("b.txt")
    window.open_document(doc)
    qtbot.waitUntil(lambda: "Only Li Ming coded this document (王芳 did not)" in panel.hint.text())
    assert panel.only_open.isChecked() and panel.model.rowCount() == 0  # it listed both spans as disagreements
    assert panel.alone_button.isVisible() and panel.alone_button.text() == "Take Li Ming's spans"
    panel.only_open.setChecked(False)  # every region: said to be Li Ming's alone, not "open"
    assert [panel.model.index(r, 4).data() for r in range(panel.model.rowCount())] == ["only Li Ming coded"] * 2
    panel.only_open.setChecked(True)
    qtbot.mouseClick(panel.agreed_button, Qt.MouseButton.LeftButton)  # as annotator adjudicate: nothing agreed
    assert gold(store, doc) == []
    assert window.statusBar().currentMessage() == (
        "Took 0 agreed span(s) into layer gold. Only Li Ming coded this document: nothing agreed between coders "
        "here; “Take Li Ming's spans” takes theirs as they are.")
    qtbot.mouseClick(panel.alone_button, Qt.MouseButton.LeftButton)
    assert gold(store, doc) == [(0, 3, "DISTRICT"), (5, 9, "AMOUNT")]
    assert window.undo_stack.undoText() == "Take 2 spans of Li Ming"
    assert window.statusBar().currentMessage() == "Took 2 span(s) of Li Ming into layer gold."
    qtbot.waitUntil(lambda: not panel.alone_button.isVisible())
    assert "the gold layer holds their spans" in panel.hint.text()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # one step
    qtbot.waitUntil(lambda: gold(store, doc) == [])
    assert panel.alone_button.isVisible()


def test_j_walks_past_it_and_take_all_agreed_is_named_so(window, store, qtbot):
    panel = open_adjudication(window, qtbot)
    window.open_document(store.document_id_by_name("a.txt"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert not panel.alone_button.isVisible()
    qtbot.mouseClick(panel.agreed_button, Qt.MouseButton.LeftButton)
    assert gold(store, window.doc_id) == [(0, 3, "DISTRICT"), (5, 11, "AMOUNT")]
    assert window.undo_stack.undoText() == "Take 2 agreed spans"
    panel.take_focus()
    qtbot.keyClick(panel.table, Qt.Key.Key_1)  # 王芳's project left: decided; J finds none in b.txt
    qtbot.keyClick(panel.table, Qt.Key.Key_J)
    assert window.doc_id == store.document_id_by_name("a.txt")
    assert window.statusBar().currentMessage() == ("No open disagreement after this one; 1 document(s) that one "
                                                   "coder alone coded are still to take: b.txt")  # it said no more
    window.open_document(store.document_id_by_name("b.txt"))
    qtbot.waitUntil(lambda: panel.alone_button.isVisible())
    qtbot.mouseClick(panel.alone_button, Qt.MouseButton.LeftButton)
    panel.take_focus()
    qtbot.keyClick(panel.table, Qt.Key.Key_J)
    assert window.statusBar().currentMessage() == "No open disagreement after this one"  # nothing left to take


@pytest.fixture
def chinese(qapp):
    from annotator.gui.i18n import install_translator

    assert install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


def test_in_chinese(window, store, qtbot, chinese):
    panel = open_adjudication(window, qtbot)
    window.open_document(store.document_id_by_name("a.txt"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    qtbot.mouseClick(panel.agreed_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.undoText() == "采纳 2 个一致标注"
    panel.take_focus()
    qtbot.keyClick(panel.table, Qt.Key.Key_1)  # the one disagreement decided: J finds none, b.txt still to take
    qtbot.keyClick(panel.table, Qt.Key.Key_J)
    assert window.statusBar().currentMessage() == ("此后没有待裁定的分歧；另有 1 篇文档仅由一名编码者标注，"
                                                   "尚待采纳其标注：b.txt")
    window.open_document(store.document_id_by_name("b.txt"))
    qtbot.waitUntil(lambda: "本文档仅由 Li Ming 标注（王芳 未标注）" in panel.hint.text())
    assert panel.alone_button.text() == "采纳 Li Ming 的标注"
    qtbot.mouseClick(panel.alone_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.undoText() == "采纳 Li Ming 的 2 个标注"
