"""The Statistics panel's model part on a project that cannot be cross-validated yet: the
Evaluate button waits for two documents with accepted spans (it gave an error box), and the
figures say which least confidence of the model's own proposals they were computed with."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from annotator.core.store.trained import load_scores
from annotator.core.suggest.model.training import MODEL_NAME

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


pytestmark = pytest.mark.usefixtures("sync_tasks")  # each task runs in the calling thread


def accept_first_suggestion(window, qtbot, name: str) -> None:
    window.open_document(window.store.document_id_by_name(name))
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # the next suggestion
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)


def cross_validated(window, qtbot):
    """A suggestion accepted in a.txt and in b.txt, the Statistics panel shown and Evaluate clicked: its model part."""
    for name in ("a.txt", "b.txt"):
        accept_first_suggestion(window, qtbot, name)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    part = window.statistics.model
    qtbot.waitUntil(part.evaluate_button.isEnabled)
    qtbot.mouseClick(part.evaluate_button, Qt.MouseButton.LeftButton)
    return part


def test_evaluate_waits_for_two_documents_and_the_figures_name_the_least_confidence(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    part = window.statistics.model
    button = part.evaluate_button
    assert not button.isEnabled() and "this project has 0" in button.toolTip()
    accept_first_suggestion(window, qtbot, "a.txt")
    qtbot.waitUntil(lambda: "this project has 1" in button.toolTip())
    assert not button.isEnabled()
    accept_first_suggestion(window, qtbot, "b.txt")
    qtbot.waitUntil(button.isEnabled)
    assert button.toolTip().startswith("Hold out each document")
    store.set_model_settings(min_confidence=0.6)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.errors == []
    assert load_scores(store, MODEL_NAME)["min_confidence"] == 0.6
    qtbot.waitUntil(lambda: "from a confidence of 0.60" in part.scores_line.text())


def test_the_figures_name_each_label_in_full_at_the_windows_size(window, store, qtbot):
    window.resize(1280, 800)
    part = cross_validated(window, qtbot)
    qtbot.waitUntil(lambda: not part.table.isHidden())
    table = part.table
    names = [table.item(r, 0) for r in range(table.rowCount())]
    assert {item.text() for item in names} >= {"DISTRICT", "AMOUNT", "Overall"}
    room = table.columnWidth(0) - table.iconSize().width() - 12  # the swatch, the cell's margins
    for item in names:  # DISTRICT was drawn "DIS…" beside three equal columns of figures
        assert QFontMetrics(item.font() or table.font()).horizontalAdvance(item.text()) <= room, item.text()


def test_figures_of_more_than_ten_documents_say_they_were_held_out_in_groups(window, store, qtbot):
    """`annotator evaluate P --cross-validate` over ten documents holds a tenth out at a time (ten models,
    not one a document); the panel said 'each held out in turn' of the documents."""
    from annotator.core.store.trained import save_scores

    part = cross_validated(window, qtbot)
    qtbot.waitUntil(lambda: "over 2 documents, each held out in turn" in part.scores_line.text())
    scores = load_scores(store, MODEL_NAME)
    save_scores(store, MODEL_NAME, {**scores, "documents": [f"r{i}.txt" for i in range(12)], "folds": 10})
    window.commands.model.scored.emit()  # as another program's figures are taken in
    qtbot.waitUntil(lambda: "over 12 documents in 10 groups, each held out in turn" in part.scores_line.text())


def test_the_figures_follow_the_projects_order_of_labels(window, store, qtbot):
    # they were listed by name (AMOUNT first) under counts in the project's order (DISTRICT first)
    part = cross_validated(window, qtbot)
    qtbot.waitUntil(lambda: not part.table.isHidden())
    rows = list(part.f1s())
    assert rows[-1] == "Overall" and len(rows) > 2
    assert rows[:-1] == [name for name in store.label_names() if name in rows]
    store.move_label(rows[-2], 1)  # annotator labels P --move … --to 1 beside the window
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    qtbot.waitUntil(lambda: list(part.f1s())[0] == rows[-2])
