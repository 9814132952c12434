"""Project › Team in the window, as a coding team uses it without a terminal: the lead hands out a
package (a zip named after the coder holding a project of the chosen documents), the coder opens it
(the menu, a zip dropped on the window), codes, and the lead merges the coders' work back; what the
zip's project and the merged store hold is checked, as the command line's tests do."""
from __future__ import annotations

import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from annotator.core.store import Store
from annotator.core.team.package import PACKAGE_FOR, unpacked
from annotator.gui import messages, tasks
from annotator.gui.dialogs.hand_out import HandOutDialog
from annotator.gui.dialogs.merge_dialog import MergeDialog
from annotator.gui.dialogs.unpack_dialog import UnpackDialog
from annotator.gui.team import default_folder, merge_lines


@pytest.fixture
def shown(monkeypatch):
    """The texts of the information boxes shown."""
    said: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(messages, "warning", lambda _parent, _title, text: said.append(text))
    monkeypatch.setattr(tasks, "SYNC", True)
    return said


def hand_out(monkeypatch, window, out: Path, coder: str, *, listed: bool = False, annotations: bool = False):
    def fill(dialog: HandOutDialog):
        if listed:
            dialog.choices["listed"].click()
        if annotations:
            dialog.with_annotations.click()
        dialog.coder.setText(coder)
        dialog.buttons.accepted.emit()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected

    asked: list[str] = []
    monkeypatch.setattr(HandOutDialog, "exec", fill)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, default, _kinds: (asked.append(default), (str(out), ""))[1])
    window.team.hand_out_action.trigger()
    return asked


def test_the_listed_choice_says_the_list_shows_every_document_when_it_is_not_filtered(window, tmp_path,
                                                                                    monkeypatch, qtbot):
    """(A QA pass: greyed, it read "The documents the list shows (0: its filter)" though the list showed all.)"""
    seen = []

    def look(dialog: HandOutDialog):
        button = dialog.choices["listed"]
        seen.append((button.isEnabled(), button.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HandOutDialog, "exec", look)
    window.team.hand_out_action.trigger()
    window.commands.set_language("zh_CN")
    try:
        window.team.hand_out_action.trigger()
    finally:
        window.commands.set_language("en")
    window.panel.filter_edit.setText("zzz")  # a filter that shows none: said as a filter
    qtbot.waitUntil(lambda: window.panel.proxy.rowCount() == 0)
    window.team.hand_out_action.trigger()
    assert seen == [(False, "The documents the &list shows (it shows all of them: no filter is set)"),
                    (False, "文档列表当前显示的文档（列表未筛选，显示全部文档）(&L)"),
                    (False, "The documents the &list shows (0: its filter)")]


def test_the_lead_hands_out_the_listed_documents_with_their_suggestions(window, tmp_path, monkeypatch, shown, qtbot):
    window.panel.filter_edit.setText("a.txt")  # the list shows one document of three
    qtbot.waitUntil(lambda: window.panel.proxy.rowCount() == 1)
    out = tmp_path / "out" / "li.zip"
    out.parent.mkdir()
    asked = hand_out(monkeypatch, window, out, "li", listed=True)
    assert Path(asked[0]).name == "li.zip"  # the zip proposed is named after the coder
    assert zipfile.ZipFile(out).namelist()[0].startswith("li/")
    with unpacked(out) as folder, Store.open(folder) as package:
        assert [d.name for d in package.documents()] == ["a.txt"]
        spans = package.annotations(package.document_id_by_name("a.txt"))
        assert sorted(a.text for a in spans) == ["55.1亿元", "厦门市", "松元产业园"]
        assert {a.status for a in spans} == {"suggested"}
        assert json.loads(package.get_meta(PACKAGE_FOR))[0] == "li"  # merged, li's copy's own name is li's
    assert "a project of 1 document(s), 3 span(s)" in shown[0]


def test_the_coder_opens_a_package_asks_their_name_and_the_lead_merges_it_back(window, store, tmp_path, monkeypatch,
                                                                              shown):
    out = tmp_path / "li.zip"
    hand_out(monkeypatch, window, out, "li")
    with unpacked(out) as folder, Store.open(folder) as package:
        assert len(package.documents()) == 3
    # the coder: Team › Open a package…, the folder proposed beside the zip, their name asked
    window.settings.annotator_name = ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(out), ""))
    proposed: list[str] = []

    def unpack(dialog: UnpackDialog):
        proposed.append(dialog.path.text())
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(UnpackDialog, "exec", unpack)
    from annotator.gui.dialogs import name_dialog

    offered: list[tuple[str, str]] = []  # the name the box holds as it opens, and what it says of it
    monkeypatch.setattr(name_dialog, "ask_annotator_name",
                        lambda _parent, current, note="": (offered.append((current, note)), "li")[1])
    window.team.open_action.trigger()
    assert offered == [("li", "This package was handed out to li: the lead merges your work under that name.")]
    coder = tmp_path / "li"
    assert proposed == [str(coder)]
    assert window.store.folder.resolve() == coder.resolve()
    assert window.settings.annotator_name == "li"
    # li accepts the first suggestion with the review key, then sends the folder back
    window.open_document(window.store.document_id_by_name("a.txt"))
    window.next_suggestion()
    window.window_actions["accept"].trigger()
    with Store.open(coder) as li:
        accepted = [a for a in li.iter_annotations(li.document_id_by_name("a.txt")) if a.status == "accepted"]
    assert [(a.annotator, a.status) for a in accepted] == [("li", "accepted")]
    lead = store.folder
    assert window.open_project(lead)
    # the lead: Team › Merge coders' work…, li's folder added; the confirmation names the backup
    questions: list[str] = []
    window.confirm = lambda question: (questions.append(question), True)[1]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(coder))

    def add_folder(dialog: MergeDialog):
        dialog.add_folder.click()
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", add_folder)
    window.team.merge_action.trigger()
    assert "a backup made right before it" in questions[0] and "Undo" in questions[0]
    doc = store.document_id_by_name("a.txt")
    merged = [a for a in store.iter_annotations(doc) if a.annotator == "li"]
    assert [(a.text, a.status) for a in merged] == [(accepted[0].text, "accepted")]
    assert shown[-1].startswith("Merged into project:")
    assert "1 span(s) added (li: 1)" in shown[-1]
    assert store.coders() == ("li",)  # li's layer is li's (core/store/coders.py), as annotator merge records it
    window.team.merge_action.trigger()  # twice: nothing more
    assert len([a for a in store.iter_annotations(doc) if a.annotator == "li"]) == 1


def test_a_zip_dropped_on_the_window_is_unpacked_and_opened(window, tmp_path, monkeypatch, shown):
    out = tmp_path / "wang.zip"
    hand_out(monkeypatch, window, out, "wang")
    target = tmp_path / "elsewhere" / "wang"
    monkeypatch.setattr(UnpackDialog, "exec", lambda d: (d.path.setText(str(target)), d.buttons.accepted.emit(),
                                                         d.result())[2])
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(out))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the cursor says the window takes it
    QApplication.sendEvent(window, QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert window.store.folder.resolve() == target.resolve()
    assert sorted(window.doc_model.names()) == ["a.txt", "b.txt", "c.txt"]


def test_a_package_is_unpacked_off_the_gui_thread_behind_a_busy_dialog(window, tmp_path, monkeypatch, shown):
    import threading

    from annotator.core.team import package

    out = tmp_path / "qian.zip"
    hand_out(monkeypatch, window, out, "qian")
    monkeypatch.setattr(tasks, "SYNC", False)  # the real worker, as in the program
    threads, seen = [], []
    real = package.open_package
    monkeypatch.setattr(package, "open_package", lambda *a: (threads.append(threading.current_thread()), real(*a))[1])
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [lambda dialog, *_a: seen.append(
        (dialog.windowTitle(), dialog.labelText(), dialog.maximum()))])
    monkeypatch.setattr(UnpackDialog, "exec", lambda d: (d.buttons.accepted.emit(), d.result())[1])

    assert window.team.open_package(out) == tmp_path / "qian"

    assert [t is threading.main_thread() for t in threads] == [False]  # the window's loop kept turning meanwhile
    assert seen and seen[0] == ("Opening the package", "Unpacking qian.zip…", 0)  # a busy bar naming the zip
    assert window.store.folder == tmp_path / "qian"
    assert sorted(window.doc_model.names()) == ["a.txt", "b.txt", "c.txt"]
    assert not tasks.busy() and QApplication.overrideCursor() is None


def test_a_package_into_a_folder_that_is_not_empty_is_refused_by_name(window, tmp_path, monkeypatch, shown):
    out = tmp_path / "zhao.zip"
    hand_out(monkeypatch, window, out, "zhao")
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("x", encoding="utf-8")
    lead = window.store.folder
    monkeypatch.setattr(UnpackDialog, "exec", lambda d: (d.path.setText(str(full)), d.buttons.accepted.emit(),
                                                         d.result())[2])
    assert window.team.open_package(out) is None
    assert window.store.folder == lead  # the lead's project stays open
    assert "full" in window.errors[-1] and "not an empty folder" in window.errors[-1]


def test_the_folder_proposed_is_beside_the_zip_else_in_documents_else_a_free_name(tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    package = tmp_path / "li.zip"
    package.write_bytes(b"")
    assert default_folder(package) == tmp_path / "li"
    for taken in (tmp_path / "li", documents / "li"):
        taken.mkdir(parents=True)
        (taken / "project.sqlite").write_bytes(b"")
    assert default_folder(package) == tmp_path / "li-2"
    (tmp_path / "li" / "project.sqlite").unlink()  # an empty folder takes a package
    assert default_folder(package) == tmp_path / "li"


def test_the_team_menu_and_the_merge_report_are_said_in_chinese(window, qtbot):
    lines = ["from li.zip: 3 document(s) added, 0 matched; 2 span(s) added (li: 2), 0 already there; "
             "0 link(s) added, 0 already there or in conflict",
             "merged 1 source(s) into /p: 3 document(s) and 2 span(s) added"]
    window.commands.set_language("zh_CN")
    try:
        said = merge_lines(lines)
        qtbot.waitUntil(lambda: window.team.menu.title() == "团队协作(&C)")  # the language change reaches it
        assert window.team.merge_action.text() == "合并编码员的成果(&M)…"
    finally:
        window.commands.set_language("en")
    qtbot.waitUntil(lambda: window.team.menu.title() == "&Coding team")
    assert said[0].startswith("来自 li.zip：新增 3 篇文档") and "（li: 2）" in said[0]
    assert said[1] == "已将 1 个来源合并到 /p：新增 3 篇文档和 2 个标注"


def test_every_line_a_merge_report_can_hold_is_said_in_chinese(window):
    # the lines of core/team/merge.py's SourceReport, each case set, read as the window shows them
    from collections import Counter

    from annotator.core.team.corrected import Replaced
    from annotator.core.team.merge import SourceReport
    from annotator.core.team.merge_coders import again_line

    made = "project-20261201-080000-000000-before-merge.sqlite"  # the backup the merge made right before it
    report = SourceReport("wang.zip", "wang", documents_added=["b.txt"], renamed=[("a2.txt", "a.txt")],
                          differs=[("c.txt", "c (2).txt")], spans_added=Counter(li=2), spans_unnamed=1,
                          refused=[("d.txt", "a span outside the text")], labels_added=["EVENT"],
                          labels_missing=["TARGET"], stale=Counter(li=3), stale_links=Counter(li=1),
                          same_name={"li": "li.zip"},
                          repeated={"zhao": "zhao.zip"}, older=4, rename={"li": "li2"}, strangers=["李明"],
                          idle=["li", "chen"], handed_for="li", others=["李明"], restore=f"annotator restore /p {made}")
    plain = SourceReport("chen.zip", "chen", labels_missing=["AMOUNT"], handed_for="chen", others=["陈", "陈二"])
    corrected = SourceReport("li2.zip", "li2", stale=Counter(li=1), replace=True,
                             older_than_here=Counter(li=2, wang=1), older_in={"li": ["a.txt", "b.txt"]},
                             stale_links=Counter(wang=1),
                             replaced=Replaced(Counter(li=2), 1))  # merge --replace, the Corrected copies box
    foreign = SourceReport("zhao.zip", "zhao", foreign=["000_d4e4.txt", "002_b7ce.txt"])  # another project's
    again = again_line('"李明=li"', [f"annotator restore /p {made}", 'annotator merge /p wang.zip --rename "李明=li"'])
    lines = report.lines() + plain.lines() + corrected.lines() + foreign.lines() + [again]
    assert len(lines) >= 21
    window.commands.set_language("zh_CN")
    try:
        said = merge_lines(lines)
    finally:
        window.commands.set_language("en")
    for line, chinese in zip(lines, said, strict=True):
        assert chinese != line and re.search(r"[\u4e00-\u9fff]", chinese), line
        english = set(re.findall(r"[A-Za-z]{3,}", chinese)) - set(re.findall(r"[A-Za-z]{3,}", " ".join(
            re.findall(r"[\w.()]+\.(?:zip|txt)|EVENT|TARGET|AMOUNT|li2?|wang|zhao|chen|span outside the text", line))))
        assert english <= {"annotator", "restore", "rename", "ANOTHER_NAME", "zip", "txt", "d4e4", "b7ce"}, chinese
    when = datetime(2026, 12, 1, 8, 0, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")  # as Restore lists it
    assert any("标注者 li 也来自 li.zip" in s and "li=另一个名字" in s and f"选 {when} 的备份" in s for s in said)
    assert said[-1] == (f"  要把这些标注存到编码员名下：请撤回这次合并（标注工程 › 从备份恢复…：选 {when} 的备份，"
                        "即合并前一刻所做），再合并同样的成果，并在“改名”一栏填写 \"李明=li\""
                        "（标注工程 › 团队协作 › 合并编码员的成果…）")
    assert any("wang.zip 带来了标注者 李明，不在本工程的编码员之中；编码员 li, chen 在此没有任何标注" in s
               for s in said)


def test_two_coders_of_one_name_are_kept_apart_by_the_merge_dialogs_rename(window, store, tmp_path, monkeypatch,
                                                                          shown):
    # a second coder who also called themselves li: Re&name coders li=li2 stores their spans as li2
    from annotator.core.team.package import export_package

    coder = tmp_path / "other"
    export_package(store, tmp_path / "other.zip")
    from annotator.core.team.package import open_package

    open_package(tmp_path / "other.zip", coder)
    with Store.open(coder) as other:
        doc = other.document_id_by_name("a.txt")
        other.add_annotation(doc, 0, 3, "DISTRICT", status="accepted", annotator="li")
    window.confirm = lambda _question: True
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(coder))
    states: list[bool] = []

    def add_and_rename(dialog: MergeDialog):
        dialog.add_folder.click()
        dialog.rename.setFocus()
        QTest.keyClicks(dialog.rename, "li")  # not OLD=NEW yet: Merge waits
        states.append(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        QTest.keyClicks(dialog.rename, "=li2")
        states.append(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", add_and_rename)
    window.team.merge_action.trigger()
    assert states == [False, True]
    doc = store.document_id_by_name("a.txt")
    assert [(a.text, a.annotator) for a in store.iter_annotations(doc) if a.status == "accepted"] == [("厦门市", "li2")]
