"""Counts of the window are written one way, grouped as the reports in the status bar write them
("1,035"): the status bar's document and project counts and the Statistics panel's open
suggestions said "1035 条" beside a status line's "1,035 条", in both languages."""
from __future__ import annotations

import pytest

from annotator.core.models import Suggestion
from annotator.core.store import Store
from tests.gui.conftest import add_document

N = 1035


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
