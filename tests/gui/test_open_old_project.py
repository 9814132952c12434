"""Opening a project of an older schema in the window: the upgrade (schema 11 builds its search
index, seconds on a large project) runs on the task worker, the event loop turning, with a dialog
that says what is done; then the project is open as any other."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from annotator.core.store import backup, migrations, upgrade
from annotator.gui import tasks
from tests.core.test_schema_v11 import v10_project


def test_opening_a_schema_10_project_shows_the_upgrade_then_opens_it(window, tmp_path, monkeypatch, qtbot):
    folder = tmp_path / "old reports"
    v10_project(folder)
    monkeypatch.setattr(tasks, "SYNC", False)  # the real worker, as in the program
    monkeypatch.setattr(migrations, "FILL_CHUNK", 1)  # three documents: three reports within the step
    seen = []
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [lambda dialog, *_a: seen.append(
        (dialog.windowTitle(), dialog.labelText(), dialog.findChild(QPushButton)))])
    threads = []
    real = upgrade.upgrade
    monkeypatch.setattr(upgrade, "upgrade", lambda store, version, *a: (
        threads.append((threading.current_thread(), version)), real(store, version, *a))[1])

    window.commands.drop([str(folder)])  # a project folder dropped on the window opens it

    assert window.errors == []
    assert window.store is not None and window.store.folder == folder
    assert window.store.schema_version == migrations.SCHEMA_VERSION
    assert window.doc_model.rowCount() == 3
    # upgraded on the worker, not in the event loop; the window's own opening found it done
    assert [(t is threading.main_thread(), v) for t, v in threads] == [(False, 10), (True, migrations.SCHEMA_VERSION)]
    assert seen, "no progress dialog was updated"
    title, label, cancel = seen[0]
    assert title == "Upgrading the project"
    # the step the dialog first shows depends on the machine's load (updates come in as the GUI thread takes
    # them: a loaded CI run saw "schema step 12 of 12" first); each names the project and what is being done
    said = "Upgrading the project old reports for this version (once):\n"
    assert all(text.startswith(said) for _t, text, _c in seen)
    assert label.removeprefix(said).startswith(("building the search index", "schema step"))
    assert cancel is None  # one transaction: nothing to cancel halfway
    assert [len(backup.list_backups(folder))] == [1]
    # a project of today's schema opens with no dialog
    seen.clear()
    window.commands.drop([str(tmp_path / "project")])
    assert window.store.folder == tmp_path / "project" and seen == []


def test_the_dialog_says_each_step_and_the_documents_done(qapp):
    from annotator.gui.upgrading import step_text

    assert step_text("p", upgrade.Upgrading(11, 11, "building the search index", 1200, 5000)) == (
        "Upgrading the project p for this version (once):\nbuilding the search index\n1,200 of 5,000 documents")
    assert step_text("p", upgrade.Upgrading(7, 11, "")).endswith("\nschema step 7 of 11")


def test_esc_or_closing_the_upgrade_dialog_does_nothing_while_the_step_runs(window, tmp_path, monkeypatch, qtbot):

    folder = tmp_path / "old reports"
    v10_project(folder)
    monkeypatch.setattr(tasks, "SYNC", False)
    monkeypatch.setattr(migrations, "FILL_CHUNK", 1)
    seen = []

    def poke(dialog, *_a):
        if seen:
            return
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # hid the dialog, the window still held, the upgrade going on
        after_esc = dialog.isVisible()
        closed = dialog.close()
        seen.append((after_esc, closed, dialog.isVisible(), dialog.wasCanceled()))

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [poke])
    window.commands.drop([str(folder)])

    assert seen == [(True, False, True, False)]
    assert window.errors == []
    assert window.store.folder == folder  # the upgrade done, then opened
    assert window.store.schema_version == migrations.SCHEMA_VERSION
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def _notices(window) -> list:
    from PySide6.QtWidgets import QDialog

    return [box for box in window.findChildren(QDialog, "upgradedNotice") if box.isVisible()]


def test_opening_an_older_project_says_once_it_was_upgraded_where_the_backup_is_and_who_cannot_open_it(
        window, tmp_path, qtbot, qapp):
    # (a schema 12 project was upgraded without a word: a colleague's older annotator then refused it)
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.core.conftest import old_project

    folder = tmp_path / "shared reports"
    old_project(folder, 12)
    window.commands.drop([str(folder)])

    assert window.errors == [] and window.store.folder == folder
    qtbot.waitUntil(lambda: bool(_notices(window)))
    [box] = _notices(window)
    [kept] = backup.list_backups(folder)
    assert kept.is_file() and kept.name.endswith(f"-{backup.MIGRATION}12.sqlite")
    assert box.windowTitle() == "Project upgraded"
    assert box.text() == (
        f"shared reports was upgraded from schema 12 to schema {migrations.SCHEMA_VERSION} for this version of "
        f"annotator.\n\nThe project as it was is kept in:\n{kept}\n\nAnnotator versions older than this one can "
        "no longer open it: whoever opens this project folder (a colleague on a shared or network drive) needs "
        "to update annotator too.")
    assert not box.isModal()  # the window goes on working beside it
    qtbot.mouseClick(box.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _notices(window))
    # opened again, or a project of today's schema: nothing said
    for again in (tmp_path / "project", folder):
        window.commands.drop([str(again)])
        assert window.store.folder == again
        qapp.processEvents()
        assert _notices(window) == []


def test_the_notice_of_a_long_backup_path_at_18_pt_wraps_it_within_the_screen(window, qtbot):
    """A QMessageBox broke lines only between words: a folder name without spaces made it as wide as the
    screen at 18 pt (800 px here), the name and the backup's path cut at its right edge, its last line at its
    foot. The notice now wraps them within 90 % of the screen's room, all of the text shown, the path kept
    whole for copying (no break added to it)."""
    from pathlib import Path

    from PySide6.QtGui import QFont

    from annotator.gui.upgrading import show_upgraded

    font = QFont(QApplication.font())
    font.setPointSize(18)
    QApplication.setFont(font)  # (given back by conftest's application_as_before)
    window.commands.set_language("zh_CN")
    name = "hechi_government_work_reports_2010_2020_annotation_project_shared_by_the_team"
    kept = Path(f"/mnt/shared/{name}/backups/auto-20261201-052708-123456-{backup.MIGRATION}11.sqlite")
    show_upgraded(window, name, upgrade.Upgraded(11, migrations.SCHEMA_VERSION, kept))
    qtbot.waitUntil(lambda: bool(_notices(window)))
    [box] = _notices(window)
    room = box.screen().availableGeometry()
    assert box.width() <= room.width() * 0.9 and box.height() <= room.height() * 0.9, (box.size(), room)
    assert box.view.verticalScrollBar().maximum() == 0 and box.view.horizontalScrollBar().maximum() == 0
    assert box.view.document().size().height() <= box.view.viewport().height()
    assert str(kept) in box.text().splitlines() and "标注工程" in box.text()
    box.close()
