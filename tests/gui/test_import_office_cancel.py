"""The window's Cancel on an import while the real LibreOffice converts (skipped where it is not installed): the
import runs in the window's worker thread, Cancel stops LibreOffice there and then, every process of it ends, and
nothing is left in the temporary folder — LibreOffice's own temporary folder (``lu….tmp``) was left there, as
soffice.bin killed cannot remove it (now it goes in the import's working folder, removed whole)."""
from __future__ import annotations

import os
import tempfile

from libreoffice_found import soffice_or_skip
from PySide6.QtWidgets import QPushButton

from annotator.gui import messages, tasks
from tests.office_processes import Process, all_gone, converting, end, linux, long_rtf, until

pytestmark = linux


def test_cancel_in_the_window_while_libreoffice_converts_stops_it_and_leaves_nothing(window, store, qtbot, tmp_path,
                                                                                      monkeypatch):
    soffice = soffice_or_skip(monkeypatch, "a conversion cancelled is tested with a fake soffice in "
                                           "tests/core/test_import_office.py")
    monkeypatch.setenv("ANNOTATOR_SOFFICE", soffice)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    monkeypatch.setattr(tasks, "SYNC", False)  # the window's own worker thread starts LibreOffice
    window.settings.suggest_on_import = False
    boxes: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: boxes.append(text))
    monkeypatch.setattr(messages, "warning", lambda _parent, _title, text: boxes.append(text))
    document = long_rtf(tmp_path / "报告.rtf")
    started: dict[int, Process] = {}

    def cancel_while_converting(dialog, *_progress) -> None:  # the user's Cancel, once LibreOffice reads the file
        if not started:
            started.update(until(lambda: converting(os.getpid(), document), 120, "LibreOffice reading the file"))
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button, as a user would

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [cancel_while_converting])
    try:
        window.commands.import_paths([str(document)])
        assert started
        all_gone(started.values(), temporary)
    finally:
        end(started.values(), os.getsid(0))
    assert store.document_id_by_name("报告.rtf") is None and boxes == []
    assert window.statusBar().currentMessage() == ("imported 0 document(s); cancelled: the files not yet read were "
                                                   "not imported")
