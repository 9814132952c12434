"""What a screenshot pass over the window and its dialogs (English and Chinese, 1024×600 and
1920×1080) found: the Adjudication panel and the search dialog were empty without a word of why;
the label editor showed the schema's descriptions in English in the Chinese interface; the export
dialog asked for 632 px (taller than a 1024×600 screen) and opened 560 px tall, its buttons under a
task bar; its annotator "—" did not say whose spans those are."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.label_editor import DESCRIPTION, LabelEditorDialog
from annotator.gui.dialogs.search_dialog import SearchDialog

SCREEN = 600  # a 1024×600 screen, less a title bar and a task bar
TITLE_AND_TASK_BAR = 70


@pytest.fixture
def chinese(qapp):
    from annotator.gui.i18n import install_translator

    assert install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


def test_the_adjudication_panel_says_why_its_table_is_empty(window, store, qtbot):
    panel = window.docks.get("adjudication")
    panel.show()
    qtbot.waitUntil(lambda: "nobody has accepted" in panel.hint.text())  # suggestions only: no coder
    district = next(a for a in store.annotations(window.doc_id) if a.label == "DISTRICT")
    store.add_annotation(district.document_id, district.start, district.end, "DISTRICT", annotator="tester")
    panel.coders.editingFinished.emit()  # read again (the project changed beside the window)
    assert "this project has spans of tester only" in panel.hint.text()
    assert panel.model.rowCount() == 0
    panel.coders.setText("tester")
    panel.coders.editingFinished.emit()
    assert "name them above" in panel.hint.text()
    span = next(a for a in store.annotations(window.doc_id) if a.annotator == "tester")
    store.add_annotation(span.document_id, span.start, span.end, span.label, annotator="other")  # they agree
    panel.coders.setText("tester, other")
    panel.coders.editingFinished.emit()
    assert panel.model.rowCount() == 0 and "No disagreements left in this document" in panel.hint.text()
    panel.only_open.setChecked(False)  # the agreed region listed: the keys again
    assert panel.model.rowCount() == 1 and panel.hint.text().startswith("1–9")


def test_the_adjudication_hint_in_chinese(window, qtbot, chinese):
    panel = window.docks.get("adjudication")
    panel.show()
    qtbot.waitUntil(lambda: panel.hint.text().startswith("裁定比较两名或以上编码员"))


def test_the_search_dialog_says_what_it_is_for_and_when_nothing_is_found(window, qtbot):
    dialog = SearchDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert "Type the text to find" in dialog.count.text()
    assert dialog.search("不在文中的话") == 0
    assert dialog.count.text() == "“不在文中的话” is in none of the project's documents."
    assert dialog.search("集美") == 2 and dialog.count.text().startswith("2 found in 2 document")
    dialog.query.clear()
    dialog.search("")
    assert "Type the text to find" in dialog.count.text()


def test_the_search_dialog_hint_in_chinese(window, qtbot, chinese):
    dialog = SearchDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert dialog.count.text().startswith("输入要查找的文字")


def test_the_export_dialog_fits_a_1024_by_600_screen_and_names_the_unnamed_spans(window, qtbot):
    dialog = ExportDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.annotators.count() > 0)  # read off the window's thread
    assert dialog.sizeHint().height() + TITLE_AND_TASK_BAR <= SCREEN
    assert dialog.height() + TITLE_AND_TASK_BAR <= SCREEN
    assert dialog.export_button.isVisible() and dialog.export_button.geometry().bottom() < dialog.height()
    names = {dialog.annotators.item(i).data(Qt.ItemDataRole.UserRole): dialog.annotators.item(i).text()
             for i in range(dialog.annotators.count())}
    assert names[""] == "— (no annotator: suggested or imported spans)"


def test_the_label_editor_shows_the_schemas_descriptions_in_chinese(window, store, qtbot, chinese):
    dialog = LabelEditorDialog(window.store, window, ops=window.ops)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.label_at(r).name == "DISTRICT")
    shown = dialog.table.item(row, DESCRIPTION).text()
    assert shown.startswith("乡镇级及以上的行政区")
    assert next(label for label in store.labels() if label.name == "DISTRICT").description.startswith(
        "Administrative area")  # only shown so: the project keeps its text


def test_a_narrow_document_list_hides_the_title_rather_than_cut_off_the_done_mark(window, qtbot):
    """At 1024×600 the title column was "…" and the done mark half out of view."""
    from annotator.gui.models.document_list import DONE, NAME, TITLE

    view = window.panel.view
    header = view.horizontalHeader()

    def in_view(column: int) -> bool:
        return header.sectionViewportPosition(column) + header.sectionSize(column) <= view.viewport().width()

    window.resize(1024, 600)
    window.main_splitter.setSizes([250, 450, 324])
    qtbot.waitUntil(lambda: view.isColumnHidden(TITLE))
    assert in_view(DONE) and in_view(NAME) and header.sectionSize(NAME) >= 40
    tip = window.panel.proxy.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert window.panel.proxy.index(0, TITLE).data() in tip  # the title is still there, in the name's tooltip
    window.resize(1280, 800)
    window.main_splitter.setSizes([350, 510, 420])
    qtbot.waitUntil(lambda: not view.isColumnHidden(TITLE))
    assert header.sectionSize(TITLE) >= 60 and in_view(DONE)


def test_the_empty_article_says_what_to_do(window, qtbot, tmp_path):
    """With no project, an empty project or no document open, the article was a blank page."""
    from annotator.core.store import Store
    from annotator.gui.empty_hint import empty_hint

    view = window.text_view
    assert window.doc_id is not None and view.toPlainText()  # a document: its text, the hint unseen
    window.show_nothing()
    assert view.placeholderText() == "Choose a document in the list on the left." and not view.toPlainText()
    Store.create(tmp_path / "empty").close()
    assert window.open_project(tmp_path / "empty")
    assert window.doc_id is None and view.placeholderText().startswith("This project has no documents yet.")
    window._close_project()
    assert empty_hint(window).startswith("No project is open.")


def test_the_empty_article_hint_in_chinese(window, qtbot, tmp_path, chinese):
    from annotator.core.store import Store

    Store.create(tmp_path / "empty").close()
    assert window.open_project(tmp_path / "empty")
    qtbot.waitUntil(lambda: window.text_view.placeholderText().startswith("本标注工程还没有文档。"))
    # the suffixes (".txt、.md、….ofd", no break allowed before a dot) ran on past the page's right edge, cut
    # off at ".pd" in a 1366-px window: the hint, word-wrapped as the page paints it, fits a narrow page too
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    hint = window.text_view.placeholderText()
    assert ".pdf" in hint
    for width in (300, 500):
        laid = QFontMetrics(window.text_view.font()).boundingRect(QRect(0, 0, width, 10_000),
                                                                  Qt.TextFlag.TextWordWrap, hint)
        assert laid.width() <= width, (width, laid.width())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_table_filters_show_their_names_whole_in_a_1024_window(window, qtbot, qapp, language):
    """Shared evenly, the annotator box read "Annotato" at 1024×600."""
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

    from annotator.gui.i18n import install_translator

    install_translator(qapp, language)
    try:
        window.resize(1024, 600)
        qtbot.waitUntil(lambda: window.width() == 1024)
        QApplication.processEvents()
        bar = window.table_filter
        for box in (bar.label_box, bar.status_box, bar.annotator_box, bar.origin_box):
            option = QStyleOptionComboBox()
            box.initStyleOption(option)
            field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                               QStyle.SubControl.SC_ComboBoxEditField, box)
            assert box.fontMetrics().horizontalAdvance(box.itemText(0)) <= field.width(), box.itemText(0)
    finally:
        install_translator(qapp, "en")


def test_the_coders_field_has_the_room_and_its_hint_in_a_tooltip(window, qtbot):
    """It was "names, separated by commas (em…" at 1024×600: the gold layer's field, holding one
    short name, was as wide; the rest of the hint was nowhere."""
    panel = window.docks.get("adjudication")
    panel.show()
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024 and panel.coders.isVisible())
    assert panel.coders.width() >= 2 * panel.layer.width()
    # the placeholder short, whole in a narrow dock (tests/gui/test_adjudication_narrow_dock.py), the tooltip in full
    assert panel.coders.placeholderText() == "names (empty: all)"
    assert panel.coders.toolTip() == "names, separated by commas (empty: every annotator)"
