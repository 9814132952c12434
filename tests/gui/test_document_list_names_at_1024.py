"""At 1024 px wide the document list showed its names cut in the middle (binz…2024) while the Date column beside
them took its full width: the date hid only when the name would have had less than 80 px. A name is what the
list is for: the date now gives way (hidden, as below the name's least) before the names are cut."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from annotator.core.store import Store
from annotator.gui.models.document_list import DATE, NAME
from tests.gui.conftest import add_document

NAMES = ["binzhou_2024.txt", "hangzhou_2023.txt", "xiamen_2024.txt", "liaoyuan_2022.txt"]


@pytest.fixture
def project(tmp_path):
    with Store.create(tmp_path / "reports") as store:
        for n, name in enumerate(NAMES):
            doc = add_document(store, name, f"{name}政府工作报告。湖里区投资{n}亿元。")
            store.set_document_metadata(doc, "date", f"2024-01-1{n}")
    return tmp_path / "reports"


def shown_name(view, row: int) -> str:
    """The text the list paints in a row's name cell (its delegate elides it to the cell's width)."""
    index = view.model().index(row, NAME)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForColumn(NAME).initStyleOption(option, index)
    return option.text


@pytest.mark.parametrize("list_width", [300, 330, 360])
def test_at_1024_the_names_are_whole_before_the_date_column_takes_room(window, qtbot, list_width):
    window.resize(1024, 640)
    view = window.panel.view
    qtbot.waitUntil(lambda: window.width() == 1024 and view.model().rowCount() == len(NAMES))
    sizes = window.main_splitter.sizes()  # the list as wide as a user's font or a dragged splitter makes it
    window.main_splitter.setSizes([list_width, sum(sizes) - list_width - sizes[2], sizes[2]])
    qtbot.waitUntil(lambda: abs(window.panel.width() - list_width) < 20)
    shown = [shown_name(view, row) for row in range(len(NAMES))]
    names = [view.model().index(row, NAME).data() for row in range(len(NAMES))]
    # whole, or its stem whole (the extension every document shares left out)
    assert all(text in (name, name.rpartition(".")[0]) for text, name in zip(shown, names, strict=True)), (
        shown, view.horizontalHeader().sectionSize(NAME), view.isColumnHidden(DATE))
    assert list_width < 360 or not view.isColumnHidden(DATE)  # with room for both, the date stays
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(NAME) + header.sectionSize(NAME) <= view.viewport().width()
