"""Readable in a light and a dark palette: every colour the window draws text on keeps WCAG's 4.5:1
against the text drawn on it — a span's wash under the palette's text, the selected span, the
spans linked to it and find hits under their own ink, a rejected span's greyed text, the label
buttons, a refused value's field, a decided adjudication row, the backup warning. A system that
turns dark while the window is open re-colours the article."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from annotator.gui.contrast import MIN_RATIO, over, ratio
from tests.gui.test_find_keys import type_chinese

R = QPalette.ColorRole
DARK = {R.Window: "#2b2b2b", R.WindowText: "#e0e0e0", R.Base: "#1e1e1e", R.AlternateBase: "#323232",
        R.Text: "#e0e0e0", R.Button: "#3c3c3c", R.ButtonText: "#e0e0e0", R.Highlight: "#2f65ca",
        R.HighlightedText: "#ffffff", R.PlaceholderText: "#8a8a8a"}
LIGHT = {R.Window: "#efefef", R.WindowText: "#000000", R.Base: "#ffffff", R.AlternateBase: "#f7f7f7",
         R.Text: "#000000", R.Button: "#efefef", R.ButtonText: "#000000", R.Highlight: "#308cc6",
         R.HighlightedText: "#ffffff", R.PlaceholderText: "#7f7f7f"}
Ctrl = Qt.KeyboardModifier.ControlModifier


def palette(colours: dict) -> QPalette:
    p = QPalette()
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    old = QApplication.palette()
    QApplication.setPalette(palette(DARK if request.param == "dark" else LIGHT))
    yield request.param
    QApplication.setPalette(old)


@pytest.fixture
def themed(scheme, window):
    """The window in the palette the system has when it opens (the palette set before it is made)."""
    return window


def drawn(fmt, base: QColor) -> QColor:
    bg = fmt.background().color()
    return over(bg, bg.alphaF(), base) if fmt.background().style() != Qt.BrushStyle.NoBrush else base


def check_article(view):
    base, text = view.palette().color(R.Base), view.palette().color(R.Text)
    labels = [label.name for label in view.window().store.labels()]
    assert len(labels) == 4
    for label in labels:
        for status in ("accepted", "suggested"):
            for outer in (False, True):
                fmt = view.formats._make_format((label, status, outer, None))
                assert ratio(drawn(fmt, base), text) >= MIN_RATIO, (label, status, outer)
        rejected = view.formats._make_format((label, "rejected", False, None))
        assert ratio(rejected.foreground().color(), base) >= MIN_RATIO


def test_every_label_wash_keeps_the_text_readable(themed):
    view = themed.text_view
    check_article(view)
    (amount,) = [r for r in themed.ann_model.rows() if r.label == "AMOUNT" and r.start == 10]
    assert view.format_at(amount.start).background().color().isValid()  # what the article holds: the same wash
    assert ratio(drawn(view.format_at(amount.start), view.palette().color(R.Base)),
                 view.palette().color(R.Text)) >= MIN_RATIO


def test_the_selected_span_its_links_and_find_hits_carry_their_own_ink(themed, qtbot):
    view = themed.text_view
    for row in themed.ann_model.rows():
        themed.select_annotation(row.id)
        extras = view.extraSelections()
        assert extras, row.label
        for sel in extras:
            fmt = sel.format
            assert ratio(fmt.foreground().color(), fmt.background().color()) >= MIN_RATIO, row.label
    for label in ("DISTRICT", "PROJECT", "AMOUNT", "TARGET"):  # every label's selected and linked look
        for made in (view.formats.selected, view.formats.linked):
            fmt = made(QTextCharFormat(), label)
            assert ratio(fmt.foreground().color(), fmt.background().color()) >= MIN_RATIO, (label, made)
    qtbot.keyClick(view, Qt.Key.Key_F, Ctrl)
    type_chinese(themed.find_bar.edit, "区")
    qtbot.waitUntil(lambda: len(view.find_hits_on_screen()) >= 2)
    themed.select_annotation(None)
    hits = view.extraSelections()
    assert len(hits) >= 2
    for sel in hits:
        assert ratio(sel.format.foreground().color(), sel.format.background().color()) >= MIN_RATIO


def test_the_label_buttons_read_in_both_palettes(themed):
    for name in ("DISTRICT", "PROJECT", "AMOUNT", "TARGET"):
        p = themed.form.label_button(name).palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            assert ratio(p.color(group, R.ButtonText), p.color(group, R.Button)) >= MIN_RATIO, name


def test_a_rejected_row_and_a_refused_value_stay_readable(themed, qtbot):
    view = themed.table
    model = themed.ann_model
    (row,) = [i for i, r in enumerate(model.rows()) if r.label == "AMOUNT" and r.start == 10]
    themed.select_annotation(model.rows()[row].id)
    qtbot.keyClick(themed.text_view, Qt.Key.Key_X)  # rejected
    qtbot.waitUntil(lambda: model.rows()[row].status == "rejected")
    base = view.palette().color(R.Base)
    grey = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    assert ratio(grey, base) >= MIN_RATIO
    themed.set_show_rejected(True)
    article = themed.text_view
    assert ratio(article.format_at(10).foreground().color(), article.palette().color(R.Base)) >= MIN_RATIO
    form = themed.form
    themed.select_annotation(model.rows()[row].id)
    yuan = form._value_edits["yuan"]
    yuan.setText("lots")
    yuan.editingFinished.emit()
    assert yuan.styleSheet()  # refused, marked
    fill = QColor(yuan.styleSheet().split("background:")[1].strip().split(";")[0])
    assert ratio(fill, yuan.palette().color(R.Text)) >= MIN_RATIO


def test_the_backup_warning_reads_on_the_window(themed):
    warning = themed.backup_warning
    warning.show_error("no room left on the disk")
    colour = warning.palette().color(R.WindowText)  # in the palette: a style sheet's would not follow a change
    assert ratio(colour, warning.palette().color(R.Window)) >= MIN_RATIO


def test_a_decided_region_row_keeps_its_text_readable(scheme, qapp):
    from annotator.core.models import Annotation
    from annotator.core.team.adjudication import Region
    from annotator.gui.models.regions import RegionModel

    model = RegionModel()
    gold = Annotation(id=1, document_id=1, start=0, end=2, label="DISTRICT", text="湖里", annotator="gold")
    model.set_regions("湖里", [], [Region(document_id=1, start=0, end=2, versions=(), layer=(gold,))])
    fill = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert fill is not None  # a decided row is tinted
    text = QApplication.palette().color(R.Text)
    assert ratio(fill, text) >= MIN_RATIO


def test_the_article_turns_dark_with_the_system(window, qtbot):
    """Light when the window opened, dark afterwards: the spans are washed for the new palette."""
    old = QApplication.palette()
    QApplication.setPalette(palette(LIGHT))
    try:
        view = window.text_view
        check_article(view)
        QApplication.setPalette(palette(DARK))
        qtbot.waitUntil(lambda: view.palette().color(R.Base) == QColor(DARK[R.Base]))
        view.flush_formatting()
        check_article(view)
        base, text = view.palette().color(R.Base), view.palette().color(R.Text)
        for row in window.ann_model.rows():
            if row.status != "rejected":
                assert ratio(drawn(view.format_at(row.start), base), text) >= MIN_RATIO, row.label
    finally:
        QApplication.setPalette(old)


@pytest.mark.parametrize("base,text", [("#ffffff", "#000000"), ("#1e1e1e", "#e0e0e0"), ("#2b2b2b", "#ffffff")])
def test_any_colour_the_label_editor_offers_stays_readable(base, text):
    """The helpers keep 4.5:1 for each colour a user may give a label, not only the shipped four."""
    from annotator.gui.contrast import ink_on, legible, muted, wash
    from annotator.gui.dialogs.label_editor import PALETTE

    b, t = QColor(base), QColor(text)
    for colour in (*PALETTE, "#ffff00", "#000080", "#808080"):
        c = QColor(colour)
        washed = wash(c, 150 / 255, b, t)
        assert ratio(over(washed, washed.alphaF(), b), t) >= MIN_RATIO, colour
        assert ratio(ink_on(c), c) >= MIN_RATIO, colour
        assert ratio(ink_on(c.lighter(150)), c.lighter(150)) >= MIN_RATIO, colour
        assert ratio(legible(c, b), b) >= MIN_RATIO, colour
    assert ratio(muted(t, b), b) >= MIN_RATIO and muted(t, b) != t  # greyed, and still readable
