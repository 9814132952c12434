"""Importing and suggesting one long document: the import shows a busy bar with the file's
name (one file: no fraction to show), the suggestions a bar that advances within the document
("Document 1 of 1: big.txt", the labels being suggested), and Cancel there stores nothing."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from annotator.gui import tasks

SENTENCE = "厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。\n"


def long_article(tmp_path, repeat=3000):
    article = tmp_path / "big.txt"
    article.write_text(SENTENCE * repeat, encoding="utf-8")  # 123,000 characters
    return article


def watch(monkeypatch, also=None):
    """Record what the progress dialog shows at each update: (title, maximum, value, label)."""
    seen = []

    def hook(dialog, done, total, current):
        seen.append((dialog.windowTitle(), dialog.maximum(), dialog.value(), dialog.labelText()))
        if also is not None:
            also(dialog, seen)

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [hook])
    return seen


def test_the_bar_advances_within_one_long_document(window, store, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", False)  # the real background worker, as in the program
    seen = watch(monkeypatch)
    window.settings.suggest_on_import = True
    window.commands.import_paths([str(long_article(tmp_path))])  # import, then suggestions on it
    assert [s for s in seen if s[0] == "Importing"]  # (its busy bar may come and go in one burst: below, in step)
    suggesting = [s for s in seen if s[0] == "Suggesting"]
    assert {maximum for _t, maximum, _v, _l in suggesting} == {1000}
    values = [value for _t, _m, value, _l in suggesting]
    assert values == sorted(values)
    assert any(0 < value < 1000 for value in values)  # above 0 before the end, within the one document
    labels = [label for _t, _m, _v, label in suggesting]
    # the worker's updates reach the dialog when the GUI thread next runs: a burst shows the newest,
    # so which steps are seen here depends on the machine (each one is: the test below)
    assert all(label.startswith("Document 1 of 1: big.txt\n") for label in labels)
    doc_id = store.document_id_by_name("big.txt")
    assert len(store.annotations(doc_id)) > 3000


def test_the_bar_names_each_step_within_the_document(window, store, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)  # each update reaches the dialog before the next step
    seen = watch(monkeypatch)
    window.settings.suggest_on_import = True
    window.commands.import_paths([str(long_article(tmp_path, 1000))])
    importing = [s for s in seen if s[0] == "Importing"]
    assert importing and importing[0][1:] == (0, 0, "big.txt")  # a busy bar with the file's name
    labels = [label for title, _m, _v, label in seen if title == "Suggesting"]
    suggested = {label.rpartition("suggesting ")[2] for label in labels}
    assert {"DISTRICT", "AMOUNT", "PROJECT", "TARGET", "links"} <= suggested
    assert all(label.startswith("Document 1 of 1: big.txt\n") for label in labels)


def test_cancel_within_one_long_document_stores_none_of_it(window, store, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)  # each update reaches the dialog before the next step

    def cancel_midway(dialog, seen):
        if seen[-1][0] == "Suggesting" and 0 < seen[-1][2] < 1000 and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button, as a user would

    seen = watch(monkeypatch, cancel_midway)
    window.settings.suggest_on_import = True
    window.commands.import_paths([str(long_article(tmp_path, 1000))])
    doc_id = store.document_id_by_name("big.txt")
    assert doc_id is not None and store.annotations(doc_id) == []
    assert any(s[0] == "Suggesting" and 0 < s[2] < 1000 for s in seen)
