"""What a QA pass over the window on the six real reports (imported, ``annotator suggest`` run) found:
the form's Links row named the jurisdiction three times in nested brackets ("district: 滨州市 371600
(suggested: jurisdiction: 滨州市 371600 (title: 滨州市 371600))"); at 1366×768 with the Statistics open
the annotation table's Text column was 60 px ("京…体") beside a Value column empty for every project;
the form showed an open suggestion's "Annotator" caption beside nothing (its origin says who proposed it).
The Statistics panel at its narrow width cut off *Evaluate (cross-validate)* and scrolled sideways.
The Adjudication panel with no document open, on a project of one coder, showed the keys (1–9: take
that coder's version…) over an empty table, not that it compares two or more coders.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionButton

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
BINZHOU = "滨州市 371600"


@pytest.fixture
def project(six_reports):
    return six_reports


@pytest.fixture
def chinese(qapp):
    from annotator.gui.i18n import install_translator

    assert install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


def _binzhou_fact(window, store):
    """A fact of the Binzhou report linked (suggested) to the report's jurisdiction, selected."""
    window.open_document(store.document_id_by_name("binzhou_2024.txt"))
    link = next(k for k in store.links(window.doc_id) if k.reason.startswith(f"jurisdiction: {BINZHOU} (title:")
                and ";" not in k.reason)
    window.select_annotation(link.source_id)
    return link


def test_a_link_to_the_jurisdiction_names_the_district_once(window, store, qtbot):
    _binzhou_fact(window, store)
    qtbot.waitUntil(lambda: "district:" in window.form.links_label.text())
    line = window.form.links_label.text()
    assert line == f"district: {BINZHOU} (suggested: the document's jurisdiction, named in its title)"
    assert line.count("滨州市") == 1


def test_a_link_to_the_jurisdiction_names_the_district_once_in_chinese(window, store, qtbot, chinese):
    _binzhou_fact(window, store)
    qtbot.waitUntil(lambda: "所属地区" in window.form.links_label.text())
    assert window.form.links_label.text() == f"所属地区：{BINZHOU} （建议：文档所属辖区，见于标题）"


def test_what_a_jurisdiction_link_adds_is_said_after_the_brief_reason(window):
    from annotator.gui.reasons import link_reason_text

    assert (link_reason_text("jurisdiction: 辽源市 220400 (title: 辽源市 220400); 吉林省 named inside holds it")
            == "the document's jurisdiction, named in its title; 吉林省 named inside holds it")
    assert (link_reason_text("jurisdiction: 湖里区 350206 (most mentioned: 湖里区 350206 (34 times))")
            == "the document's jurisdiction, the district it names most (34 times)")
    assert link_reason_text("jurisdiction: 湖里区 350206 (given)") == "the document's jurisdiction, as given"
    assert link_reason_text("nested: 巴马 in 巴马长寿养生国际旅游区") == "nested: 巴马 in 巴马长寿养生国际旅游区"


def test_a_projects_name_of_eight_characters_is_whole_in_the_table_at_1366_with_the_statistics_open(
        window, store, qtbot):
    from annotator.gui.models.annotation_table import STATUS, TEXT

    window.resize(1366, 768)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # View › Statistics
    stats = window.docks.get("statistics")
    qtbot.waitUntil(stats.isVisible)
    window.open_document(store.document_id_by_name("binzhou_2024.txt"))
    view, header = window.table, window.table.horizontalHeader()
    name = next(a.text for a in store.annotations(window.doc_id) if a.label == "PROJECT" and len(a.text) == 8)
    qtbot.waitUntil(lambda: view.viewport().width() < 400)  # the table beside the article, the form, the panel
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    shown = view.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, header.sectionSize(TEXT) - margin)
    assert shown == name, (header.sectionSize(TEXT), name)
    assert header.sectionViewportPosition(STATUS) + header.sectionSize(STATUS) <= view.viewport().width()


def test_an_open_suggestion_shows_no_empty_annotator_and_an_accepted_span_names_its_coder(window, store, qtbot):
    form = window.form
    caption = form._captions["annotator"]
    window.open_document(store.document_id_by_name("binzhou_2024.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # the first open suggestion
    qtbot.waitUntil(lambda: form.annotation() is not None)
    span = form.annotation()
    assert span.status == "suggested" and span.annotator == ""
    assert form.origin_label.isVisible() and form.origin_label.text()  # who proposed it: the rules, the model
    assert not caption.isVisible() and not form.annotator_label.isVisible()
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)  # accepted: tester's now
    assert store.annotation(span.id).annotator == "tester"
    window.select_annotation(span.id)
    qtbot.waitUntil(lambda: form.annotator_label.isVisible())
    assert caption.isVisible() and caption.text() == "Annotator" and form.annotator_label.text() == "tester"


def _whole(button) -> bool:
    """The button's text fits inside it (the style's margins around the text)."""
    option = QStyleOptionButton()
    option.initFrom(button)
    fm = button.fontMetrics()
    need = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option,
                                          QSize(fm.horizontalAdvance(button.text()), fm.height()), button)
    return need.width() <= button.width()


@pytest.mark.parametrize("language, full, short", [("en", "Evaluate (cross-validate)", "Cross-validate"),
                                                    ("zh_CN", "评估（交叉验证）", "交叉验证")])
def test_the_statistics_evaluate_button_fits_a_narrow_panel(window, qtbot, qapp, language, full, short):
    from annotator.gui.i18n import install_translator

    install_translator(qapp, language)
    try:
        window.resize(1366, 768)
        qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # View › Statistics
        stats = window.docks.get("statistics")
        qtbot.waitUntil(stats.isVisible)
        button, area = stats.model.evaluate_button, stats.widget()
        window.resizeDocks([stats], [150], Qt.Orientation.Horizontal)  # as narrow as it came back in QA
        qtbot.waitUntil(lambda: stats.width() <= 160)

        def in_view() -> bool:
            return button.mapTo(area.viewport(), button.rect().topRight()).x() < area.viewport().width()

        qtbot.waitUntil(lambda: in_view() and _whole(button))
        assert button.text() in (full, short) and button.accessibleName() == full
        assert button.text() == short or language != "en"  # (the Chinese is short enough whole)
        window.resizeDocks([stats], [320], Qt.Orientation.Horizontal)  # room: the full label again
        qtbot.waitUntil(lambda: button.text() == full)
        assert _whole(button)
    finally:
        install_translator(qapp, "en")


def test_the_adjudication_panel_of_one_coder_says_it_compares_two_with_no_document_open(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: window.form.annotation() is not None)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)  # tester accepts a span: the project's one coder
    window.show_nothing()  # no document open (as after the open one was removed)
    assert window.doc_id is None
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)  # the Adjudication panel
    panel = window.adjudication
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: "two or more coders" in panel.hint.text())
    assert "this project has spans of tester only" in panel.hint.text() and "1–9" not in panel.hint.text()
    window.open_document(store.document_id_by_name("hechi_2015.txt"))  # a document: the same hint
    assert "this project has spans of tester only" in panel.hint.text()


def test_the_statistics_as_they_open_at_1024_px_show_every_count_whole(window, store, qtbot):
    """The project's table read "1,0…" for the six reports' 1,0xx open suggestions: the label column
    gives way down to its swatch before a number is cut."""
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.open_document(store.document_id_by_name("binzhou_2024.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # View › Statistics
    panel = window.statistics
    table = panel.project_table
    total = table.rowCount() - 1
    qtbot.waitUntil(lambda: table.item(total, 2) is not None and "," in table.item(total, 2).text())
    qtbot.waitUntil(lambda: table.isColumnHidden(4))  # narrow: the bars hidden
    for row in range(table.rowCount()):
        for column in range(1, 4):
            item = table.item(row, column)
            width = QFontMetrics(item.font()).horizontalAdvance(item.text())
            assert width + 4 <= table.columnWidth(column), (item.text(), table.columnWidth(column), panel.width())
