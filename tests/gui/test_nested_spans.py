"""Nested spans: the inner span's colour is the background, the outer span shows as a line
under its whole extent in its colour (one row per level), painted for the spans on screen."""
from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion

Left = Qt.MouseButton.LeftButton


def close_to(color: QColor, other: QColor, slack: int = 40) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(color.getRgb()[:3], other.getRgb()[:3], strict=True))


def line_drawn(view, start, end, level, color) -> bool:
    """Is a line of ``color`` painted at ``level`` under each visual line of text[start:end]?"""
    image = view.viewport().grab().toImage()
    pieces = view.nests.pieces(start, end)
    assert pieces
    for left, right, baseline in pieces:
        y = round(view.nests.y(baseline, level))
        xs = range(int(left) + 2, int(right) - 2, 3)
        near = [image.pixelColor(QPoint(x, yy)) for x in xs for yy in (y - 1, y, y + 1)]
        if sum(close_to(c, color) for c in near) < len(xs):  # along the whole piece
            return False
    return True


def test_the_outer_span_of_a_nest_gets_its_line_under_the_inner_one(window, store, qtbot):
    view = window.text_view
    inner = next(a for a in store.annotations(window.doc_id) if a.text == "厦门市")  # a DISTRICT suggestion
    view.select_range(0, 6)  # 厦门市湖里区, tagged PROJECT with its key
    qtbot.keyClick(view, Qt.Key.Key_2)
    outer = next(a for a in store.annotations(window.doc_id) if a.text == "厦门市湖里区")
    assert (outer.label, inner.label) == ("PROJECT", "DISTRICT")
    assert view.nests.on_screen() == [(0, 6, 1, "PROJECT", "accepted")]
    project = QColor(store.label("PROJECT").color)
    assert view.format_at(1).background().color().name() == QColor(store.label("DISTRICT").color).name()
    view.viewport().repaint()
    assert line_drawn(view, 0, 6, 1, project)  # under 厦门市 (inside) and 湖里区 alike
    assert not line_drawn(view, 6, 12, 1, project)  # and nowhere else
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone: no nest, no line
    assert view.nests.on_screen() == []
    view.viewport().repaint()
    assert not line_drawn(view, 0, 6, 1, project)


def test_three_levels_and_a_wrapped_outer_span(window, store, qtbot):
    view = window.text_view
    text = view.text
    end = text.index("。") + 1  # the first sentence, wrapped over lines at a narrow width
    window.ops.add_span(window.doc_id, 0, end, "TARGET")
    window.ops.add_span(window.doc_id, 0, 6, "PROJECT")
    qtbot.keyClick(view, Qt.Key.Key_N)  # 厦门市 selected: the nest is drawn under the selection too
    view.resize(180, view.height())
    qtbot.waitUntil(lambda: len(view.nests.pieces(0, end)) > 1)
    assert sorted(view.nests.on_screen()) == [(0, 6, 1, "PROJECT", "accepted"), (0, end, 2, "TARGET", "accepted")]
    view.viewport().repaint()
    assert line_drawn(view, 0, end, 2, QColor(store.label("TARGET").color))
    assert line_drawn(view, 0, 6, 1, QColor(store.label("PROJECT").color))


def test_a_long_document_paints_only_the_nests_on_screen(window, qtbot):
    sentence = "集美区新增投资12亿元建设软件园三期，推进湖里区数字湖里网格化管理服务平台建设。\n"
    text = sentence * (400_000 // len(sentence))
    doc_id = window.store.add_document(Document(None, "long.txt", "long", text, sha256=sha256(text))).id
    n = len(sentence)
    project = "湖里区数字湖里网格化管理服务平台"
    inner, outer = sentence.index("湖里区"), sentence.index(project)
    window.store.add_suggestions(doc_id, [
        s for i in range(0, len(text), n) if i // n % 8 == 0 or abs(i - 200_000) < 5_000 for s in (
            Suggestion(i + inner, i + inner + 3, "DISTRICT", "湖里区"),
            Suggestion(i + outer, i + outer + len(project), "PROJECT", project),
            Suggestion(i + 7, i + 11, "AMOUNT", "12亿元"))])
    window.doc_model.reload()
    window.open_document(doc_id, position=200_000)
    view = window.text_view
    qtbot.waitUntil(lambda: not view.is_formatting(), timeout=20_000)
    assert view.span_count() > 3_000
    lo, hi = view.visible_range()
    assert len(view.nests.near(lo, hi)) < 300  # a screenful, not the document
    lines = view.nests.on_screen()
    assert lines and all(level == 1 and label == "PROJECT" for _s, _e, level, label, _st in lines)
    began = time.perf_counter()
    for _ in range(5):
        view.viewport().repaint()
    assert (time.perf_counter() - began) / 5 < 0.25
