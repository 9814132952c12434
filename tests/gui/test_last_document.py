"""The document a project last showed is kept per project: switching projects (and a process killed
after the switch) never reopens one project's document in another, even one of the same name."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.places import recall
from tests.gui.conftest import build_project


def fresh_window(qtbot, settings):
    """The window of the next start, on the same settings (the killed process never closed its own)."""
    from annotator.gui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_by_name(window, name):
    doc = next(d for d in window.doc_model.doc_ids() if window.doc_model.name_of(d) == name)
    window.panel.view.setFocus()
    window.open_document(doc)
    return doc


def test_each_project_reopens_its_own_last_document(window, settings, project, tmp_path, qtbot):
    other = build_project(tmp_path / "other")  # the same document names: a.txt, b.txt, c.txt
    open_by_name(window, "c.txt")  # in the first project
    assert window.open_project(other)  # switched: the first project's c.txt is kept for it
    b_in_other = open_by_name(window, "b.txt")
    qtbot.keyClick(window.text_view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    # read a moment, then killed: the window never closes; the next start reopens the last project
    qtbot.waitUntil(lambda: (recall(settings, str(other.resolve())) or ("",))[0] == "b.txt", timeout=5000)
    again = fresh_window(qtbot, settings)
    assert settings.last_project == str(other.resolve())
    assert again.open_project(settings.last_project)
    assert again.store.folder.resolve() == other.resolve() and again.doc_id == b_in_other
    assert again.doc_model.name_of(again.doc_id) == "b.txt"
    assert again.open_project(project)  # and the first project its own
    assert again.doc_model.name_of(again.doc_id) == "c.txt"
    again.close()
    window.store.close()


def test_a_project_never_seen_opens_its_first_document(window, settings, tmp_path, qtbot):
    open_by_name(window, "c.txt")
    window.close()
    fresh = build_project(tmp_path / "fresh")
    again = fresh_window(qtbot, settings)
    assert again.open_project(fresh)
    assert again.doc_model.name_of(again.doc_id) == "a.txt"
    again.close()


def test_settings_kept_before_places_were_per_project_are_read_once(settings, project, qtbot):
    from annotator.gui import places

    folder = str(project.resolve())
    settings.last_project, settings.last_document, settings.last_position = folder, "b.txt", 7
    assert places.recall(settings, folder) == ("b.txt", 7)
    assert places.recall(settings, folder + "-other") is None
    places.remember(settings, folder + "-other", "a.txt", 0)
    assert places.recall(settings, folder) is None  # one project's document is no longer anyone's
    settings.last_places = "{not json"
    assert places.recall(settings, folder + "-other") is None


def test_a_project_moved_while_closed_reopens_its_last_document(window, settings, tmp_path, qtbot):
    # its place was kept by folder path alone: a project moved or renamed opened at its first document
    import shutil

    folder = build_project(tmp_path / "before")
    assert window.open_project(folder)
    open_by_name(window, "c.txt")
    window.close()  # the place kept as the window closes
    moved = tmp_path / "after"
    shutil.move(str(folder), str(moved))
    again = fresh_window(qtbot, settings)
    assert again.open_project(moved)
    assert again.doc_model.name_of(again.doc_id) == "c.txt"
    copy_elsewhere = build_project(tmp_path / "another")  # another project of the same names: its own first
    assert again.open_project(copy_elsewhere) and again.doc_model.name_of(again.doc_id) == "a.txt"
    again.close()


def test_a_document_renamed_while_the_window_was_closed_is_reopened(window, settings, project, qtbot):
    # the place was kept by name alone: renamed by the command line, the next start opened a.txt instead
    from annotator.core.store import Store

    c = open_by_name(window, "c.txt")
    window.close()
    with Store.open(project) as store:  # annotator rename P c.txt z.txt
        store.rename_document(c, "z.txt")
    again = fresh_window(qtbot, settings)
    assert again.open_project(project)
    assert again.doc_id == c and again.doc_model.name_of(c) == "z.txt"
    again.close()


def test_an_id_holding_another_text_is_not_taken_for_the_document_kept(window, settings, project, qtbot):
    # a project made again in its folder (a backup of before): the id kept is another document's; the name
    # is looked for
    import shutil

    from annotator.core.store import Store
    from tests.gui.conftest import DOCS, add_document

    c = open_by_name(window, "c.txt")
    window.close()
    window.session_backup.wait()  # its own connection gone (it took the -wal away under rmtree, now and then)
    shutil.rmtree(project)
    with Store.create(project) as store:
        c_now = add_document(store, "c.txt", DOCS[2][1])
        add_document(store, "x.txt", "另一篇报告。\n")
        assert add_document(store, "y.txt", "又一篇报告。\n") == c  # its id given to another text
    again = fresh_window(qtbot, settings)
    assert again.open_project(project)
    assert again.doc_id == c_now and again.doc_model.name_of(again.doc_id) == "c.txt"
    again.close()


def test_a_document_renamed_and_read_again_while_the_window_was_closed_is_reopened(settings, tmp_path, qtbot,
                                                                                     capsys):
    # kept by its id while its text was the same: renamed AND read again (annotator import-again, its file
    # shortened) the next start opened the first document; now the files it was read from say it is the same
    from annotator.core.store import Store
    from tests.cli_run import run

    folder = tmp_path / "p"
    lines = "".join(f"第{i}行：湖里区推进松元产业园建设。\n" for i in range(400))
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name}\n{lines}", encoding="utf-8")
    assert run(capsys, "new", folder)[0] == 0
    assert run(capsys, "import", folder, *(tmp_path / n for n in ("a.txt", "b.txt", "c.txt")))[0] == 0
    window = fresh_window(qtbot, settings)
    assert window.open_project(folder)
    c = open_by_name(window, "c.txt")
    window.text_view.scroll_to(len(window.text_view.text) - 30)  # read near its end
    assert window.text_view.top_position() > 5000
    window.close()
    assert run(capsys, "rename", folder, "c.txt", "z.txt")[0] == 0
    (tmp_path / "c.txt").write_text("c.txt（修订）\n第1行：湖里区推进松元产业园建设。\n", encoding="utf-8")
    assert run(capsys, "import-again", folder, "--doc", "z.txt", "--force")[0] == 0
    with Store.open(folder) as store:
        assert store.document(c).name == "z.txt" and len(store.document(c).text) < 40
    again = fresh_window(qtbot, settings)
    assert again.open_project(folder)
    assert again.doc_id == c and again.doc_model.name_of(c) == "z.txt"
    assert again.text_view.top_position() == 0  # the place read, past the shorter text's end: at its end (one screen)
    again.close()
