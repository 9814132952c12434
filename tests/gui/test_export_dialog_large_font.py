"""The Export dialog at an 18-pt interface font on a 1366×768 laptop: its options (the coders' list and the
note under it) opened scrolled in a window 48 px shorter than the screen allowed, and after an export its
result (four lines) took their room, the labels and documents scrolled in a strip of 290 px. Now the
window grows, inside the screen, as far as they need."""
from __future__ import annotations

import pytest

from annotator.gui import opening_size
from tests.gui.app_start import LAPTOP, large_font_on
from tests.gui.conftest import show_active

TALLEST = int(LAPTOP.height() * opening_size.SHARE)


@pytest.fixture
def large(qapp, monkeypatch):
    with large_font_on(monkeypatch, LAPTOP) as font:
        yield font


def options_room(dialog) -> bool:
    """Its options whole, or the window as tall as the screen lets it (they scroll only then)."""
    return dialog.options.verticalScrollBar().maximum() == 0 or dialog.height() >= TALLEST


def test_at_18_pt_the_export_dialog_opens_as_tall_as_its_options_need(large, window, qtbot):
    from annotator.gui.dialogs.export_dialog import ExportDialog

    doc = window.store.document_id_by_name("a.txt")
    for coder in ("ann", "bo", "cy"):  # a team: the coders' list and the note under it
        window.store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    dialog = show_active(qtbot, ExportDialog(window.store, window))
    qtbot.waitUntil(lambda: dialog.selection.text().startswith("4 annotators are ticked"))  # read in the background
    qtbot.waitUntil(lambda: options_room(dialog))
    assert dialog.height() <= TALLEST


def test_at_18_pt_the_export_s_result_does_not_take_the_options_room(large, window, qtbot, tmp_path, sync_tasks):
    from annotator.gui.dialogs.export_dialog import ExportDialog

    dialog = show_active(qtbot, ExportDialog(window.store, window))
    qtbot.waitUntil(lambda: options_room(dialog))
    assert dialog.height() < TALLEST  # (room left below it on the screen)
    dialog.path.setText(str(tmp_path / "out.xlsx"))
    dialog.set_format("xlsx")
    assert dialog.export().startswith("wrote ")
    result, line = dialog.result_line, dialog.result_line.fontMetrics().height()
    qtbot.waitUntil(lambda: result.height() >= result.heightForWidth(result.width()) > 3 * line)
    assert options_room(dialog) and dialog.height() <= TALLEST


def test_at_18_pt_coders_read_after_the_dialog_was_shown_get_their_room(large, window, qtbot, monkeypatch):
    """The coders are read in the background (gui/export_layers.py): read after the dialog was shown, the
    window grew once, before the note under their list had its wrapped lines counted, and the options
    scrolled (seen on a loaded CI machine)."""
    from annotator.gui import export_layers
    from annotator.gui.dialogs.export_dialog import ExportDialog

    doc = window.store.document_id_by_name("a.txt")
    for coder in ("ann", "bo", "cy"):
        window.store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    monkeypatch.setattr(export_layers.LayerReader, "start", lambda self, store: None)  # not read yet
    dialog = show_active(qtbot, ExportDialog(window.store, window))
    qtbot.waitUntil(lambda: options_room(dialog))
    dialog._show_layers(window.store.export_layers())  # as the worker's signal delivers them, later
    assert dialog.selection.text().startswith("4 annotators are ticked")
    qtbot.waitUntil(lambda: options_room(dialog))
    assert dialog.height() <= TALLEST
