"""A damaged installation's seed (resources/seed_model.zip unreadable) in the window: F5 still
suggests with the project's own model for the labels it learned, and the status bar names the
seed's file and says to reinstall (it was an error box, and no model suggestion at all)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.core.test_model_damaged import damaged_seed  # noqa: F401 — the fixture
from tests.gui.conftest import build_policy_project
from tests.gui.test_retraining_unused import NEW, to_article

Shift = Qt.KeyboardModifier.ShiftModifier
pytestmark = pytest.mark.usefixtures("sync_tasks")


@pytest.fixture
def project(tmp_path):
    return build_policy_project(tmp_path / "policy", NEW)


def test_f5_suggests_with_the_projects_model_and_says_the_seed_is_damaged(
        window, store, qtbot, damaged_seed, monkeypatch):  # noqa: F811
    from annotator.gui.dialogs import errors

    monkeypatch.setattr(errors, "show_error", lambda _parent, _title, message, *_a: window.errors.append(message))
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)  # the project's own model (POLICY)
    doc_id = window.store.document_id_by_name("new.txt")
    window.open_document(doc_id)
    to_article(window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    assert window.errors == []
    proposed = {a.text for a in store.annotations(doc_id) if a.origin == "model"}
    assert proposed == {"区域协调发展战略", "健康中国战略"}
    message = window.statusBar().currentMessage()
    assert message.endswith(f" — with the project's model, for the labels it learned; the shipped model {damaged_seed} "
                            "cannot be read (File is not a zip file); the installation is damaged: reinstall annotator")


def test_the_statistics_panel_says_the_seed_is_damaged_as_the_status_bar_does(
        window, store, qtbot, damaged_seed):  # noqa: F811
    """(A QA pass: the status bar and `annotator suggest` said to reinstall, the panel said nothing.)"""
    said = (f"The shipped model {damaged_seed} cannot be read (File is not a zip file); the installation is damaged: "
            "reinstall annotator.")
    line = window.statistics.model.model_line
    window.statistics.show()
    window.statistics.refresh()
    qtbot.waitUntil(lambda: "reinstall" in line.text())
    assert line.text().startswith("Suggestions come from the rules and the shipped model: this project has not "
                                  f"trained its own yet. {said} ")  # the seed alone would suggest: no model at all
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)  # the project's own model (POLICY)
    qtbot.waitUntil(lambda: "this project's model" in line.text())
    assert line.text().startswith("Suggestions come from the rules and this project's model, trained ")
    assert f"accepted since. Only for the labels it learned: {said} " in line.text()


def test_the_statistics_panel_loads_the_models_code_off_the_windows_thread_and_then_says_the_seed_is_damaged(
        window, store, qtbot, damaged_seed, monkeypatch):  # noqa: F811
    """Shown the first time in a session that had not suggested with the model, the panel loaded
    the model's code (numpy, the CRF) on the window's thread to see whether the seed reads: it
    appeared 1.1 s later. A worker loads it; the panel says the seed is damaged once it has."""
    import threading

    from annotator.core.suggest.model import choice
    from annotator.gui import model_code

    monkeypatch.setattr(model_code, "CODE", "annotator.not_loaded_yet")  # as in a session without the model yet
    threads, real, gate = [], choice.seed_unreadable, threading.Event()

    def seed_unreadable() -> str:
        if threading.current_thread() is not threading.main_thread():
            gate.wait(10)  # the worker's load still under way while the panel is looked at
        threads.append(threading.current_thread())
        return real()

    monkeypatch.setattr(choice, "seed_unreadable", seed_unreadable)
    line = window.statistics.model.model_line
    window.statistics.show()
    window.statistics.refresh()
    assert line.text().startswith("Suggestions come from the rules and the shipped model: this project has not "
                                  "trained its own yet.") and "reinstall" not in line.text()
    assert threads == []  # nothing read on the window's thread
    gate.set()
    qtbot.waitUntil(lambda: "reinstall" in line.text())
    assert threads[0].name == "model-code" and threading.main_thread() in threads[1:]  # then read here, at once
    assert f"The shipped model {damaged_seed} cannot be read (File is not a zip file)" in line.text()
