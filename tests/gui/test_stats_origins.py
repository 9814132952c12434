"""The Statistics panel says how the project's accepted spans came about, in the groups of the
workbook's About sheet (``core/provenance.py``): suggested and accepted as proposed, changed by a
coder, made by hand, imported; counted by the panel's worker, never on the window's thread."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.models import Suggestion
from annotator.core.store import Store
from tests.gui.conftest import add_document

Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。\n力争新增80家国家级高新技术企业，集美区新增10家规上工业企业。\n"
RULES = [("DISTRICT", "厦门市", "gazetteer"), ("AMOUNT", "55.1亿元", "amount"), ("PROJECT", "松元产业园", "project")]


@pytest.fixture
def project(tmp_path) -> Path:
    """Three open suggestions of the rules and a span read from a gold file (accepted, imported)."""
    with Store.create(tmp_path / "project") as store:
        doc = add_document(store, "a.txt", TEXT)
        store.add_suggestions(doc, [Suggestion(TEXT.index(p), TEXT.index(p) + len(p), label, p, value={},
                                               confidence=0.8, reason=f"rule for {p}", origin=origin)
                                    for label, p, origin in RULES])
        start = TEXT.index("湖里区")
        store.add_annotation(doc, start, start + 3, "DISTRICT", status="accepted", origin="imported")
    return tmp_path / "project"


def test_the_panel_counts_how_the_accepted_spans_came_about(window, qtbot, monkeypatch):
    panel, view = window.statistics, window.text_view
    scans, real = [], Store.count_by_origin
    main = threading.main_thread()

    def counting(store, *a, **k):
        scans.append(threading.current_thread() is main)
        return real(store, *a, **k)

    monkeypatch.setattr(Store, "count_by_origin", counting)
    qtbot.keyClick(view, Qt.Key.Key_S, Ctrl | Shift)  # the panel shown: the origins by the worker
    qtbot.waitUntil(lambda: panel.project_origins.text() == "Accepted spans: 0 suggested and accepted as proposed, "
                    "0 changed by a coder, 0 made by hand, 1 imported")

    qtbot.keyClick(view, Qt.Key.Key_N)  # 厦门市, proposed by the gazetteer
    assert window.store.annotation(window.selected_id).text == "厦门市"
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)  # its end one character right: changed by a coder
    qtbot.keyClick(view, Qt.Key.Key_N)  # 55.1亿元
    qtbot.keyClick(view, Qt.Key.Key_A)  # accepted as proposed
    start = view.text.index("集美区")
    view.select_range(start, start + 3)
    qtbot.keyClick(view, next(label.shortcut for label in window.store.labels() if label.name == "DISTRICT"))
    with Store.open(window.store.folder) as fresh:
        assert sorted((a.text, a.origin, a.confidence is not None) for a in fresh.annotations()
                      if a.status == "accepted") == [("55.1亿元", "amount", True), ("厦门市湖", "manual", True),
                                                     ("湖里区", "imported", False), ("集美区", "manual", False)]
    qtbot.waitUntil(lambda: panel.project_origins.text() == "Accepted spans: 1 suggested and accepted as proposed, "
                    "1 changed by a coder, 1 made by hand, 1 imported")
    assert scans and not any(scans)  # every scan off the window's thread

    try:
        window.commands.set_language("zh_CN")
        qtbot.waitUntil(lambda: panel.project_origins.text() == "已接受的标注：按建议原样接受 1 条，"
                        "建议经编码员修改 1 条，手工标注 1 条，导入 1 条")
    finally:
        window.commands.set_language("en")
