"""Counts of the window are written one way, grouped as the reports in the status bar write them
("1,035"): the status bar's document and project counts and the Statistics panel's open
suggestions said "1035 条" beside a status line's "1,035 条", in both languages."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.models import Suggestion
from annotator.core.store import Store
from annotator.gui.display import label_text
from tests.gui.conftest import add_document
from tests.gui.test_find_long import type_chinese

N = 1035
Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def project(tmp_path):
    """One document with 1,035 open suggestions."""
    folder = tmp_path / "project"
    text = "湖里区。" * N
    with Store.create(folder) as store:
        doc = add_document(store, "big.txt", text)
        store.add_suggestions(doc, [Suggestion(4 * i, 4 * i + 3, "DISTRICT", "湖里区", value={}, confidence=0.8,
                                               reason="test", origin="test") for i in range(N)])
    return folder


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_counts_are_grouped_in_the_status_bar_and_the_statistics(window, qtbot, language):
    try:
        window.commands.set_language(language)
        window.open_document(window.store.documents()[0].id)
        window.statistics.show()
        qtbot.waitUntil(lambda: "1,035" in window.project_status.text())
        texts = {"document": window.doc_status.text(), "project": window.project_status.text(),
                 "statistics": window.statistics.open_line.text()}
        for where, text in texts.items():
            assert "1,035" in text and "1035" not in text, (where, text)
        if language == "zh_CN":
            assert "待审建议 1,035 条" in texts["project"] and "待审建议 1,035 条" in texts["document"]
    finally:
        window.commands.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_accept_all_question_groups_its_count(window, qtbot, language):
    """"Accept 1035 open … suggestion(s)?" beside a status bar's "1,035 open suggestions"."""
    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) or False  # answered No: nothing changes
    try:
        window.commands.set_language(language)
        window.open_document(window.store.documents()[0].id)
        menu = window.window_actions.menus["menu_accept_doc"]
        district = menu.actions()[0]  # the labels in their order: DISTRICT first
        district.trigger()  # Suggestions › Accept all in this document › District
        said = (f"Accept 1,035 open {label_text('DISTRICT')} suggestion(s) in this document?" if language == "en"
                else "1,035")
        assert len(asked) == 1 and said in asked[0] and "1035" not in asked[0], asked
    finally:
        window.commands.set_language("en")
    assert window.store.count_annotations()[("DISTRICT", "suggested")] == N  # answered No


def test_the_search_window_groups_its_count(window, qtbot):
    """"The first 1,000 hits …" (not 1000) beside the status bar's 1,035."""
    window.open_document(window.store.documents()[0].id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl | Shift)
    dialog = window.commands._search_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is dialog.query)
    type_chinese(dialog.query, "湖里区")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "hits" in dialog.count.text())
    assert dialog.count.text() == "The first 1,000 hits are shown, from 1 document(s); the last of them holds more."
