"""A first hour in the window (the Chinese interface, a laptop's 1366×768): what a new user met
and was not told, each driven through the real widgets."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

REPORT = "滨州市2024年政府工作报告。\n全市完成投资55.1亿元，建设松元产业园。\n"
NOTES = ("# 资料来源 Sources of the reports\n\n每份报告都取自该市人民政府网站，按原文复制，未作改动。"
         "Each report was copied from the city's website, as it stands.\n") * 3


@pytest.fixture
def boxes(qtbot):
    """Any modal box the step opens (not its progress): its title and text kept, closed (never a hang)."""
    seen: list[str] = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.isVisible() and not isinstance(box, QProgressDialog):  # progress: let it run
            seen.append(f"{box.windowTitle()}: {getattr(box, 'text', lambda: '')()}")
            box.reject()

    timer = QTimer(interval=50)
    timer.timeout.connect(close)
    timer.start()
    yield seen
    timer.stop()


def test_notes_imported_beside_the_reports_are_named(window, qtbot, monkeypatch, tmp_path, sync_tasks, boxes):
    """A folder of reports also holding notes (LINKS.md, SOURCES-A.md) reads the notes as articles:
    the status bar names them and says how to take them out, not only "imported 4 documents"."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, city in enumerate(("滨州市", "河池市", "晋城市")):
        (folder / f"report_{i}.txt").write_text(REPORT.replace("滨州市", city), encoding="utf-8")
    (folder / "LINKS.md").write_text(NOTES, encoding="utf-8")
    (folder / "SOURCES-A.md").write_text(NOTES.replace("Sources", "More sources"), encoding="utf-8")
    window.settings.suggest_on_import = False
    window.commands.set_language("zh_CN")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    try:
        window.window_actions["import_folder"].trigger()
        said = window.statusBar().currentMessage()
    finally:
        window.commands.set_language("en")
    assert said.startswith("已导入 5 篇文档；")
    assert "其中 2 篇不是 .txt 文件" in said and "LINKS.md" in said and "SOURCES-A.md" in said
    assert "移除文档" in said  # how to take one out
    assert not window.errors and not boxes


def test_a_folder_of_one_kind_says_only_the_count(window, qtbot, monkeypatch, tmp_path, sync_tasks, boxes):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    window.settings.suggest_on_import = False
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window.window_actions["import_folder"].trigger()
    assert (window.statusBar().currentMessage(), boxes, window.errors) == ("imported 1 document(s)", [], [])


def test_ctrl_d_says_what_it_did(window, qtbot):
    """Ctrl+D marks the document done and the status bar says so (before, a stale message stayed:
    "Nothing selected on screen…" read as if the key had failed)."""
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_2)  # nothing selected: the status bar says so
    assert "Nothing selected" in window.statusBar().currentMessage()
    name = window.doc_model.name_of(window.doc_id)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.store.document(window.doc_id).done
    assert window.statusBar().currentMessage() == (f"{name} marked done (1 of 3 documents done); 3 open suggestions "
                                                   "are still in it (N goes to them)")
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not window.store.document(window.doc_id).done
    assert window.statusBar().currentMessage() == f"{name} no longer marked done (0 of 3 documents done)"


def test_ctrl_e_opens_on_a_workbook_then_on_the_format_last_used(window, qtbot, monkeypatch):
    """A researcher's Ctrl+E, Enter wrote JSON lines (the dialog's first format), not the workbook
    the README's first lines promise; now the workbook first, then what was chosen last time."""
    from annotator.gui.dialogs.export_dialog import ExportDialog

    seen: list[tuple[str, str]] = []

    def look(dialog: ExportDialog) -> int:
        seen.append((dialog.format.currentData(), dialog.path.text()))
        while dialog.format.currentData() != "csv":  # the user picks CSV with the keyboard this time
            qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", look)
    qtbot.keyClick(window.text_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.text_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [fmt for fmt, _path in seen] == ["xlsx", "csv"]
    assert seen[0][1].endswith("-export.xlsx") and seen[1][1].endswith("-export.csv")


def test_the_import_dialogs_open_in_the_home_folder_then_where_the_last_import_was_chosen(
        window, qtbot, monkeypatch, tmp_path, sync_tasks, boxes):
    """*Import folder…* opened wherever the program had been started (the checkout, a terminal's
    folder): now the home folder at first, then the folder last imported from (files too)."""
    from pathlib import Path

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    window.settings.suggest_on_import = False
    window.settings.import_folder = ""
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, _title, start="": (opened.append(start), str(folder))[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda _parent, _title, start="", _kinds="": (opened.append(start), ([], ""))[1])
    window.window_actions["import_folder"].trigger()
    window.window_actions["import_files"].trigger()  # cancelled: nothing imported, the folder kept
    assert opened == [str(Path.home()), str(folder)]
    assert window.settings.import_folder == str(folder) and not window.errors
    assert [d.name for d in window.store.documents()].count("report.txt") == 1


def test_what_suggesting_on_import_added_is_said_with_the_import(window, qtbot, monkeypatch, tmp_path, sync_tasks,
                                                                   boxes):
    """With Suggest on import, the suggestions' line ("1 document(s): 3 new suggestion(s) …") was
    replaced at once by the import's ("imported 1 document(s)"): the user never saw what was added."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    window.settings.suggest_on_import = True
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window.window_actions["import_folder"].trigger()
    said = window.statusBar().currentMessage()
    doc = next(d for d in window.store.documents() if d.name == "report.txt")
    added = sum(1 for a in window.store.annotations(doc.id) if a.status == "suggested")
    assert added > 0 and not window.errors and not boxes
    assert said.startswith("imported 1 document(s); 1 document(s): ") and f"{added} new suggestion(s)" in said


def test_the_status_bar_says_which_key_goes_to_the_open_suggestions(window, qtbot):
    """A first start showed the demo with 54 open suggestions and nothing selected; nothing on screen said
    that N goes to them. The status bar says it while the document has one, and N does it."""
    assert window.doc_status.text().endswith("open suggestions — N goes to the next")
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    chosen = window.store.annotation(window.selected_id)
    assert chosen.status == "suggested"
    for _ in range(20):  # the test project's documents hold a few each
        if "open suggestions —" not in window.doc_status.text():
            break
        qtbot.keyClick(window.text_view, Qt.Key.Key_X)  # each rejected, and the next one chosen
        qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    assert window.doc_status.text().endswith(" 0 open suggestions")  # none left here: no key to name
    assert window.store.annotation(chosen.id).status == "rejected"


def test_saved_pages_of_both_endings_are_one_kind(qapp):
    """A folder of saved pages, .html and one .htm, was said to hold "1 of them are not .html files"."""
    from annotator.gui.import_kinds import other_kinds

    assert other_kinds(["a.html", "b.html", "c.htm", "d.HTM"]) == ""
    assert other_kinds(["a.txt", "b.text", "c.TXT"]) == ""
    assert other_kinds(["a.txt", "b.txt", "LINKS.md"]).startswith("1 of them is not a .txt file: LINKS.md;")
    assert other_kinds(["a.txt", "L.md", "S.md"]).startswith("1 of them is not a .md file: a.txt;")
    # counted over the project: notes imported with one report, into a project of reports
    assert other_kinds(["a.txt", "L.md", "S.md"], ["r1.txt", "r2.txt", "r3.txt", "a.txt", "L.md", "S.md"]
                       ).startswith("2 of them are not .txt files: L.md, S.md;")


def test_help_opens_the_demo_from_any_project(window, qtbot, monkeypatch, tmp_path):
    """Once another project was open, the demo was reached only by typing its hidden folder into Open
    project…; the empty page (after "no such project folder") did not name it either."""
    from annotator.gui.empty_hint import empty_hint
    from annotator.paths import DATA_DIR_ENV, demo_project

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    help_menu = window.window_actions.menus["menu_help"]
    entry = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Open the demo project")
    entry.trigger()
    assert window.store.folder == demo_project() and window.doc_id is not None and not window.errors
    assert window.doc_model.totals()[2] > 0  # its open suggestions, to try N on
    window._close_project()
    assert empty_hint(window).endswith("To try one first: Help › Open the demo project.")
