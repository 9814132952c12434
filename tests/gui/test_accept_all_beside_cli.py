"""Edit › Accept all in the project while the command line decides some of the same suggestions:
the window lists the open suggestions, asks, and the command writes while the question is open.
The window then accepts those still open; a span the command rejected stays rejected (it was
accepted over the command's decision), one it dropped (`suggest --replace`) no longer makes the
whole step fail with "no longer in the project"."""
from __future__ import annotations

import pytest

from tests.cli_run import run


def accept_all(window, label: str) -> None:
    """Edit › Accept all in the project › ``label`` (the menu's action, as a click on it)."""
    menu = window.window_actions.menus["menu_accept_project"]
    (action,) = [a for a in menu.actions() if a.text().replace("&", "").startswith(label)]
    action.trigger()


@pytest.mark.parametrize("big", [False, True])  # a big step is written by the task worker
def test_accept_all_keeps_what_the_command_line_rejected_while_the_window_asked(
        window, store, project, qtbot, capsys, agree, monkeypatch, big):
    from annotator.gui import big_steps

    if big:
        monkeypatch.setattr(big_steps, "BIG", 1)
    asked: list[str] = []

    def confirm(question: str) -> bool:  # while the question is open, the command line rejects in b.txt
        asked.append(question)
        assert run(capsys, "review", project, "--reject", "--doc", "b.txt", "--annotator", "lead")[0] == 0
        return True

    window.confirm = confirm
    accept_all(window, "DISTRICT")
    assert asked and "2" in asked[0]  # 厦门市 in a.txt, 同安区 in b.txt
    statuses = {(a.text, a.annotator): a.status for a in store.annotations(labels=["DISTRICT"])}
    assert statuses == {("厦门市", "tester"): "accepted", ("同安区", "lead"): "rejected"}
    assert window.errors == []
    window.reloading.check()  # the window shows the command's rejection too
    window.open_document(store.document_id_by_name("b.txt"))
    agree(window)


def test_accept_all_after_the_command_line_dropped_the_suggestions_says_nothing_failed(
        window, store, project, qtbot, capsys):
    def confirm(_question: str) -> bool:
        assert run(capsys, "review", project, "--reject", "--label", "DISTRICT", "--doc", "a.txt")[0] == 0
        with store.transaction():  # another program removes 同安区's suggestion
            store.delete_annotations([a.id for a in store.annotations(labels=["DISTRICT"], statuses=["suggested"])])
        return True

    window.confirm = confirm
    accept_all(window, "DISTRICT")
    assert window.errors == []
    assert {a.status for a in store.annotations(labels=["DISTRICT"])} == {"rejected"}
