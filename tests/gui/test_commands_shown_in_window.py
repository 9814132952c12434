"""Each command of the command line that changes a project, run in a terminal on the project the window
shows (here in this process, on its own connection, as `annotator …` would), and the window's next look
(its timer's tick; it looks every 1.5 s while active and when it becomes active again): the document
list, the annotation table, the article's highlights, the form, the status bar and the Statistics panel
show the project as stored, without Ctrl+R."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Store
from tests.cli_run import run
from tests.gui.conftest import build_project
from tests.gui.test_stats_panel import agrees_with_store

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
RELOADED = "Reloaded: the project was changed by another program"


@pytest.fixture
def shown(window, qtbot, agree):
    """The Statistics shown (Ctrl+Shift+S); after a command, the window's look and what it shows checked."""
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    qtbot.waitUntil(lambda: agrees_with_store(window))

    def look() -> None:
        window.reloading.timer.timeout.emit()
        agree(window)  # the table, the article's highlights and the form
        qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list: read by a worker, shown when it comes
        with Store.open(window.store.folder) as fresh:
            stats, names = fresh.stats(), sorted(d.name for d in fresh.document_entries())
        left = sum(n for key, n in stats["annotations"].items() if key.endswith("/suggested"))
        assert window.project_status.text() == (f"Project: {stats['done']} / {stats['documents']} documents done, "
                                                f"{left} open suggestions")
        assert sorted(window.doc_model.names()) == names
        qtbot.waitUntil(lambda: agrees_with_store(window))  # the project's counts: by a worker
        assert window.errors == []

    return look


def test_import(window, capsys, project, tmp_path, shown):
    report = tmp_path / "new.txt"
    report.write_text("思明区建设松元产业园二期。\n", encoding="utf-8")
    assert run(capsys, "import", project, report)[0] == 0
    shown()
    assert "new.txt" in window.doc_model.names() and window.statusBar().currentMessage() == RELOADED


@pytest.mark.parametrize("args", [["suggest", "--model", "none", "--replace"], ["review", "--accept"],
                                  ["review", "--reject", "--doc", "b.txt"], ["done", "--all"],
                                  ["done", "--doc", "b.txt"], ["meta", "date=2024-01-05", "--all"],
                                  ["remove", "--doc", "b.txt"], ["labels", "--change", "AMOUNT", "--color", "#123456"]],
                         ids=lambda args: " ".join(args[:2]))
def test_a_command(window, capsys, project, shown, args):
    assert run(capsys, args[0], project, *args[1:])[0] == 0
    shown()
    assert window.statusBar().currentMessage() == RELOADED


def test_done_ticks_the_open_documents_box_and_its_menu_entry(window, capsys, project, shown):
    assert run(capsys, "done", project, "--doc", "a.txt")[0] == 0
    shown()
    assert window.doc_model.document(window.doc_model.row_of(window.doc_id)).done
    assert window.window_actions["done"].isChecked()


def test_import_annotations(window, capsys, project, tmp_path, shown):
    text = window.text_view.text
    start = text.index("集美区")
    gold = tmp_path / "checked.gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": start, "end": start + 3, "label": "DISTRICT",
                                "text": "集美区"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(capsys, "import-annotations", project, gold, "--annotator", "lead")[0] == 0
    shown()
    assert any(r.start == start and r.annotator == "lead" for r in window.ann_model.rows())


def test_merge_and_adjudicate(window, capsys, project, tmp_path, shown):
    coders = []
    for name in ("li", "wang"):
        with Store.open(build_project(tmp_path / name)) as copy:  # each coder accepted every suggestion
            copy.set_status([a.id for a in copy.annotations()], "accepted", annotator=name)
        coders.append(tmp_path / name)
    assert run(capsys, "merge", project, *coders)[0] == 0
    shown()
    assert {r.annotator for r in window.ann_model.rows()} == {"", "li", "wang"}
    assert run(capsys, "adjudicate", project, "--coders", "li", "wang")[0] == 0
    shown()
    assert {r.annotator for r in window.ann_model.rows()} == {"", "li", "wang", "gold"}


def test_restore(window, capsys, project, qtbot, shown):
    window.session_backup.wait()  # the session's backup, made when the project opened
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)
    assert run(capsys, "restore", project)[0] == 0  # the backup: before the accept
    shown()
    assert {r.status for r in window.ann_model.rows()} == {"suggested"}


def test_suggested_and_accepted_links_show_in_the_form(window, capsys, project, store, shown):
    """`annotator suggest-links` and `review --accept --links` with an amount selected: the form's lines
    under it went on saying nothing of its links (the window saw no span changed), nor the article
    marking the spans it links to, until another span was chosen."""
    assert run(capsys, "review", project, "--accept")[0] == 0
    shown()
    amount = next(r for r in window.ann_model.rows() if r.label == "AMOUNT")
    window.select_annotation(amount.id)
    assert window.form.links_label.text() == ""
    assert run(capsys, "suggest-links", project)[0] == 0
    shown()
    lines = window.form.links_label.text().splitlines()
    assert "for project: 松元产业园 (suggested: " in lines[0] and lines[1].startswith("district: 厦门市 (suggested")
    assert set(window.text_view.linked_ids()) == {a.target_id for a in store.links_from(amount.id)}
    assert run(capsys, "review", project, "--accept", "--links")[0] == 0
    shown()
    assert window.form.links_label.text().splitlines() == ["for project: 松元产业园", "district: 厦门市"]
