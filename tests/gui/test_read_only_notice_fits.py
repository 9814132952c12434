"""At an 18-pt interface font in a 1024×640 window the status bar's read-only notice was cut,
"Read-only: changes cannot", the document's and the project's counts beside it keeping their whole
width. The counts now give way (elided, whole in their tooltips): the notice is shown whole, inside
the bar, in English and in Chinese."""
from __future__ import annotations

import shutil

import pytest

from annotator.gui import read_only
from tests.gui.app_start import application_font
from tests.gui.conftest import open_read_only


def _whole_and_inside(notice, bar) -> bool:
    margins = notice.contentsMargins()
    need = notice.fontMetrics().horizontalAdvance(notice.text()) + margins.left() + margins.right()
    right = notice.mapTo(bar, notice.rect().topRight()).x()
    return notice.isVisible() and notice.contentsRect().width() + margins.left() + margins.right() >= need \
        and right < bar.width()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_at_18_pt_in_a_1024_window_the_read_only_notice_is_whole(window, project, tmp_path, monkeypatch, qtbot,
                                                                   qapp, language):
    from annotator.gui.i18n import install_translator

    folder = tmp_path / "mounted"
    shutil.copytree(project, folder)
    install_translator(qapp, language)
    with application_font(18):
        qtbot.waitUntil(lambda: window.panel.view.font().pointSize() == 18)
        window.resize(1024, 640)
        open_read_only(window, folder, monkeypatch)
        window.next_suggestion()  # the document's counts in the bar too
        bar, notice = window.statusBar(), read_only.notice(window)
        assert notice.text() and window.doc_status.isVisible() and window.project_status.isVisible()
        qtbot.waitUntil(lambda: _whole_and_inside(notice, bar))
        for label in (window.doc_status, window.project_status):  # elided, whole in their tooltips
            assert label.mapTo(bar, label.rect().topRight()).x() < bar.width()
