"""At an 18-pt interface font in a 1024×640 window the document list's counts and done mark took more
than its width: the done mark lay past the list's right edge (a horizontal scroll to tick a document)
and the names showed as "b…4". The accepted count now gives way too (the status bar and the Statistics
have it), the done mark in view and the name readable; wider, the count comes back."""
from __future__ import annotations

from annotator.gui.models.document_list import ACCEPTED, DONE, NAME, OPEN
from annotator.gui.widgets.document_panel import NAME_WIDTH
from tests.gui.app_start import application_font
from tests.gui.test_window_looks import _in_view, _shown_name, reports  # noqa: F401  (a fixture)


def test_at_18_pt_in_a_1024_window_the_done_mark_is_in_view_and_the_names_readable(window, reports, qtbot):  # noqa: F811
    view = window.panel.view
    with application_font(18):
        qtbot.waitUntil(lambda: view.font().pointSize() == 18)  # the list in the new font, then the project
        assert window.open_project(reports)
        window.resize(1024, 640)
        window.main_splitter.setSizes([290, 420, 314])
        qtbot.waitUntil(lambda: view.isColumnHidden(ACCEPTED))
        assert all(_in_view(view, c) for c in (NAME, OPEN, DONE))
        assert view.horizontalHeader().sectionSize(NAME) >= NAME_WIDTH[0]
        names = [_shown_name(view, row) for row in range(3)]
        assert all(len(n.replace("…", "")) >= 4 for n in names), names
        window.main_splitter.setSizes([520, 250, 254])  # wider again: the accepted count comes back
        qtbot.waitUntil(lambda: not view.isColumnHidden(ACCEPTED))
        assert all(_in_view(view, c) for c in (NAME, ACCEPTED, OPEN, DONE))
