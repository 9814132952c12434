"""At an 18-pt interface font on a 1024×768 screen, dialogs whose rows did not wrap asked for more width
than the screen has: Model settings 1208 px (its choice of model beside its caption), its OK and Cancel
past the screen's edge. Each now fits, what it shows whole."""
from __future__ import annotations

import pytest

from annotator.gui import opening_size
from tests.gui.app_start import SMALL_SCREEN, large_font_on
from tests.gui.conftest import show_active

SMALL = SMALL_SCREEN
WIDEST = int(SMALL.width() * opening_size.SHARE)


@pytest.fixture
def large(qapp, monkeypatch):
    with large_font_on(monkeypatch, SMALL) as font:
        yield font


def inside(dialog) -> bool:
    return dialog.minimumSizeHint().width() <= WIDEST and dialog.width() <= WIDEST


def test_at_18_pt_model_settings_fit_a_1024_screen_the_model_s_name_whole(large, window, qtbot):
    from annotator.gui.dialogs.model_settings import ModelSettingsDialog

    dialog = show_active(qtbot, ModelSettingsDialog(window.commands.model.settings(), window))
    assert inside(dialog), (dialog.minimumSizeHint(), dialog.size())
    box = dialog.model
    assert box.currentText() == "the rules and the project's model (else the shipped one)"
    assert box.width() >= box.sizeHint().width()  # its text not cut
    assert box.geometry().top() > dialog.captions[0].geometry().bottom()  # under its caption
    note = dialog.note
    assert note.height() >= note.heightForWidth(note.width())
    ok = dialog.buttons.buttons()[0]
    assert ok.visibleRegion().boundingRect().size() == ok.size()


def test_at_18_pt_the_new_project_dialog_fits_a_1024_screen_its_prompt_whole(large, window, qtbot, tmp_path):
    """Its prompt on one line asked for 1007 px; now it wraps, and the hint under the path shows whole too."""
    from annotator.gui.dialogs.new_project import NewProjectDialog

    dialog = show_active(qtbot, NewProjectDialog(window))
    assert inside(dialog), (dialog.minimumSizeHint(), dialog.size())
    prompt = dialog.prompt
    assert prompt.text().startswith("Folder of the new project")
    assert prompt.height() >= prompt.heightForWidth(prompt.width()) > prompt.fontMetrics().height()  # two lines
    dialog.path_edit.setText(str(tmp_path / ("一个很长的文件夹名" * 4) / "工程"))
    hint = dialog.hint
    assert hint.text().endswith("does not exist yet: it will be created.")
    qtbot.waitUntil(lambda: hint.height() >= hint.heightForWidth(hint.width()))
    assert hint.visibleRegion().boundingRect().size() == hint.size()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_at_18_pt_the_merge_dialog_fits_a_1024_screen_its_boxes_explained_under_them(large, window, qtbot, qapp,
                                                                                      language):
    """Its two check boxes' sentences could not wrap: 1,162 px, Merge and Cancel past the screen's edge. Each box
    now says what it is in a few words, its explanation wrapped under it."""
    from annotator.gui.dialogs.merge_dialog import MergeDialog
    from annotator.gui.i18n import install_translator

    install_translator(qapp, language)
    try:
        dialog = show_active(qtbot, MergeDialog(window))
    finally:
        install_translator(qapp, "en")
    assert inside(dialog), (dialog.minimumSizeHint(), dialog.size())
    for box, note in ((dialog.replace, dialog.replace_note), (dialog.new_documents, dialog.new_documents_note)):
        assert box.width() >= box.sizeHint().width()  # its words not cut
        assert note.geometry().top() >= box.geometry().bottom()  # under its box
        assert note.geometry().left() > box.geometry().left()  # indented, under the box's words
        assert note.height() >= note.heightForWidth(note.width())  # its lines whole
    assert dialog.new_documents_note.geometry().bottom() < dialog.buttons.geometry().top()
    for button in dialog.buttons.buttons():
        assert button.visibleRegion().boundingRect().size() == button.size()
        assert button.mapTo(dialog, button.rect().bottomRight()).x() < WIDEST
