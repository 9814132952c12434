"""In an empty project (no document, no span) in Chinese at 1024 px, in the font the program sets (its
Chinese fallback, Noto Sans CJK SC), the annotation table's 状态 column ran 10 px past the table's right
edge, its header cut: the value column, fitted to its header 值 alone, was worked out at 30 px, but the
header gives a column no less than its least section size (40 px in that font), and the text took the
10 px the value did not have. The text now takes what the header really leaves."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase

from annotator.core.store import Store
from annotator.gui.models.annotation_table import LABEL, STATUS, TEXT, VALUE


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "empty"
    Store.create(folder).close()
    return folder


@pytest.fixture
def program_font_in_chinese(qapp):
    """The interface as ``app.run`` starts it in Chinese: the Chinese fallback font, the Chinese words."""
    from annotator.gui.i18n import install_translator

    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("needs the Noto Sans CJK SC font (fonts-noto-cjk)")
    font = QFont(qapp.font())
    font.setFamilies([font.family(), "Noto Sans CJK SC"])
    qapp.setFont(font)  # (put back after the test: conftest's application_as_before, as the language)
    assert install_translator(qapp, "zh_CN")


def test_in_an_empty_project_in_chinese_the_status_column_is_whole_in_view(program_font_in_chinese, project,
                                                                           settings, qtbot):
    from annotator.gui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(project)
    view, header = window.table, window.table.horizontalHeader()
    qtbot.waitUntil(lambda: 0 < view.viewport().width() < 400)
    assert view.model().headerData(STATUS, header.orientation()) == "状态"
    assert header.minimumSectionSize() > view._fit(VALUE, [])  # the case: the header's least is the wider
    for column in (LABEL, TEXT, VALUE, STATUS):
        assert not view.isColumnHidden(column)
        left = header.sectionViewportPosition(column)
        assert 0 <= left and left + header.sectionSize(column) <= view.viewport().width(), (column, left)
    assert view.horizontalScrollBar().value() == 0
    window.store.close()
