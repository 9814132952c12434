"""Edit › Preferences… as it looks: every field has a name a screen reader says, in English and in
Chinese; at a large font (20 pt) it opens as large as its sections need, inside the screen."""
from __future__ import annotations

import pytest

from annotator.gui.dialogs.preferences import PreferencesDialog
from annotator.gui.opening_size import SHARE, screen_room
from tests.gui.app_start import application_font
from tests.gui.test_accessible_names import CJK, reached_by_keys, spoken_name


def opened(window, qtbot) -> PreferencesDialog:
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_field_has_a_name(window, qtbot, language):
    window.commands.set_language(language)
    dialog = opened(window, qtbot)
    inputs = reached_by_keys(dialog)
    assert len(inputs) >= 12  # name, language, size, five boxes, Model settings…, OK, Cancel, Apply
    names = {field.objectName() or type(field).__name__: spoken_name(field, dialog) for field in inputs}
    assert all(names.values()), names
    if language == "zh_CN":
        assert all(CJK.search(name) for name in names.values()), names


@pytest.mark.parametrize("points", [9, 20])
def test_it_opens_as_large_as_its_sections_inside_the_screen(window, qtbot, points):
    with application_font(points):
        dialog = opened(window, qtbot)
        room = screen_room(dialog)
        assert dialog.width() >= dialog._whole().width() or dialog.width() >= int(room.width() * SHARE)
        assert dialog.height() >= dialog._whole().height() or dialog.height() >= int(room.height() * SHARE)
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
        for box in dialog.checks.values():  # each box's text whole
            assert box.width() >= box.sizeHint().width(), box.text()
