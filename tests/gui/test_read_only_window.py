"""The window opens a project that cannot be written (a read-only mount or share, a disc, a folder
without write permission) for reading: its documents and spans are shown, the status bar says it is
read-only, the Project menu's writing commands are greyed, and an edit asked for by a key is refused
with one message; not a byte is written into its folder (no -wal, -shm, stamp or backup).

Root ignores file permissions (CI runs as root), so the store's writability probe is made to say
no (``core/store/read_only.can_write``): the project opens through the same read-only path."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store, read_only
from annotator.gui.read_only import WRITING_ACTIONS, ReadOnlyNotice
from annotator.paths import DB_FILENAME
from tests.gui.conftest import DOCS, build_project
from tests.gui.test_bad_inputs_zh import export_through_the_menu


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_read_only_project_is_shown_and_an_edit_refused_with_nothing_written(window, qtbot, tmp_path, qtlog,
                                                                                 monkeypatch, sync_tasks):
    folder = build_project(tmp_path / "snapshot")
    probe = read_only.can_write
    monkeypatch.setattr(read_only, "can_write", lambda path: probe(path) and not (
        Path(path) == folder or folder in Path(path).parents))
    before = folder_state(folder)
    writable = window.store.folder

    assert window.open_project(folder) and window.errors == []
    assert window.store.folder == folder and window.store.read_only
    notice = window.statusBar().findChild(ReadOnlyNotice)
    assert notice.isVisible() and notice.text() == "Read-only: changes cannot be saved"
    assert str(folder) in notice.toolTip() and "(read-only)" in window.windowTitle()
    # the first of the status bar's right-hand widgets, put there without Qt's "Index out of range" warning
    assert notice.x() < window.project_status.x()
    assert not [r for r in qtlog.records if "insertPermanentWidget" in r.message]
    assert not any(window.window_actions[name].isEnabled() for name in WRITING_ACTIONS)
    assert window.window_actions["export"].isEnabled() and window.window_actions["search"].isEnabled()

    name, text, suggestions = DOCS[0]
    with Store.open(folder, read_only_ok=True) as reader:
        doc_id = next(d.id for d in reader.documents() if d.name == name)
    window.open_document(doc_id)
    window.text_view.flush_formatting()
    shown = window.text_view.text
    assert shown.rstrip("\n") == text.rstrip("\n")
    assert sorted(window.ann_model.text_of(r) for r in window.ann_model.rows()) == sorted(p for _l, p in suggestions)
    drawn = window.text_view.shown_spans()
    assert sorted(shown[r.start:r.end] for r in drawn.values()) == sorted(p for _l, p in suggestions)
    assert all(window.text_view.format_at(r.start).background().style() != Qt.BrushStyle.NoBrush
               for r in drawn.values())

    out = tmp_path / "read.xlsx"  # Export reads it: through the menu, its task's own read-only store
    export_through_the_menu(window, qtbot, out)
    assert out.stat().st_size > 0 and window.errors == []

    window.activateWindow()
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # the first open suggestion
    assert window.selected_id is not None
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)  # accept it: refused
    assert len(window.errors) == 1
    assert window.errors[0].startswith(f"{folder}: the project is read-only") and "copy the project folder" in \
        window.errors[0]
    assert {row.status for row in window.ann_model.rows()} == {"suggested"}  # shown as it is
    window.window_actions["done"].trigger()  # Mark document done: refused the same way, not shown as done
    assert len(window.errors) == 2 and window.errors[1] == window.errors[0]
    assert not window.window_actions["done"].isChecked() and not window.doc_model.document(0).done
    assert window.undo_stack.count() == 0

    with Store.open(folder, read_only_ok=True) as reader:  # the store holds what it held
        assert {a.status for a in reader.annotations()} == {"suggested"}
    assert folder_state(folder) == before
    assert not (folder / f"{DB_FILENAME}-wal").exists() and not (folder / f"{DB_FILENAME}-shm").exists()

    assert window.open_project(writable)  # a writable project again: no notice, every action back
    assert not window.store.read_only and not notice.isVisible() and "(read-only)" not in window.windowTitle()
    assert all(window.window_actions[name].isEnabled() for name in WRITING_ACTIONS)


def test_an_older_read_only_project_is_refused_with_what_to_do_not_upgraded(window, tmp_path, monkeypatch, sync_tasks):
    from annotator.gui.dialogs import errors
    from tests.core.conftest import old_project

    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, details: window.errors.append(message)])  # no box

    folder = tmp_path / "old"
    old_project(folder, 4)
    monkeypatch.setattr(read_only, "can_write", lambda path: False)
    before = folder_state(folder)
    shown = window.store.folder
    assert not window.open_project(folder)
    assert len(window.errors) == 1 and window.errors[0].startswith(
        f"{folder}: the project is read-only and of an older version (schema 4")
    assert window.store.folder == shown and folder_state(folder) == before and not (folder / "backups").exists()


def test_cross_validating_a_read_only_project_shows_the_scores_and_says_they_were_not_stored(
        window, qtbot, tmp_path, monkeypatch, sync_tasks):
    """As on a writable project (and as ``annotator evaluate --cross-validate``): the figures in the
    Statistics panel, one line saying they were not stored; nothing written, nothing refused."""
    from annotator.core.store.trained import load_scores
    from annotator.core.suggest.model.training import MODEL_NAME
    from annotator.gui.dialogs import errors

    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, details: window.errors.append(message)])  # no box
    folder = build_project(tmp_path / "snapshot")
    with Store.open(folder) as writer:  # two documents with accepted spans: the button is enabled
        writer.set_status([a.id for a in writer.annotations()], "accepted", "ann")
    monkeypatch.setattr(read_only, "can_write", lambda path: False)
    before = folder_state(folder)
    assert window.open_project(folder) and window.store.read_only
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, ctrl_shift)  # the Statistics panel
    part = window.statistics.model
    assert part.scores_line.text() == "Not cross-validated yet."
    qtbot.waitUntil(part.evaluate_button.isEnabled)
    qtbot.mouseClick(part.evaluate_button, Qt.MouseButton.LeftButton)
    assert window.errors == []
    said = "Not stored: the project is read-only, so these figures are shown only until it is closed."
    qtbot.waitUntil(lambda: not part.table.isHidden())
    assert part.scores_line.text().startswith("Cross-validated ") and part.scores_line.text().endswith("\n" + said)
    figures = part.f1s()
    assert "Overall" in figures and all(len(row) == 3 for row in figures.values())
    assert window.statusBar().currentMessage() == said
    assert folder_state(folder) == before
    monkeypatch.undo()
    with Store.open(folder) as reader:
        assert load_scores(reader, MODEL_NAME) is None
