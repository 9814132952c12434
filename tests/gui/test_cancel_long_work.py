"""Cancel in the window's long work stops it: a cancelled import does not go on to suggest on
the documents it imported (whole ones; F5 suggests on them later), and a second import brings
the rest without duplicates."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton

from annotator.gui import messages, tasks

SENTENCE = "厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。\n"


def articles(tmp_path: Path, n: int = 5) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i}.txt").write_text(f"第{i}篇。\n" + SENTENCE * 20, encoding="utf-8")
    return sorted(str(p) for p in folder.iterdir())


def cancel_when(monkeypatch, title: str, after: int) -> list[str]:
    """Click the progress dialog's Cancel once the job titled ``title`` reports ``after`` done."""
    titles: list[str] = []

    def hook(dialog, done, total, current):
        titles.append(dialog.windowTitle())
        if dialog.windowTitle() == title and done >= after and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [hook])
    return titles


def test_a_cancelled_import_suggests_nothing_and_a_second_import_brings_the_rest(window, store, tmp_path,
                                                                               monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)  # each update reaches the dialog before the next file
    files = articles(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (files, ""))
    monkeypatch.setattr(messages, "information", lambda *_a: None)
    monkeypatch.setattr(messages, "warning", lambda *_a: None)
    window.settings.suggest_on_import = True
    titles = cancel_when(monkeypatch, "Importing", 2)  # reported as the third file starts
    window.window_actions["import_files"].trigger()  # Ctrl+I, the file dialog answered
    imported = [d for d in store.documents() if d.name.startswith("r")]
    assert [d.name for d in imported] == ["r0.txt", "r1.txt", "r2.txt"]  # whole, the rest not read
    assert "Suggesting" not in titles  # Cancel stopped the work: no suggestions were started
    assert all(store.annotations(d.id) == [] for d in imported)
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.doc_model.rowCount() == 6
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [])
    window.window_actions["import_files"].trigger()  # again, to the end: the rest, each once, suggested
    names = [d.name for d in store.documents()]
    assert sorted(names) == ["a.txt", "b.txt", "c.txt"] + [f"r{i}.txt" for i in range(5)]
    assert window.doc_model.rowCount() == 8
    assert all(store.annotations(store.document_id_by_name(f"r{i}.txt")) for i in range(3, 5))


def test_a_cancelled_export_writes_no_file(window, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    out = tmp_path / "out.jsonl"
    from annotator.gui.dialogs import export_dialog

    results = []

    def run(dialog):  # the dialog as a user fills it: a file, open suggestions too, Export
        dialog.path.setText(str(out))
        dialog.status_boxes["suggested"].setChecked(True)
        dialog.export_button.click()
        results.append(dialog.result_line.text())

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", run)
    cancel_when(monkeypatch, "Exporting", 0)
    window.window_actions["export"].trigger()  # Ctrl+E
    assert not out.exists()
    assert results == ["Nothing was exported."]
