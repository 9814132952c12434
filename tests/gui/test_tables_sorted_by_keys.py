"""A click on a column's header sorts the spans' table (the doubtful suggestions together, by their
confidence) and the document list, and the header's context menu shows or hides the spans' columns;
the headers take no keys, so a keyboard user could do neither. *View › Sort the spans by*, *Sort the
documents by* and *Columns of the spans table* do it by keyboard (Alt+V, its letter, the arrows, Enter)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from annotator.core.models import Suggestion
from annotator.core.store import Store
from annotator.gui.models.annotation_table import ANN_ID_ROLE
from annotator.gui.models.document_list import DOC_ID_ROLE
from tests.gui.conftest import add_document

Alt = Qt.KeyboardModifier.AltModifier
TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。\n"
SURE = {"厦门市": ("DISTRICT", 0.95), "55.1亿元": ("AMOUNT", 0.41), "松元产业园": ("PROJECT", 0.7)}


@pytest.fixture
def project(tmp_path) -> Path:
    with Store.create(tmp_path / "project") as store:
        doc = add_document(store, "a.txt", TEXT)
        store.add_suggestions(doc, [Suggestion(TEXT.index(piece), TEXT.index(piece) + len(piece), label, piece,
                                               value={}, confidence=sure, reason="test", origin="test")
                                    for piece, (label, sure) in SURE.items()])
        for name, text in (("b.txt", "翔安区将打造20个创新发展共同体。\n"), ("c.txt", "海沧区完成投资3245.7万元。\n")):
            other = add_document(store, name, text)
            if name == "c.txt":  # two open suggestions: more than b.txt's none
                store.add_suggestions(other, [Suggestion(0, 3, "DISTRICT", "海沧区", value={}, confidence=0.8,
                                                         reason="test", origin="test"),
                                              Suggestion(7, 14, "AMOUNT", "3245.7万元", value={}, confidence=0.8,
                                                         reason="test", origin="test")])
    return tmp_path / "project"


def popup() -> QMenu:
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def through_view_menu(qtbot, letter: Qt.Key, entry: str | None) -> None:
    """Alt+V, the submenu's letter, then Down to ``entry`` and Enter (None: Enter on the entry it opens on)."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Alt)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    view = popup()
    qtbot.keyClick(view, letter)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() not in (None, view))
    menu = popup()
    if entry is not None:
        for _ in range(len(menu.actions())):
            if menu.activeAction() is not None and menu.activeAction().text().replace("&", "") == entry:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction().text().replace("&", "") == entry
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def texts(window) -> list[str]:
    proxy = window.table.model()
    return [window.ann_model.by_id(proxy.index(r, 0).data(ANN_ID_ROLE)).text for r in range(proxy.rowCount())]


def test_the_spans_sorted_by_confidence_by_keyboard_and_the_least_sure_rejected_first(window, store, qtbot):
    table = window.table
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # 厦门市, the first in the text
    chosen = window.selected_id
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert texts(window) == ["厦门市", "55.1亿元", "松元产业园"]
    through_view_menu(qtbot, Qt.Key.Key_O, "Confidence")
    assert texts(window) == ["55.1亿元", "松元产业园", "厦门市"]  # the doubtful first
    assert QApplication.focusWidget() is table and window.selected_id == chosen  # the keys and the row stay
    assert table.currentIndex().data(ANN_ID_ROLE) == chosen
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_X)
    amount = next(a for a in store.annotations(window.doc_id) if a.text == "55.1亿元")
    assert amount.status == "rejected"
    assert texts(window) == ["松元产业园", "厦门市"]  # the rejected span hidden
    through_view_menu(qtbot, Qt.Key.Key_O, "Descending")  # its order turned round, as a second click does
    assert texts(window) == ["厦门市", "松元产业园"]
    header = table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder and header.sortIndicatorSection() >= 0
    through_view_menu(qtbot, Qt.Key.Key_O, None)  # the first entry: the text's order again
    assert header.sortIndicatorSection() == -1
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the reject undone
    assert texts(window) == ["厦门市", "55.1亿元", "松元产业园"]


def test_a_column_of_the_spans_shown_and_hidden_by_keyboard(window, qtbot):
    from annotator.gui.models.annotation_table import CONFIDENCE

    table = window.table
    assert not table.isColumnHidden(CONFIDENCE)
    through_view_menu(qtbot, Qt.Key.Key_C, "Confidence")  # its check taken off
    assert table.isColumnHidden(CONFIDENCE)
    assert '"confidence": false' in window.settings.table_columns  # kept for the next start
    assert QApplication.focusWidget() is window.text_view
    through_view_menu(qtbot, Qt.Key.Key_C, "Confidence")
    assert not table.isColumnHidden(CONFIDENCE)


def test_the_documents_sorted_by_their_open_suggestions_by_keyboard(window, qtbot):
    docs = window.panel.view
    qtbot.keyClick(window.text_view, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is docs)
    names = lambda: [docs.model().index(r, 0).data() for r in range(docs.model().rowCount())]  # noqa: E731
    assert names() == ["a.txt", "b.txt", "c.txt"]
    through_view_menu(qtbot, Qt.Key.Key_U, "Open")
    assert names() == ["b.txt", "c.txt", "a.txt"]  # 0, 2, 3 open suggestions
    assert QApplication.focusWidget() is docs
    qtbot.keyClick(docs, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(docs, Qt.Key.Key_Return)  # the first row as sorted opens
    assert window.doc_id == docs.model().index(0, 0).data(DOC_ID_ROLE)
    assert window.panel.view.model().index(0, 0).data() == "b.txt"


def test_the_entries_speak_chinese_in_the_chinese_interface(window, qtbot):
    window.commands.set_language("zh_CN")
    try:
        view = window.window_actions.menus["menu_view"]
        qtbot.waitUntil(lambda: view.title() == "视图(&V)")
        titles = [a.text() for a in view.actions() if a.menu() is not None]
        assert {"标注的排序依据(&O)", "文档的排序依据(&U)", "标注表显示的列(&C)"} <= set(titles)
        qtbot.keyClick(window.text_view, Qt.Key.Key_V, Alt)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        qtbot.keyClick(popup(), Qt.Key.Key_O)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() not in (None, view))
        entries = [a.text() for a in popup().actions() if a.text()]
        assert entries[:3] == ["正文中的顺序", "标签", "文本"] and entries[-1] == "降序(&D)"
        qtbot.keyClick(popup(), Qt.Key.Key_Escape)
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    finally:
        window.commands.set_language("en")
