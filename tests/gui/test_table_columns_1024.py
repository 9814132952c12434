"""At 1024×768 in English the annotation table (the window's bottom right) left its Value column out of
view while the Chinese one showed it: the English label and status columns are wider (DISTRICT,
suggested), and the value hid before the text gave up its first eight characters. Label, text, value
and status now lie within the table's width in both languages, the text elided, without a sideways scroll."""
from __future__ import annotations

import pytest

from annotator.gui.models.annotation_table import LABEL, STATUS, TEXT, VALUE
from tests.gui import languages

language = languages.language  # the fixture: English, then Chinese


@pytest.fixture
def project(six_reports):
    return six_reports


def test_label_text_value_and_status_are_in_view_at_1024_px(language, window, store, qtbot):
    window.resize(1024, 768)
    window.main_splitter.setSizes([280, 410, 334])  # as a first start at 1024×768 lays the panes out
    window.open_document(store.document_id_by_name("binzhou_2024.txt"))
    view, header = window.table, window.table.horizontalHeader()
    qtbot.waitUntil(lambda: view.viewport().width() < 330 and view.model().rowCount() > 0)
    assert header.sectionSize(VALUE) > 0 and any(a.value for a in store.annotations(window.doc_id))
    names = {c: view.model().headerData(c, header.orientation()) for c in (LABEL, TEXT, VALUE, STATUS)}
    assert names[VALUE] == ("值" if language == "zh_CN" else "Value")
    for column in (LABEL, TEXT, VALUE, STATUS):
        left = header.sectionViewportPosition(column)
        assert not view.isColumnHidden(column), names[column]
        assert 0 <= left and left + header.sectionSize(column) <= view.viewport().width(), (names[column], left)
    assert view.horizontalScrollBar().value() == 0
    assert header.sectionSize(TEXT) >= 60  # elided, not gone
