"""The window open on the merged project while another program (annotator merge, a script on a coder's
layer) makes the coders agree on the region chosen in the Adjudication panel: the panel moves on to
the next region and the article shows that one, so the next digit decides the region in sight (the
article kept showing the vanished region while 1 decided the next one, out of sight)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from tests.gui.conftest import add_document
from tests.gui.panels import open_adjudication

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "湖里区投资55.1亿元建设松元产业园。力争新增企业20家。"
TARGET = TEXT.index("新增企业20家")


@pytest.fixture
def project(tmp_path):
    """Li Ming and 王芳 disagree on 湖里区/湖里 and on the target's end."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        doc = add_document(store, "a.txt", TEXT)
        for start, end, label, coder in [(0, 3, "DISTRICT", "Li Ming"), (0, 2, "DISTRICT", "王芳"),
                                         (TARGET, TARGET + 7, "TARGET", "Li Ming"),
                                         (TARGET, TARGET + 6, "TARGET", "王芳")]:
            store.add_annotation(doc, start, end, label, annotator=coder)
    return folder


def test_a_region_agreed_by_another_program_moves_the_article_to_the_next_one(window, store, qtbot):
    panel = open_adjudication(window, qtbot)  # View › Adjudication
    rect = panel.table.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    assert window.text_view.selection_cp() == (0, 3)
    with Store.open(store.folder) as other:  # 王芳's 湖里 corrected to 湖里区 in another program
        wang = next(a for a in other.annotations() if a.annotator == "王芳" and a.label == "DISTRICT")
        other.update_annotation(wang.id, end=3)
    assert window.reloading.check()  # what the window does every 1.5 s while it is active
    assert [(r.start, r.end) for r in panel.model.regions] == [(TARGET, TARGET + 7)]
    assert window.text_view.selection_cp() == (TARGET, TARGET + 7)  # the region the next digit decides
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert [(a.start, a.end, a.label) for a in store.annotations() if a.annotator == "gold"] == [
        (TARGET, TARGET + 7, "TARGET")]
