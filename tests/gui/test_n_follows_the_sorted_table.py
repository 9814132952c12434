"""N / P in a spans table sorted by a column (by confidence: the doubtful first) walk the rows as the table
shows them: X or A there selects the row below next, and N went on in the TEXT's order instead, to a span
anywhere in the table or into the next document while the table still had suggestions below. Now N goes
down the table and P up it, then into the next (previous) document at its first (last) row as sorted; in
the text's order (the table unsorted) N and P follow the text, as before."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.models import Suggestion
from annotator.core.store import Store
from tests.gui.conftest import add_document
from tests.gui.test_tables_sorted_by_keys import texts, through_view_menu

TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。\n"
SURE = {"厦门市": ("DISTRICT", 0.95), "55.1亿元": ("AMOUNT", 0.41), "松元产业园": ("PROJECT", 0.7)}
OTHER = "海沧区完成投资3245.7万元。\n"
OTHER_SURE = {"海沧区": ("DISTRICT", 0.9), "3245.7万元": ("AMOUNT", 0.5)}  # sorted: the amount first


def suggest(store: Store, doc: int, text: str, sure: dict[str, tuple[str, float]]) -> None:
    store.add_suggestions(doc, [Suggestion(text.index(piece), text.index(piece) + len(piece), label, piece,
                                           value={}, confidence=c, reason="test", origin="test")
                                for piece, (label, c) in sure.items()])


@pytest.fixture
def project(tmp_path) -> Path:
    with Store.create(tmp_path / "project") as store:
        suggest(store, add_document(store, "a.txt", TEXT), TEXT, SURE)
        suggest(store, add_document(store, "b.txt", OTHER), OTHER, OTHER_SURE)
    return tmp_path / "project"


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def selected_text(window) -> str:
    return window.ann_model.by_id(window.selected_id).text


def sorted_by_confidence(window, qtbot) -> None:
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    through_view_menu(qtbot, Qt.Key.Key_O, "Confidence")
    assert texts(window) == ["55.1亿元", "松元产业园", "厦门市"]
    qtbot.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert selected_text(window) == "55.1亿元"


def test_n_after_x_goes_on_down_the_sorted_table_as_the_row_selected_next(window, store, qtbot):
    sorted_by_confidence(window, qtbot)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_X)  # 松元产业园 rejected, hidden: the row below, 厦门市, selected in its place
    assert {a.text: a.status for a in store.annotations(window.doc_id)}["松元产业园"] == "rejected"
    assert selected_text(window) == "厦门市"
    press(qtbot, Qt.Key.Key_N)  # on from the span decided: the row below it (it went to b.txt, 厦门市 passed over)
    assert window.doc_model.name_of(window.doc_id) == "a.txt" and selected_text(window) == "厦门市"
    press(qtbot, Qt.Key.Key_P)  # up the table: the doubtful amount, before 厦门市 in the table, not in the text
    assert selected_text(window) == "55.1亿元"


def test_n_after_a_goes_to_the_row_below_then_the_next_document_first_row_as_sorted(window, store, qtbot):
    sorted_by_confidence(window, qtbot)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_A)  # 松元产业园 accepted: it stays selected
    assert selected_text(window) == "松元产业园"
    press(qtbot, Qt.Key.Key_N)  # the row below (it went to b.txt: 松元产业园 is the text's last)
    assert window.doc_model.name_of(window.doc_id) == "a.txt" and selected_text(window) == "厦门市"
    press(qtbot, Qt.Key.Key_N)  # the table's end: b.txt, at its first row as sorted (not its text's first)
    assert window.doc_model.name_of(window.doc_id) == "b.txt"
    assert texts(window) == ["3245.7万元", "海沧区"] and selected_text(window) == "3245.7万元"
    press(qtbot, Qt.Key.Key_P)  # back to a.txt, at its last open suggestion as sorted
    assert window.doc_model.name_of(window.doc_id) == "a.txt" and selected_text(window) == "厦门市"


def test_in_the_text_order_n_follows_the_text_as_before(window, qtbot):
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    through_view_menu(qtbot, Qt.Key.Key_O, "Confidence")
    through_view_menu(qtbot, Qt.Key.Key_O, None)  # the first entry: the text's order again
    assert texts(window) == ["厦门市", "55.1亿元", "松元产业园"]
    qtbot.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert selected_text(window) == "厦门市"
    press(qtbot, Qt.Key.Key_N)
    assert selected_text(window) == "55.1亿元"
    press(qtbot, Qt.Key.Key_N)
    assert selected_text(window) == "松元产业园"
