"""A digit pressed in the Adjudication panel right after another program changed a coder's spans in
the region chosen (``annotator merge --replace`` of 王芳's corrected copy, before the window's next look
1.5 s later): the version the panel listed is no longer 王芳's, so nothing is taken; the panel shows the
project as stored and the status bar says why. It took the version listed: the gold layer got 湖里, a
span no coder holds any more."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from tests.gui.panels import open_adjudication
from tests.gui.test_adjudication_outside import project  # noqa: F401  (Li Ming and 王芳 disagree)


def gold(store):
    return [(a.start, a.end, a.label, a.status) for a in store.annotations() if a.annotator == "gold"]


def test_a_digit_on_a_version_another_program_changed_takes_nothing(window, store, qtbot):
    panel = open_adjudication(window, qtbot)
    rect = panel.table.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    assert [v.coder for v in panel.model.regions[0].versions] == ["Li Ming", "王芳"]
    with Store.open(store.folder) as other:  # 王芳 relabels her 湖里 in another program
        wang = next(a for a in other.annotations() if a.annotator == "王芳" and a.label == "DISTRICT")
        other.update_annotation(wang.id, label="PROJECT")
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # 王芳's version as listed: DISTRICT 湖里
    assert (0, 2, "DISTRICT", "accepted") not in gold(store)
    assert gold(store) == []
    assert "another program" in window.statusBar().currentMessage().lower()
    region = panel.model.regions[panel.table.currentIndex().row()]
    assert (region.start, region.end) == (0, 3)  # listed as stored now: 王芳's PROJECT 湖里 beside Li Ming's 湖里区
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # now her version as it is
    assert gold(store) == [(0, 2, "PROJECT", "accepted")]
