"""A window with no project open greys what needs one (its keys do nothing, visibly so) and keeps
what works without one; opening a project enables it all."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.actions import BOUNDARY_KEYS

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NEEDS_PROJECT = ["import_files", "import_folder", "export", "suggest", "train", "model_settings", "labels",
                 "accept", "reject", "delete", "link", "unlink", "next", "prev", "done", "find", "search", "reload",
                 *(name for name, *_rest in BOUNDARY_KEYS)]
WITHOUT_PROJECT = ["new_project", "open_project", "quit", "about", "english", "chinese", "name", "bigger",
                   "smaller", "show_rejected", "snap", "suggest_on_import", "keep_lines_on_import"]


@pytest.fixture
def empty_window(qtbot, settings, monkeypatch):
    """The window as ``annotator gui`` shows it when no project could be opened."""
    from annotator.gui.main_window import MainWindow

    w = MainWindow(settings)
    w.errors = []
    monkeypatch.setattr(w, "show_error", lambda title, message: w.errors.append(message))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.text_view)
    yield w
    w.session_backup.wait()  # the last project's backup, made before the window goes
    if w.store is not None:
        w.store.close()


def menu_entries(window, menu_key):
    return {a.text(): a.isEnabled() for a in window.window_actions.menus[menu_key].actions() if a.text()}


def test_with_no_project_what_needs_one_is_greyed_and_enabled_once_one_opens(empty_window, project, qtbot):
    w = empty_window
    assert w.store is None
    assert [n for n in NEEDS_PROJECT if w.window_actions[n].isEnabled()] == []
    assert [n for n in WITHOUT_PROJECT if not w.window_actions[n].isEnabled()] == []
    assert w.window_actions.menus["menu_recent"].menuAction().isEnabled()
    project_menu = menu_entries(w, "menu_project")
    assert project_menu["&New project…"] and project_menu["&Open project…"] and project_menu["&Quit"]
    assert not project_menu["&Import files…"] and not project_menu["&Export…"] and not project_menu["Run &suggestions"]
    edit = menu_entries(w, "menu_edit")
    assert not edit["A&ccept all in this document"] and not edit["Span &boundaries"]
    view = menu_entries(w, "menu_view")
    assert not view["S&tatistics"] and not view["&Adjudication"]
    # their keys do nothing: the find bar stays shut, no panel is made
    qtbot.keyClick(w.text_view, Qt.Key.Key_F, Ctrl)
    assert not w.find_bar.isVisible()
    qtbot.keyClick(w.text_view, Qt.Key.Key_S, Ctrl | Shift)
    assert w.docks.made == {}
    assert w.errors == []
    assert not w.open_project(project.parent / "missing")  # a project that cannot be opened: still none
    assert len(w.errors) == 1 and not w.window_actions["export"].isEnabled()

    assert w.open_project(project)
    assert [n for n in NEEDS_PROJECT if not w.window_actions[n].isEnabled()] == []
    assert [a.text() for a in w.window_actions.label_actions if not a.isEnabled()] == []
    edit = menu_entries(w, "menu_edit")
    assert edit["A&ccept all in this document"] and edit["Span &boundaries"] and edit["&Accept suggestion"]
    assert menu_entries(w, "menu_view")["S&tatistics"]
    qtbot.keyClick(w.text_view, Qt.Key.Key_S, Ctrl | Shift)
    assert list(w.docks.made) == ["statistics"] and w.statistics.isVisible()
    qtbot.keyClick(w.text_view, Qt.Key.Key_F, Ctrl)
    assert w.find_bar.isVisible()


def test_a_label_key_with_no_project_is_greyed_too(empty_window, project, qtbot):
    """The label keys come with the project; a project that closes takes them along greyed."""
    w = empty_window
    assert w.open_project(project)
    keys = list(w.window_actions.label_actions)
    assert keys and all(a.isEnabled() for a in keys)
    w._close_project()
    assert all(not a.isEnabled() for a in w.window_actions.label_actions)
    assert not w.window_actions["export"].isEnabled() and w.window_actions["open_project"].isEnabled()


def drag(window, *paths):
    """A drag over the window and, when it takes it, the drop: whether it took it."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    if enter.isAccepted():
        QApplication.sendEvent(window, QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    return enter.isAccepted()


def test_with_no_project_a_dropped_article_is_refused_and_a_dropped_project_opens(empty_window, project, tmp_path):
    article = tmp_path / "new.txt"
    article.write_text("思明区计划投资5亿元建设软件园四期。\n", encoding="utf-8")
    assert not drag(empty_window, article) and empty_window.store is None
    assert drag(empty_window, project)
    assert empty_window.store is not None and empty_window.store.folder == project
    assert empty_window.doc_model.rowCount() == 3 and empty_window.window_actions["export"].isEnabled()


def test_a_project_folder_dropped_on_a_project_opens_it_instead_of_importing_its_articles(
        window, tmp_path, sync_tasks):
    from tests.gui.conftest import build_project

    other = build_project(tmp_path / "other")
    (other / "note.txt").write_text("集美区新增10家规上工业企业。\n", encoding="utf-8")
    first = window.store.folder
    assert drag(window, other)
    assert window.store.folder == other and window.doc_model.rowCount() == 3  # nothing imported
    assert drag(window, other / "note.txt")  # an article: imported into the project now open
    assert window.doc_model.rowCount() == 4 and window.store.document_id_by_name("note.txt") is not None
    assert first != other


def test_the_jurisdiction_field_is_greyed_without_a_document(empty_window, project, tmp_path, qtbot):
    """Typed with no project, or in a project without documents, it was saved nowhere."""
    from annotator.core.store import Store

    w = empty_window
    assert not w.form.jurisdiction_edit.isEnabled()
    assert w.open_project(project)
    assert w.form.jurisdiction_edit.isEnabled()
    w.form.jurisdiction_edit.setFocus()
    qtbot.keyClicks(w.form.jurisdiction_edit, "X")
    qtbot.keyClick(w.form.jurisdiction_edit, Qt.Key.Key_Return)
    assert w.form.jurisdiction_edit.text() == "X"
    Store.create(tmp_path / "empty").close()
    assert w.open_project(tmp_path / "empty")  # a new project: no documents yet
    assert w.doc_id is None and w.form.jurisdiction_edit.text() == ""
    assert not w.form.jurisdiction_edit.isEnabled()


def test_recent_projects_with_none_says_so_instead_of_an_empty_submenu(empty_window, project, qtbot):
    w = empty_window
    w.settings.recent_projects = []
    w.window_actions.menus["menu_recent"].aboutToShow.emit()
    assert menu_entries(w, "menu_recent") == {"No recent projects": False}
    w.open_project(str(project))
    w.window_actions.menus["menu_recent"].aboutToShow.emit()
    entries = menu_entries(w, "menu_recent")
    assert "No recent projects" not in entries and list(entries.values()) == [True]


def test_a_recent_project_not_found_says_so_and_can_be_taken_off_the_list(empty_window, project, tmp_path):
    # it was greyed with no word of why, and stayed in the list for good
    w = empty_window
    gone = str(tmp_path / "moved away")
    w.settings.recent_projects = [gone, str(project)]
    w.window_actions.menus["menu_recent"].aboutToShow.emit()
    entries = menu_entries(w, "menu_recent")
    assert entries == {f"{gone} (not found)": False, str(project): True, "Remove those not found": True}
    remove = next(a for a in w.window_actions.menus["menu_recent"].actions() if a.text() == "Remove those not found")
    remove.trigger()
    assert w.settings.recent_projects == [str(project)]
    w.window_actions.menus["menu_recent"].aboutToShow.emit()
    assert menu_entries(w, "menu_recent") == {str(project): True}
