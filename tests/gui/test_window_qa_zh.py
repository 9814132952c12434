"""A keyboard user's pass over the window in Chinese (1024×600 and 1920×1080): what it found.

- A project just opened, no span chosen yet: the form's rows scrolled in a 1920×1080 window,
  the last row's caption (理由) cut in half, until a span was selected (the rows the project's
  labels added never reached the column's share of the height).
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _settle(qtbot, window, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() >= size[1])
    for _ in range(3):  # the deferred fits of the docks and the column
        QApplication.processEvents()


def test_a_project_just_opened_shows_the_whole_form_in_a_tall_window(window, qtbot):
    _settle(qtbot, window, (1920, 1080))
    assert window.selected_id is None and window.form.annotation() is None  # nothing chosen yet
    area = window.form.fields_area
    assert area.verticalScrollBar().maximum() == 0, (area.height(), area.widget().height())
    assert area.height() >= area.widget().minimumSizeHint().height()
