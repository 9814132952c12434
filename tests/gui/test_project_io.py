"""Import annotations…, Restore from a backup… and Remove document(s)… in the window: what only
the command line did (import-annotations, restore, remove), driven through the real actions and
dialogs, checked in the store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QPushButton

from annotator.core.store import Store, backup
from annotator.gui import tasks
from annotator.gui.dialogs import errors
from annotator.gui.dialogs.annotation_import_dialog import AnnotationImportDialog
from annotator.gui.dialogs.restore_dialog import RestoreDialog

C_TEXT = "展望新的一年，翔安区将打造20个创新发展共同体。\n"


class Answers:
    """Answers the modal dialogs as they open, one handler each, in order; keeps what each said."""

    def __init__(self, *handlers):
        self.handlers, self.seen = list(handlers), []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible() or not self.handlers or box in [b for b, _t in self.seen]:
            return
        text = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
        self.seen.append((box, text))
        self.handlers.pop(0)(box)

    def __enter__(self) -> Answers:
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()

    @property
    def texts(self) -> list[str]:
        return [t for _b, t in self.seen]


def ok(box) -> None:
    box.button(QMessageBox.StandardButton.Ok).click()


def gold_file(folder: Path) -> Path:
    path = folder / "colleague.gold.jsonl"
    start = C_TEXT.index("翔安区")
    path.write_text(json.dumps({"doc": "c.txt", "start": start, "end": start + 3, "label": "DISTRICT",
                                "text": "翔安区"}, ensure_ascii=False) + "\n", encoding="utf-8")  # no value
    return path


def fill_options(status: str, name: str):
    def fill(dialog) -> None:
        assert isinstance(dialog, AnnotationImportDialog)
        (dialog.suggested_button if status == "suggested" else dialog.accepted_button).click()
        dialog.name.clear()
        dialog.name.setText(name)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return fill


def spans_of(store: Store, name: str):
    return [(a.text, a.label, a.status, a.annotator) for a in store.iter_annotations(store.document_id_by_name(name))]


def test_import_annotations_from_the_project_menu_stores_them_as_chosen(window, store, qtbot, tmp_path, monkeypatch):
    """The import runs on the background worker (tasks.SYNC is off here)."""
    path = gold_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    window.open_document(store.document_id_by_name("c.txt"))
    with Answers(fill_options("suggested", "王老师"), ok) as answers:
        window.window_actions["import_annotations"].trigger()
    assert spans_of(store, "c.txt") == [("翔安区", "DISTRICT", "suggested", "王老师")]
    assert store.coders() == ("王老师",)  # a coder's file, as import-annotations --annotator records it
    assert answers.texts[1].splitlines()[0] == "added 1 annotation(s)"
    assert "colleague.gold.jsonl: stored 1 annotation(s)" in answers.texts[1]
    shown = [(r.start, r.label) for r in window.ann_model.rows()]  # the open document's table shows it
    assert shown == [(C_TEXT.index("翔安区"), "DISTRICT")]


def test_the_options_default_to_accepted_and_the_windows_name(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    path = gold_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    defaults = {}

    def take_defaults(dialog) -> None:
        defaults.update(status=dialog.status(), name=dialog.annotator())
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    with Answers(take_defaults, ok):
        window.window_actions["import_annotations"].trigger()
    assert defaults == {"status": "accepted", "name": "tester"}
    assert spans_of(store, "c.txt") == [("翔安区", "DISTRICT", "accepted", "tester")]
    assert store.coders() == ()  # the user's own work: no coder's (tests/gui/test_import_under_a_name.py)


def test_cancelled_options_import_nothing(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    path = gold_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    with Answers(lambda d: d.buttons.button(d.buttons.StandardButton.Cancel).click()):
        window.window_actions["import_annotations"].trigger()
    assert spans_of(store, "c.txt") == []


def test_the_import_runs_in_the_background_with_a_progress_dialog_that_cancels(window, store, qtbot, tmp_path,
                                                                              monkeypatch):
    """Cancel before the second file: the first is stored, the second not, and the report says so."""
    monkeypatch.setattr(tasks, "SYNC", True)  # the cancel lands exactly between the files
    first = gold_file(tmp_path)
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"text": "思明区的报告。", "label": [[0, 3, "DISTRICT"]]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    seen = []

    def cancel_at_second(dialog, done, total, current) -> None:
        seen.append((done, total, Path(str(current)).name))
        if done == 1 and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()  # its Cancel button

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [cancel_at_second])
    with Answers(fill_options("accepted", "tester"), ok) as answers:
        window.commands.io.import_annotation_files([str(first), str(second)])
    assert seen[:2] == [(0, 2, "colleague.gold.jsonl"), (1, 2, "second.jsonl")]
    assert spans_of(store, "c.txt") == [("翔安区", "DISTRICT", "accepted", "tester")]
    assert store.document_id_by_name("second.jsonl") is None and len(store.documents()) == 3
    assert "cancelled: the files not yet read were not imported" in answers.texts[1]


def test_a_dropped_jsonl_is_offered_the_import_of_annotations(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    path = gold_file(tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with Answers(fill_options("accepted", "李"), ok) as answers:
        window.dropEvent(event)
    assert "Import annotations" in answers.texts[0]
    assert spans_of(store, "c.txt") == [("翔安区", "DISTRICT", "accepted", "李")]
    assert window.errors == []


def test_the_import_report_in_chinese(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    path = gold_file(tmp_path)
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["import_annotations"].text() == "导入标注(&A)…")
        assert window.window_actions["import_annotations"].text() == "导入标注(&A)…"
        with Answers(fill_options("accepted", "tester"), ok) as answers:
            window.commands.io.import_annotation_files([str(path)])
    finally:
        window.commands.set_language("en")
    assert answers.texts[0] == "导入标注"
    assert answers.texts[1].splitlines() == [  # the value the line leaves out computed, as by hand
        "新增 1 条标注", "文件未给出 1 条标注的值：已按其文字算出，与手工标注时相同",
        "colleague.gold.jsonl：存入 1 条标注"]


def test_a_partly_done_import_is_a_warning_saying_what_was_stored_and_what_was_not(window, store, qtbot, tmp_path,
                                                                                  monkeypatch):
    """Some lines stored, one rejected: a warning (not the error box) that says both; a file of which
    nothing could be stored stays an error."""
    monkeypatch.setattr(tasks, "SYNC", True)
    said_as_errors = []
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, details: said_as_errors.append((title, message))])
    path = gold_file(tmp_path)
    start = C_TEXT.index("翔安区")
    with path.open("a", encoding="utf-8") as f:  # its text is not the document's there: rejected
        f.write(json.dumps({"doc": "c.txt", "start": start, "end": start + 3, "label": "DISTRICT", "text": "思明区",
                            "value": {}}, ensure_ascii=False) + "\n")
    boxes = []

    def look(box) -> None:
        boxes.append((box.icon(), box.windowTitle(), box.text()))
        ok(box)

    with Answers(fill_options("accepted", "tester"), look):
        window.commands.io.import_annotation_files([str(path)])
    qtbot.waitUntil(lambda: boxes != [])
    assert spans_of(store, "c.txt") == [("翔安区", "DISTRICT", "accepted", "tester")]
    assert said_as_errors == []
    icon, title, text = boxes[0]
    assert icon == QMessageBox.Icon.Warning and title == "Annotations partly imported"
    lines = text.splitlines()
    assert lines[:3] == ["Partly imported: some of the annotations were stored, some were not.",
                         "Stored: 1 annotation(s).", "Not stored: 1 rejected line(s) (each is said below)."]
    assert "colleague.gold.jsonl: partly imported: stored 1 annotation(s); 1 line(s) rejected" in lines
    assert lines[-1] == f"rejected {path} line 2: span text '思明区' does not match the document at 7-10 ('翔安区')"

    nothing = tmp_path / "nothing.jsonl"  # every line rejected: an error, as before
    nothing.write_text(path.read_text(encoding="utf-8").splitlines()[1] + "\n", encoding="utf-8")
    with Answers(fill_options("accepted", "tester")):
        window.commands.io.import_annotation_files([str(nothing)])
    qtbot.waitUntil(lambda: said_as_errors != [])
    assert said_as_errors[0][0] == "Importing annotations" and "nothing.jsonl" in said_as_errors[0][1]
    assert len(boxes) == 1 and len(spans_of(store, "c.txt")) == 1

    again = tmp_path / "again.jsonl"  # one file stored, the other failed whole: a warning naming both
    again.write_text(path.read_text(encoding="utf-8").splitlines()[0].replace("DISTRICT", "PROJECT") + "\n",
                     encoding="utf-8")
    table = tmp_path / "spans.csv"
    table.write_text("doc,start\n", encoding="utf-8")
    with Answers(fill_options("accepted", "tester"), look):
        window.commands.io.import_annotation_files([str(again), str(table)])
    qtbot.waitUntil(lambda: len(boxes) == 2)
    assert len(said_as_errors) == 1 and boxes[1][0] == QMessageBox.Icon.Warning
    assert boxes[1][2].splitlines()[1:3] == ["Stored: 1 annotation(s).",
                                             "Not stored: 1 file(s) that failed, from where each stopped "
                                             "(each is said below)."]
    assert any(line.startswith("spans.csv: failed, nothing stored from it") for line in boxes[1][2].splitlines())


# ------------------------------------------------------------------ restore
def _backups(folder: Path) -> list[Path]:
    return backup.list_backups(folder) + backup.list_restore_points(folder)


def test_restore_lists_the_backups_newest_first_and_brings_one_back(window, store, qtbot, monkeypatch):
    folder = window.store.folder
    window.session_backup.wait()
    older = backup.backup(store.conn, folder, reason="hourly")  # the project as built: 3 documents
    store.delete_documents([store.document_id_by_name("c.txt")])
    newest = backup.backup(store.conn, folder, reason="hourly")
    questions = []
    window.confirm = lambda q: questions.append(q) or True
    listed = {}

    def choose_older(dialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        listed.update(paths=list(dialog.backups), kinds=[dialog.table.item(r, 2).text()
                                                         for r in range(dialog.table.rowCount())])
        dialog.table.selectRow(dialog.backups.index(older))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    there = set(_backups(folder))  # the reopened project's session backup comes after the list
    with Answers(choose_older, ok) as answers:
        window.window_actions["restore"].trigger()
    assert listed["paths"][0] == newest and older in listed["paths"]
    assert set(listed["paths"]) == there
    assert "automatic, hourly while editing" in listed["kinds"]
    assert "before-restore backup" in questions[0]
    with Store.open(folder) as after:
        assert sorted(d.name for d in after.documents()) == ["a.txt", "b.txt", "c.txt"]
    saved = backup.list_restore_points(folder)[-1]
    assert str(saved) in answers.texts[1]
    assert window.store is not None and window.doc_model.rowCount() == 3


def test_a_restore_not_confirmed_changes_nothing(window, store, qtbot):
    folder = window.store.folder
    window.session_backup.wait()
    backup.backup(store.conn, folder, reason="hourly")
    store.delete_documents([store.document_id_by_name("c.txt")])
    window.confirm = lambda q: False
    with Answers(lambda d: d.buttons.button(d.buttons.StandardButton.Ok).click()):
        window.window_actions["restore"].trigger()
    assert sorted(d.name for d in store.documents()) == ["a.txt", "b.txt"]
    assert backup.list_restore_points(folder) == []


def test_a_restore_refused_says_why_in_chinese(window, store, qtbot, monkeypatch):
    """A backup made by a newer annotator: refused, the sentence in Chinese, the project open again."""
    folder = window.store.folder
    window.session_backup.wait()
    made = backup.backup(store.conn, folder, reason="hourly")
    import sqlite3

    conn = sqlite3.connect(made)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    said = []
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, details: said.append((title, message))])
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["restore"].text() == "从备份恢复(&K)…")
        with Answers(lambda d: d.buttons.button(d.buttons.StandardButton.Ok).click()):
            window.window_actions["restore"].trigger()
    finally:
        window.commands.set_language("en")
    assert said and said[0][0] == "未恢复", said
    assert said[0][1].startswith(f"{made}：由较新版本的 annotator 创建（结构版本 999"), said
    assert window.store is not None and window.doc_model.rowCount() == 3


# ------------------------------------------------------------------ remove
def test_remove_documents_from_the_lists_context_menu(window, store, qtbot):
    questions = []
    window.confirm = lambda q: questions.append(q) or True
    view, model = window.panel.view, window.panel.proxy
    window.open_document(store.document_id_by_name("a.txt"))
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    view.selectionModel().clearSelection()
    for name in ("a.txt", "b.txt"):
        row = names.index(name)
        view.selectionModel().select(model.index(row, 0), view.selectionModel().SelectionFlag.Select
                                     | view.selectionModel().SelectionFlag.Rows)

    def take_remove(menu) -> None:
        assert isinstance(menu, QMenu)
        next(a for a in menu.actions() if a.text() == "Remo&ve document(s)…").trigger()
        menu.close()

    menus = []
    QTimer.singleShot(50, lambda: menus.append(QApplication.activePopupWidget()) or take_remove(menus[-1]))
    view.customContextMenuRequested.emit(QPoint(5, 5))
    assert questions and "Remove 2 document(s)" in questions[0] and "with their 5 span(s)" in questions[0]
    assert sorted(d.name for d in store.documents()) == ["c.txt"]
    assert window.doc_id == store.document_id_by_name("c.txt")  # the window moved to another document
    assert window.doc_model.rowCount() == 1


def test_remove_the_open_document_from_the_project_menu_in_chinese(window, store, qtbot):
    questions = []
    window.confirm = lambda q: questions.append(q) or True
    window.open_document(store.document_id_by_name("b.txt"))
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["remove_documents"].text() == "移除文档(&V)…")
        window.window_actions["remove_documents"].trigger()
    finally:
        window.commands.set_language("en")
    assert questions[0].startswith("从标注工程中移除 1 篇文档（b.txt）及其 2 条标注和关联吗？")
    assert sorted(d.name for d in store.documents()) == ["a.txt", "c.txt"]
    assert window.doc_id == store.document_id_by_name("c.txt")


def test_removing_documents_says_the_undo_history_goes_in_the_question_and_after(window, store, qtbot):
    questions = []
    window.confirm = lambda q: questions.append(q) or True
    window.open_document(store.document_id_by_name("c.txt"))
    window.text_view.select_range(3, 6)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # a span added: a step Ctrl+Z would undo
    assert window.undo_stack.canUndo()
    window.open_document(store.document_id_by_name("b.txt"))
    window.window_actions["remove_documents"].trigger()
    assert "cannot be undone with Undo, and it clears the undo history" in questions[0]
    assert "the automatic backup (Restore from a backup…) keeps them" in questions[0]
    assert not window.undo_stack.canUndo()
    assert window.ops.history.steps == ()  # the core's history is cleared with the stack, not kept in memory
    said = window.statusBar().currentMessage()
    assert said.startswith("Removed 1 document(s) with 2 span(s)") and "The undo history was cleared" in said
    # with nothing to undo, nothing said of it; in Chinese
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["remove_documents"].text() == "移除文档(&V)…")
        window.window_actions["remove_documents"].trigger()
        said = window.statusBar().currentMessage()
    finally:
        window.commands.set_language("en")
    assert "并会清空撤销记录" in questions[1]
    assert said.startswith("已移除 1 篇文档") and "撤销记录" not in said
    assert [d.name for d in store.documents()] == ["a.txt"]


def test_remove_not_confirmed_keeps_the_documents(window, store, qtbot):
    window.confirm = lambda q: False
    window.open_document(store.document_id_by_name("b.txt"))
    window.window_actions["remove_documents"].trigger()
    assert len(store.documents()) == 3


@pytest.mark.parametrize("name", ["import_annotations", "restore", "remove_documents"])
def test_the_actions_are_in_the_project_menu_and_greyed_without_a_project(window, name):
    """All but Restore from a backup…, which restores a project that does not open (its folder asked for)."""
    assert window.window_actions[name] in window.window_actions.menus["menu_project"].actions()
    window._close_project()
    assert window.window_actions[name].isEnabled() == (name == "restore")
