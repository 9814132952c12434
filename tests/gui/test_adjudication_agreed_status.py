"""*Take all agreed* in the Adjudication panel says in the status bar what `annotator adjudicate` prints:
how many agreed spans it took, and how many agreed regions the coders linked differently (the links
most of them gave were taken). The window said nothing, so the lead never learnt which to check."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from tests.core.test_adjudication_agreed_links import HULI, SIMING, XIAMEN, build
from tests.test_cli_team import run

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SUMS = {"li": HULI, "wang": SIMING, "zhao": SIMING}  # 55.1亿元: li's 湖里区 against the others' 思明区
GOALS = {"li": XIAMEN, "wang": None, "zhao": XIAMEN}  # unlinked is the jurisdiction: they agree


@pytest.fixture
def project(tmp_path):
    build(tmp_path / "team", SUMS, GOALS)[0].close()
    return tmp_path / "team"


def test_take_all_agreed_says_how_many_regions_were_linked_differently(window, qtbot, capsys, tmp_path):
    build(tmp_path / "cli", SUMS, GOALS)[0].close()  # the same project, adjudicated by the command line
    code, out, _err = run(capsys, "adjudicate", tmp_path / "cli")
    took = re.match(r"took (\d+) agreed span\(s\)", out)
    differ = re.search(r"(\d+) of the agreed regions the coders linked differently", out)
    assert code == 0 and took and differ and differ.group(1) == "1"
    window.open_document(window.store.document_id_by_name("a.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)  # View › Adjudication
    panel = window.adjudication
    qtbot.waitUntil(panel.isVisible)
    qtbot.mouseClick(panel.agreed_button, Qt.MouseButton.LeftButton)
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Took {took.group(1)} agreed span(s) into layer gold. 1 of the agreed regions the "
                           "coders linked differently: the links most of them gave were taken")
    qtbot.mouseClick(panel.agreed_button, Qt.MouseButton.LeftButton)  # again: nothing left, none differs
    assert window.statusBar().currentMessage() == "Took 0 agreed span(s) into layer gold."
