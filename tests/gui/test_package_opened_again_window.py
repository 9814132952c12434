"""A coder opens li.zip in the window (Project › Coding team › Open a package…, ``annotator gui li.zip``, a drop),
codes, closes; the next day they open li.zip again the same way. The dialog proposed a NEW folder li-2 (li was not
empty): OK unpacked a fresh copy and they started over, their work unseen in li, perhaps never sent to the lead.
Now the dialog proposes li, the folder holding the package's project, and says OK opens it as it is with their work
(in Chinese too); OK opens it, their spans there, no li-2 made. The dialog is the real one, run modal and answered
when it shows."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from annotator.core.store import Store
from annotator.core.team.package import export_package, open_package
from annotator.gui import tasks
from annotator.gui.dialogs.unpack_dialog import UnpackDialog

AGAIN = "li already holds this package's project (opened before): OK opens it as it is, with your work."
NEW = "Unpack li.zip into this new project folder (it must not exist yet, or be empty):"


@pytest.fixture
def mail(window, store, tmp_path, monkeypatch) -> Path:
    """li.zip handed out to li, in the folder the coder keeps what they were sent; Documents a folder of this test."""
    monkeypatch.setattr(tasks, "SYNC", True)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path / "Documents"))
    window.settings.annotator_name = "li"
    (tmp_path / "mail").mkdir()
    export_package(store, tmp_path / "mail" / "li.zip", coder="li")
    return tmp_path / "mail"


def opened(window, qtbot, package: Path, seen: list[tuple[str, str]], typed: Path | None = None) -> Path | None:
    """The window's Open a package on ``package``, its dialog answered with OK when it shows (the folder proposed,
    or ``typed`` typed over it), what it proposed and said kept in ``seen``."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnpackDialog):  # not shown yet
            QTimer.singleShot(0, answer)
            return
        try:
            seen.append((dialog.path.text(), dialog.question.text()))
            if typed is not None:
                dialog.path.selectAll()
                qtbot.keyClicks(dialog.path, str(typed))
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # (a failed step: the test goes on to fail, not hang)
                dialog.reject()

    QTimer.singleShot(0, answer)
    return window.team.open_package(package)


def lis_spans(folder: Path) -> list[tuple[str, int, int, str, str]]:
    with Store.open(folder) as li:
        names = {d.id: d.name for d in li.documents()}
        return [(names[a.document_id], a.start, a.end, a.label, a.annotator) for a in li.annotations()]


def test_a_package_opened_again_proposes_the_folder_holding_the_coders_work_and_opens_it(window, mail, project,
                                                                                        qtbot, tmp_path):
    seen: list[tuple[str, str]] = []
    assert opened(window, qtbot, mail / "li.zip", seen) == mail / "li"  # the first day
    assert seen == [(str(mail / "li"), NEW)]
    window.open_document(window.store.document_id_by_name("a.txt"))
    view = window.text_view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    view.select_range(0, 3)  # 厦门市
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    assert lis_spans(mail / "li") == [("a.txt", 0, 3, "DISTRICT", "li")]
    assert window.open_project(project)  # closed: the window on another project (or gone) till the next day

    assert opened(window, qtbot, mail / "li.zip", seen) == mail / "li"  # the next day, the same way

    assert seen[1] == (str(mail / "li"), AGAIN)
    assert window.errors == []
    assert window.store.folder.resolve() == (mail / "li").resolve()
    assert [(a.start, a.end, a.label, a.annotator) for a in window.store.annotations()] == [(0, 3, "DISTRICT", "li")]
    assert "(opened before)" in window.statusBar().currentMessage()
    assert sorted(p.name for p in mail.iterdir()) == ["li", "li.zip"]  # no li-2
    assert not (tmp_path / "Documents").exists()
    assert lis_spans(mail / "li") == [("a.txt", 0, 3, "DISTRICT", "li")]


def test_the_command_lines_folder_in_documents_is_proposed_and_said_in_chinese(window, mail, qtbot, tmp_path,
                                                                              chinese_of_checkout):
    documents = tmp_path / "Documents"
    open_package(mail / "li.zip", documents / "li")  # annotator open-package li.zip ~/Documents/li
    (mail / "li").mkdir()  # (a folder of that name beside the zip, of something else: not proposed)
    (mail / "li" / "notes.txt").write_text("x", encoding="utf-8")
    seen: list[tuple[str, str]] = []
    assert opened(window, qtbot, mail / "li.zip", seen) == documents / "li"
    assert seen == [(str(documents / "li"), "li 中已有这个标注包的标注工程（之前已打开过）：点“确定”将按原样打开它，"
                                            "您的标注成果都在其中。")]
    assert sorted(p.name for p in documents.iterdir()) == ["li"]


def test_another_folder_typed_is_asked_for_as_a_new_one_and_a_new_zip_of_that_name_is_not_the_old_one(
        window, mail, store, qtbot, tmp_path):
    open_package(mail / "li.zip", mail / "li")
    seen: list[tuple[str, str]] = []
    assert opened(window, qtbot, mail / "li.zip", seen, typed=mail / "copy") == mail / "copy"
    assert seen == [(str(mail / "li"), AGAIN)]
    dialog = UnpackDialog(mail / "li.zip", mail / "li", window, [mail / "li", mail / "li-2"])  # opened twice
    assert dialog.question.text() == f"{AGAIN} It was opened into {mail / 'li-2'} too."
    dialog.path.setText(str(mail / "li-2"))
    assert dialog.question.text().startswith("li-2 already holds this package's project (opened before)")
    dialog.path.setText(str(mail / "copy"))
    assert dialog.question.text() == NEW  # typed over: a new folder, asked as before
    dialog.path.setText(str(mail / "li"))
    assert dialog.question.text().startswith(AGAIN)
    dialog.deleteLater()
    export_package(store, mail / "li.zip", doc_ids=[store.document_id_by_name("a.txt")], coder="li")  # another li.zip
    documents = tmp_path / "Documents"
    assert opened(window, qtbot, mail / "li.zip", seen) == documents / "li"  # a new folder, as for any new package
    assert seen[1:] == [(str(documents / "li"), NEW)]
