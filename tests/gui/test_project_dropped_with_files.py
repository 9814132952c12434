"""A project's database (``P/project.sqlite``) dropped on the window together with a .txt was imported
with it and reported as "looks like a binary file (it holds NUL bytes), not text": the .txt is imported
and the window says that a project is opened by dropping it alone (or with Project › Open project…)."""
from __future__ import annotations

import pytest

from annotator.gui import messages
from tests.gui.conftest import build_project
from tests.gui.test_no_project import drag


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """What the import's boxes said (a warning, a note)."""
    lines: list[str] = []
    for box in ("warning", "information"):
        monkeypatch.setattr(messages, box, lambda _parent, _title, text, *a, **k: lines.append(text))
    return lines


@pytest.mark.parametrize("dropped", ["database", "folder"])
def test_a_project_dropped_with_an_article_is_not_imported_and_the_article_is(
        window, tmp_path, sync_tasks, said, dropped):
    other = build_project(tmp_path / "other")
    article = tmp_path / "new.txt"
    article.write_text("思明区计划投资5亿元建设软件园四期。\n", encoding="utf-8")
    first = window.store.folder
    project = other / "project.sqlite" if dropped == "database" else other
    assert drag(window, project, article)
    assert window.store.folder == first  # not opened: the drop was not of it alone
    assert window.store.document_id_by_name("new.txt") is not None and window.doc_model.rowCount() == 4
    assert not any("binary" in line or "project.sqlite" in line and "not text" in line for line in said), said
    message = "\n".join([*said, window.statusBar().currentMessage()])
    assert f"{project}: a project is opened by dropping it alone on the window (or with Project › Open " \
           "project…), not imported with other files" in message


def test_a_project_dropped_with_only_annotations_says_so_in_the_status_bar(window, tmp_path, monkeypatch):
    other = build_project(tmp_path / "other")
    offered: list[list[str]] = []
    monkeypatch.setattr(window.commands.io, "import_annotation_files", offered.append)
    sheet = tmp_path / "spans.jsonl"
    sheet.write_text("", encoding="utf-8")
    assert drag(window, other / "project.sqlite", sheet)
    assert offered == [[str(sheet)]]
    assert "a project is opened by dropping it alone" in window.statusBar().currentMessage()
