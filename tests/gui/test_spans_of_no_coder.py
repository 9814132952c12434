"""In a solo project the spans ``annotator review --accept --annotator someone`` accepted are the window
user's to edit in place, and a suggestion the user gave a note is rejected by ``annotator review --reject``
without a name: someone and the user are none of the project's coders (``Store.coders``: the layers a merge
or ``import-annotations --annotator`` brought in). Taken for a coder's (any name other than the user's), a
note typed on someone's span went to a copy beside it, and the review left the noted suggestion open."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.cli_run import run
from tests.gui.conftest import build_project


def type_note(window, qtbot, text: str) -> None:
    """``text`` typed into the form's note, Enter saving it."""
    edit = window.form.note_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    """A solo project whose DISTRICT suggestions ``annotator review --accept --annotator someone`` accepted."""
    folder = build_project(tmp_path / "solo")
    code, out, _ = run(capsys, "review", folder, "--accept", "--label", "DISTRICT", "--annotator", "someone")
    assert code == 0 and "stay theirs" not in out, out
    return folder


def test_a_span_a_review_accepted_under_another_name_takes_the_users_note_and_move_in_place(window, store, qtbot):
    doc = window.doc_id
    (someones,) = [a for a in store.annotations(doc) if a.annotator == "someone"]  # 厦门市
    window.select_annotation(someones.id)
    type_note(window, qtbot, "check")
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.errors == []
    a = store.annotation(someones.id)
    assert (a.note, a.text, a.annotator) == ("check", "厦门市湖", "tester")
    assert [b.annotator for b in store.annotations(doc) if b.label == "DISTRICT"] == ["tester"]  # no copy beside


def test_review_reject_without_a_name_rejects_a_suggestion_the_window_user_noted(window, store, qtbot, capsys):
    (amount,) = [a for a in store.annotations(window.doc_id) if a.label == "AMOUNT"]
    window.select_annotation(amount.id)
    type_note(window, qtbot, "check")
    assert (store.annotation(amount.id).status, store.annotation(amount.id).note) == ("suggested", "check")
    code, out, _ = run(capsys, "review", window.store.folder, "--reject", "--label", "AMOUNT")
    assert code == 0 and out.startswith("rejected 2 open suggestion(s)") and "stay theirs" not in out, out
    a = store.annotation(amount.id)
    assert (a.status, a.note) == ("rejected", "check")
