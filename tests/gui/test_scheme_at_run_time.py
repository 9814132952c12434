"""The system turning dark while the window is open (Windows, macOS and GNOME switch at sunset): every
text of the window is drawn for the new palette, not only the article's. A widget with a style sheet
kept the light palette it had when its sheet was set: the Statistics panel's bold titles stayed black
on the dark panel, the Guide's note kept the light grey, the backup warning its dark red, a refused
value's field its light-pink wash, the focused pane's frame the light highlight."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from annotator.gui.contrast import MIN_RATIO, ratio
from tests.gui.test_dark_palette import DARK, LIGHT, R, palette


@pytest.fixture
def turning(window, qtbot):
    """The window opened in a light palette, its panels shown; ``turn()`` makes the system dark."""
    old = QApplication.palette()
    QApplication.setPalette(palette(LIGHT))
    window.statistics.show()
    window.guide.show()
    qtbot.waitUntil(lambda: window.statistics.doc_title.text() != "")

    def turn() -> None:
        QApplication.setPalette(palette(DARK))
        qtbot.waitUntil(lambda: window.palette().color(R.Window) == QColor(DARK[R.Window]))

    yield turn
    QApplication.setPalette(old)


def drawn_on(label: QLabel) -> QColor:
    """What is behind a label: the palette's window colour where it sits (its own palette may be stale)."""
    parent = label.parentWidget()
    return (parent.palette() if parent is not None else QApplication.palette()).color(R.Window)


def test_every_label_of_the_window_reads_after_the_system_turns_dark(window, turning):
    turning()
    checked = 0
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or "background" in label.styleSheet():
            continue  # a badge with its own background and ink (read-only) is readable as it is
        ink = label.palette().color(label.foregroundRole())
        if label.foregroundRole() == R.PlaceholderText:  # a hint's grey: the new palette's own
            assert ink == QColor(DARK[R.PlaceholderText]), label.text()
        else:
            assert ratio(ink, drawn_on(label)) >= MIN_RATIO, (label.objectName(), label.text(), ink.name())
        checked += 1
    assert checked > 20
    stats = window.statistics
    for title in (stats.doc_title, stats.project_title, stats.model.title):
        assert title.font().bold() and title.palette().color(R.WindowText) == QColor(DARK[R.WindowText])
    assert window.guide.source_note.palette().color(window.guide.source_note.foregroundRole()) == \
        QColor(DARK[R.PlaceholderText])


def test_the_backup_warning_turns_with_the_system(window, turning):
    warning = window.backup_warning
    warning.show_error("no room left on the disk")
    turning()
    assert warning.font().bold()
    assert ratio(warning.palette().color(R.WindowText), drawn_on(warning)) >= MIN_RATIO


def test_a_refused_value_is_washed_anew_for_the_dark_palette(window, turning, qtbot):
    (amount,) = [r for r in window.ann_model.rows() if r.label == "AMOUNT" and r.start == 10]
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    yuan.setText("lots")
    yuan.editingFinished.emit()
    light = QColor(yuan.styleSheet().split("background:")[1].strip().split(";")[0])
    assert ratio(light, QColor(LIGHT[R.Text])) >= MIN_RATIO
    turning()
    fill = QColor(yuan.styleSheet().split("background:")[1].strip().split(";")[0])
    assert ratio(fill, QColor(DARK[R.Text])) >= MIN_RATIO  # not the light-pink wash under light text
    assert yuan.palette().color(R.Text) == QColor(DARK[R.Text])  # the field's own text: the dark palette's
    yuan.setText("12亿元")
    yuan.editingFinished.emit()  # read: unmarked, as any field again
    assert yuan.styleSheet() == "" and yuan.toolTip() == ""
    assert window.store.annotation(amount.id).value["yuan"] == 1_200_000_000
    QApplication.setPalette(palette(LIGHT))
    qtbot.waitUntil(lambda: yuan.palette().color(R.Text) == QColor(LIGHT[R.Text]))
    assert yuan.styleSheet() == ""  # no wash comes back with the next palette


def test_the_focused_pane_is_framed_in_the_new_highlight(window, turning, qtbot):
    view = window.table
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    edges = [e for e in view.findChildren(QWidget) if e.objectName() == "paneFrame"]
    assert len(edges) == 4
    turning()
    for edge in edges:
        assert edge.palette().color(edge.backgroundRole()) == QColor(DARK[R.Highlight])
