"""At an 18-pt interface font (a researcher who reads large) the dialogs whose sentences wrap opened at the
usual font's size: Qt gave each wrapped question the height of one or two lines and drew the rest cut
at the top and bottom (Open a package, Merge coders' work, the encoding of a file imported again)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.app_start import LAPTOP, large_font_on
from tests.gui.conftest import show_active


@pytest.fixture
def large(qapp, monkeypatch):
    with large_font_on(monkeypatch, LAPTOP) as font:
        yield font


def lines_whole(label: QLabel) -> bool:
    """Every wrapped line of ``label`` drawn: as tall as its lines at its width, and not covered."""
    shown = label.visibleRegion().boundingRect().size() == label.size()
    return label.isVisible() and shown and label.height() >= label.heightForWidth(label.width())


def test_at_18_pt_the_package_s_question_is_whole(large, window, qtbot, tmp_path):
    from annotator.gui.dialogs.unpack_dialog import UnpackDialog

    dialog = show_active(qtbot, UnpackDialog(tmp_path / "李明.zip", tmp_path / "李明", window))
    assert dialog.question.text().startswith("Unpack 李明.zip into this new project folder")
    assert lines_whole(dialog.question)
    assert dialog.height() <= LAPTOP.height() and dialog.width() <= LAPTOP.width()
    dialog.resize(dialog.width() * 2 // 3, dialog.height())  # narrowed by hand: taller, its lines whole still
    qtbot.waitUntil(lambda: lines_whole(dialog.question))


def test_at_18_pt_the_merge_dialog_s_sentences_are_whole(large, window, qtbot):
    """The intro (their zips or project folders) and the renaming's note (li=li2) were cut in half."""
    from annotator.gui.dialogs.merge_dialog import MergeDialog

    dialog = show_active(qtbot, MergeDialog(window))
    assert dialog.rename_label.text().startswith("Re&name coders")
    assert lines_whole(dialog.intro) and lines_whole(dialog.rename_label)
    assert dialog.list.height() >= 3 * dialog.list.fontMetrics().height()  # room for a few sources
    assert dialog.height() <= LAPTOP.height() and dialog.width() <= LAPTOP.width()


def test_at_18_pt_the_note_on_a_file_read_in_another_encoding_is_whole(large, window, qtbot, tmp_path):
    """Offered after an import whose guessed encoding another rivals: its six lines were given four."""
    from annotator.core.imports.readings import readings
    from annotator.gui.dialogs.encoding_dialog import EncodingDialog

    path = tmp_path / "w.txt"
    path.write_bytes(("Mitarbeiter für Straßenbau in Köln und Düsseldorf.\n" * 5).encode("cp1252"))
    found = readings(path)
    assert len(found) >= 2
    dialog = show_active(qtbot, EncodingDialog(str(path), found, parent=window, read_as="cp1252"))
    assert "was imported read as Windows-1252" in dialog.note.text()
    assert lines_whole(dialog.note)
    assert dialog.list.height() >= 3 * dialog.list.fontMetrics().height()  # its readings listed, not squeezed
