"""What a visual pass over the window and its dialogs (English and Chinese; 1024×768, 1366×768 and
twice the pixels) found wrong to the eye, each checked as the user would see it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.models.document_list import ACCEPTED, DATE, DONE, NAME, OPEN, TITLE
from annotator.gui.widgets.document_panel import NAME_WIDTH


def test_the_export_dialog_shows_the_four_labels_whole_beside_two_coders(window, store, qtbot):
    """The labels' list had a height cap only, and the dialog opened below its size hint: four labels
    showed three and a half under a scroll bar while the coders' list below kept empty room."""
    doc = window.doc_id or store.document_id_by_name("a.txt")
    for coder in ("ann", "bo"):
        store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    dialog = ExportDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.annotators.count() > 0)  # read off the window's thread
    labels = dialog.labels
    assert labels.count() == 4 and dialog.annotators.isVisible()
    assert dialog.sizeHint().height() <= dialog.height()  # nothing squeezed at the size it opens at
    assert not labels.verticalScrollBar().isVisible()
    assert labels.visualItemRect(labels.item(3)).bottom() < labels.viewport().height()
    coders = dialog.annotators
    assert coders.visualItemRect(coders.item(coders.count() - 1)).bottom() < coders.viewport().height()


REPORTS = [(f"{city}_{year}.txt", f"{year}-01-15", f"{year}年1月15日在{place}第七届人民代表大会第三次会议上")
           for city, year, place in (("binzhou", 2024, "滨州市"), ("jincheng", 2020, "晋城市"),
                                     ("tianshui", 2020, "天水市"))]


@pytest.fixture
def reports(tmp_path) -> Path:
    """Three documents named, dated and titled as the six real reports are (the title their dateline)."""
    with Store.create(tmp_path / "reports") as store:
        for name, date, title in REPORTS:
            text = f"{title}\n滨州市计划投资55.1亿元。\n"
            store.add_document(Document(None, name, title, text, sha256=sha256(text), metadata={"date": date}))
    return tmp_path / "reports"


def _shown_name(view, row: int) -> str:
    """The text the list paints in a row's name cell (its delegate's, elided to the cell)."""
    index = view.model().index(row, NAME)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.fontMetrics = view.fontMetrics()
    option.font = view.font()
    option.widget = view
    view.itemDelegateForColumn(NAME).initStyleOption(option, index)
    return option.text


def _in_view(view, column: int) -> bool:
    header = view.horizontalHeader()
    return (not view.isColumnHidden(column)
            and header.sectionViewportPosition(column) + header.sectionSize(column) <= view.viewport().width())


def test_a_narrow_document_list_keeps_the_counts_in_view_and_elides_the_names_stem(window, reports, qtbot):
    """Beside the Guide at 1024 px the list was 190 px wide: names "h…t", the open counts and the done
    mark scrolled out of view. The date now gives way first, and a name cut short keeps the start and
    end of its stem ("bin…024"), not the ".txt" every document has."""
    assert window.open_project(reports)
    view = window.panel.view
    window.resize(1024, 768)
    window.main_splitter.setSizes([190, 450, 384])
    qtbot.waitUntil(lambda: view.isColumnHidden(DATE))
    assert all(_in_view(view, c) for c in (NAME, ACCEPTED, OPEN, DONE))
    assert view.horizontalHeader().sectionSize(NAME) >= NAME_WIDTH[0] // 2
    names = [_shown_name(view, row) for row in range(3)]
    assert all("…" in n and not n.endswith("txt") for n in names), names
    assert names[0].startswith("b") and names[0].endswith("4"), names
    assert all(view.fontMetrics().horizontalAdvance(n) <= view.columnWidth(NAME) for n in names)
    window.main_splitter.setSizes([420, 300, 304])  # wider again: the date comes back, the names whole
    qtbot.waitUntil(lambda: not view.isColumnHidden(DATE))
    assert [_shown_name(view, row) for row in range(3)] == [name for name, _d, _t in REPORTS]


def test_the_title_column_shows_more_than_two_characters_or_hides(window, reports, qtbot):
    """At 1366×768 the title took the 68 px left: "20…议上" of "2024年1月15日在滨州市…会议上". Below six
    Chinese characters of room it hides (the name's tooltip has it) and the name takes the room, the
    columns filling the list."""
    assert window.open_project(reports)
    view = window.panel.view
    header = view.horizontalHeader()
    window.resize(1366, 768)
    for width in (300, 330, 360, 400, 460, 520):
        window.main_splitter.setSizes([width, 1000 - width, 366])
        qtbot.waitUntil(lambda w=width: abs(window.panel.width() - w) < 10)
        QApplication.processEvents()
        if not view.isColumnHidden(TITLE):
            assert header.sectionSize(TITLE) >= view.fontMetrics().horizontalAdvance("中" * 6), width
        assert all(_in_view(view, c) for c in (NAME, ACCEPTED, OPEN, DONE)), width
        assert view.isColumnHidden(DATE) == (width < 320) and not view.isColumnHidden(NAME), width
        shown = sum(header.sectionSize(c) for c in range(header.count()) if not view.isColumnHidden(c))
        assert shown >= view.viewport().width() - 1, width  # no empty strip at the right


def test_the_annotation_import_dialog_in_chinese_is_wide_enough_for_its_notes(window, qtbot, qapp):
    """Qt laid its wrapped Chinese notes out 262 px wide: each on three lines, the files' names broken
    over two."""
    from annotator.gui.dialogs.annotation_import_dialog import AnnotationImportDialog
    from annotator.gui.i18n import install_translator

    assert install_translator(qapp, "zh_CN")
    dialog = AnnotationImportDialog(["binzhou_2024.gold.jsonl", "hechi_2015.gold.jsonl"], "李明", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.accepted_note.text().startswith("导入的标注")  # in Chinese
    line = dialog.fontMetrics().lineSpacing()
    assert dialog.heading.height() < 2 * line  # the names on one line
    for note in (dialog.accepted_note, dialog.suggested_note):
        assert note.height() < 2 * line, note.text()
    assert dialog.name_note.height() < 3 * line
    assert dialog.height() <= dialog.heightForWidth(dialog.width()) + 2  # no gaps between the rows
