"""The Guide panel, driven by keys and mouse: F1 shows the guide of the label under the cursor (the
span at the text cursor, else the table's selected span, else the form's label); Edit writes the
project's own guide, saved at once (checked on a freshly opened Store) and undone with Ctrl+Z."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.core import guide
from annotator.core.store import Store

Left = Qt.MouseButton.LeftButton
Ctrl = Qt.KeyboardModifier.ControlModifier


def point_of(view, cp: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(cp))
    return view.cursorRect(cursor).center() + QPoint(2, 0)


def guide_on_disk(folder, label: str) -> str:
    with Store.open(folder) as fresh:
        return fresh.label_guide(label)


def press_f1(qtbot, window) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window.text_view, Qt.Key.Key_F1)


def test_f1_shows_the_guide_of_the_label_under_the_text_cursor(window, qtbot):
    panel, view = window.guide, window.text_view
    assert not panel.isVisible()
    start = view.text.index("55.1亿元")
    qtbot.mouseClick(view.viewport(), Left, pos=point_of(view, start + 2))  # the caret inside the AMOUNT
    press_f1(qtbot, window)
    assert panel.isVisible() and panel.label() == "AMOUNT"
    assert panel.label_box.currentText() == "AMOUNT"
    assert "AMOUNT — money" in panel.view.toPlainText() and "55.1亿元 → 5510000000" in panel.view.toPlainText()
    assert QApplication.focusWidget() is panel.view
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)  # the article has the keys again
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Home)  # the caret on 厦门市: the panel follows it
    assert panel.label() == "DISTRICT"
    assert "DISTRICT — administrative areas" in panel.view.toPlainText()
    assert "The annotation guide's text" in panel.source_note.text()


def test_without_a_span_at_the_cursor_the_tables_span_then_the_forms_label(window, qtbot):
    panel, view = window.guide, window.text_view
    plain = view.text.index("计划")
    qtbot.mouseClick(view.viewport(), Left, pos=point_of(view, plain))  # text outside every span
    qtbot.mouseClick(window.form.label_button("TARGET"), Left)  # nothing selected: only the form's choice
    press_f1(qtbot, window)
    assert panel.label() == "TARGET" and "TARGET — quantified goals" in panel.view.toPlainText()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Home)  # the table's first row: 厦门市
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # 55.1亿元
    assert window.form.annotation().label == "AMOUNT"
    view.select_range(plain, plain)  # the text cursor back on plain text; the table keeps its span
    window.table.setFocus()
    press_f1(qtbot, window)
    assert panel.label() == "AMOUNT"


def test_editing_the_guide_saves_it_in_the_project_at_once_and_undo_takes_it_back(window, qtbot, project):
    panel, view = window.guide, window.text_view
    qtbot.keyClick(view, Qt.Key.Key_Home)
    press_f1(qtbot, window)
    assert panel.label() == "DISTRICT"
    qtbot.mouseClick(panel.edit_button, Left)
    assert panel.editing() and QApplication.focusWidget() is panel.editor
    assert panel.editor.toPlainText().startswith("# DISTRICT")  # the shipped text to start from
    qtbot.keyClick(panel.editor, Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(panel.editor, "Rule 1: tag A and X names")  # review keys type here
    qtbot.keyClick(panel.editor, Qt.Key.Key_S, Ctrl)
    assert not panel.editing()
    assert guide_on_disk(project, "DISTRICT") == "Rule 1: tag A and X names"
    assert "Rule 1: tag A and X names" in panel.view.toPlainText()
    assert "This project's guide" in panel.source_note.text()
    assert window.store.annotations(window.doc_id)[0].status == "suggested"  # A and X did not review

    start = view.text.index("55.1亿元")
    qtbot.mouseClick(view.viewport(), Left, pos=point_of(view, start + 2))
    assert panel.label() == "AMOUNT"
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # undo: the guide it takes back is shown
    assert guide_on_disk(project, "DISTRICT") == "" and panel.label() == "DISTRICT"
    assert "DISTRICT — administrative areas" in panel.view.toPlainText()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert guide_on_disk(project, "DISTRICT") == "Rule 1: tag A and X names"
    assert "Rule 1" in panel.view.toPlainText()

    qtbot.mouseClick(panel.edit_button, Left)
    qtbot.mouseClick(panel.shipped_button, Left)  # the shipped text, saved: the label is on it again
    qtbot.mouseClick(panel.save_button, Left)
    assert guide_on_disk(project, "DISTRICT") == ""
    assert "The annotation guide's text" in panel.source_note.text()


def test_cancel_keeps_the_project_guide_and_the_panel_stays_on_its_label_while_editing(window, qtbot, project):
    panel, view = window.guide, window.text_view
    qtbot.keyClick(view, Qt.Key.Key_Home)
    press_f1(qtbot, window)
    qtbot.mouseClick(panel.edit_button, Left)
    qtbot.keyClicks(panel.editor, "draft")
    start = view.text.index("松元产业园")
    qtbot.mouseClick(view.viewport(), Left, pos=point_of(view, start + 1))  # a PROJECT under the cursor
    assert panel.label() == "DISTRICT" and panel.editing()  # the text being written stays
    qtbot.mouseClick(panel.cancel_button, Left)
    assert guide_on_disk(project, "DISTRICT") == ""
    press_f1(qtbot, window)
    assert panel.label() == "PROJECT"


@pytest.mark.parametrize("language", ["zh_CN"])
def test_the_shipped_guide_follows_the_interface_language(window, qtbot, language):
    window.settings.language = language
    qtbot.keyClick(window.text_view, Qt.Key.Key_Home)
    press_f1(qtbot, window)
    assert window.guide.view.toPlainText().startswith("DISTRICT 地区")
    assert guide.shipped("DISTRICT", language).startswith("# DISTRICT 地区")


def test_a_guide_saved_in_another_window_meanwhile_is_not_overwritten_by_a_stale_edit(window, qtbot, project,
                                                                                       settings):
    from annotator.gui.main_window import MainWindow

    other = MainWindow(settings)
    other.errors = []
    other.show_error = lambda title, message: other.errors.append(message)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    assert other.open_project(project)
    for w in (window, other):  # both open the DISTRICT guide's editor on the shipped text
        qtbot.keyClick(w.text_view, Qt.Key.Key_Home)
        w.guide.show_for_cursor()
        assert w.guide.label() == "DISTRICT"
        qtbot.mouseClick(w.guide.edit_button, Left)
    qtbot.keyClick(window.guide.editor, Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(window.guide.editor, "first rule")
    qtbot.mouseClick(window.guide.save_button, Left)
    assert guide_on_disk(project, "DISTRICT") == "first rule"
    qtbot.keyClick(other.guide.editor, Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(other.guide.editor, "second rule")
    qtbot.mouseClick(other.guide.save_button, Left)  # written over a guide it never saw: refused
    assert guide_on_disk(project, "DISTRICT") == "first rule"
    assert other.errors and "changed in the meantime" in other.errors[-1]
    assert other.guide.editing() and other.guide.editor.toPlainText() == "second rule"  # nothing typed is lost
    qtbot.mouseClick(other.guide.cancel_button, Left)  # the other window's guide is shown, and can be edited
    assert "first rule" in other.guide.view.toPlainText()
    qtbot.mouseClick(other.guide.edit_button, Left)
    assert other.guide.editor.toPlainText() == "first rule"
    qtbot.keyClick(other.guide.editor, Qt.Key.Key_End, Ctrl)
    qtbot.keyClicks(other.guide.editor, "; second rule")
    qtbot.mouseClick(other.guide.save_button, Left)
    assert guide_on_disk(project, "DISTRICT") == "first rule; second rule" and not other.guide.editing()
    other.close()


def test_a_guide_being_edited_when_another_project_opens_is_saved_in_its_own(window, qtbot, project, tmp_path):
    """The editor kept its text across File › Open: Ctrl+S then wrote project one's guide into the
    project opened after it, and project one's was lost."""
    import shutil

    other = shutil.copytree(project, tmp_path / "other")
    panel = window.guide
    qtbot.keyClick(window.text_view, Qt.Key.Key_Home)
    press_f1(qtbot, window)
    qtbot.mouseClick(panel.edit_button, Left)
    qtbot.keyClick(panel.editor, Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(panel.editor, "Rule of project one")
    assert window.open_project(other)
    assert not panel.editing()
    qtbot.keyClick(panel.editor, Qt.Key.Key_S, Ctrl)
    assert guide_on_disk(project, "DISTRICT") == "Rule of project one"
    assert guide_on_disk(other, "DISTRICT") == ""
