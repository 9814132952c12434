"""The Adjudication panel in a dock 360–420 px wide, as a screenshot pass found it: in Chinese at a 16-pt
font its row of buttons and its fields asked for 633 px, so the panel scrolled sideways and cut its hint
and the Gold layer field; at the usual font the coders' field cut its placeholder ("姓名，以逗号分隔
（留空：全部标注…"). Its fields and buttons now wrap onto more rows where the width runs out, the
placeholder is short (the tooltip says it whole), and Tab goes through them in the same order."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QStyle, QStyleOptionFrame

from annotator.core.store import Store
from annotator.gui.widgets.docks import least_size
from tests.gui.conftest import add_document
from tests.gui.panels import open_adjudication

WIDTHS = (420, 400, 360)  # px: a dock beside the article


@pytest.fixture
def project(tmp_path):
    """A document only Li Ming coded: the panel shows its every button (Take Li Ming's spans too)."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        both = add_document(store, "a.txt", "湖里区投资55.1亿元建设松元产业园。")
        for coder in ("Li Ming", "王芳"):
            store.add_annotation(both, 0, 3, "DISTRICT", annotator=coder)
        store.add_annotation(add_document(store, "b.txt", "思明区投资30亿元建设软件园。"), 0, 3, "DISTRICT",
                             annotator="Li Ming")
    return folder


def _font(points: int | None) -> None:
    font = QFont(QApplication.font())
    font.setFamilies([font.family(), "Noto Sans CJK SC"])
    if points:
        font.setPointSize(points)
    QApplication.setFont(font)  # (given back by conftest's application_as_before)


def _floating(window, qtbot, language: str, points: int | None):
    if language != "en":
        window.commands.set_language(language)
        qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() == "标注工程(&P)")
    _font(points)
    window.open_document(window.store.document_id_by_name("b.txt"))
    panel = open_adjudication(window, qtbot)
    qtbot.waitUntil(panel.alone_button.isVisible)
    panel.setFloating(True)
    return panel


def _text_room(field: QLineEdit) -> int:
    """The width a field draws its text (and its placeholder) in: Qt's, less its 2-px margins."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    return room.marginsRemoved(field.textMargins()).width() - 2 * 2


def _cut(panel) -> list[str]:
    """The panel's buttons and fields not whole in its visible area, and the hint where it is cut."""
    area = panel.widget()
    room = QRect(QPoint(0, 0), area.viewport().size())
    controls = panel.body.findChildren(QAbstractButton) + panel.body.findChildren(QLineEdit)
    cut = [w.text() or w.objectName() for w in controls
           if w.isVisibleTo(panel) and not room.contains(QRect(w.mapTo(area.viewport(), QPoint(0, 0)), w.size()))]
    hint = panel.hint
    if hint.x() + hint.width() > room.width() or hint.height() < hint.heightForWidth(hint.width()):
        cut.append("hint")
    if area.horizontalScrollBar().isVisible():
        cut.append("sideways scroll bar")
    return cut


@pytest.mark.parametrize("points", [None, 16], ids=["usual-font", "16pt"])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_panel_fits_a_narrow_dock_with_nothing_cut(window, qtbot, language, points):
    panel = _floating(window, qtbot, language, points)
    for width in WIDTHS:
        panel.resize(width, 560)
        qtbot.waitUntil(lambda w=width: panel.width() == w)
        assert least_size(panel).width() <= width  # the body whole, no wider than the dock
        qtbot.waitUntil(lambda: not _cut(panel), timeout=2000)
        field = panel.coders  # its placeholder whole, the tooltip saying it in full
        assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= _text_room(field), width
        assert len(field.toolTip()) > len(field.placeholderText())


def test_tab_goes_through_the_fields_and_buttons_in_the_same_order(window, qtbot):
    panel = _floating(window, qtbot, "en", None)
    panel.resize(360, 560)
    order = [panel.coders, panel.layer, panel.only_open, panel.agreed_button, panel.alone_button,
             panel.next_button, panel.agreement_button, panel.table]
    panel.coders.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.coders.hasFocus)
    went = [QApplication.focusWidget()]
    for _ in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        went.append(QApplication.focusWidget())
    assert went == order
