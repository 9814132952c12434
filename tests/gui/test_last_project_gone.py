"""The start when the project open last is no longer where it was (its folder moved or renamed, a drive
not connected): the demo opens as before, and a message says where the project was and how to open it."""
from __future__ import annotations

from tests.gui.app_start import start


def test_the_start_says_the_last_project_is_not_there_and_opens_the_demo(project, settings, monkeypatch, qapp,
                                                                         tmp_path):
    from annotator import demo
    from annotator.gui import app as app_module
    from annotator.gui import messages

    gone = str(tmp_path / "报告 2024")  # moved to another folder since
    settings.last_project = gone
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    monkeypatch.setattr(demo, "ensure_demo", lambda folder=None: project)
    said = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text: said.append((title, text)))
    opened = start(qapp, monkeypatch, lambda window: window.store.folder)
    assert opened == [project]
    assert said == [("Last project not found",
                     f"{gone}, the project open when annotator last closed, is not there: moved, renamed or deleted, "
                     "or on a drive that is not connected. Project › Open project… (Ctrl+O) opens it where it is now.")]
