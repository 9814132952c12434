"""Project › Import annotations… under the user's own name is their own work, under another name a coder's
file: the window's import filled in the user's name and recorded them as a coder, so a colleague opening the
project later (or the user under another name, Edit › Preferences…) found those spans kept as a coder's, their
edits going to copies. The dialog says whose the spans will be as the name is typed; the command line's
``--annotator NAME`` records NAME (``tests/test_cli_coders.py``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from annotator.core.store.labelling import coders_span
from annotator.gui import tasks
from tests.gui.test_project_io import Answers, gold_file, ok, spans_of


def import_as(window, qtbot, tmp_path, monkeypatch, name: str | None) -> list[str]:
    """Import annotations… of the colleague's gold file, the name typed over the one proposed (None: as
    proposed); what the dialog's note of whose the spans are said, as proposed and (typed) then."""
    monkeypatch.setattr(tasks, "SYNC", True)
    path = gold_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    said = []

    def fill(dialog) -> None:
        try:
            if name is not None:
                said.append(dialog.whose_note.text())
                dialog.name.selectAll()
                QTest.keyClick(dialog.name, Qt.Key.Key_Backspace)
                QTest.keyClicks(dialog.name, name)
            said.append(dialog.whose_note.text() if dialog.whose_note.isVisibleTo(dialog) else "")
        finally:  # (a failure here still ends the dialog)
            QTest.keyClick(dialog.name, Qt.Key.Key_Return)

    with Answers(fill, ok):
        window.window_actions["import_annotations"].trigger()
    return said


def test_a_file_under_your_own_name_is_your_own_work(window, store, qtbot, tmp_path, monkeypatch):
    said = import_as(window, qtbot, tmp_path, monkeypatch, None)
    assert said == ["Your own name: the spans are your own work, yours to edit in place."]
    assert spans_of(store, "c.txt") == [("翔安区", "DISTRICT", "accepted", "tester")]
    assert store.coders() == ()
    (span,) = store.annotations(store.document_id_by_name("c.txt"))
    assert not coders_span(span, "colleague", store.coders())  # a colleague (or you, renamed) edits it in place


def test_a_file_under_another_name_is_that_coders(window, store, qtbot, tmp_path, monkeypatch):
    said = import_as(window, qtbot, tmp_path, monkeypatch, "li")
    assert said[1] == ("Another name than yours: the spans are li's, a coder's, kept as li left them (your edits go "
                       "to a copy of your own; Project › Coding team › Coders… lists the coders).")
    assert spans_of(store, "c.txt") == [("翔安区", "DISTRICT", "accepted", "li")]
    assert store.coders_by_how() == {"li": "import"}


def test_no_name_records_no_one_and_says_nothing_of_whose(window, store, qtbot, tmp_path, monkeypatch):
    said = import_as(window, qtbot, tmp_path, monkeypatch, "")
    assert said == ["Your own name: the spans are your own work, yours to edit in place.", ""]
    assert spans_of(store, "c.txt") == [("翔安区", "DISTRICT", "accepted", "")] and store.coders() == ()


def test_whose_the_spans_are_said_in_chinese(window, qtbot):
    from annotator.gui.dialogs.annotation_import_dialog import AnnotationImportDialog

    window.commands.set_language("zh_CN")
    try:
        dialog = AnnotationImportDialog(["colleague.gold.jsonl"], "tester", window)
        qtbot.addWidget(dialog)
        own = dialog.whose_note.text()
        dialog.name.setText("王芳")
        other = dialog.whose_note.text()
    finally:
        window.commands.set_language("en")
    assert own == "您自己的姓名：这些标注是您自己的成果，可直接编辑。"
    assert other.startswith("他人的姓名：这些标注属于编码员 王芳，保持 王芳 留下时的原样")
    assert "“标注工程 › 团队协作 › 编码员…”" in other
