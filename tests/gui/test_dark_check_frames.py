"""In a dark colour scheme (Fusion, Linux's style) an unticked check box was all but invisible: Fusion
draws its frame in the window's colour darkened, #222222 round a #1e1e1e box (1.05:1), so the Export
dialog's labels and documents, the Preferences' options showed as bare words. The program's style
(``gui/app.py: create_app``) now draws the frame of a check box and of a radio button so that it shows
(at least 3:1, WCAG's least for a control's edge) on a dark palette; a light palette's are Fusion's own."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleFactory, QStyleOptionButton

from annotator.gui.contrast import ratio
from tests.gui.test_dark_palette import DARK, LIGHT, palette

INDICATOR = {QCheckBox: QStyle.SubElement.SE_CheckBoxIndicator, QRadioButton: QStyle.SubElement.SE_RadioButtonIndicator}


@pytest.fixture
def program_style(qapp):
    """The application's style as the program sets it; the tests' own style given back after (Fusion,
    unless a test before made the application as the program does: then it is the program's)."""
    from annotator.gui.app import create_app
    from annotator.gui.scheme import VisibleChecks

    before = qapp.style()
    if not isinstance(before, VisibleChecks) and before.name().lower() != "fusion":
        pytest.skip("the application's style is not Fusion")
    name = None if isinstance(before, VisibleChecks) else before.name()
    assert create_app() is qapp
    yield qapp.style()
    if name is not None:
        qapp.setStyle(QStyleFactory.create(name))


def drawn(kind, qtbot, style=None):
    """An unticked box's picture and its indicator's rectangle."""
    box = kind("unticked")
    qtbot.addWidget(box)
    if style is not None:
        box.setStyle(style)
    box.resize(box.sizeHint())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.grab().toImage(), box.style().subElementRect(INDICATOR[kind], option, box)


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_on_a_dark_palette_an_unticked_box_s_frame_shows(program_style, kind, qtbot):
    QApplication.setPalette(palette(DARK))  # (the palette given back after: conftest's application_as_before)
    image, rect = drawn(kind, qtbot)
    inside = image.pixelColor(rect.center())
    edge = [image.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.center().x())]
    assert max(ratio(colour, inside) for colour in edge) >= 3.0, [c.name() for c in edge]


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_on_a_light_palette_the_boxes_are_fusion_s_own(program_style, kind, qtbot):
    QApplication.setPalette(palette(LIGHT))
    fusion = QStyleFactory.create("Fusion")
    ours, _rect = drawn(kind, qtbot)
    theirs, _rect = drawn(kind, qtbot, fusion)
    assert ours == theirs
