"""The window's keys right after a command in a terminal changed the document they act on (the window
not looked yet: it looks every 1.5 s while active, and when it becomes active again): nothing the user
typed is dropped unsaid, nothing is doubled, another program's decision is not overwritten unseen,
and the status bar says what happened."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.cli_run import run


def type_note(window, qtbot, text: str):
    note = window.form.note_edit
    note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    qtbot.keyClicks(note, text)
    return note


def test_a_note_being_typed_when_the_command_line_removes_its_document_is_said_not_lost_unsaid(
        window, qtbot, capsys, project, store, agree):
    """`annotator remove P --doc a.txt` while a note was typed about one of its spans: an error box said
    "This span is no longer in the project … Press Ctrl+R … nothing was changed" over a window that had
    already opened another document, and what was typed was gone without a word."""
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    type_note(window, qtbot, "check the code")
    assert run(capsys, "remove", project, "--doc", "a.txt")[0] == 0
    window.reloading.timer.timeout.emit()  # the window's next look
    assert window.errors == []
    said = window.statusBar().currentMessage()
    assert "a.txt" in said and "not saved" in said and "“check the code”" in said, said
    assert window.doc_id == store.document_id_by_name("b.txt")
    qtbot.waitUntil(lambda: "a.txt" not in window.doc_model.names())  # the list: read by a worker
    agree(window)


def test_the_open_document_removed_by_the_command_line_is_named(window, qtbot, capsys, project, agree):
    assert run(capsys, "remove", project, "--doc", "a.txt")[0] == 0
    window.reloading.timer.timeout.emit()
    assert window.statusBar().currentMessage() == "Reloaded: another program removed a.txt, the document that was open"
    assert window.windowTitle().startswith("b.txt — ") and window.errors == []
    agree(window)


def test_a_label_key_on_words_the_command_line_just_labelled_makes_no_second_span(
        window, qtbot, capsys, project, store, agree, tmp_path):
    """`annotator import-annotations P checked.jsonl` accepted 集美区 as DISTRICT; the user, not seeing it
    yet, selected 集美区 and pressed 1: a second DISTRICT 集美区 was stored beside it (after the window's
    look the same key makes that span the user's, as it does any span of no coder's)."""
    view = window.text_view
    start = view.text.index("集美区")
    gold = tmp_path / "checked.gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "start": start, "end": start + 3, "label": "DISTRICT",
                                "text": "集美区"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(capsys, "import-annotations", project, gold)[0] == 0
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    at = [(a.label, a.status, a.annotator) for a in store.annotations(window.doc_id) if a.start == start]
    assert at == [("DISTRICT", "accepted", "tester")] and window.errors == []
    agree(window)


def test_n_goes_past_a_suggestion_the_command_line_rejected_meanwhile(window, qtbot, capsys, project, agree):
    assert run(capsys, "review", project, "--reject", "--label", "DISTRICT")[0] == 0
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # the first open suggestion: 55.1亿元, not 厦门市
    assert window.form.annotation().text == "55.1亿元"
    agree(window)


@pytest.mark.parametrize(("key", "theirs", "mine", "said"), [
    (Qt.Key.Key_Return, "--reject", "accepted", "Accepted DISTRICT 厦门市: another program had rejected it meanwhile"),
    (Qt.Key.Key_X, "--accept", "rejected", "Rejected DISTRICT 厦门市: another program had accepted it meanwhile")],
    ids=["A over a rejection", "X over an acceptance"])
def test_a_decision_over_one_the_command_line_made_meanwhile_is_said_and_undone_to_theirs(
        window, qtbot, capsys, project, store, agree, key, theirs, mine, said):
    """A or X on a suggestion `annotator review` decided the other way since the window showed it: the
    key's decision is stored, as before, but it no longer passes unsaid; Ctrl+Z gives theirs back."""
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    span = window.selected_id
    assert run(capsys, "review", project, theirs, "--doc", "a.txt", "--annotator", "lead")[0] == 0
    qtbot.keyClick(view, key)
    assert store.annotation(span).status == mine and window.errors == []
    message = window.statusBar().currentMessage()
    assert message.startswith(said) and "Ctrl+Z" in message, message
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotation(span).status == ("rejected" if theirs == "--reject" else "accepted")
    window.reloading.check()
    agree(window)


def test_coming_back_to_the_window_by_a_click_shows_what_the_command_line_wrote_at_the_release(
        window, qtbot, capsys, project, agree, monkeypatch):
    """Back from the terminal by a click into the article: the window's look on becoming active found the
    mouse button held (a selection being dragged, not disturbed) and left the command's writes unshown
    until the timer's next tick, 1.5 s on, while the user's keys already acted on what it showed."""
    from PySide6.QtWidgets import QWidget

    from tests.gui.conftest import show_active

    reloading = window.reloading
    reloading.timer.setInterval(3_600_000)  # no tick to come to the rescue
    looks, check = [], reloading.check
    monkeypatch.setattr(reloading, "check", lambda: looks.append(QApplication.mouseButtons()) or check())
    other = show_active(qtbot, QWidget())  # the terminal in front
    qtbot.waitUntil(lambda: not reloading.timer.isActive())
    assert run(capsys, "review", project, "--reject", "--doc", "a.txt")[0] == 0
    viewport = window.text_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=viewport.rect().center())
    window.activateWindow()  # the click's activation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: bool(looks))  # the look on becoming active, the button held
    assert set(looks) == {Qt.MouseButton.LeftButton} and reloading.reloads == 0
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=viewport.rect().center())
    qtbot.waitUntil(lambda: reloading.reloads == 1, timeout=1000)
    other.close()
    agree(window)
